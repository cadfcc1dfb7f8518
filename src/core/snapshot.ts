/**
 * What a host reads from a workbook, and all the core ever sees of it.
 * Rows and columns are 0-based from A1, so `values[r][c]` is the cell at row r+1, column c+1.
 */

/** An Excel error value such as `#DIV/0!` or `#N/A`, kept apart from text so it is never read as a number. */
export interface CellError {
  readonly error: string;
}

export type CellValue = string | number | boolean | null | CellError;

export interface SheetSnapshot {
  readonly name: string;
  /** Cell values from A1; rows may be ragged, missing cells are `null`/`undefined`. */
  readonly values: readonly (readonly CellValue[])[];
  /**
   * Number formats, parallel to `values`, only where a host knows them. The core reads them only where they change
   * meaning (a `0.00%` cell holding 0.9858 means 98.58 percent points).
   */
  readonly numberFormats?: readonly (readonly (string | null | undefined)[])[];
  /** Formulas where a cell has one (`=B2/B3`), parallel to `values`; the value is the formula's cached result. */
  readonly formulas?: readonly (readonly (string | null | undefined)[])[];
  /** A sheet the host knows Huibao wrote (so it can be replaced); never true for a user's sheet. */
  readonly writtenByHuibao?: boolean;
  /**
   * Hidden or very hidden in the workbook. People hide old copies and scratch sheets rather than delete them, so a
   * hidden sheet is never counted as a unit; absent means visible (or a host that cannot tell).
   */
  readonly hidden?: boolean;
}

export interface WorkbookSnapshot {
  /** Where it came from, for messages only (a file name, or `当前工作簿`). */
  readonly source?: string;
  readonly sheets: readonly SheetSnapshot[];
}

export function isCellError(value: unknown): value is CellError {
  return typeof value === 'object' && value !== null && typeof (value as CellError).error === 'string';
}

export function cellAt(sheet: SheetSnapshot, row: number, col: number): CellValue {
  const line = sheet.values[row];
  if (!line) return null;
  const value = line[col];
  return value === undefined ? null : value;
}

export function numberFormatAt(sheet: SheetSnapshot, row: number, col: number): string | null {
  const value = sheet.numberFormats?.[row]?.[col];
  return value ?? null;
}

export function formulaAt(sheet: SheetSnapshot, row: number, col: number): string | null {
  return sheet.formulas?.[row]?.[col] ?? null;
}

/** A number format that shows a fraction as percent (`0%`, `0.00%`), ignoring quoted text and escapes. */
export function isPercentFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  const unquoted = format.replace(/"[^"]*"/g, '').replace(/\\./g, '');
  return unquoted.includes('%');
}
