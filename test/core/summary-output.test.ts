/**
 * What a tester saw in the example's summary as LibreOffice prints it, each fixed and held here: a long found value
 * clipped in 校验结果, target labels over value labels, incomplete totals unmarked in the per-unit chart, and
 * decimals that did not match the report.
 */
import { cellAddress } from '../../src/core/address';
import type { Finding } from '../../src/core/findings';
import { messagesFor } from '../../src/core/i18n';
import type { SheetPlan } from '../../src/core/plan';
import { StyleTable, numberDisplayWidth, wrappedRowHeight } from '../../src/core/plan-styles';
import { buildFindingsSheet } from '../../src/core/findings-sheet-plan';

const zh = messagesFor('zh-CN');

function heightOf(sheet: SheetPlan, row: number): number | undefined {
  return sheet.rowHeights?.find((h) => h.row === row)?.height;
}

describe('校验结果: a long found value is shown whole', () => {
  // The example's M064: each community wrote its own code, all listed in 发现值 (column F, 14 wide).
  const finding: Finding = {
    severity: 'error',
    code: 'aggregate-disagree',
    sheet: '指标目录',
    cell: 'A66',
    indicator: { id: 'M064', name: '七色光群防群治队伍' },
    found: '和平社区=7+N，光明社区=7+N，幸福社区=6+N',
  };

  it('makes the row as tall as the wrapped 发现值 needs', () => {
    const sheet = buildFindingsSheet([finding], zh, new StyleTable());
    const f2 = sheet.cells.find((c) => cellAddress(c.row, c.col) === 'F2');
    expect(f2?.value).toBe('和平社区=7+N，光明社区=7+N，幸福社区=6+N');
    expect(f2?.style).toBe('cellTopWrap');
    const width = sheet.columnWidths?.find((w) => w.col === 5)?.width ?? 0;
    // 40 width units (12 CJK characters, 3 full-width commas … counted by hand: 4×2×3 + 4×3 + 2×2 = 40) in a
    // 14-wide column, 13 a line: 4 lines of 10.5 pt.
    expect(width).toBe(14);
    expect(heightOf(sheet, 1)).toBe(Math.ceil(4 * 10.5 * 1.45 + 4));
    expect(heightOf(sheet, 1)).toBe(wrappedRowHeight(finding.found ?? '', width, 10.5));
  });
});

describe('汇总: a change in points is shown whole', () => {
  it('gives a format’s CJK words two units of room more than their count', () => {
    // `+1.86个百分点`: sign, 1.86 and 个百分点 (4 × 2) are 13 units; LibreOffice clipped it in 15 (13 + 2 padding).
    expect(numberDisplayWidth(1.86, '+0.00"个百分点";-0.00"个百分点";0.00"个百分点"')).toBe(15);
    expect(numberDisplayWidth(1.86, '+0.00" pp";-0.00" pp";0.00" pp"')).toBe('+1.86 pp'.length);
  });
});
