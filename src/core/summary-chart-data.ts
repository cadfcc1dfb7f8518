/**
 * The data the summary's charts read, written as small tables below the indicator table (outside the print
 * area): section rates, actual against target, and each unit's share. Charts point at these cells, so they stay
 * live with them.
 */
import type { Messages } from './i18n';
import { Cells, rect } from './plan-cells';
import { type StyleTable, numberFormatFor } from './plan-styles';
import type { Analysis, IndicatorResult } from './results';

/** A total that left out units (their value missing or wrong) but still has a number: shown, and marked. */
export function isIncompleteTotal(indicator: IndicatorResult): boolean {
  return !indicator.complete && indicator.actual !== null;
}

/** The units a total left out: as the analysis lists them, else those without a number. */
export function leftOutUnits(indicator: IndicatorResult): string[] {
  if (indicator.missingUnits && indicator.missingUnits.length > 0) return [...indicator.missingUnits];
  return Object.entries(indicator.units)
    .filter(([, v]) => v.value === null)
    .map(([unit]) => unit);
}

/** The footnote of an incomplete total: `* M067「…」合计不完整：幸福社区未填、数据有误或未能读取，未计入合计。` */
export function incompleteNote(indicator: IndicatorResult, messages: Messages): string {
  return messages.t('summary', 'incompleteNote', {
    mark: messages.t('summary', 'incompleteMark').trim(),
    id: indicator.id,
    name: indicator.name,
    units:
      leftOutUnits(indicator).join(messages.t('validate', 'namesSeparator')) ||
      messages.t('summary', 'incompleteSomeUnits'),
  });
}

/** A chart label marked like the table's name when the total leaves units out (`M067 排查省外… *`). */
function markedLabel(indicator: IndicatorResult, label: string, messages: Messages): string {
  return isIncompleteTotal(indicator) ? label + messages.t('summary', 'incompleteMark') : label;
}

/** Most indicators in the per-unit chart. */
const UNIT_CHART_MAX = 8;

export interface DataTable {
  readonly first: number;
  readonly last: number;
  readonly rows: number;
  readonly nextRow: number;
}

/** The target table also says which indicator each row holds, in row order (for per-point colours). */
export interface TargetTable extends DataTable {
  readonly indicators: readonly IndicatorResult[];
}

/**
 * The indicators of the actual-vs-target chart: numeric at-least targets with a value, and ceilings not met (`≤5`
 * at 7: 71.4%, the ceiling over the value). Every one not met is in (they are what a reader looks for), then the
 * furthest from 100% on either side, up to `max`; lowest first.
 */
export function targetChartIndicators(
  indicators: readonly IndicatorResult[],
  max: number,
): IndicatorResult[] {
  const distance = (i: IndicatorResult) => Math.abs(1 - (i.completion ?? 1));
  return indicators
    .filter(
      (i) =>
        ((i.target.kind === 'at-least' && i.target.min !== undefined && i.target.min > 0) ||
          (i.target.kind === 'at-most' && i.status === 'not-met')) &&
        i.actual !== null &&
        i.completion !== null,
    )
    .sort((a, b) => {
      const notMet = Number(b.status === 'not-met') - Number(a.status === 'not-met');
      return notMet !== 0 ? notMet : distance(b) - distance(a);
    })
    .slice(0, max)
    .sort((a, b) => (a.completion ?? 0) - (b.completion ?? 0));
}

/** A short category label for charts: `M012 开展理论宣讲…` (at most `max` characters of the name). */
function chartLabel(indicator: IndicatorResult, max = 10): string {
  const chars = [...indicator.name];
  const name = chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : indicator.name;
  return `${indicator.id} ${name}`;
}

export function writeTargetTable(
  cells: Cells,
  styles: StyleTable,
  start: number,
  /** Last column of the sheet's grid, which headings span. */
  gridLastCol: number,
  indicators: readonly IndicatorResult[],
  max: number,
  messages: Messages,
): TargetTable {
  const candidates = targetChartIndicators(indicators, max);
  let row = start;
  if (candidates.length === 0) return { first: row, last: row - 1, rows: 0, nextRow: row, indicators: [] };
  const t = (key: Parameters<typeof messages.t<'summary'>>[1]) => messages.t('summary', key);
  cells.merged(
    rect(row, 0, row, gridLastCol),
    messages.t('summary', 'targetTableHeading', { n: candidates.length }),
    'group',
  );
  row++;
  [
    t('colId'),
    t('colLabel'),
    t('colUnit'),
    t('colTarget'),
    t('colActual'),
    t('colCompletion'),
    t('colTargetRatio'),
  ].forEach((h, c) => cells.put(row, c, h, 'header'));
  row++;
  const first = row;
  for (const indicator of candidates) {
    const min = indicator.target.kind === 'at-least' ? (indicator.target.min ?? null) : null;
    const number = styles.number(numberFormatFor(indicator.unit, indicator.format, [indicator.actual, min]));
    cells.put(row, 0, indicator.id, 'cellCenter');
    // Twelve columns share the page's width: short labels stay readable under them.
    cells.put(row, 1, markedLabel(indicator, chartLabel(indicator, 6), messages), 'cell');
    cells.put(row, 2, indicator.unit, 'cellCenter');
    cells.put(row, 3, min, number);
    cells.put(row, 4, indicator.actual, number);
    cells.put(row, 5, indicator.completion, styles.number('0.0%'));
    cells.put(row, 6, 1, styles.number('0%'));
    row++;
  }
  return { first, last: row - 1, rows: candidates.length, nextRow: row + 1, indicators: candidates };
}

/** Sections that have a completion rate, for the completion chart (sections without one would be empty bars). */
export function writeSectionTable(
  cells: Cells,
  styles: StyleTable,
  start: number,
  /** Last column of the sheet's grid, which headings span. */
  gridLastCol: number,
  sections: readonly { name: string; count: number; avg: number }[],
  messages: Messages,
): DataTable {
  let row = start;
  if (sections.length === 0) return { first: row, last: row - 1, rows: 0, nextRow: row };
  cells.merged(rect(row, 0, row, gridLastCol), messages.t('summary', 'chartCompletion'), 'group');
  row++;
  [
    '#',
    messages.t('summary', 'colSection'),
    messages.t('summary', 'colCount'),
    messages.t('summary', 'colAvgCompletion'),
  ].forEach((h, c) => cells.put(row, c, h, 'header'));
  row++;
  const first = row;
  sections.forEach((section, k) => {
    cells.put(row, 0, k + 1, styles.number('0', 'cellCenter'));
    cells.put(row, 1, section.name, 'cell');
    cells.put(row, 2, section.count, styles.number('#,##0', 'cellCenter'));
    cells.put(row, 3, section.avg, styles.number('0.0%'));
    row++;
  });
  return { first, last: row - 1, rows: sections.length, nextRow: row + 1 };
}

/** Sum-aggregated indicators with the largest totals (of what the units sent), for the per-unit chart. */
export function unitShareCandidates(
  analysis: Analysis,
  indicators: readonly IndicatorResult[] = analysis.indicators,
): IndicatorResult[] {
  return indicators
    .filter((i) => i.aggregation.kind === 'sum' && unitSum(i, analysis.units) > 0)
    .sort((a, b) => unitSum(b, analysis.units) - unitSum(a, analysis.units))
    .slice(0, UNIT_CHART_MAX);
}

function unitSum(indicator: IndicatorResult, units: readonly string[]): number {
  return units.reduce((sum, u) => sum + Math.max(0, indicator.units[u]?.value ?? 0), 0);
}

/**
 * Each unit's share of what the units sent, so every bar sums to 100%. A unit whose value is missing or not a
 * number gets a blank cell, never 0: the bar then shows only the units that sent a number.
 */
export function writeUnitShareTable(
  cells: Cells,
  styles: StyleTable,
  start: number,
  /** Last column of the sheet's grid, which headings span. */
  gridLastCol: number,
  analysis: Analysis,
  candidates: readonly IndicatorResult[],
  messages: Messages,
): DataTable {
  const units = analysis.units;
  const sumOf = (i: IndicatorResult) => unitSum(i, units);
  let row = start;
  if (candidates.length === 0) return { first: row, last: row - 1, rows: 0, nextRow: row };
  const lastCol = Math.max(gridLastCol, 3 + units.length);
  cells.merged(
    rect(row, 0, row, lastCol),
    messages.t('summary', 'unitShareHeading', { n: candidates.length }),
    'group',
  );
  row++;
  [
    messages.t('summary', 'colId'),
    messages.t('summary', 'colLabel'),
    messages.t('summary', 'colUnit'),
    ...units,
    messages.t('summary', 'totalRow'),
  ].forEach((h, c) => cells.put(row, c, h, 'header'));
  row++;
  const first = row;
  const share = styles.number('0.0%');
  for (const indicator of candidates) {
    const total = sumOf(indicator);
    cells.put(row, 0, indicator.id, 'cellCenter');
    // The bar of a total that leaves units out still reaches 100% (of the units counted): marked, and footnoted
    // under the chart.
    cells.put(row, 1, markedLabel(indicator, chartLabel(indicator), messages), 'cell');
    cells.put(row, 2, indicator.unit, 'cellCenter');
    units.forEach((u, k) => {
      const value = indicator.units[u]?.value ?? null;
      cells.put(row, 3 + k, value === null ? null : Math.max(0, value) / total, share);
    });
    cells.put(row, 3 + units.length, 1, share);
    row++;
  }
  return { first, last: row - 1, rows: candidates.length, nextRow: row + 1 };
}
