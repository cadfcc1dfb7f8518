/**
 * What the pane shows under "detected sheets": which sheets hold indicators, units, the template and the rules,
 * with counts. Pure: it reads only the snapshot, through the indicator-sheet format.
 */
import { CATALOGUE_SHEET_NAME, findIndicatorSheets } from '../core/indicator-sheet';
import { type SheetSnapshot, type WorkbookSnapshot, cellAt } from '../core/snapshot';

export const TEMPLATE_SHEET_NAME = '报告模板';
export const RULES_SHEET_NAME = '校验规则';

export interface DetectedSheet {
  readonly name: string;
  /** Data rows (indicators, paragraphs or rules). */
  readonly count: number;
}

export interface DetectedSheets {
  /** Sheets laid out as indicator sheets (with a `完成值` column), in workbook order. */
  readonly indicators: readonly DetectedSheet[];
  readonly catalogue: DetectedSheet | null;
  /** Community / department sheets: the indicator sheets when a catalogue or several sheets make them units. */
  readonly units: readonly DetectedSheet[];
  readonly template: DetectedSheet | null;
  readonly rules: DetectedSheet | null;
  /** Sheets Huibao wrote earlier (replaced on the next run). */
  readonly ours: readonly string[];
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

function nonBlankRows(sheet: SheetSnapshot, from: number, cols: readonly number[]): number {
  let count = 0;
  for (let row = from; row < sheet.values.length; row++) {
    if (cols.some((col) => !isBlank(cellAt(sheet, row, col)))) count++;
  }
  return count;
}

export function detectSheets(snapshot: WorkbookSnapshot): DetectedSheets {
  const byName = new Map(snapshot.sheets.map((sheet) => [sheet.name, sheet]));
  const indicators: DetectedSheet[] = [];
  let catalogue: DetectedSheet | null = null;
  for (const layout of findIndicatorSheets(snapshot)) {
    const sheet = byName.get(layout.sheet);
    if (!sheet) continue;
    const keyCols = [layout.columns.id, layout.columns.name].filter((c): c is number => c !== undefined);
    const entry = { name: layout.sheet, count: nonBlankRows(sheet, layout.firstDataRow, keyCols) };
    if (layout.kind === 'catalogue' || layout.sheet === CATALOGUE_SHEET_NAME) catalogue ??= entry;
    else indicators.push(entry);
  }
  const units = catalogue || indicators.length > 1 ? indicators : [];
  const find = (name: string): SheetSnapshot | undefined => {
    const sheet = byName.get(name);
    return sheet && !sheet.writtenByHuibao ? sheet : undefined;
  };
  const templateSheet = find(TEMPLATE_SHEET_NAME);
  const rulesSheet = find(RULES_SHEET_NAME);
  return {
    indicators,
    catalogue,
    units,
    template: templateSheet ? { name: templateSheet.name, count: nonBlankRows(templateSheet, 0, [0]) } : null,
    // The rules sheet has a header row; each row below with text in its first column is a rule.
    rules: rulesSheet
      ? { name: rulesSheet.name, count: Math.max(0, nonBlankRows(rulesSheet, 1, [0])) }
      : null,
    ours: snapshot.sheets.filter((sheet) => sheet.writtenByHuibao).map((sheet) => sheet.name),
  };
}

/** The `报告模板` sheet as text: one paragraph per non-blank row of column A. */
export function templateText(snapshot: WorkbookSnapshot): string | null {
  const sheet = snapshot.sheets.find((s) => s.name === TEMPLATE_SHEET_NAME && !s.writtenByHuibao);
  if (!sheet) return null;
  const lines: string[] = [];
  for (let row = 0; row < sheet.values.length; row++) {
    const value = cellAt(sheet, row, 0);
    if (!isBlank(value) && typeof value !== 'object') lines.push(String(value));
  }
  return lines.join('\n');
}
