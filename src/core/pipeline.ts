/**
 * The one-click job: validate → aggregate → fill → plan. Every host runs exactly this, so the add-in and
 * `huibao run` write the same workbook from the same input.
 */
import { analyseWorkbook } from './analyse';
import { isComputedAggregation } from './checks';
import { fillIndicatorsFromSnapshot, fillReport } from './fill';
import type { Finding } from './findings';
import { allFindings } from './findings-sheet-plan';
import type { WorkbookPlan } from './plan';
import type { Analysis, FillIndicator, FillResult } from './results';
import type { Settings } from './settings';
import { type WorkbookSnapshot, cellAt, isCellError, rowCountOf } from './snapshot';
import { messagesFor } from './i18n';
import { buildSummaryPlan, isIncompleteTotal, isTextIndicator, leftOutUnits } from './summary-plan';

/** The sheet where the add-in keeps the masked report, one paragraph per row in column A. */
export const TEMPLATE_SHEET = '报告模板';

export interface PipelineInput {
  readonly snapshot: WorkbookSnapshot;
  /** The masked report text; when absent, a sheet named `报告模板` (one paragraph per row in column A) is used. */
  readonly template?: string | null;
  readonly settings: Settings;
  /** When the run happened, for the summary's date line (passed in: the core has no clock). */
  readonly generatedAt: Date;
}

export interface PipelineOutput {
  readonly analysis: Analysis;
  readonly fill: FillResult | null;
  readonly plan: WorkbookPlan;
  readonly templateFrom: 'argument' | 'sheet' | null;
  /** Validation and fill findings together, errors first (what `校验结果` lists). */
  readonly findings?: readonly Finding[];
}

/** The `报告模板` sheet's column A as text, one line per row; null when there is no such sheet or it is blank. */
export function templateFromSnapshot(snapshot: WorkbookSnapshot): string | null {
  const sheet = snapshot.sheets.find((s) => s.name === TEMPLATE_SHEET);
  if (!sheet) return null;
  const lines = Array.from({ length: rowCountOf(sheet) }, (_, row) => {
    const value = cellAt(sheet, row, 0);
    if (value === null || isCellError(value)) return '';
    return String(value);
  });
  while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop();
  return lines.some((line) => line.trim() !== '') ? lines.join('\n') : null;
}

/**
 * What the fill sees of each indicator. With units, the street totals (the analysis is the only place they
 * exist); for a single indicator sheet, the sheet's own rows, whose `at` is the very value cell.
 */
export function fillIndicatorsOf(analysis: Analysis, snapshot: WorkbookSnapshot): FillIndicator[] {
  if (analysis.units.length === 0) {
    const fromSheet = fillIndicatorsFromSnapshot(snapshot);
    // A value the analysis rejected (its actual is null: missing or invalid) is not written into the report.
    const rejected = new Set(
      analysis.indicators.filter((i) => i.actual === null && !isTextIndicator(i)).map((i) => i.id),
    );
    if (fromSheet.length > 0)
      return fromSheet.map((i) => (rejected.has(i.id) && i.value !== null ? { ...i, value: null } : i));
  }
  return analysis.indicators.map((indicator) => ({
    id: indicator.id,
    name: indicator.name,
    section: indicator.section,
    unit: indicator.unit,
    format: indicator.format,
    source: indicator.source,
    value: indicator.actual,
    text:
      indicator.actualText !== ''
        ? indicator.actualText
        : indicator.actual === null
          ? ''
          : String(indicator.actual),
    parseError: indicator.actual === null && indicator.actualText !== '',
    at: indicator.definedAt,
    fromUnits: analysis.units.length > 0,
    ...(analysis.units.length > 0 && isComputedAggregation(indicator.aggregation) ? { computed: true } : {}),
  }));
}

/**
 * A figure written from a street total that leaves units out (their value missing or wrong) reads as final in the
 * report: its slot becomes a warning with a `fill-total-incomplete` finding naming the units left out.
 */
export function markIncompleteTotals(fill: FillResult, analysis: Analysis, settings: Settings): FillResult {
  if (analysis.units.length === 0) return fill;
  const byId = new Map(analysis.indicators.map((i) => [i.id, i]));
  const messages = messagesFor(settings.lang);
  const separator = messages.t('validate', 'namesSeparator');
  // A rate can be incomplete with every unit's figure in (a numerator over its denominator): named as 汇总's note does.
  const someUnits = messages.t('summary', 'incompleteSomeUnits');
  let changed = false;
  const slots = fill.slots.map((slot) => {
    const indicator = slot.indicator ? byId.get(slot.indicator.id) : undefined;
    if (!indicator || !isIncompleteTotal(indicator) || typeof slot.value !== 'number') return slot;
    if (slot.status !== 'filled' && slot.status !== 'warning') return slot;
    changed = true;
    const finding: Finding = {
      severity: 'warning',
      code: 'fill-total-incomplete',
      sheet: indicator.definedAt.sheet,
      cell: indicator.definedAt.cell,
      indicator: { id: indicator.id, name: indicator.name },
      found: slot.rendered,
      params: { mask: slot.mask, missing: leftOutUnits(indicator).join(separator) || someUnits },
    };
    return { ...slot, status: 'warning' as const, findings: [...slot.findings, finding] };
  });
  return changed ? { ...fill, slots } : fill;
}

export function runPipeline(input: PipelineInput): PipelineOutput {
  const analysis = analyseWorkbook(input.snapshot, input.settings);
  const given = input.template ?? null;
  const fromSheet = given === null ? templateFromSnapshot(input.snapshot) : null;
  const template = given ?? fromSheet;
  const templateFrom = given !== null ? 'argument' : fromSheet !== null ? 'sheet' : null;
  const filled = template === null ? null : fillReport(template, fillIndicatorsOf(analysis, input.snapshot));
  const fill = filled && markIncompleteTotals(filled, analysis, input.settings);
  const plan = buildSummaryPlan({
    analysis,
    fill,
    settings: input.settings,
    generatedAt: input.generatedAt,
    snapshot: input.snapshot,
  });
  const sheetOrder = input.snapshot.sheets.map((s) => s.name);
  return { analysis, fill, plan, templateFrom, findings: allFindings(analysis, fill, sheetOrder) };
}
