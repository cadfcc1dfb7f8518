/**
 * A sheet's cells by column, in typed arrays: what a host hands the core when it can (the file host builds one while
 * parsing). A street of 30 unit sheets × 10,000 rows held as row arrays of boxed values is ~100 MB of small objects
 * that every garbage collection walks and every pass over the units chases pointer by pointer; as columns it is a
 * few flat arrays the analysis reads in order. Texts live once in a table shared by the workbook's sheets, so a
 * value seen in many sheets (an indicator's ID) is one index, and the analysis can look it up once.
 */
import type { CellValue } from './snapshot';

export const CELL_EMPTY = 0;
export const CELL_NUMBER = 1;
export const CELL_TEXT = 2;
export const CELL_BOOLEAN = 3;
export const CELL_ERROR = 4;

/** Texts by index, interned as they are added; one table per workbook so equal texts share an index. */
export class TextTable {
  readonly texts: string[];
  private indexOf: Map<string, number> | null = null;

  /**
   * `initial` (a shared-strings part) keeps its order and indexes; a text interned later that equals one of them
   * gets its index (the first, should the part list a text twice).
   */
  constructor(initial: readonly string[] = []) {
    this.texts = initial.slice();
  }

  intern(text: string): number {
    // Indexed on first use: a workbook whose cells all use shared strings never needs the map.
    if (!this.indexOf) {
      this.indexOf = new Map();
      for (let i = this.texts.length - 1; i >= 0; i--) this.indexOf.set(this.texts[i], i);
    }
    let index = this.indexOf.get(text);
    if (index === undefined) {
      index = this.texts.length;
      this.texts.push(text);
      this.indexOf.set(text, index);
    }
    return index;
  }
}

/** One column's cells; arrays cover every row of the grid and may be longer (capacity). */
export interface GridColumn {
  /** `CELL_*` per row. */
  readonly kinds: Uint8Array;
  /** The number; 1/0 for a boolean; the text's (or error's) index in the table. */
  readonly numbers: Float64Array;
  /** 1 + the number format's index in `formatTexts`; 0 when the cell has none (General), or null for none at all. */
  readonly formats: Uint32Array | null;
}

/** A formula's place in `formulas`: rows never pass 2^20 and columns 2^14 in Excel, so this is exact. */
const formulaKey = (row: number, col: number): number => row * 16384 + col;

export class CellGrid {
  private errorValues: Map<number, CellValue> | null = null;

  constructor(
    readonly rowCount: number,
    private readonly columns: readonly (GridColumn | null)[],
    readonly texts: readonly string[],
    readonly formatTexts: readonly string[],
    private readonly formulaCells: ReadonlyMap<number, string> | null,
  ) {}

  get colCount(): number {
    return this.columns.length;
  }

  get hasFormats(): boolean {
    return this.columns.some((column) => column?.formats);
  }

  get hasFormulas(): boolean {
    return this.formulaCells !== null && this.formulaCells.size > 0;
  }

  /** A column's arrays, for loops over many rows; null when the column holds nothing. */
  column(col: number): GridColumn | null {
    return this.columns[col] ?? null;
  }

  kind(row: number, col: number): number {
    const column = this.columns[col];
    return column && row < this.rowCount ? column.kinds[row] : CELL_EMPTY;
  }

  cell(row: number, col: number): CellValue {
    const column = this.columns[col];
    if (!column || row >= this.rowCount || row < 0) return null;
    const value = column.numbers[row];
    switch (column.kinds[row]) {
      case CELL_NUMBER:
        return value;
      case CELL_TEXT:
        return this.texts[value];
      case CELL_BOOLEAN:
        return value === 1;
      case CELL_ERROR:
        return this.errorValue(value);
      default:
        return null;
    }
  }

  numberFormat(row: number, col: number): string | null {
    const formats = this.columns[col]?.formats;
    if (!formats || row >= this.rowCount) return null;
    const index = formats[row];
    return index > 0 ? this.formatTexts[index - 1] : null;
  }

  formula(row: number, col: number): string | null {
    return this.formulaCells?.get(formulaKey(row, col)) ?? null;
  }

  /** The cells as rows (`values[r][c]`), for code that wants them so: builds every row, so not for hot paths. */
  rows(): CellValue[][] {
    return this.rowsOf(
      (row, col) => this.cell(row, col),
      (value) => value !== null,
    );
  }

  numberFormatRows(): (string | null)[][] | undefined {
    if (!this.hasFormats) return undefined;
    return this.rowsOf(
      (row, col) => this.numberFormat(row, col),
      (value) => value !== null,
    );
  }

  formulaRows(): (string | null)[][] | undefined {
    if (!this.hasFormulas) return undefined;
    return this.rowsOf(
      (row, col) => this.formula(row, col),
      (value) => value !== null,
    );
  }

  private rowsOf<T>(at: (row: number, col: number) => T, present: (value: T) => boolean): T[][] {
    const out: T[][] = [];
    for (let row = 0; row < this.rowCount; row++) {
      const line: T[] = [];
      for (let col = 0; col < this.columns.length; col++) {
        const value = at(row, col);
        if (present(value)) line[col] = value;
      }
      out.push(line);
    }
    return out;
  }

  /** One `{ error }` object per error text, so a sheet full of `#N/A` is not a sheet full of objects. */
  private errorValue(index: number): CellValue {
    this.errorValues ??= new Map();
    let value = this.errorValues.get(index);
    if (value === undefined) {
      value = { error: this.texts[index] };
      this.errorValues.set(index, value);
    }
    return value;
  }
}

interface MutableColumn {
  kinds: Uint8Array;
  numbers: Float64Array;
  formats: Uint32Array | null;
}

/** Builds a grid cell by cell, in any order; columns grow as rows arrive. */
export class GridBuilder {
  private readonly columns: (MutableColumn | null)[] = [];
  private readonly formatIndex = new Map<string, number>();
  private readonly formatTexts: string[] = [];
  private formulas: Map<number, string> | null = null;
  private rows = 0;

  constructor(readonly table: TextTable = new TextTable()) {}

  /** Counts a row as part of the sheet even when it holds nothing (a styled or blank `<row>`). */
  touchRow(row: number): void {
    if (row >= this.rows) this.rows = row + 1;
  }

  setNumber(row: number, col: number, value: number): void {
    this.put(row, col, CELL_NUMBER, value);
  }

  setBoolean(row: number, col: number, value: boolean): void {
    this.put(row, col, CELL_BOOLEAN, value ? 1 : 0);
  }

  /** A text already in the table (a shared string), by index. */
  setTextIndex(row: number, col: number, index: number): void {
    this.put(row, col, CELL_TEXT, index);
  }

  setText(row: number, col: number, text: string): void {
    this.put(row, col, CELL_TEXT, this.table.intern(text));
  }

  setError(row: number, col: number, text: string): void {
    this.put(row, col, CELL_ERROR, this.table.intern(text));
  }

  /** Any cell value as the snapshot types it; null leaves the cell empty. */
  setValue(row: number, col: number, value: CellValue | undefined): void {
    if (value === null || value === undefined) return;
    if (typeof value === 'number') this.setNumber(row, col, value);
    else if (typeof value === 'string') this.setText(row, col, value);
    else if (typeof value === 'boolean') this.setBoolean(row, col, value);
    else this.setError(row, col, value.error);
  }

  setFormat(row: number, col: number, format: string): void {
    let index = this.formatIndex.get(format);
    if (index === undefined) {
      this.formatTexts.push(format);
      index = this.formatTexts.length;
      this.formatIndex.set(format, index);
    }
    const column = this.columnFor(row, col);
    column.formats ??= new Uint32Array(column.kinds.length);
    column.formats[row] = index;
  }

  setFormula(row: number, col: number, formula: string): void {
    this.touchRow(row);
    this.columnFor(row, col);
    (this.formulas ??= new Map()).set(formulaKey(row, col), formula);
  }

  build(): CellGrid {
    // Every column covers every row, so readers can index any row below `rowCount` (a column whose last cell is
    // above a later row's would otherwise end short of it).
    for (let col = 0; col < this.columns.length; col++) {
      if (this.columns[col] && this.rows > 0) this.columnFor(this.rows - 1, col);
    }
    return new CellGrid(this.rows, this.columns, this.table.texts, this.formatTexts, this.formulas);
  }

  private put(row: number, col: number, kind: number, number: number): void {
    const column = this.columnFor(row, col);
    column.kinds[row] = kind;
    column.numbers[row] = number;
    if (row >= this.rows) this.rows = row + 1;
  }

  private columnFor(row: number, col: number): MutableColumn {
    while (this.columns.length <= col) this.columns.push(null);
    let column = this.columns[col];
    if (!column) {
      const capacity = Math.max(64, row + 1, this.rows);
      column = {
        kinds: new Uint8Array(capacity),
        numbers: new Float64Array(capacity),
        formats: null,
      };
      this.columns[col] = column;
    } else if (row >= column.kinds.length) {
      const capacity = Math.max(row + 1, column.kinds.length * 2);
      const kinds = new Uint8Array(capacity);
      kinds.set(column.kinds);
      const numbers = new Float64Array(capacity);
      numbers.set(column.numbers);
      column.kinds = kinds;
      column.numbers = numbers;
      if (column.formats) {
        const formats = new Uint32Array(capacity);
        formats.set(column.formats);
        column.formats = formats;
      }
    }
    return column;
  }
}

/** A grid holding the same cells as `values` (and its formats and formulas), its texts interned in `table`. */
export function gridFromRows(
  values: readonly (readonly CellValue[] | undefined)[],
  numberFormats?: readonly (readonly (string | null | undefined)[] | undefined)[],
  formulas?: readonly (readonly (string | null | undefined)[] | undefined)[],
  table: TextTable = new TextTable(),
): CellGrid {
  const builder = new GridBuilder(table);
  for (let row = 0; row < values.length; row++) {
    builder.touchRow(row);
    const line = values[row];
    if (line) for (let col = 0; col < line.length; col++) builder.setValue(row, col, line[col]);
  }
  const extras: [typeof numberFormats, (row: number, col: number, text: string) => void][] = [
    [numberFormats, (row, col, text) => builder.setFormat(row, col, text)],
    [formulas, (row, col, text) => builder.setFormula(row, col, text)],
  ];
  for (const [rows, set] of extras) {
    if (!rows) continue;
    for (let row = 0; row < rows.length; row++) {
      const line = rows[row];
      if (!line) continue;
      for (let col = 0; col < line.length; col++) {
        const text = line[col];
        if (text !== null && text !== undefined && text !== '') set(row, col, text);
      }
    }
  }
  return builder.build();
}
