/**
 * The summary workbook plan on the hand-built analysis of summary-plan.fixture.ts. Row numbers below are worked
 * out by hand from the layout: title 1, date 2, key figures 3–4, charts 6–30, section overview from row 32,
 * indicator table from row 38 (header 39; M003, the street's name, is a text mask and left out), chart data from
 * 51: sections 52–55, actual vs target 57–61 (Excel rows, 1-based). 分单位: heading 1, chart 2–13, table header
 * 15, rows 16–21, per-unit shares 23–29.
 */
import { cellAddress } from '../../src/core/address';
import { messagesFor } from '../../src/core/i18n';
import type { PlanCell, SheetPlan, WorkbookPlan } from '../../src/core/plan';
import {
  FINDINGS_SHEET,
  REPORT_SHEET,
  SUMMARY_SHEET,
  UNITS_SHEET,
  buildSummaryPlan,
  formatDate,
  titleParts,
} from '../../src/core/summary-plan';
import { ANALYSIS, FILL, GENERATED_AT, SETTINGS, SNAPSHOT } from './summary-plan.fixture';

function plan(lang: 'zh-CN' | 'en-US' = 'zh-CN'): WorkbookPlan {
  return buildSummaryPlan({
    analysis: ANALYSIS,
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

function value(sheet: SheetPlan, address: string): unknown {
  return cell(sheet, address)?.value ?? null;
}

function format(p: WorkbookPlan, sheet: SheetPlan, address: string): string | undefined {
  const style = cell(sheet, address)?.style;
  return style ? p.styles[style]?.numberFormat : undefined;
}

/** `A1:B2` of a plan rect, to compare with what Excel shows. */
function a1(rect: { row: number; col: number; lastRow: number; lastCol: number }): string {
  return `${cellAddress(rect.row, rect.col)}:${cellAddress(rect.lastRow, rect.lastCol)}`;
}

describe('buildSummaryPlan: the workbook', () => {
  const p = plan();

  it('writes 汇总, 分单位, 校验结果 and 报告 in that order and opens on 汇总', () => {
    expect(p.sheets.map((s) => s.name)).toEqual(['汇总', '分单位', '校验结果', '报告']);
    expect([SUMMARY_SHEET, UNITS_SHEET, FINDINGS_SHEET, REPORT_SHEET]).toEqual([
      '汇总',
      '分单位',
      '校验结果',
      '报告',
    ]);
    expect(p.activeSheet).toBe('汇总');
  });

  it('names every style it uses, and never writes a formula from input text', () => {
    for (const sheet of p.sheets) {
      for (const c of sheet.cells) {
        if (c.style) expect(p.styles[c.style]).toBeDefined();
        expect(c.formula).toBeUndefined();
      }
    }
  });

  it('keeps the sheet names Chinese in English, with English headers', () => {
    const en = plan('en-US');
    expect(en.sheets.map((s) => s.name)).toEqual(['汇总', '分单位', '校验结果', '报告']);
    const summary = sheetOf(en, '汇总');
    expect(value(summary, 'A39')).toBe('ID');
    expect(value(summary, 'G39')).toBe('Status');
    expect(value(summary, 'A2')).toBe('Generated 2023-01-05    Source: street.xlsx');
  });
});

describe('汇总: title, key figures, overview', () => {
  const p = plan();
  const s = sheetOf(p, '汇总');

  it('titles the sheet with the street and year found in the data, and the generation date', () => {
    expect(value(s, 'A1')).toBe('和平街道2022年工作指标完成情况');
    expect(value(s, 'A2')).toBe('生成日期：2023年1月5日　　数据来源：street.xlsx');
    expect(s.merges).toContainEqual({ row: 0, col: 0, lastRow: 0, lastCol: 9 });
  });

  it('shows the key figures of the 6 indicators (M003 is a text mask): 1 met, 1 exceeded, 2 not met, 1 without target, 1 missing, 0 incomplete, 1 error', () => {
    const labels = ['C3', 'D3', 'E3', 'F3', 'G3', 'H3', 'I3', 'J3'].map((a) => value(s, a));
    const values = ['C4', 'D4', 'E4', 'F4', 'G4', 'H4', 'I4', 'J4'].map((a) => value(s, a));
    expect(labels).toEqual([
      '指标总数',
      '达标',
      '超额',
      '未达标',
      '无目标',
      '缺数',
      '合计不完整',
      '数据错误',
    ]);
    expect(values).toEqual([6, 1, 1, 2, 1, 1, 0, 1]);
  });

  it('lists each section with its counts and mean completion', () => {
    expect(value(s, 'A32')).toBe('分板块完成情况');
    // 基层党建: M001 exceeded (120%), M002 not met (80%) (M003 is text) → mean of 1.2 and 0.8.
    expect(['B34', 'C34', 'D34', 'E34', 'F34', 'G34', 'H34'].map((a) => value(s, a))).toEqual([
      '基层党建',
      2,
      0,
      1,
      1,
      0,
      0,
    ]);
    expect(value(s, 'I34')).toBeCloseTo(1.0, 10);
    // 经济发展: M005 98.5/95, M006 5/7 (M004 no target, M007 missing).
    expect(value(s, 'B35')).toBe('经济发展');
    expect(value(s, 'I35')).toBeCloseTo((98.5 / 95 + 5 / 7) / 2, 10);
    expect(value(s, 'A36')).toBe('合计');
    expect(['C36', 'D36', 'E36', 'F36', 'G36', 'H36'].map((a) => value(s, a))).toEqual([6, 1, 1, 2, 1, 1]);
    expect(format(p, s, 'I34')).toBe('0.0%');
  });
});

describe('汇总: the indicator table', () => {
  const p = plan();
  const s = sheetOf(p, '汇总');

  it('has the ten agreed columns', () => {
    expect(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J'].map((c) => value(s, `${c}39`))).toEqual([
      '编号',
      '指标',
      '单位',
      '目标值',
      '完成值',
      '完成率',
      '状态',
      '上年值',
      '同比',
      '责任部门',
    ]);
  });

  it('groups by section, with a subtotal of status counts after each group', () => {
    expect(value(s, 'A40')).toBe('基层党建');
    expect(['A41', 'A42'].map((a) => value(s, a))).toEqual(['M001', 'M002']);
    expect(value(s, 'A43')).toBe('小计：2 项，达标 0，超额 1，未达标 1，无目标 0，缺数 0');
    expect(value(s, 'A44')).toBe('经济发展');
    expect(['A45', 'A46', 'A47', 'A48'].map((a) => value(s, a))).toEqual(['M004', 'M005', 'M006', 'M007']);
    expect(value(s, 'A49')).toBe('小计：4 项，达标 1，超额 0，未达标 1，无目标 1，缺数 1');
    expect(s.cells.some((c) => c.value === 'M003')).toBe(false);
  });

  it('formats numbers as the report prints them (the mask’s decimals), % points never ×100', () => {
    expect(value(s, 'E41')).toBe(36);
    expect(format(p, s, 'E41')).toBe('#,##0'); // 场次
    expect(value(s, 'E45')).toBe(1234567.89);
    expect(format(p, s, 'E45')).toBe('#,##0.00'); // 元
    expect(value(s, 'E46')).toBe(98.5);
    expect(format(p, s, 'E46')).toBe('0.0"%"'); // ***.*%: percent points, never ×100
    expect(format(p, s, 'F41')).toBe('0.0%');
    expect(value(s, 'F41')).toBe(1.2);
    // Year on year: counts relative (36 against 30: +20%), a rate in percentage points (98.5 − 97 = +1.5).
    expect(value(s, 'I41')).toBe(0.2);
    expect(format(p, s, 'I41')).toBe('+0.0%;-0.0%;0.0%');
    expect(value(s, 'I46')).toBeCloseTo(1.5, 10);
    // Points with the rate's own decimals (***.*%: one).
    expect(format(p, s, 'I46')).toBe('+0.0"个百分点";-0.0"个百分点";0.0"个百分点"');
    const en = plan('en-US');
    expect(format(en, sheetOf(en, '汇总'), 'I46')).toBe('+0.0" pp";-0.0" pp";0.0" pp"');
  });

  it('writes targets as numbers only when they are one plain number, else as the text typed', () => {
    expect(value(s, 'D41')).toBe('≥30');
    expect(value(s, 'D42')).toBe(10);
    expect(format(p, s, 'D42')).toBe('#,##0');
    expect(value(s, 'D46')).toBe('≥95%');
    expect(value(s, 'D47')).toBe('≤5');
  });

  it('shows statuses as words, a missing value as an empty marked cell, empty text as a blank cell', () => {
    expect(['G41', 'G42', 'G45', 'G46', 'G48'].map((a) => value(s, a))).toEqual([
      '超额',
      '未达标',
      '无目标',
      '达标',
      '缺数',
    ]);
    expect(cell(s, 'E48')?.value).toBeNull();
    expect(cell(s, 'E48')?.style).toBe('cellMissing');
    // Input text starting with `=` stays a string value.
    expect(value(s, 'J48')).toBe('=劳动保障所');
    // No cell of any sheet is an empty string: blank means null.
    for (const sheet of p.sheets) expect(sheet.cells.filter((c) => c.value === '')).toEqual([]);
  });

  it('colours status, completion and year-on-year with conditional formats over the table', () => {
    const cf = s.conditionalFormats ?? [];
    const bars = cf.filter((c) => c.type === 'dataBar').map((c) => a1(c.range));
    expect(bars).toEqual(['I34:I35', 'F40:F49']);
    const status = cf.filter((c) => c.type === 'cellValue' && c.range.col === 6);
    expect(status.map((c) => c.type === 'cellValue' && [a1(c.range), c.formula1, c.style])).toEqual([
      ['G40:G49', '"达标"', 'cfGood'],
      ['G40:G49', '"超额"', 'cfGood'],
      ['G40:G49', '"未达标"', 'cfBad'],
      ['G40:G49', '"无目标"', 'cfGrey'],
      ['G40:G49', '"缺数"', 'cfAmber'],
    ]);
    // Runs of the same direction: M001–M002, M004–M005 higher-better, M006 lower-better, M007 higher-better.
    const yoy = cf.filter((c) => c.type === 'cellValue' && c.range.col === 8);
    expect(yoy.map((c) => c.type === 'cellValue' && `${a1(c.range)} ${c.operator} ${c.style}`)).toEqual([
      'I41:I42 greaterThan cfUp',
      'I41:I42 lessThan cfDown',
      'I45:I46 greaterThan cfUp',
      'I45:I46 lessThan cfDown',
      'I47:I47 lessThan cfUp',
      'I47:I47 greaterThan cfDown',
      'I48:I48 greaterThan cfUp',
      'I48:I48 lessThan cfDown',
    ]);
    expect(p.styles.cfGood.font?.color).toBe('#1E7B34');
    expect(p.styles.cfBad.font?.color).toBe('#C00000');
  });

  it('prints A4 landscape, one page wide, the table header repeated, charts on page 1', () => {
    expect(s.print).toEqual({
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: 1,
      fitToHeight: 0,
      repeatRows: { first: 38, last: 38 },
      printArea: { row: 0, col: 0, lastRow: 48, lastCol: 9 },
      centerHorizontally: true,
      footer: '&A 第 &P 页',
      rowBreaks: [31],
    });
    for (const chart of s.charts ?? []) expect(chart.anchor.row + 12).toBeLessThanOrEqual(31);
  });

  it('breaks values down by unit with the street total on 分单位, which prints with its own header', () => {
    const u = sheetOf(p, '分单位');
    expect(value(u, 'A1')).toBe('各单位分项数据');
    expect(['A15', 'D15', 'E15', 'F15', 'G15'].map((a) => value(u, a))).toEqual([
      '编号',
      '东风社区',
      '红旗社区',
      '新华社区',
      '合计',
    ]);
    expect(['A16', 'D16', 'E16', 'F16', 'G16'].map((a) => value(u, a))).toEqual(['M001', 10, 12, 14, 36]);
    expect(['A16', 'A17', 'A18', 'A19', 'A20', 'A21'].map((a) => value(u, a))).toEqual([
      'M001',
      'M002',
      'M004',
      'M005',
      'M006',
      'M007',
    ]);
    // M007: 红旗社区 typed 十二, shown as typed and marked; the total is missing.
    expect(['D21', 'E21', 'F21'].map((a) => value(u, a))).toEqual([40, '十二', 30]);
    expect(cell(u, 'E21')?.style).toBe('cellMissing');
    expect(cell(u, 'G21')?.value).toBeNull();
    expect(u.print).toEqual({
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: 1,
      fitToHeight: 0,
      repeatRows: { first: 14, last: 14 },
      printArea: { row: 0, col: 0, lastRow: 20, lastCol: 6 },
      centerHorizontally: true,
      footer: '&A 第 &P 页',
    });
    // 汇总 has no per-unit table under its repeated header.
    expect(s.cells.some((c) => c.value === '各单位分项数据')).toBe(false);
  });

  it('says under the 分单位 table, once, when a unit’s rate is its own parts’ rather than what it typed', () => {
    // M005 as a rate whose 东风社区 left it blank: 91.7 from its parts (`computed`), its typed text ''.
    const analysis = {
      ...ANALYSIS,
      indicators: ANALYSIS.indicators.map((i) =>
        i.id === 'M005'
          ? {
              ...i,
              units: {
                ...i.units,
                东风社区: { ...i.units['东风社区'], value: 91.7, text: '', computed: true as const },
              },
            }
          : i,
      ),
    };
    const withRates = (lang: 'zh-CN' | 'en-US') =>
      sheetOf(
        buildSummaryPlan({
          analysis,
          fill: FILL,
          settings: { ...SETTINGS, lang },
          generatedAt: GENERATED_AT,
          snapshot: SNAPSHOT,
        }),
        UNITS_SHEET,
      );
    const zh = withRates('zh-CN');
    // M005 is the table's fourth row (19): the figure, not the blank typed.
    expect(['A19', 'D19'].map((a) => value(zh, a))).toEqual(['M005', 91.7]);
    // The table ends on row 21 (M007); the note is row 22, inside the print area.
    expect(value(zh, 'A22')).toBe(
      '按分子、分母汇总的比率，各单位的数由本单位的分子 ÷ 分母算出（两者都有且分母不为 0 时），与合计算法相同，不取所填之数。',
    );
    expect(zh.print?.printArea).toEqual({ row: 0, col: 0, lastRow: 21, lastCol: 6 });
    expect(value(withRates('en-US'), 'A22')).toBe(
      'A rate totalled from a numerator and a denominator shows each unit’s own numerator ÷ denominator (where it has both and the denominator is not 0), worked out as the total is, not the rate it typed.',
    );
    // Without such a rate (the fixture as it is), no note: the table's last row ends the print area (above).
    expect(sheetOf(p, UNITS_SHEET).cells.some((c) => c.row === 21 && c.col === 0)).toBe(false);
  });

  it('sizes columns so that no number shows as #####', () => {
    const width = (col: number) => s.columnWidths?.find((w) => w.col === col)?.width ?? 0;
    // 1,234,567.89 is 12 characters; 1,000,000.00 too.
    expect(width(4)).toBeGreaterThanOrEqual(14);
    expect(width(7)).toBeGreaterThanOrEqual(14);
    expect(width(1)).toBe(32);
  });
});

describe('汇总: charts point at the plan’s own cells', () => {
  const p = plan();
  const s = sheetOf(p, '汇总');
  const charts = s.charts ?? [];
  const byName = (name: string) => {
    const chart = charts.find((c) => c.name === name);
    if (!chart) throw new Error(`no chart ${name}`);
    return chart;
  };
  const ref = (r: { sheet: string; rect: { row: number; col: number; lastRow: number; lastCol: number } }) =>
    `${r.sheet}!${a1(r.rect)}`;

  it('draws three charts on 汇总 and the per-unit chart on 分单位, with Chinese titles', () => {
    expect(charts.map((c) => [c.name, c.type])).toEqual([
      ['huibao-completion-by-section', 'barClustered'],
      ['huibao-status', 'doughnut'],
      ['huibao-actual-vs-target', 'columnClustered'],
    ]);
    expect(charts.map((c) => c.title)).toEqual([
      '各板块平均完成率（目标=100%）',
      '指标完成状态分布',
      '完成情况与目标对比（目标=100%，差距最大的 4 项）',
    ]);
    const unitCharts = sheetOf(p, '分单位').charts ?? [];
    expect(unitCharts.map((c) => [c.name, c.type, c.title])).toEqual([
      ['huibao-unit-share', 'barStacked', '各单位贡献占比（前 5 项指标）'],
    ]);
  });

  it('completion by section reads the sections that have a rate: one labelled series, 100% a gridline', () => {
    const chart = byName('huibao-completion-by-section');
    // A second (target) series put its 100% labels on the sections' own (95.3% under 100% in the example).
    expect(chart.series.map((x) => [x.name, ref(x.categories), ref(x.values)])).toEqual([
      ['完成率', '汇总!B54:B55', '汇总!D54:D55'],
    ]);
    expect(chart.dataLabels).toBe(true);
    expect(chart.legend).toBe('none');
    expect(['B54', 'C54', 'B55', 'C55'].map((a) => value(s, a))).toEqual(['基层党建', 2, '经济发展', 4]);
    expect(value(s, 'D54')).toBeCloseTo(1.0, 10);
    expect(value(s, 'D55')).toBeCloseTo((98.5 / 95 + 5 / 7) / 2, 10);
    expect(cell(s, 'E54')).toBeUndefined();
    // From 0 in steps of 20%: 100% is always a gridline.
    expect(chart.valueAxis).toEqual({ min: 0, max: 1.2, numberFormat: '0%' });
  });

  it('the status doughnut reads the key figures from 达标 to 缺数', () => {
    const chart = byName('huibao-status');
    expect(ref(chart.series[0].categories)).toBe('汇总!D3:H3');
    expect(ref(chart.series[0].values)).toBe('汇总!D4:H4');
    // Slices coloured like the status column: greens for met/exceeded, red, grey, amber.
    expect(chart.series[0].pointColors).toEqual(['#70AD47', '#2E7D32', '#C00000', '#A5A5A5', '#ED9C28']);
  });

  it('actual vs target: one labelled series (labels cannot overlap), lowest completion first', () => {
    const chart = byName('huibao-actual-vs-target');
    expect(chart.series.map((x) => [x.name, ref(x.categories), ref(x.values)])).toEqual([
      ['完成率', '汇总!B59:B62', '汇总!F59:F62'],
    ]);
    // M006's ceiling ≤5 at 7 (5 / 7 = 71.4%) is not met: first, below M002's 8 of ≥10 (80%).
    expect(['A59', 'A60', 'A61', 'A62'].map((a) => value(s, a))).toEqual(['M006', 'M002', 'M005', 'M001']);
    expect(value(s, 'F59')).toBeCloseTo(5 / 7, 10);
    expect(value(s, 'B60')).toBe('M002 发展入党积…');
    expect(['F60', 'G60', 'D60', 'E60'].map((a) => value(s, a))).toEqual([0.8, 1, 10, 8]);
    expect(chart.dataLabels).toBe(true);
    // 120% is the highest: the axis runs to 120% in steps of 20%, so 100% is a gridline.
    expect(chart.valueAxis).toEqual({ min: 0, max: 1.2, numberFormat: '0%' });
  });

  it('per-unit shares on 分单位: one series per community, a unit without a number left blank (never 0)', () => {
    const u = sheetOf(p, '分单位');
    const chart = (u.charts ?? [])[0];
    expect(chart.series.map((x) => [x.name, ref(x.values)])).toEqual([
      ['东风社区', '分单位!D25:D29'],
      ['红旗社区', '分单位!E25:E29'],
      ['新华社区', '分单位!F25:F29'],
    ]);
    expect(ref(chart.series[0].categories)).toBe('分单位!B25:B29');
    expect(['A25', 'A26', 'A27', 'A28', 'A29'].map((a) => value(u, a))).toEqual([
      'M004',
      'M007',
      'M001',
      'M002',
      'M006',
    ]);
    expect(value(u, 'D27')).toBeCloseTo(10 / 36, 12);
    // 十二 is not a number: a blank cell, not a share of 0.
    expect(cell(u, 'E26')?.value).toBeNull();
    expect(value(u, 'D26')).toBeCloseTo(40 / 70, 12);
    expect(value(u, 'G26')).toBe(1);
    expect(chart.anchor).toEqual({ row: 1, col: 0 });
  });

  it('places the charts on page 1 without overlapping: two side by side, actual vs target below at full width', () => {
    const [a, b, c] = charts;
    expect([a.anchor, b.anchor, c.anchor]).toEqual([
      { row: 5, col: 0 },
      { row: 5, col: 5 },
      { row: 18, col: 0 },
    ]);
    const widths = s.columnWidths ?? [];
    const px = (from: number, to: number) =>
      widths
        .filter((w) => w.col >= from && w.col <= to)
        .reduce((sum, w) => sum + Math.floor(w.width * 7 + 5), 0);
    expect(a.width).toBeLessThanOrEqual(px(0, 4));
    expect(b.width).toBeLessThanOrEqual(px(5, 9));
    expect(c.width).toBeLessThanOrEqual(px(0, 9));
    expect(c.width).toBeGreaterThan(px(0, 4));
    // 12 rows of 15 points (20 px) each.
    expect(a.height).toBeLessThanOrEqual(12 * 20);
  });
});

describe('校验结果', () => {
  const p = plan();
  const s = sheetOf(p, '校验结果');

  it('lists errors first, each cell a link to the cell, with message and hint', () => {
    expect(['A1', 'B1', 'C1', 'H1', 'I1'].map((a) => value(s, a))).toEqual([
      '级别',
      '工作表',
      '单元格',
      '说明',
      '建议',
    ]);
    expect(['A2', 'A3', 'A4'].map((a) => value(s, a))).toEqual(['错误', '错误', '警告']);
    expect(value(s, 'B3')).toBe('红旗社区');
    expect(cell(s, 'C3')?.value).toBe('G9');
    expect(cell(s, 'C3')?.hyperlink).toEqual({ sheet: '红旗社区', cell: 'G9', tooltip: '转到 红旗社区!G9' });
    expect(value(s, 'F3')).toBe('=十二');
    // The sheet and cell columns say where: the message does not repeat it.
    expect(value(s, 'H3')).toBe('指标 M007「新增就业人数」的完成值“=十二”不是数字，应为数字。');
    expect(cell(s, 'C4')?.hyperlink).toEqual({ sheet: '东风社区', cell: 'G8', tooltip: '转到 东风社区!G8' });
  });

  it('has an autofilter over the table and a frozen header', () => {
    expect(s.autoFilter).toEqual({ row: 0, col: 0, lastRow: 3, lastCol: 8 });
    expect(s.freeze).toEqual({ rows: 1, cols: 0 });
  });

  it('says so when there is nothing to report', () => {
    const clean = buildSummaryPlan({
      analysis: { ...ANALYSIS, findings: [], findingCounts: { error: 0, warning: 0, info: 0 } },
      fill: null,
      settings: SETTINGS,
      generatedAt: GENERATED_AT,
      snapshot: SNAPSHOT,
    });
    expect(clean.sheets.map((x) => x.name)).toEqual(['汇总', '分单位', '校验结果']);
    expect(value(sheetOf(clean, '校验结果'), 'A2')).toBe('未发现问题。');
  });
});

describe('报告', () => {
  const p = plan();
  const s = sheetOf(p, '报告');

  it('writes one paragraph per row, blank template lines left out, as tall as its text', () => {
    expect(['A1', 'A2', 'A3', 'A4', 'A5'].map((a) => value(s, a))).toEqual([
      '报告正文',
      '街道党工委2022年工作总结和2023年工作安排',
      '今年以来，和平街道党工委开展党建知识培训36余场次，发展入党积极分子8个。',
      '群众满意度98.5%，新增就业***人。',
      null,
    ]);
    expect(s.merges ?? []).toEqual([]);
    expect(p.styles[cell(s, 'A3')?.style ?? '']?.wrap).toBe(true);
    expect(s.columnWidths?.find((w) => w.col === 0)?.width).toBe(70);
  });

  it('lists the figures beside the text with the paragraph each went into', () => {
    expect(['C1', 'D1', 'E1', 'F1', 'G1', 'H1', 'I1'].map((a) => value(s, a))).toEqual([
      '序号',
      '段落',
      '编号',
      '掩码',
      '值',
      '写入文本',
      '状态',
    ]);
    expect(['C2', 'D2', 'E2', 'F2', 'G2', 'H2', 'I2'].map((a) => value(s, a))).toEqual([
      1,
      2,
      'M001',
      '**',
      '和平',
      '和平',
      '已填',
    ]);
    expect(['C4', 'D4', 'H4', 'I4'].map((a) => value(s, a))).toEqual([3, 2, '8', '需核对']);
    expect(['C5', 'D5', 'G5'].map((a) => value(s, a))).toEqual([4, 3, 98.5]);
  });

  it('marks a paragraph with an unfilled mask in red, with a note naming it', () => {
    const unfilled = cell(s, 'A4');
    expect(unfilled?.style).toBe('paragraphUnfilled');
    expect(p.styles.paragraphUnfilled.font?.color).toBe('#C00000');
    expect(unfilled?.note).toBe('本段有 1 处掩码未能填写：***');
    expect(['C6', 'D6', 'F6', 'G6', 'H6', 'I6'].map((a) => value(s, a))).toEqual([
      5,
      3,
      '***',
      null,
      '***',
      '未填',
    ]);
    expect(cell(s, 'I6')?.style).toBe('statusBad');
    expect(cell(s, 'A3')?.style).toBe('paragraph');
    expect(cell(s, 'A3')?.note).toBeUndefined();
  });

  it('prints the report text only, on A4 portrait', () => {
    expect(s.print?.orientation).toBe('portrait');
    expect(s.print?.printArea).toEqual({ row: 1, col: 0, lastRow: 3, lastCol: 0 });
  });
});

describe('titleParts', () => {
  const noSettings = { streetName: '', year: null };

  it('takes the settings first', () => {
    expect(titleParts(ANALYSIS, FILL, { streetName: '光明街道', year: 2021 })).toEqual({
      street: '光明街道',
      year: 2021,
    });
  });

  it('derives the street from the mask before 街道 and the year from the title line', () => {
    expect(titleParts(ANALYSIS, FILL, noSettings)).toEqual({ street: '和平', year: 2022 });
  });

  it('falls back to the fill when no indicator names the street, and leaves out what it cannot find', () => {
    const noStreet = { ...ANALYSIS, indicators: ANALYSIS.indicators.filter((i) => i.id !== 'M003') };
    const slots = FILL.slots.map((x) => (x.index === 0 ? { ...x, source: '今年以来，【**】街道党工委' } : x));
    expect(titleParts(noStreet, { ...FILL, slots }, noSettings)).toEqual({ street: '和平', year: 2022 });
    expect(titleParts(noStreet, null, noSettings)).toEqual({ street: '', year: null });
  });

  it('titles without a year when none is known', () => {
    const p = buildSummaryPlan({
      analysis: ANALYSIS,
      fill: null,
      settings: SETTINGS,
      generatedAt: GENERATED_AT,
      snapshot: SNAPSHOT,
    });
    expect(value(sheetOf(p, '汇总'), 'A1')).toBe('和平街道工作指标完成情况');
  });

  it('formats the date per language', () => {
    expect(formatDate(new Date(2023, 10, 25), messagesFor('zh-CN'))).toBe('2023年11月25日');
    expect(formatDate(new Date(2023, 0, 5), messagesFor('en-US'))).toBe('2023-01-05');
  });
});
