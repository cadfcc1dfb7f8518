/**
 * The fake workbook's state: what "Excel" holds. Proxies (the Office.js surface) only queue work; the queue is
 * applied to this model at `sync`, so tests can inspect the outcome exactly as a user would see it.
 */
export type FakeValue = string | number | boolean;

export interface FakeFill {
  /** What Excel reports: `#FFFFFF` both for white and for no fill; `pattern` tells them apart. */
  color: string;
  pattern: 'None' | 'Solid';
}

export interface FakeCell {
  /** '' for an empty cell. */
  value: FakeValue;
  formula?: string;
  numberFormat: string;
  fill: FakeFill;
  /** Every other format property written, by path (`font.bold`, `horizontalAlignment`, `borders.EdgeTop.style`). */
  format: Record<string, unknown>;
  hyperlink?: Record<string, unknown>;
}

export interface FakeChartSeries {
  name: string;
  values: string | null;
  xValues: string | null;
  color?: string;
  /** Per-point fills, by point index. */
  pointColors?: string[];
}

export interface FakeChart {
  name: string;
  type: string;
  props: Record<string, unknown>;
  series: FakeChartSeries[];
}

export interface FakeConditionalFormat {
  type: string;
  address: string;
  props: Record<string, unknown>;
}

export interface FakeSheet {
  id: string;
  name: string;
  /** A 0-based grid; missing rows/cells are empty. */
  rows: (FakeCell | undefined)[][];
  protected: boolean;
  /** Sheet-scoped defined names: name → reference formula. */
  names: Map<string, string>;
  charts: FakeChart[];
  conditionalFormats: FakeConditionalFormat[];
  dataValidations: { address: string; props: Record<string, unknown> }[];
  merges: string[];
  freeze: { rows: number; cols: number } | null;
  /** Sheet-level properties written (tabColor, showGridlines, pageLayout.*, autoFilter). */
  props: Record<string, unknown>;
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
}

export interface FakeBook {
  sheets: FakeSheet[];
  settings: Map<string, unknown>;
  activeSheetId: string | null;
  selection: { sheet: string; address: string } | null;
}

export interface SyncRecord {
  /** Queued operations sent in this sync. */
  readonly operations: number;
  /** UTF-8 bytes of the request: every queued action's envelope and its arguments (writes) or property list (loads). */
  readonly requestBytes: number;
  /** UTF-8 bytes of the JSON sent back for loads. */
  readonly responseBytes: number;
  /** The largest number of cells any single range read in this sync asked for. */
  readonly largestReadCells: number;
  /** Whether `suspendApiCalculationUntilNextSync` was queued in this batch. */
  readonly calculationSuspended: boolean;
}

export const NO_FILL: FakeFill = { color: '#FFFFFF', pattern: 'None' };

export function emptyCell(): FakeCell {
  return { value: '', numberFormat: 'General', fill: { ...NO_FILL }, format: {} };
}

let nextSheetId = 1;

export function newSheet(name: string): FakeSheet {
  const id = `{${String(nextSheetId++).padStart(8, '0')}-0001-0000-0000-000000000000}`;
  return {
    id,
    name,
    rows: [],
    protected: false,
    names: new Map(),
    charts: [],
    conditionalFormats: [],
    dataValidations: [],
    merges: [],
    freeze: null,
    props: {},
    columnWidths: new Map(),
    rowHeights: new Map(),
  };
}

export function cellOf(sheet: FakeSheet, row: number, col: number): FakeCell | undefined {
  return sheet.rows[row]?.[col];
}

export function ensureCell(sheet: FakeSheet, row: number, col: number): FakeCell {
  const line = (sheet.rows[row] ??= []);
  return (line[col] ??= emptyCell());
}

/** The bounding box of cells holding a value or a formula (what `getUsedRange(true)` reports), or null. */
export function usedBox(sheet: FakeSheet): { row: number; col: number; rows: number; cols: number } | null {
  let top = -1;
  let bottom = -1;
  let left = Number.MAX_SAFE_INTEGER;
  let right = -1;
  sheet.rows.forEach((line, r) => {
    if (!line) return;
    line.forEach((cell, c) => {
      if (!cell || (cell.value === '' && !cell.formula)) return;
      if (top < 0) top = r;
      bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    });
  });
  if (top < 0) return null;
  return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
}
