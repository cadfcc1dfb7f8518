/**
 * What a host reads from a workbook, and all the core ever sees of it.
 * Rows and columns are 0-based from A1, so `values[r][c]` is the cell at row r+1, column c+1.
 * A host may hand the cells as a `CellGrid` (columns of typed arrays) instead of rows; the core reads sheets through
 * `gridOf` either way, and `values` of a grid-backed sheet is built only if someone asks for it.
 */
import { type CellGrid, TextTable, gridFromRows } from './cell-grid';

/** An Excel error value such as `#DIV/0!` or `#N/A`, kept apart from text so it is never read as a number. */
export interface CellError {
  readonly error: string;
}

export type CellValue = string | number | boolean | null | CellError;

/** A merged range of cells: 0-based first and last row and column (inclusive), as `values` counts them. */
export interface MergedRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

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
  /** The same cells by column, when the host built them so (see `cell-grid.ts`). */
  readonly grid?: CellGrid;
  /**
   * Merged ranges, where the host knows them. The value is in a range's top-left cell only: the core carries it to
   * the other rows of a catalogue's descriptive columns (a 板块 or 单位 merged over the rows it applies to).
   */
  readonly merges?: readonly MergedRange[];
}

export interface WorkbookSnapshot {
  /** Where it came from, for messages only (a file name, or `当前工作簿`). */
  readonly source?: string;
  readonly sheets: readonly SheetSnapshot[];
}

export function isCellError(value: unknown): value is CellError {
  return typeof value === 'object' && value !== null && typeof (value as CellError).error === 'string';
}

const gridsOfRows = new WeakMap<SheetSnapshot, CellGrid>();
const workbookTexts = new WeakMap<WorkbookSnapshot, TextTable>();

/**
 * The sheet's cells as a grid: the host's own, or one built from `values` once and kept for the sheet's lifetime
 * (snapshots are read-only: a sheet whose rows were changed in place would keep its first grid). Pass one `table`
 * for all sheets of a workbook so their equal texts share indexes (`shareTexts` does it for a whole workbook).
 */
export function gridOf(sheet: SheetSnapshot, table?: TextTable): CellGrid {
  if (sheet.grid) return sheet.grid;
  let grid = gridsOfRows.get(sheet);
  if (!grid) {
    grid = gridFromRows(sheet.values, sheet.numberFormats, sheet.formulas, table);
    gridsOfRows.set(sheet, grid);
  }
  return grid;
}

/**
 * Builds the grids of a workbook's row sheets (not Huibao's own) with one text table, so an indicator ID seen in 30
 * sheets is one text: whoever reads the workbook first (the pane's sheet detection, the analysis) calls this.
 */
export function shareTexts(snapshot: WorkbookSnapshot): void {
  let table = workbookTexts.get(snapshot);
  if (!table) {
    table = new TextTable();
    workbookTexts.set(snapshot, table);
  }
  for (const sheet of snapshot.sheets) if (!sheet.writtenByHuibao) gridOf(sheet, table);
}

/**
 * A sheet backed by a grid: `values`, `numberFormats` and `formulas` are built from it on first read (and kept),
 * for code that wants rows; the core itself reads the grid.
 */
export function gridSheet(
  name: string,
  grid: CellGrid,
  flags: {
    readonly hidden?: boolean;
    readonly writtenByHuibao?: boolean;
    readonly merges?: readonly MergedRange[];
  } = {},
): SheetSnapshot {
  let values: CellValue[][] | undefined;
  let formats: (string | null)[][] | undefined | null = null;
  let formulas: (string | null)[][] | undefined | null = null;
  const sheet = { name, ...(flags.hidden ? { hidden: true } : {}) };
  if (flags.writtenByHuibao) Object.assign(sheet, { writtenByHuibao: true });
  if (flags.merges && flags.merges.length > 0) Object.assign(sheet, { merges: flags.merges });
  // The grid is not enumerable: a copy (`{ ...sheet }`) or JSON of the sheet holds its rows, as a row sheet would.
  Object.defineProperties(sheet, {
    grid: { value: grid, enumerable: false },
    values: { enumerable: true, get: () => (values ??= grid.rows()) },
    numberFormats: {
      enumerable: grid.hasFormats,
      get: () => (formats === null ? (formats = grid.numberFormatRows()) : formats),
    },
    formulas: {
      enumerable: grid.hasFormulas,
      get: () => (formulas === null ? (formulas = grid.formulaRows()) : formulas),
    },
  });
  return sheet as SheetSnapshot;
}

// One cell at a time, from whichever form the sheet has (a row sheet is not turned into a grid for one cell).
export function cellAt(sheet: SheetSnapshot, row: number, col: number): CellValue {
  if (sheet.grid) return sheet.grid.cell(row, col);
  const value = sheet.values[row]?.[col];
  return value === undefined ? null : value;
}

export function numberFormatAt(sheet: SheetSnapshot, row: number, col: number): string | null {
  if (sheet.grid) return sheet.grid.numberFormat(row, col);
  return sheet.numberFormats?.[row]?.[col] ?? null;
}

export function formulaAt(sheet: SheetSnapshot, row: number, col: number): string | null {
  if (sheet.grid) return sheet.grid.formula(row, col);
  return sheet.formulas?.[row]?.[col] ?? null;
}

/** Rows in the sheet (the last one with anything in it, or a row the host listed, + 1). */
export function rowCountOf(sheet: SheetSnapshot): number {
  return sheet.grid ? sheet.grid.rowCount : sheet.values.length;
}

/**
 * A number format that shows a date or a time (`yyyy/m/d`, `m月d日`, `h:mm`), ignoring quoted text, escapes and
 * `[…]` sections (colours, locales): number formats have no other letters that stand for something but `E`.
 */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  const bare = format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
  return /[ymdhs]/i.test(bare);
}

/** A number format that shows a fraction as percent (`0%`, `0.00%`), ignoring quoted text and escapes. */
export function isPercentFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  const unquoted = format.replace(/"[^"]*"/g, '').replace(/\\./g, '');
  return unquoted.includes('%');
}

/** `formatShows` bits: the format shows a percentage, a date (or time). */
export const SHOWS_PERCENT = 1;
export const SHOWS_DATE = 2;

/**
 * What each number format of a grid shows, by 1 + its index in `formatTexts` as its columns hold them (0: none):
 * `SHOWS_*` bits, so that each format text is tested once per grid rather than once per cell.
 */
export function formatShows(grid: CellGrid): Uint8Array {
  const out = new Uint8Array(grid.formatTexts.length + 1);
  for (let i = 0; i < grid.formatTexts.length; i++) {
    const format = grid.formatTexts[i];
    out[i + 1] = (isPercentFormat(format) ? SHOWS_PERCENT : 0) | (isDateFormat(format) ? SHOWS_DATE : 0);
  }
  return out;
}
