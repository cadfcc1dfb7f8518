/** Error wording: self-localising file-host errors, mapped Office errors (title, why, what to do), and the rest. */
import { messagesFor } from '../../src/core/i18n';
import { HuibaoHostError } from '../../src/excel/office-errors';
import { describeError } from '../../src/taskpane/describe-error';
import { mapOfficeError } from '../../src/taskpane/office-error-mapper';
import { paneText } from '../../src/taskpane/pane-text';
import { XlsxReadError } from '../../src/xlsx';

const zh = paneText('zh-CN');
const en = paneText('en-US');

describe('describeError', () => {
  it('words an Office error by its code, with the raw debugInfo kept for the details area', () => {
    const error = Object.assign(new Error('The sheet is protected'), {
      code: 'AccessDenied',
      debugInfo: { errorLocation: 'Range.values' },
    });
    const described = describeError(error, zh, mapOfficeError);
    expect(described.title).toBeTruthy();
    expect(described.title).not.toContain('AccessDenied');
    expect(described.message).not.toContain('The sheet is protected');
    expect(described.details).toContain('AccessDenied');
    expect(described.details).toContain('Range.values');
  });

  it('names the user’s sheet that blocks a write, in each language', () => {
    const error = new HuibaoHostError('sheetNameTaken', { sheet: '汇总' });
    expect(describeError(error, zh, mapOfficeError).title).toBe(
      '已有一张名为「汇总」的工作表，它不是汇报写入的',
    );
    const english = describeError(error, en, mapOfficeError);
    expect(english.title).toContain('汇总');
    expect(english.title).not.toBe(describeError(error, zh, mapOfficeError).title);
  });

  it('lets a file-host error word itself in the pane’s language', () => {
    const error = new XlsxReadError('notZip', { source: 'a.xlsx' });
    const zhText = describeError(error, zh).message;
    expect(zhText).toBe(error.localise(messagesFor('zh-CN')));
    expect(describeError(error, en).message).toBe(error.localise(messagesFor('en-US')));
  });

  it('keeps the file name out of the message when the title names it, and the zip reason in the details only', () => {
    const error = new XlsxReadError('corrupt', {
      source: 'corrupt.xlsx',
      reason: 'zip: no end of central directory',
    });
    const zhText = describeError(error, zh, undefined, true);
    expect(zhText.message).toBe('工作簿已损坏或不完整。请在 Excel 中打开并重新保存后再试。');
    expect(zhText.details).toContain('zip: no end of central directory');
    const enText = describeError(error, en, undefined, true).message;
    expect(enText).toBe('The workbook is damaged or incomplete. Open it in Excel, save it again and retry.');
    // Without a title naming it, the message still says which file.
    expect(describeError(error, zh).message).toMatch(/^corrupt\.xlsx：工作簿已损坏/);
    expect(describeError(error, zh).message).not.toContain('zip:');
  });

  it('falls back to a generic message with the reason for anything else, even with an Office mapper', () => {
    const described = describeError(new TypeError('x is undefined'), zh, mapOfficeError);
    expect(described.title).toBeUndefined();
    expect(described.message).toBe('发生意外错误：x is undefined');
    expect(described.details).toContain('TypeError: x is undefined');
  });
});
