/**
 * The summary workbook as data: `汇总` (this module), `校验结果` (findings-sheet-plan.ts) and `报告`
 * (report-sheet-plan.ts). Hosts render the plan; every cell, format, rule and chart is decided here.
 *
 * `汇总` prints as: page 1 the title, key figures and charts; then the section overview and the indicator table
 * (its header repeated on each page) with footnotes for incomplete totals. The charts' data follow outside the
 * print area. With units, `分单位` holds the per-unit chart and the indicator × unit table, printed on its own.
 * Text masks (the street's name, coded mechanisms, the hotline) are not indicators and stay out of both.
 */
import { type Messages, messagesFor } from './i18n';
import type { ChartPlan, ConditionalFormatPlan, PlanValue, SheetPlan, WorkbookPlan } from './plan';
import {
  STATUS_COLORS,
  SERIES_COLORS,
  StyleTable,
  columnPixels,
  fitColumnWidths,
  isPercentUnit,
  numberFormatFor,
  textWidth,
  wrappedRowHeight,
} from './plan-styles';
import { allFindings, buildFindingsSheet } from './findings-sheet-plan';
import { Cells, rect } from './plan-cells';
import {
  incompleteNote,
  isIncompleteTotal,
  unitShareCandidates,
  writeSectionTable,
  writeTargetTable,
  writeUnitShareTable,
} from './summary-chart-data';
import { formatDate, summaryTitle, titleParts } from './summary-title';
import { buildReportSheet } from './report-sheet-plan';
import type { Analysis, FillResult, IndicatorResult, IndicatorStatus, Target } from './results';
import type { Settings } from './settings';
import type { WorkbookSnapshot } from './snapshot';

export const SUMMARY_SHEET = '汇总';
/** Each unit's values and shares, on a sheet of its own so it prints with its own header. */
export const UNITS_SHEET = '分单位';
export { formatDate, summaryTitle, titleParts, type TitleParts } from './summary-title';
export { FINDINGS_SHEET } from './findings-sheet-plan';
export { isIncompleteTotal, leftOutUnits } from './summary-chart-data';
export { REPORT_SHEET } from './report-sheet-plan';

export interface SummaryInput {
  readonly analysis: Analysis;
  readonly fill: FillResult | null;
  readonly settings: Settings;
  readonly generatedAt: Date;
  readonly snapshot: WorkbookSnapshot;
}

export function buildSummaryPlan(input: SummaryInput): WorkbookPlan {
  const messages = messagesFor(input.settings.lang);
  const styles = new StyleTable();
  const findings = allFindings(
    input.analysis,
    input.fill,
    input.snapshot.sheets.map((s) => s.name),
  );
  const indicators = summaryIndicators(input.analysis);
  const sheets: SheetPlan[] = [buildSummarySheet(input, indicators, messages, styles)];
  if (input.analysis.units.length > 0 && indicators.length > 0) {
    sheets.push(buildUnitsSheet(input.analysis, indicators, messages, styles));
  }
  sheets.push(buildFindingsSheet(findings, messages, styles));
  if (input.fill) sheets.push(buildReportSheet(input.fill, messages, styles));
  return { styles: styles.toRecord(), sheets, activeSheet: SUMMARY_SHEET };
}

/** A mask written before a place word: the street's or a community's name (`**街道`). */
const NAME_FORMAT = /^[*＊]+\s*(街道|社区|村|镇|乡)/;
/** A mask in quotes in the report (`“【*****】”`): a hotline number or a coded mechanism, not a figure. */
const QUOTED_MASK = /[“"「『‘]\s*【[^】]*】\s*[”"」』’]/;

/**
 * Text masks are not indicators: the street's name (`**街道`), coded mechanisms (`*+*+N`, `*+N`) and quoted
 * numbers such as the hotline (`“*****”`). They are filled in 报告 but left out of every table and chart of 汇总.
 */
export function isTextIndicator(indicator: IndicatorResult): boolean {
  if (indicator.format.includes('+')) return true;
  if (NAME_FORMAT.test(indicator.format.trim())) return true;
  if (indicator.unit.trim() !== '') return false;
  if (QUOTED_MASK.test(indicator.source)) return true;
  return indicator.actual === null && indicator.actualText.trim() !== '' && indicator.target.kind === 'none';
}

/** The indicators 汇总 reports on: every one but the text masks. */
export function summaryIndicators(analysis: Analysis): IndicatorResult[] {
  return analysis.indicators.filter((i) => !isTextIndicator(i));
}

// ---------------------------------------------------------------------------------------------------------------
// The 汇总 sheet

/** Columns of the indicator table; the other tables use the same grid. */
const COL = {
  id: 0,
  name: 1,
  unit: 2,
  target: 3,
  actual: 4,
  completion: 5,
  status: 6,
  previous: 7,
  yoy: 8,
  owner: 9,
} as const;
const LAST_COL = COL.owner;
/** Pale enough that the percentage stays readable over the bar. */
const DATA_BAR_COLOR = '#9DC3E6';
/** Column B wraps long indicator names, column J department names. */
const NAME_WIDTH = 32;
const OWNER_WIDTH = 16;

/** Key figures start here (after the merged 总体情况 label): 指标总数 … 数据错误, one column each. */
const FIGURES_FIRST_COL = COL.unit;

/** Rows of page 1: title, date, key figures, then two rows of charts. */
const ROW = { title: 0, subtitle: 1, figureLabels: 2, figureValues: 3, charts: 5 } as const;
const CHART_ROWS = 12;
const CHART_ROW_HEIGHT = 15;
const CHART_GAP_ROWS = 1;
/** Most indicators in the actual-vs-target chart (it has the lower row of page 1 to itself). */
const TARGET_CHART_MAX = 12;

const STATUS_ORDER: readonly IndicatorStatus[] = ['met', 'exceeded', 'not-met', 'no-target', 'missing'];
const STATUS_KEY = {
  met: 'statusMet',
  exceeded: 'statusExceeded',
  'not-met': 'statusNotMet',
  'no-target': 'statusNoTarget',
  missing: 'statusMissing',
} as const;
const STATUS_STYLE: Readonly<Record<IndicatorStatus, string>> = {
  met: 'cfGood',
  exceeded: 'cfGood',
  'not-met': 'cfBad',
  'no-target': 'cfGrey',
  missing: 'cfAmber',
};

function countStatuses(indicators: readonly IndicatorResult[]): Record<IndicatorStatus, number> {
  const counts: Record<IndicatorStatus, number> = {
    met: 0,
    exceeded: 0,
    'not-met': 0,
    'no-target': 0,
    missing: 0,
  };
  for (const i of indicators) counts[i.status]++;
  return counts;
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

/** Indicators by `板块` in the order the sections first appear; those without one last. */
function groupBySection(
  indicators: readonly IndicatorResult[],
  messages: Messages,
): { name: string; items: IndicatorResult[] }[] {
  const groups = new Map<string, IndicatorResult[]>();
  const loose: IndicatorResult[] = [];
  for (const indicator of indicators) {
    const name = indicator.section.trim();
    if (name === '') {
      loose.push(indicator);
      continue;
    }
    const list = groups.get(name) ?? [];
    list.push(indicator);
    groups.set(name, list);
  }
  const out = [...groups].map(([name, items]) => ({ name, items }));
  // Indicators without a section come last, under （未分板块）.
  if (loose.length > 0) out.push({ name: messages.t('summary', 'noSection'), items: loose });
  return out;
}

/** A target shown as a number when it is one plain number; otherwise as the text the user wrote. */
function targetValue(target: Target): { value: PlanValue; numeric: boolean } {
  if (target.kind === 'none') return { value: null, numeric: false };
  const plainNumber = /^\s*[\d.,]+\s*$/.test(target.text);
  if ((target.kind === 'at-least' || target.kind === 'equal') && plainNumber && target.min !== undefined) {
    return { value: target.min, numeric: true };
  }
  return { value: target.text, numeric: false };
}

interface Layout {
  readonly cells: Cells;
  readonly cf: ConditionalFormatPlan[];
  readonly charts: ChartPlan[];
}

function buildSummarySheet(
  input: SummaryInput,
  indicators: readonly IndicatorResult[],
  messages: Messages,
  styles: StyleTable,
): SheetPlan {
  const { analysis } = input;
  const t = (key: Parameters<typeof messages.t<'summary'>>[1], params?: Record<string, string | number>) =>
    messages.t('summary', key, params);
  const common = (key: (typeof STATUS_KEY)[IndicatorStatus]) => messages.t('common', key);
  const layout: Layout = { cells: new Cells(), cf: [], charts: [] };
  const { cells } = layout;

  // Title, date, key figures.
  const title = summaryTitle(titleParts(analysis, input.fill, input.settings, input.snapshot), messages);
  cells.merged(rect(ROW.title, 0, ROW.title, LAST_COL), title, 'title');
  cells.height(ROW.title, 32);
  const source = input.snapshot.source ?? messages.t('common', 'currentWorkbook');
  cells.merged(
    rect(ROW.subtitle, 0, ROW.subtitle, LAST_COL),
    t('generatedOn', { date: formatDate(input.generatedAt, messages), source }),
    'subtitle',
  );
  cells.merged(
    rect(ROW.figureLabels, 0, ROW.figureValues, FIGURES_FIRST_COL - 1),
    t('keyFigures'),
    'figureTitle',
  );
  const all = countStatuses(indicators);
  const incomplete = indicators.filter(isIncompleteTotal);
  // 缺数 counts indicators with no total at all; 合计不完整 those whose total leaves units out (shown, marked *).
  const figures: [string, number][] = [
    [t('figureTotal'), indicators.length],
    [common('statusMet'), all.met],
    [common('statusExceeded'), all.exceeded],
    [common('statusNotMet'), all['not-met']],
    [common('statusNoTarget'), all['no-target']],
    [common('statusMissing'), all.missing],
    [t('figureIncomplete'), incomplete.length],
    [t('figureErrors'), analysis.findingCounts.error],
  ];
  figures.forEach(([label, value], k) => {
    cells.put(ROW.figureLabels, FIGURES_FIRST_COL + k, label, 'figureLabel');
    cells.put(ROW.figureValues, FIGURES_FIRST_COL + k, value, 'figureValue');
  });
  cells.height(ROW.figureLabels, 20);
  cells.height(ROW.figureValues, 30);
  cells.height(ROW.figureValues + 1, 8);
  const chartBlockRows = 2 * CHART_ROWS + CHART_GAP_ROWS;
  for (let r = ROW.charts; r < ROW.charts + chartBlockRows; r++) cells.height(r, CHART_ROW_HEIGHT);

  // Page 2: section overview.
  let row = ROW.charts + chartBlockRows + 1;
  const overviewHeading = row;
  const groups = groupBySection(indicators, messages);
  cells.merged(rect(row, 0, row, LAST_COL), t('sectionsHeading'), 'heading');
  cells.height(row++, 24);
  const overviewHeaders = [
    '#',
    t('colSection'),
    t('colCount'),
    common('statusMet'),
    common('statusExceeded'),
    common('statusNotMet'),
    common('statusNoTarget'),
    common('statusMissing'),
    t('colAvgCompletion'),
  ];
  overviewHeaders.forEach((h, c) => cells.put(row, c, h, 'header'));
  cells.height(row++, 22);
  const overviewFirst = row;
  const ratio = styles.number('0.0%');
  const countStyle = styles.number('#,##0', 'cellCenter');
  const sectionAverages: { name: string; count: number; avg: number }[] = [];
  groups.forEach((group, k) => {
    const c = countStatuses(group.items);
    const avg = mean(group.items.map((i) => i.completion).filter((v): v is number => v !== null));
    if (avg !== null) sectionAverages.push({ name: group.name, count: group.items.length, avg });
    cells.put(row, 0, k + 1, countStyle);
    cells.put(row, 1, group.name, 'cellWrap');
    [group.items.length, c.met, c.exceeded, c['not-met'], c['no-target'], c.missing].forEach((v, j) =>
      cells.put(row, 2 + j, v, countStyle),
    );
    cells.put(row, 8, avg, ratio);
    row++;
  });
  const overviewLast = row - 1;
  const allAvg = mean(indicators.map((i) => i.completion).filter((v): v is number => v !== null));
  const totalCount = styles.number('#,##0', 'subtotalNumber');
  cells.merged(rect(row, 0, row, 1), t('totalRow'), 'subtotal');
  [indicators.length, all.met, all.exceeded, all['not-met'], all['no-target'], all.missing].forEach((v, j) =>
    cells.put(row, 2 + j, v, totalCount),
  );
  cells.put(row, 8, allAvg, styles.number('0.0%', 'subtotalNumber'));
  row += 2;
  if (groups.length > 0) {
    layout.cf.push({
      type: 'dataBar',
      range: rect(overviewFirst, 8, overviewLast, 8),
      color: DATA_BAR_COLOR,
      min: 0,
      max: 1.2,
    });
  }

  // The indicator table, grouped by section.
  cells.merged(rect(row, 0, row, LAST_COL), t('detailHeading'), 'heading');
  cells.height(row++, 24);
  const detailHeader = row;
  const detailHeaders = [
    t('colId'),
    t('colName'),
    t('colUnit'),
    t('colTarget'),
    t('colActual'),
    t('colCompletion'),
    t('colStatus'),
    t('colPrevious'),
    t('colYoy'),
    t('colOwner'),
  ];
  detailHeaders.forEach((h, c) => cells.put(row, c, h, 'header'));
  cells.height(row++, 22);
  const detailFirst = row;
  const yoyRuns: { direction: IndicatorResult['direction']; first: number; last: number }[] = [];
  for (const group of groups) {
    cells.merged(rect(row, 0, row, LAST_COL), group.name, 'group');
    cells.height(row++, 20);
    for (const indicator of group.items) {
      writeIndicatorRow(cells, styles, row, indicator, messages);
      const run = yoyRuns[yoyRuns.length - 1];
      if (run && run.direction === indicator.direction && run.last === row - 1) run.last = row;
      else yoyRuns.push({ direction: indicator.direction, first: row, last: row });
      row++;
    }
    const c = countStatuses(group.items);
    cells.merged(rect(row, 0, row, LAST_COL), subtotalText(group.items.length, c, messages), 'subtotal');
    row++;
  }
  const detailLast = row - 1;
  // Footnotes: each total marked * and the units it leaves out.
  for (const indicator of incomplete) {
    cells.merged(rect(row, 0, row, LAST_COL), incompleteNote(indicator, messages), 'note');
    cells.height(row++, 16);
  }
  const printLastRow = row - 1;
  if (detailLast >= detailFirst) {
    layout.cf.push({
      type: 'dataBar',
      range: rect(detailFirst, COL.completion, detailLast, COL.completion),
      color: DATA_BAR_COLOR,
      min: 0,
      max: 1.2,
    });
    for (const status of STATUS_ORDER) {
      layout.cf.push({
        type: 'cellValue',
        range: rect(detailFirst, COL.status, detailLast, COL.status),
        operator: 'equal',
        formula1: `"${common(STATUS_KEY[status])}"`,
        style: STATUS_STYLE[status],
      });
    }
    for (const run of yoyRuns) {
      const range = rect(run.first, COL.yoy, run.last, COL.yoy);
      const good = run.direction === 'higher-better' ? 'greaterThan' : 'lessThan';
      const bad = run.direction === 'higher-better' ? 'lessThan' : 'greaterThan';
      layout.cf.push({ type: 'cellValue', range, operator: good, formula1: '0', style: 'cfUp' });
      layout.cf.push({ type: 'cellValue', range, operator: bad, formula1: '0', style: 'cfDown' });
    }
  }
  row += 1;

  // Chart data (outside the print area), then the charts that point at it. The per-unit table and chart are on
  // their own sheet (分单位), which prints with its own header.
  cells.merged(rect(row, 0, row, LAST_COL), t('chartDataHeading'), 'heading');
  cells.height(row++, 24);
  const sectionTable = writeSectionTable(cells, styles, row, LAST_COL, sectionAverages, messages);
  row = sectionTable.nextRow;
  const targetTable = writeTargetTable(cells, styles, row, LAST_COL, indicators, TARGET_CHART_MAX, messages);
  row = targetTable.nextRow;

  const widths = fitColumnWidths(cells.list, styles.toRecord(), cells.merges, {
    min: 7,
    max: 22,
    fixed: { [COL.name]: NAME_WIDTH, [COL.owner]: OWNER_WIDTH },
  });
  const widthOf = (c: number) => widths.find((w) => w.col === c)?.width ?? 9;
  const px = (from: number, to: number) => {
    let sum = 0;
    for (let c = from; c <= to; c++) sum += columnPixels(widthOf(c));
    return sum;
  };
  const leftWidth = px(0, COL.actual) - 10;
  const rightWidth = px(COL.completion, LAST_COL) - 6;
  const fullWidth = px(0, LAST_COL) - 6;
  const chartHeight = CHART_ROWS * CHART_ROW_HEIGHT * (4 / 3) - 8;
  const lowerRow = ROW.charts + CHART_ROWS + CHART_GAP_ROWS;
  const sheet = SUMMARY_SHEET;

  if (sectionTable.rows > 0) {
    const highest = Math.max(...sectionAverages.map((v) => v.avg));
    layout.charts.push({
      name: 'huibao-completion-by-section',
      type: 'barClustered',
      title: t('chartCompletion'),
      // One labelled series: a pale 100% bar beside each section's put its label on the section's (95.3% under
      // 100%). The target is 100%, a gridline of the axis (every 20%), and the title says so.
      series: [
        {
          name: t('seriesCompletion'),
          categories: { sheet, rect: rect(sectionTable.first, 1, sectionTable.last, 1) },
          values: { sheet, rect: rect(sectionTable.first, 3, sectionTable.last, 3) },
          color: SERIES_COLORS[0],
        },
      ],
      anchor: { row: ROW.charts, col: 0 },
      width: leftWidth,
      height: chartHeight,
      valueAxis: completionAxis(highest),
      dataLabels: true,
      legend: 'none',
    });
  }
  if (indicators.length > 0) {
    const first = FIGURES_FIRST_COL + 1;
    layout.charts.push({
      name: 'huibao-status',
      type: 'doughnut',
      title: t('chartStatus'),
      series: [
        {
          name: t('seriesCount'),
          categories: { sheet, rect: rect(ROW.figureLabels, first, ROW.figureLabels, first + 4) },
          values: { sheet, rect: rect(ROW.figureValues, first, ROW.figureValues, first + 4) },
          // Same order as the key figures: 达标, 超额, 未达标, 无目标, 缺数.
          pointColors: [
            STATUS_COLORS.met,
            STATUS_COLORS.exceeded,
            STATUS_COLORS.notMet,
            STATUS_COLORS.noTarget,
            STATUS_COLORS.missing,
          ],
        },
      ],
      anchor: { row: ROW.charts, col: COL.completion },
      width: rightWidth,
      height: chartHeight,
      dataLabels: true,
      legend: 'right',
    });
  }
  if (targetTable.rows > 0) {
    const { first, last } = targetTable;
    const highest = Math.max(...targetTable.indicators.map((i) => i.completion ?? 0));
    layout.charts.push({
      name: 'huibao-actual-vs-target',
      type: 'columnClustered',
      title: t('chartTarget', { n: targetTable.rows }),
      // One labelled series, so labels never sit on each other; the target is 100%, a gridline of the axis
      // (every 20%), and the title says so.
      series: [
        {
          name: t('seriesCompletion'),
          categories: { sheet, rect: rect(first, 1, last, 1) },
          values: { sheet, rect: rect(first, 5, last, 5) },
          color: SERIES_COLORS[0],
        },
      ],
      anchor: { row: lowerRow, col: 0 },
      width: fullWidth,
      height: chartHeight,
      valueAxisTitle: t('axisCompletion'),
      valueAxis: completionAxis(highest),
      dataLabels: true,
      legend: 'none',
    });
  }

  return {
    name: SUMMARY_SHEET,
    cells: cells.list,
    columnWidths: widths,
    rowHeights: cells.heights,
    merges: cells.merges,
    conditionalFormats: layout.cf,
    charts: layout.charts,
    showGridlines: false,
    tabColor: '#1F3864',
    print: {
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: 1,
      fitToHeight: 0,
      repeatRows: { first: detailHeader, last: detailHeader },
      printArea: rect(0, 0, printLastRow, LAST_COL),
      centerHorizontally: true,
      footer: t('footer'),
      rowBreaks: [overviewHeading],
    },
  };
}

/** A completion axis from 0 with a gridline every 20%, so 100% is always one of them and in view. */
function completionAxis(highest: number): { min: number; max: number; numberFormat: string } {
  return { min: 0, max: Math.max(1.2, Math.ceil(highest * 5) / 5), numberFormat: '0%' };
}

function subtotalText(total: number, c: Record<IndicatorStatus, number>, messages: Messages): string {
  return messages.t('summary', 'subtotal', {
    total,
    met: c.met,
    exceeded: c.exceeded,
    notMet: c['not-met'],
    noTarget: c['no-target'],
    missing: c.missing,
  });
}

/**
 * Year-on-year: for rates (unit `%`) the difference in percentage points, with the decimals of the rates themselves
 * (`numberFormatFor`: 86.36% against 84.50% is `+1.86个百分点`, 100% against 98% `+2个百分点`); for counts and
 * amounts the relative change.
 */
export function yearOnYear(
  indicator: IndicatorResult,
  messages: Messages,
): { value: number | null; format: string } {
  if (isPercentUnit(indicator.unit.trim())) {
    const pp = messages.t('summary', 'ppSuffix').replace(/"/g, '');
    const rate = numberFormatFor(indicator.unit, indicator.format, [indicator.actual, indicator.previous]);
    const number = `0${/\.0+/.exec(rate)?.[0] ?? ''}`;
    const format = `+${number}"${pp}";-${number}"${pp}";${number}"${pp}"`;
    if (indicator.actual === null || indicator.previous === null) return { value: null, format };
    return { value: Math.round((indicator.actual - indicator.previous) * 1e6) / 1e6, format };
  }
  return { value: indicator.yoy, format: '+0.0%;-0.0%;0.0%' };
}

function writeIndicatorRow(
  cells: Cells,
  styles: StyleTable,
  row: number,
  indicator: IndicatorResult,
  messages: Messages,
): void {
  const target = targetValue(indicator.target);
  const format = numberFormatFor(indicator.unit, indicator.format, [
    indicator.actual,
    indicator.previous,
    target.numeric ? (target.value as number) : null,
  ]);
  const number = styles.number(format);
  const incomplete = isIncompleteTotal(indicator);
  const name = incomplete ? indicator.name + messages.t('summary', 'incompleteMark') : indicator.name;
  cells.put(row, COL.id, indicator.id, 'cellCenter');
  cells.put(row, COL.name, name, 'cellWrap');
  cells.put(row, COL.unit, indicator.unit, 'cellCenter');
  cells.put(row, COL.target, target.value, target.numeric ? number : 'cellRight');
  if (indicator.actual !== null)
    cells.put(
      row,
      COL.actual,
      indicator.actual,
      incomplete ? styles.number(format, 'cellIncomplete') : number,
    );
  else if (indicator.actualText !== '') cells.put(row, COL.actual, indicator.actualText, 'cellRight');
  else cells.put(row, COL.actual, null, 'cellMissing');
  cells.put(row, COL.completion, indicator.completion, styles.number('0.0%'));
  cells.put(row, COL.status, messages.t('common', STATUS_KEY[indicator.status]), 'cellCenter');
  cells.put(row, COL.previous, indicator.previous, number);
  const yoy = yearOnYear(indicator, messages);
  cells.put(row, COL.yoy, yoy.value, styles.number(yoy.format));
  cells.put(row, COL.owner, indicator.owner, 'cellWrap');
  const lines = Math.max(
    Math.ceil(textWidth(name) / (NAME_WIDTH - 1)),
    Math.ceil(textWidth(indicator.owner) / (OWNER_WIDTH - 1)),
    1,
  );
  if (lines > 1) cells.height(row, lines * 14 + 4);
}

// ---------------------------------------------------------------------------------------------------------------
// The 分单位 sheet: each unit's values beside the total, and each unit's share of the largest indicators.

function buildUnitsSheet(
  analysis: Analysis,
  indicators: readonly IndicatorResult[],
  messages: Messages,
  styles: StyleTable,
): SheetPlan {
  const t = (key: Parameters<typeof messages.t<'summary'>>[1], params?: Record<string, string | number>) =>
    messages.t('summary', key, params);
  const cells = new Cells();
  const units = analysis.units;
  const lastCol = 3 + units.length;
  const candidates = unitShareCandidates(analysis, indicators);
  let row = 0;
  cells.merged(rect(row, 0, row, lastCol), t('unitsHeading'), 'heading');
  cells.height(row++, 24);
  // The chart sits on top when there is one; its data goes below the table, outside the print area.
  const chartRow = row;
  // Under the chart, the footnote of each charted total that leaves units out (its bar is marked *).
  const chartNotes: { row: number; text: string }[] = [];
  if (candidates.length > 0) {
    for (let r = chartRow; r < chartRow + CHART_ROWS; r++) cells.height(r, CHART_ROW_HEIGHT);
    // The chart's frame reaches into the row after its own (as on 汇总, where a gap row takes it).
    row += CHART_ROWS + 1;
    for (const indicator of candidates.filter(isIncompleteTotal)) {
      const text = incompleteNote(indicator, messages);
      cells.merged(rect(row, 0, row, lastCol), text, 'note');
      chartNotes.push({ row: row++, text });
    }
    if (chartNotes.length > 0) row++;
  }
  const header = row;
  [t('colId'), t('colName'), t('colUnit'), ...units, t('totalRow')].forEach((h, c) =>
    cells.put(row, c, h, 'header'),
  );
  cells.height(row++, 30);
  // A rate a unit did not type but its parts give (`UnitValue.computed`) is said once, under the table.
  let computed = false;
  // Only what units report: an indicator no unit sheet lists (the street's own figure) has nothing to break down.
  for (const indicator of indicators.filter((i) => Object.keys(i.units).length > 0)) {
    const values = units.map((u) => indicator.units[u]?.value ?? null);
    computed ||= units.some((u) => indicator.units[u]?.computed === true);
    const format = numberFormatFor(indicator.unit, indicator.format, [...values, indicator.actual]);
    const number = styles.number(format);
    const incomplete = isIncompleteTotal(indicator);
    cells.put(row, 0, indicator.id, 'cellCenter');
    cells.put(row, 1, incomplete ? indicator.name + t('incompleteMark') : indicator.name, 'cellWrap');
    cells.put(row, 2, indicator.unit, 'cellCenter');
    units.forEach((unit, k) => {
      const value = indicator.units[unit];
      if (value && value.value !== null) cells.put(row, 3 + k, value.value, number);
      // What the unit typed that is not a number (`十二`): shown as typed, marked like a missing value.
      else cells.put(row, 3 + k, value && value.text !== '' ? value.text : null, 'cellMissing');
    });
    const totalCol = 3 + units.length;
    if (indicator.actual !== null)
      cells.put(
        row,
        totalCol,
        indicator.actual,
        incomplete ? styles.number(format, 'cellIncomplete') : number,
      );
    else cells.put(row, totalCol, null, 'cellMissing');
    const lines = Math.ceil(textWidth(indicator.name) / (NAME_WIDTH - 1));
    if (lines > 1) cells.height(row, lines * 14 + 4);
    row++;
  }
  if (indicators.some(isIncompleteTotal)) {
    cells.merged(
      rect(row, 0, row, lastCol),
      t('incompleteLegend', { mark: t('incompleteMark').trim() }),
      'note',
    );
    cells.height(row++, 16);
  }
  // Its height is known once the columns' widths are.
  const ratesNote = computed ? { row: row++, text: t('unitsComputedLegend') } : null;
  if (ratesNote) cells.merged(rect(ratesNote.row, 0, ratesNote.row, lastCol), ratesNote.text, 'note');
  const printLast = row - 1;
  row++;
  const shares =
    candidates.length > 0
      ? writeUnitShareTable(cells, styles, row, lastCol, analysis, candidates, messages)
      : null;
  const widths = fitColumnWidths(cells.list, styles.toRecord(), cells.merges, {
    min: 8,
    max: 16,
    fixed: { 1: NAME_WIDTH },
  });
  let tableWidth = 0;
  let tableChars = 0;
  for (let c = 0; c <= lastCol; c++) {
    const width = widths.find((w) => w.col === c)?.width ?? 9;
    tableWidth += columnPixels(width);
    tableChars += width;
  }
  // Notes are 9 pt: a column unit holds 10.5 / 9 of their characters' width.
  for (const note of ratesNote ? [...chartNotes, ratesNote] : chartNotes)
    cells.height(note.row, wrappedRowHeight(note.text, (tableChars * 10.5) / 9, 9));
  const charts: ChartPlan[] = [];
  if (shares && shares.rows > 0) {
    const sheet = UNITS_SHEET;
    charts.push({
      name: 'huibao-unit-share',
      type: 'barStacked',
      title: t('chartUnits', { n: shares.rows }),
      series: units.map((unit, k) => ({
        name: unit,
        categories: { sheet, rect: rect(shares.first, 1, shares.last, 1) },
        values: { sheet, rect: rect(shares.first, 3 + k, shares.last, 3 + k) },
        color: SERIES_COLORS[k % SERIES_COLORS.length],
      })),
      anchor: { row: chartRow, col: 0 },
      width: Math.min(tableWidth - 6, 900),
      height: CHART_ROWS * CHART_ROW_HEIGHT * (4 / 3) - 8,
      valueAxisTitle: t('axisShare'),
      valueAxis: { min: 0, max: 1, numberFormat: '0%' },
      legend: 'bottom',
    });
  }
  return {
    name: UNITS_SHEET,
    cells: cells.list,
    columnWidths: widths,
    rowHeights: cells.heights,
    merges: cells.merges,
    charts,
    showGridlines: false,
    tabColor: '#1F3864',
    print: {
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: 1,
      fitToHeight: 0,
      repeatRows: { first: header, last: header },
      printArea: rect(0, 0, printLast, lastCol),
      centerHorizontally: true,
      footer: t('footer'),
    },
  };
}
