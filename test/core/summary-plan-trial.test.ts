/**
 * What a user trial of `huibao run` found, each fixed and held here on hand-built inputs: incomplete totals,
 * the actual-vs-target selection, text masks kept out of 汇总, findings without repeats in workbook order,
 * titles without a street or year, rates year on year in points, blank cells, even paragraph heights.
 */
import { cellAddress } from '../../src/core/address';
import type { Finding } from '../../src/core/findings';
import { messagesFor } from '../../src/core/i18n';
import type { PlanCell, SheetPlan, WorkbookPlan } from '../../src/core/plan';
import { allFindings, messageWithoutLocation } from '../../src/core/findings-sheet-plan';
import { paragraphHeight, slotNumberFormat } from '../../src/core/report-sheet-plan';
import type { Analysis, IndicatorResult } from '../../src/core/results';
import { targetChartIndicators } from '../../src/core/summary-chart-data';
import { buildSummaryPlan, isTextIndicator, summaryTitle, yearOnYear } from '../../src/core/summary-plan';
import { ANALYSIS, FILL, GENERATED_AT, INDICATORS, SETTINGS, SNAPSHOT } from './summary-plan.fixture';

const zh = messagesFor('zh-CN');
const en = messagesFor('en-US');

function plan(analysis: Analysis, lang: 'zh-CN' | 'en-US' = 'zh-CN'): WorkbookPlan {
  return buildSummaryPlan({
    analysis,
    fill: FILL,
    settings: { ...SETTINGS, lang },
    generatedAt: GENERATED_AT,
    snapshot: SNAPSHOT,
  });
}

function sheetOf(p: WorkbookPlan, name: string): SheetPlan {
  const sheet = p.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

function cell(sheet: SheetPlan, address: string): PlanCell | undefined {
  return sheet.cells.find((c) => cellAddress(c.row, c.col) === address);
}

const byId = (id: string): IndicatorResult => {
  const found = INDICATORS.find((i) => i.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('an incomplete total is marked, footnoted and counted', () => {
  // M001's total leaves 新华社区 out: 10 + 12 = 22 (the contract: complete false, missingUnits listed).
  const m001: IndicatorResult = {
    ...byId('M001'),
    actual: 22,
    completion: 22 / 30,
    status: 'not-met',
    complete: false,
    missingUnits: ['新华社区'],
    units: {
      ...byId('M001').units,
      新华社区: { sheet: '新华社区', cell: 'G3', value: null, text: '十四' },
    },
  };
  const analysis: Analysis = {
    ...ANALYSIS,
    indicators: ANALYSIS.indicators.map((i) => (i.id === 'M001' ? m001 : i)),
  };
  const p = plan(analysis);
  const s = sheetOf(p, '汇总');

  it('shows the value amber italic with a * after the name, and a footnote naming the unit', () => {
    // Row 41 is M001 (see summary-plan.test.ts for the layout).
    expect(cell(s, 'A41')?.value).toBe('M001');
    expect(cell(s, 'B41')?.value).toBe('开展党建知识培训 *');
    expect(cell(s, 'E41')?.value).toBe(22);
    const style = p.styles[cell(s, 'E41')?.style ?? ''];
    expect(style.font?.italic).toBe(true);
    expect(style.font?.color).toBe('#9C5700');
    expect(style.numberFormat).toBe('#,##0');
    // The footnote follows the table (subtotal of 经济发展 is row 49) and is printed.
    expect(cell(s, 'A50')?.value).toBe(
      '* M001「开展党建知识培训」合计不完整：新华社区未填、数据有误或未能读取，未计入合计。',
    );
    expect(s.print?.printArea?.lastRow).toBe(49);
  });

  it('marks its label in the actual-vs-target chart data too', () => {
    const labels = s.cells.filter((c) => typeof c.value === 'string' && c.value.startsWith('M001 '));
    expect(labels.map((c) => c.value)).toEqual(['M001 开展党建知… *']);
  });

  it('counts it in the key figure 合计不完整, apart from 缺数', () => {
    expect(['I3', 'I4', 'H3', 'H4'].map((a) => cell(s, a)?.value)).toEqual(['合计不完整', 1, '缺数', 1]);
  });

  it('leaves the unit without a number blank in the share chart data, and marks the total on 分单位', () => {
    const u = sheetOf(p, '分单位');
    // Under the chart (rows 2–13, its frame reaching into 14) the footnote of its one incomplete total, as under 汇总's table.
    expect(cell(u, 'A15')?.value).toBe(
      '* M001「开展党建知识培训」合计不完整：新华社区未填、数据有误或未能读取，未计入合计。',
    );
    expect(cell(u, 'A15')?.style).toBe('note');
    expect(u.merges).toContainEqual({ row: 14, col: 0, lastRow: 14, lastCol: 6 });
    // Shares (below the table and its * legend in row 24): M004, M007, M001 (of the 22 the units sent), M002,
    // M006 in rows 28–32; M001's label marked like its name in the table.
    expect(cell(u, 'A30')?.value).toBe('M001');
    expect(cell(u, 'B30')?.value).toBe('M001 开展党建知识培训 *');
    expect(cell(u, 'B28')?.value).toBe('M004 发放各项补贴资金');
    expect(cell(u, 'D30')?.value).toBeCloseTo(10 / 22, 12);
    expect(cell(u, 'F30')?.value).toBeNull();
    const chart = (u.charts ?? [])[0];
    expect(chart.series[0].categories.rect).toEqual({ row: 27, col: 1, lastRow: 31, lastCol: 1 });
    // The table: M001 in row 18, 新华社区 typed 十四 (shown, marked), total 22 amber italic.
    expect(['B18', 'F18', 'G18'].map((a) => cell(u, a)?.value)).toEqual(['开展党建知识培训 *', '十四', 22]);
    expect(cell(u, 'F18')?.style).toBe('cellMissing');
    expect(p.styles[cell(u, 'G18')?.style ?? ''].font?.italic).toBe(true);
    expect(cell(u, 'A24')?.value).toBe(
      '* 合计不完整：有单位未填、数据有误或未能读取，合计未计入这些单位（详见“汇总”表下的注）。',
    );
  });
});

describe('分单位', () => {
  it('lists only indicators some unit reports: the street’s own figures have nothing to break down', () => {
    const analysis: Analysis = {
      ...ANALYSIS,
      indicators: ANALYSIS.indicators.map((i) => (i.id === 'M004' ? { ...i, units: {} } : i)),
    };
    const u = sheetOf(plan(analysis), '分单位');
    // Rows 16–20: M001, M002, M005, M006, M007 (M004 left out).
    expect(['A16', 'A17', 'A18', 'A19', 'A20'].map((a) => cell(u, a)?.value)).toEqual([
      'M001',
      'M002',
      'M005',
      'M006',
      'M007',
    ]);
    expect(u.cells.some((c) => c.value === 'M004')).toBe(false);
  });
});

describe('actual vs target', () => {
  const at = (id: string, completion: number, status: IndicatorResult['status']): IndicatorResult => ({
    ...byId('M001'),
    id,
    name: `指标${id}`,
    completion,
    status,
  });

  it('keeps every indicator not met, then the furthest from 100% on either side, lowest first', () => {
    // Twelve far above target and one just below (96%, like M059's 86.36 against ≥90%): the one below stays.
    const far = Array.from({ length: 12 }, (_, k) => at(`A${k + 10}`, 1.3 + k / 100, 'exceeded'));
    const chosen = targetChartIndicators([...far, at('M059', 0.96, 'not-met'), at('B1', 1.01, 'met')], 12);
    expect(chosen).toHaveLength(12);
    expect(chosen[0].id).toBe('M059');
    // The nearest of the far ones (130%) gives way; B1 at 101% is nearer still.
    expect(chosen.map((i) => i.id)).not.toContain('A10');
    expect(chosen.map((i) => i.id)).not.toContain('B1');
    expect(chosen[11].id).toBe('A21');
  });

  it('shows a ceiling not met (≤5 at 7: 5 / 7 = 71.4%), and no ceiling that is met', () => {
    const ceiling = (id: string, completion: number, status: IndicatorResult['status']): IndicatorResult => ({
      ...at(id, completion, status),
      target: { kind: 'at-most', text: '≤5', max: 5, percent: false },
    });
    const chosen = targetChartIndicators(
      [at('X', 1.2, 'exceeded'), ceiling('C1', 5 / 7, 'not-met'), ceiling('C2', 1, 'met')],
      12,
    );
    expect(chosen.map((i) => i.id)).toEqual(['C1', 'X']);
  });

  it('counts distance on both sides: 70% comes before 120%', () => {
    const chosen = targetChartIndicators([at('X', 1.2, 'exceeded'), at('Y', 0.7, 'met')], 1);
    expect(chosen.map((i) => i.id)).toEqual(['Y']);
  });
});

describe('text masks are not indicators', () => {
  const text = (partial: Partial<IndicatorResult>): IndicatorResult => ({
    ...byId('M001'),
    unit: '',
    target: { kind: 'none', text: '' },
    actual: null,
    status: 'no-target',
    completion: null,
    ...partial,
  });

  it('recognises the street name, coded mechanisms and the quoted hotline, not a count', () => {
    expect(isTextIndicator(text({ format: '**街道', actualText: '新华' }))).toBe(true);
    expect(isTextIndicator(text({ format: '*+*+N', actualText: '1+3+N' }))).toBe(true);
    expect(isTextIndicator(text({ format: '*+N', actualText: '7+N' }))).toBe(true);
    // The hotline parses as a number, but sits in quotes in the report.
    expect(
      isTextIndicator(
        text({ format: '*****', actual: 12345, source: '认真落实“【*****】”市民服务热线工作，' }),
      ),
    ).toBe(true);
    expect(isTextIndicator(byId('M001'))).toBe(false);
    expect(isTextIndicator({ ...byId('M002'), unit: '件', format: '' })).toBe(false);
  });

  it('drops sections that only hold text masks and puts （未分板块） last', () => {
    const analysis: Analysis = {
      ...ANALYSIS,
      indicators: [
        { ...byId('M004'), section: '' },
        ...INDICATORS.filter((i) => i.id !== 'M004'),
        text({ id: 'M079', section: '二、2023年工作安排', format: '**街道', actualText: '新华' }),
        text({
          id: 'M080',
          section: '（四）抓民生，办实事',
          format: '*****',
          actual: 12345,
          source: '认真落实“【*****】”市民服务热线工作，',
        }),
      ],
    };
    const s = sheetOf(plan(analysis), '汇总');
    const values = s.cells.map((c) => c.value);
    expect(values).not.toContain('二、2023年工作安排');
    expect(values).not.toContain('（四）抓民生，办实事');
    expect(values).not.toContain(12345);
    // Sections in the overview: 基层党建, 经济发展, then （未分板块） (M004 has no section now).
    expect(['B34', 'B35', 'B36'].map((a) => cell(s, a)?.value)).toEqual([
      '基层党建',
      '经济发展',
      '（未分板块）',
    ]);
  });
});

describe('findings: no repeats, workbook order, messages without their location', () => {
  const base: Finding = {
    severity: 'warning',
    code: 'approx-not-possible',
    sheet: '指标目录',
    cell: 'A7',
    indicator: { id: 'M005', name: '党建品牌数' },
    found: '20',
    expected: '20余',
  };

  it('drops a fill finding that repeats validation for the same indicator (same code or same meaning)', () => {
    const validation: Finding[] = [
      base,
      {
        ...base,
        severity: 'error',
        code: 'not-a-number',
        sheet: '光明社区',
        cell: 'D34',
        indicator: { id: 'M063', name: '网格员' },
        found: '十二',
      },
    ];
    const fillFindings: Finding[] = [
      { ...base, cell: 'E7', expected: '**余' },
      {
        ...base,
        severity: 'error',
        code: 'fill-not-a-number',
        cell: 'E65',
        indicator: { id: 'M063', name: '网格员' },
      },
      { ...base, code: 'mask-digits', cell: 'E55', indicator: { id: 'M053', name: '接访批数' } },
    ];
    const analysis: Analysis = { ...ANALYSIS, findings: validation };
    const fill = { ...FILL, slots: [{ ...FILL.slots[0], findings: fillFindings }] };
    const all = allFindings(analysis, fill, ['指标目录', '光明社区']);
    expect(all.map((f) => `${f.code} ${f.sheet}!${f.cell}`)).toEqual([
      'not-a-number 光明社区!D34',
      'approx-not-possible 指标目录!A7',
      'mask-digits 指标目录!E55',
    ]);
  });

  it('keeps findings that differ only in their params or expected, and drops an exact repeat', () => {
    const unlinked = (maskId: string, line: number): Finding => ({
      severity: 'error',
      code: 'fill-unlinked',
      params: { mask: '**', maskId, source: '', line },
    });
    const fillFindings: Finding[] = [
      unlinked('M001', 1),
      unlinked('M002', 2),
      // The same params in another order: a repeat all the same.
      {
        severity: 'error',
        code: 'fill-unlinked',
        params: { line: 2, maskId: 'M002', source: '', mask: '**' },
      },
      { ...base, indicator: { id: 'M009', name: '党建品牌数' }, expected: '**余' },
      { ...base, indicator: { id: 'M009', name: '党建品牌数' }, expected: '***余' },
    ];
    const analysis: Analysis = { ...ANALYSIS, findings: [] };
    const fill = { ...FILL, slots: [{ ...FILL.slots[0], findings: fillFindings }] };
    const all = allFindings(analysis, fill, ['指标目录']);
    expect(all.map((f) => `${f.code} ${f.params?.maskId ?? f.expected}`)).toEqual([
      'fill-unlinked M001',
      'fill-unlinked M002',
      'approx-not-possible **余',
      'approx-not-possible ***余',
    ]);
  });

  it('sorts by severity, then the workbook’s sheet order (not the names’ code points), then row and column', () => {
    const at = (sheet: string, cell: string, severity: Finding['severity'] = 'warning'): Finding => ({
      ...base,
      severity,
      code: 'yoy-jump',
      sheet,
      cell,
      indicator: { id: `${sheet}${cell}`, name: '' },
    });
    const findings = [
      at('和平社区', 'D9'),
      at('指标目录', 'B10'),
      at('幸福社区', 'A1', 'error'),
      at('和平社区', 'D10'),
      at('指标目录', 'C2'),
    ];
    const analysis: Analysis = { ...ANALYSIS, findings };
    const order = allFindings(analysis, null, ['指标目录', '和平社区', '光明社区', '幸福社区']);
    expect(order.map((f) => `${f.sheet}!${f.cell}`)).toEqual([
      '幸福社区!A1',
      '指标目录!C2',
      '指标目录!B10',
      '和平社区!D9',
      '和平社区!D10',
    ]);
  });

  it('strips the sheet!cell the columns already give, in both languages', () => {
    expect(messageWithoutLocation('指标目录!A7：指标 M005「党建品牌数」的值 20', base)).toBe(
      '指标 M005「党建品牌数」的值 20',
    );
    expect(messageWithoutLocation('指标目录!A7: indicator M005', base)).toBe('Indicator M005');
    expect(
      messageWithoutLocation('和平社区：缺少指标 M062', { ...base, sheet: '和平社区', cell: 'A49' }),
    ).toBe('缺少指标 M062');
    expect(messageWithoutLocation('模板第 4 行的掩码', { ...base, sheet: undefined, cell: undefined })).toBe(
      '模板第 4 行的掩码',
    );
  });
});

describe('titles', () => {
  it('reads well without a street or a year, in both languages, with the street suffix from the catalogue', () => {
    expect(summaryTitle({ street: '', year: null }, zh)).toBe('工作指标完成情况');
    expect(summaryTitle({ street: '', year: 2022 }, zh)).toBe('2022年工作指标完成情况');
    expect(summaryTitle({ street: '新华', year: 2022 }, zh)).toBe('新华街道2022年工作指标完成情况');
    expect(summaryTitle({ street: '新华街道', year: null }, zh)).toBe('新华街道工作指标完成情况');
    expect(summaryTitle({ street: '', year: null }, en)).toBe('Work indicators: completion');
    expect(summaryTitle({ street: '', year: 2022 }, en)).toBe('Work indicators 2022: completion');
    expect(summaryTitle({ street: '新华街道', year: 2022 }, en)).toBe(
      '新华街道 2022 work indicators: completion',
    );
  });
});

describe('year on year', () => {
  it('is the difference in percentage points for a rate, and the relative change for counts', () => {
    // M059: 86.36 against 84.5 → +1.86 points.
    const rate = { ...byId('M005'), format: '**.**%', actual: 86.36, previous: 84.5, yoy: 86.36 / 84.5 - 1 };
    const pp = yearOnYear(rate, zh);
    expect(pp.value).toBeCloseTo(1.86, 10);
    expect(pp.format).toBe('+0.00"个百分点";-0.00"个百分点";0.00"个百分点"');
    expect(yearOnYear(rate, en).format).toBe('+0.00" pp";-0.00" pp";0.00" pp"');
    expect(yearOnYear(byId('M001'), zh)).toEqual({ value: 0.2, format: '+0.0%;-0.0%;0.0%' });
    expect(yearOnYear({ ...rate, previous: null }, zh).value).toBeNull();
    // Points take the rates' decimals: M038 满意度 `***%`, 100% against 98%, is +2 points.
    const whole = yearOnYear({ ...rate, format: '***%', actual: 100, previous: 98 }, zh);
    expect(whole).toEqual({ value: 2, format: '+0"个百分点";-0"个百分点";0"个百分点"' });
  });
});

describe('报告', () => {
  it('writes a hotline (or any whole figure) plainly, never 12,345', () => {
    expect(slotNumberFormat('*****', 12345)).toBe('0');
    expect(slotNumberFormat('**.**', 86.36)).toBe('0.00');
  });

  it('gives paragraphs heights by length at the column width, the same spacing for all', () => {
    const line = '一'.repeat(30);
    // 30 CJK characters fit one line of the 70-wide column; 12 pt at 1.5 spacing is 18 points a line.
    expect(paragraphHeight(line)).toBe(26);
    expect(paragraphHeight(line.repeat(2))).toBe(44);
    expect(paragraphHeight(line.repeat(4)) - paragraphHeight(line.repeat(3))).toBe(18);
  });
});
