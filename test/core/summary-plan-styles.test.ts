/** The summary's number formats, widths and the paragraph each filled figure belongs to. */
import {
  fitColumnWidths,
  maskDecimals,
  numberDisplayWidth,
  numberFormatFor,
  textWidth,
  wrappedRowHeight,
} from '../../src/core/plan-styles';
import { slotParagraphs } from '../../src/core/report-sheet-plan';
import type { FilledSlot } from '../../src/core/results';

describe('numberFormatFor', () => {
  it('takes the decimals the report prints: the mask’s, whatever the unit', () => {
    expect(numberFormatFor('万元', '****万', [3560, 3120])).toBe('#,##0');
    expect(numberFormatFor('元', '*****', [15100])).toBe('#,##0');
    expect(numberFormatFor('万元', '**.*万', [41.1])).toBe('#,##0.0');
    expect(numberFormatFor('元', '*******.**', [2856340.5])).toBe('#,##0.00');
    expect(numberFormatFor('%', '***%', [100, 98])).toBe('0"%"');
    expect(numberFormatFor('%', '**.**%', [86.36, 84.5])).toBe('0.00"%"');
    // A value with more decimals than the mask is shown as the report rounds it.
    expect(numberFormatFor('个', '**', [12.5])).toBe('#,##0');
  });

  it('shows a value in base units when the mask’s 万 is not in the unit', () => {
    // `**.*万` for 人次: 12.3万 is stored as 123000; 1 decimal of 万 is 1000 人次, no decimals.
    expect(numberFormatFor('人次', '**.*万', [123000])).toBe('#,##0');
    expect(numberFormatFor('元', '*.*****亿', [123456000])).toBe('#,##0');
  });

  it('keeps the exact total under an approximate mask, at least the mask’s decimals', () => {
    expect(numberFormatFor('万人次', '**万余', [12.6])).toBe('#,##0.0');
    expect(numberFormatFor('人次', '****余', [1366])).toBe('#,##0');
    expect(numberFormatFor('万人次', '约***.*万', [107.5])).toBe('#,##0.0');
    expect(numberFormatFor('%', '近**%', [99.46])).toBe('0.00"%"');
  });

  it('falls back on the unit without a mask: % and 元 two decimals, others their values’', () => {
    expect(numberFormatFor('万元', '', [3560])).toBe('#,##0.00');
    expect(numberFormatFor('％', '', [98])).toBe('0.00"%"');
    expect(numberFormatFor('万人次', '', [12.6, 3])).toBe('#,##0.0');
    expect(numberFormatFor('星级', '', [5])).toBe('#,##0');
    // A count unit holding a fraction (a mean) keeps its decimals rather than hiding them.
    expect(numberFormatFor('人', '', [12.5])).toBe('#,##0.0');
  });

  it('reads the decimals a mask asks for', () => {
    expect(maskDecimals('***.**')).toBe(2);
    expect(maskDecimals('约***.*万')).toBe(1);
    expect(maskDecimals('**余')).toBe(0);
  });
});

describe('widths', () => {
  it('counts CJK characters double', () => {
    expect(textWidth('M001')).toBe(4);
    expect(textWidth('完成值')).toBe(6);
    expect(textWidth('≥95%')).toBe(4);
  });

  it('measures numbers as their format shows them', () => {
    expect(numberDisplayWidth(1234567.89, '#,##0.00')).toBe('1,234,567.89'.length);
    expect(numberDisplayWidth(0.875, '0.0%')).toBe('87.5%'.length);
    expect(numberDisplayWidth(-0.2, '+0.0%;-0.0%;0.0%')).toBe('-20.0%'.length);
    expect(numberDisplayWidth(98.5, '0.0"%"')).toBe('98.5%'.length);
  });

  it('fits each column to its widest value, ignores merged cells and keeps fixed columns', () => {
    const widths = fitColumnWidths(
      [
        { row: 0, col: 0, value: '一个很长很长的标题横跨几列', style: 'title' },
        { row: 1, col: 0, value: 'M001' },
        { row: 1, col: 1, value: 1234567.89, style: 'money' },
        { row: 1, col: 2, value: '任何长度都不影响固定列' },
      ],
      { money: { numberFormat: '#,##0.00' }, title: { font: { size: 18 } } },
      [{ row: 0, col: 0, lastRow: 0, lastCol: 2 }],
      { min: 6, max: 30, fixed: { 2: 12 } },
    );
    // 'M001' is 4 + 2 padding; 1,234,567.89 is 12 + 2.
    expect(widths).toEqual([
      { col: 0, width: 6 },
      { col: 1, width: 14 },
      { col: 2, width: 12 },
    ]);
  });

  it('gives wrapped text the lines it needs', () => {
    // 60 CJK characters = 120 width units in a 41-unit column: 3 lines of 12 pt × 1.45, plus 4.
    expect(wrappedRowHeight('字'.repeat(60), 41, 12)).toBe(Math.ceil(3 * 12 * 1.45 + 4));
    expect(wrappedRowHeight('短', 41, 12)).toBe(Math.ceil(12 * 1.45 + 4));
  });
});

describe('slotParagraphs', () => {
  const slot = (index: number, rendered: string): FilledSlot => ({
    index,
    mask: '**',
    section: '',
    source: '',
    indicator: null,
    value: rendered,
    rendered,
    status: 'filled',
    findings: [],
  });

  it('finds each figure from where the previous one was found', () => {
    const paragraphs = ['标题2022年', '', '开展培训12场，参加120人。', '满意度98%，另有12项。'];
    // The second 12 belongs to the last paragraph: it is searched for after 120 in paragraph 2.
    expect(slotParagraphs(paragraphs, [slot(0, '12'), slot(1, '120'), slot(2, '98'), slot(3, '12')])).toEqual(
      [2, 2, 3, 3],
    );
  });

  it('keeps a figure it cannot find with the paragraph of the one before', () => {
    expect(slotParagraphs(['甲1', '乙2'], [slot(0, '1'), slot(1, '不在文中'), slot(2, '2')])).toEqual([
      0, 0, 1,
    ]);
  });
});
