import { messagesFor } from '../../src/core/i18n';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { describeOfficeError, HuibaoHostError, officeErrorKind } from '../../src/excel/office-errors';
import {
  createExcelWorkbookHost,
  isExcelApiSupported,
  MIN_EXCEL_API,
  officeThemeIsDark,
  onOfficeThemeChange,
  runExcel,
  whenOfficeReady,
} from '../../src/excel/office-host';
import { SETTINGS_KEY } from '../../src/excel/settings-store';
import { parseStoredSettings } from '../../src/core/settings';
import { FakeOfficeError, installFakeOffice, uninstallFakeOffice } from '../fake-excel';

afterEach(() => uninstallFakeOffice(globalThis));

/** Office's themes as Excel reports them (Black, Dark Gray, Colorful). */
const BLACK = {
  bodyBackgroundColor: '#262626',
  bodyForegroundColor: '#FFFFFF',
  controlBackgroundColor: '#363636',
  controlForegroundColor: '#FFFFFF',
  isDarkTheme: true,
};
const DARK_GRAY = {
  bodyBackgroundColor: '#444444',
  bodyForegroundColor: '#FFFFFF',
  controlBackgroundColor: '#555555',
  controlForegroundColor: '#FFFFFF',
  isDarkTheme: true,
};
const COLORFUL = {
  bodyBackgroundColor: '#FFFFFF',
  bodyForegroundColor: '#262626',
  controlBackgroundColor: '#FFFFFF',
  controlForegroundColor: '#262626',
  isDarkTheme: false,
};

const zh = messagesFor('zh-CN');
const en = messagesFor('en-US');

describe('Office globals behind office-host', () => {
  test('in Excel: host excel and the display language', async () => {
    installFakeOffice(globalThis, { sheets: [{ name: 'A' }], displayLanguage: 'en-GB' });
    await expect(whenOfficeReady()).resolves.toEqual({
      host: 'excel',
      displayLanguage: 'en-GB',
      dark: null,
    });
  });

  test('in a plain browser: host null, with or without office.js', async () => {
    await expect(whenOfficeReady()).resolves.toEqual({ host: null, displayLanguage: null, dark: null });
    installFakeOffice(globalThis, { sheets: [], host: null });
    await expect(whenOfficeReady()).resolves.toEqual({ host: null, displayLanguage: null, dark: null });
  });

  test("Office's theme: isDarkTheme, else the body background; null outside Office", async () => {
    expect(officeThemeIsDark()).toBeNull();
    installFakeOffice(globalThis, { sheets: [{ name: 'A' }], officeTheme: BLACK });
    await expect(whenOfficeReady()).resolves.toMatchObject({ host: 'excel', dark: true });
    uninstallFakeOffice(globalThis);
    installFakeOffice(globalThis, { sheets: [{ name: 'A' }], officeTheme: COLORFUL });
    await expect(whenOfficeReady()).resolves.toMatchObject({ host: 'excel', dark: false });
    uninstallFakeOffice(globalThis);
    // An older host without isDarkTheme: Dark Gray's body background is dark.
    const { isDarkTheme: _, ...darkGray } = { ...DARK_GRAY };
    installFakeOffice(globalThis, { sheets: [{ name: 'A' }], officeTheme: darkGray });
    expect(officeThemeIsDark()).toBe(true);
  });

  test('a theme change reaches the listener until it is removed', () => {
    const fake = installFakeOffice(globalThis, { sheets: [{ name: 'A' }], officeTheme: COLORFUL });
    const seen: boolean[] = [];
    const stop = onOfficeThemeChange((dark) => seen.push(dark));
    fake.setOfficeTheme(BLACK);
    fake.setOfficeTheme(COLORFUL);
    stop();
    fake.setOfficeTheme(BLACK);
    expect(seen).toEqual([true, false]);
    // Outside Office there is nothing to listen to, and nothing throws.
    uninstallFakeOffice(globalThis);
    expect(() => onOfficeThemeChange(() => undefined)()).not.toThrow();
  });

  test('an Excel below the minimum requirement set is refused with its own message', async () => {
    installFakeOffice(globalThis, { sheets: [{ name: 'A' }], excelApi: '1.8' });
    expect(MIN_EXCEL_API).toBe('1.9');
    expect(isExcelApiSupported()).toBe(false);
    const error = await createExcelWorkbookHost()
      .readSnapshot()
      .catch((e: unknown) => e);
    expect(officeErrorKind(error)).toBe('unsupported');
    expect(describeOfficeError(error, zh).why).toContain('Excel JavaScript API 1.9');
  });

  test('outside Excel, host calls fail with notInExcel rather than a TypeError', async () => {
    await expect(runExcel(async () => 1)).rejects.toMatchObject({ kind: 'notInExcel' });
  });

  test('selectCell activates the sheet and selects the cell; a missing sheet gives ItemNotFound', async () => {
    const excel = installFakeOffice(globalThis, { sheets: [{ name: 'A' }, { name: '社区B' }] });
    const host = createExcelWorkbookHost();
    await host.selectCell('社区B', 'D7');
    expect(excel.book.activeSheetId).toBe(excel.sheet('社区B')!.id);
    expect(excel.book.selection).toEqual({ sheet: '社区B', address: 'D7' });
    expect(excel.syncs).toHaveLength(1);
    await expect(host.selectCell('没有', 'A1')).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  test('settings persist as one JSON workbook setting and come back', async () => {
    const excel = installFakeOffice(globalThis, { sheets: [{ name: 'A' }] });
    const host = createExcelWorkbookHost();
    await expect(host.loadSettings()).resolves.toEqual({});
    const settings = { ...DEFAULT_SETTINGS, lang: 'en-US' as const, streetName: '东城街道', year: 2022 };
    await host.saveSettings(settings);
    expect(typeof excel.book.settings.get(SETTINGS_KEY)).toBe('string');
    await expect(host.loadSettings()).resolves.toEqual(settings);
  });

  test('stored settings are checked field by field', () => {
    expect(
      parseStoredSettings('{"lang":"fr","exceededRatio":"1.2","yoyJumpRatio":0.3,"year":2022.5}'),
    ).toEqual({
      yoyJumpRatio: 0.3,
    });
    expect(parseStoredSettings('not json')).toEqual({});
    expect(parseStoredSettings({ streetName: '东城', year: null })).toEqual({
      streetName: '东城',
      year: null,
    });
  });
});

describe('Office error mapping', () => {
  const cases: [string, string, string][] = [
    ['AccessDenied', 'accessDenied', '受保护'],
    ['InvalidOperationInCellEditMode', 'cellEditMode', '正在编辑单元格'],
    ['RequestPayloadSizeLimitExceeded', 'payloadTooLarge', '数据太多'],
    ['ItemNotFound', 'itemNotFound', '找不到'],
    ['InvalidArgument', 'invalidArgument', '拒绝'],
    ['GeneralException', 'general', '内部出错'],
    ['ApiNotFound', 'apiNotFound', '缺少'],
    ['ActivityLimitReached', 'busy', '繁忙'],
  ];
  test.each(cases)('%s → %s', (code, kind, words) => {
    const error = new FakeOfficeError(code, 'raw message', 'Range.values');
    const mapped = describeOfficeError(error, zh);
    expect(mapped.kind).toBe(kind);
    expect(mapped.code).toBe(code);
    expect(mapped.title).toContain(words);
    expect(mapped.why).not.toBe('');
    expect(mapped.action).not.toBe('');
    // The raw text goes to the details only.
    expect(mapped.details).toContain('"errorLocation": "Range.values"');
    expect(mapped.title + mapped.why + mapped.action).not.toContain('raw message');
  });

  test('a sheet named like ours and a protected Huibao sheet name the sheet, in both languages', () => {
    const taken = new HuibaoHostError('sheetNameTaken', { sheet: '汇总' });
    expect(describeOfficeError(taken, zh).title).toBe('已有一张名为「汇总」的工作表，它不是汇报写入的');
    expect(describeOfficeError(taken, en).action).toBe(
      'Rename your "汇总" (for example "汇总 (old)") and run again.',
    );
    const locked = describeOfficeError(new HuibaoHostError('sheetProtected', { sheet: '校验结果' }), en);
    expect(locked.title).toBe('The sheet "校验结果" is protected, so Huibao cannot update it');
  });

  test('anything else is unknown, with its message in the why', () => {
    const mapped = describeOfficeError(new TypeError('x is not a function'), en);
    expect(mapped.kind).toBe('unknown');
    expect(mapped.why).toBe('Huibao met an unexpected problem: x is not a function');
  });

  test('an edit-mode cell during a real run maps to its message', async () => {
    const excel = installFakeOffice(globalThis, { sheets: [{ name: 'A' }] });
    excel.setCellEditMode(true);
    const error = await createExcelWorkbookHost()
      .readSnapshot()
      .catch((e: unknown) => e);
    expect(describeOfficeError(error, en).action).toBe(
      'Press Enter or Esc to finish editing, then try again.',
    );
  });
});
