/**
 * What the pane shows under "detected sheets": which sheets hold indicators, units, the template and the rules,
 * with counts. Pure: it reads only the snapshot, through the indicator-sheet format.
 */
import { type IndicatorSheetLayout, isTotalRowKey } from '../core/indicator-sheet';
import { type SheetSnapshot, type WorkbookSnapshot, cellAt, rowCountOf } from '../core/snapshot';
import { discoverUnits, readRuleRows } from '../core/workbook-units';

export const TEMPLATE_SHEET_NAME = '报告模板';

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
  for (let row = from; row < rowCountOf(sheet); row++) {
    if (cols.some((col) => !isBlank(cellAt(sheet, row, col)))) count++;
  }
  return count;
}

/** Rows with an ID or a name below the header, leaving out 合计/总计 rows as the core's row reader does. */
function indicatorCount(sheet: SheetSnapshot, layout: IndicatorSheetLayout): number {
  const { id, name } = layout.columns;
  const textAt = (row: number, col: number | undefined): string => {
    if (col === undefined) return '';
    const value = cellAt(sheet, row, col);
    return isBlank(value) || typeof value === 'object' ? '' : String(value).trim();
  };
  let count = 0;
  for (let row = layout.firstDataRow; row < layout.endRow; row++) {
    const key = textAt(row, id) || textAt(row, name);
    if (key !== '' && !isTotalRowKey(key)) count++;
  }
  return count;
}

/** Which sheets the validation will read, in the same way it reads them (the core's unit discovery). */
export function detectSheets(snapshot: WorkbookSnapshot): DetectedSheets {
  const found = discoverUnits(snapshot);
  const units = found.units.map((table) => ({
    name: table.sheet.name,
    count: indicatorCount(table.sheet, table.layout),
  }));
  const single =
    found.mode === 'single' && found.definitionSheet && found.definitionLayout
      ? [
          {
            name: found.definitionSheet.name,
            count: indicatorCount(found.definitionSheet, found.definitionLayout),
          },
        ]
      : [];
  const catalogue =
    found.mode === 'catalogue' && found.definitionSheet
      ? { name: found.definitionSheet.name, count: found.definitions.length }
      : null;
  const templateSheet = snapshot.sheets.find((s) => s.name === TEMPLATE_SHEET_NAME && !s.writtenByHuibao);
  return {
    indicators: units.length > 0 ? units : single,
    catalogue,
    units,
    template: templateSheet ? { name: templateSheet.name, count: nonBlankRows(templateSheet, 0, [0]) } : null,
    rules: found.rulesSheet
      ? { name: found.rulesSheet.name, count: readRuleRows(found.rulesSheet).length }
      : null,
    ours: snapshot.sheets.filter((sheet) => sheet.writtenByHuibao).map((sheet) => sheet.name),
  };
}

/** The `报告模板` sheet as text: one paragraph per non-blank row of column A. */
export function templateText(snapshot: WorkbookSnapshot): string | null {
  const sheet = snapshot.sheets.find((s) => s.name === TEMPLATE_SHEET_NAME && !s.writtenByHuibao);
  if (!sheet) return null;
  const lines: string[] = [];
  for (let row = 0; row < rowCountOf(sheet); row++) {
    const value = cellAt(sheet, row, 0);
    if (!isBlank(value) && typeof value !== 'object') lines.push(String(value));
  }
  return lines.join('\n');
}
