import type { Finding } from '../../src/core/findings';
import { buildFindingsSheet, messageWithoutLocation } from '../../src/core/findings-sheet-plan';
import { messagesFor } from '../../src/core/i18n';
import { MAX_SHEET_LINKS } from '../../src/core/plan';
import { StyleTable } from '../../src/core/plan-styles';

describe('messageWithoutLocation', () => {
  const at: Finding = { severity: 'error', code: 'missing-value', sheet: '社区(1).a*', cell: 'D11' };

  test('drops `sheet!cell：` or `sheet：` at the start, with any spaces around the colon', () => {
    expect(messageWithoutLocation('社区(1).a*!D11：没有填写完成值。', at)).toBe('没有填写完成值。');
    expect(messageWithoutLocation('社区(1).a*!D11 :  没有填写完成值。', at)).toBe('没有填写完成值。');
    expect(messageWithoutLocation('社区(1).a*：缺少表头。', at)).toBe('缺少表头。');
    // An English message then starts with a capital.
    expect(messageWithoutLocation('社区(1).a*!D11: indicator M005 has no value.', at)).toBe(
      'Indicator M005 has no value.',
    );
  });

  test('leaves a message that does not start with the place and a colon', () => {
    expect(messageWithoutLocation('社区(1).a*!D11 没有填写完成值。', at)).toBe(
      '社区(1).a*!D11 没有填写完成值。',
    );
    expect(messageWithoutLocation('见 社区(1).a*!D11：没有填写。', at)).toBe('见 社区(1).a*!D11：没有填写。');
    // Sheet-name characters are literal, not a pattern (`.` is not any character).
    expect(messageWithoutLocation('社区(1)xa*：缺少表头。', at)).toBe('社区(1)xa*：缺少表头。');
    expect(messageWithoutLocation('x：y', { severity: 'info', code: 'missing-value' })).toBe('x：y');
  });
});

describe('校验结果 links', () => {
  test('link the cell of as many findings as Excel allows on a sheet; the rest give it as plain text', () => {
    const count = MAX_SHEET_LINKS + 2;
    const findings: Finding[] = [
      // No cell, no link: it does not use up one.
      { severity: 'error', code: 'missing-value', sheet: '社区00' },
      ...Array.from({ length: count }, (_, k): Finding => ({
        severity: 'warning',
        code: 'missing-value',
        sheet: '社区00',
        cell: `D${k + 1}`,
      })),
    ];
    const sheet = buildFindingsSheet(findings, messagesFor('zh-CN'), new StyleTable());
    const links = sheet.cells.filter((c) => c.hyperlink);
    expect(links).toHaveLength(MAX_SHEET_LINKS);
    expect(links.at(-1)).toMatchObject({ row: MAX_SHEET_LINKS + 1, col: 2, value: `D${MAX_SHEET_LINKS}` });
    const past = sheet.cells.filter((c) => c.col === 2 && c.row > MAX_SHEET_LINKS + 1);
    expect(past.map((c) => [c.value, c.style, c.hyperlink])).toEqual([
      [`D${MAX_SHEET_LINKS + 1}`, 'cellTop', undefined],
      [`D${MAX_SHEET_LINKS + 2}`, 'cellTop', undefined],
    ]);
  });
});
