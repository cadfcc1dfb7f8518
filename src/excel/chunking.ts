/**
 * Limits Excel puts on one round trip, and how Huibao stays under them: a request over 5 MB is refused by Excel on
 * the web (we keep each under 4 MB), and one range read may not pass 5,000,000 cells.
 */
export const MAX_REQUEST_BYTES = 4 * 1024 * 1024;
/** What we aim for per batch, leaving room for the envelope Office.js adds around each queued action. */
export const REQUEST_BUDGET_BYTES = 3.5 * 1024 * 1024;
export const MAX_READ_CELLS = 5_000_000;

export interface Band {
  /** 0-based first row (relative to the block) and number of rows. */
  readonly start: number;
  readonly count: number;
}

/** Splits `rows` rows of `cols` columns into consecutive bands of at most `maxCells` cells each. */
export function rowBands(rows: number, cols: number, maxCells: number = MAX_READ_CELLS): Band[] {
  if (rows <= 0 || cols <= 0) return [];
  const perBand = Math.max(1, Math.floor(maxCells / cols));
  const bands: Band[] = [];
  for (let start = 0; start < rows; start += perBand)
    bands.push({ start, count: Math.min(perBand, rows - start) });
  return bands;
}

/** Splits rows into bands whose estimated JSON size stays under `budget` (a single larger row stands alone). */
export function bandsBySize(rowBytes: readonly number[], budget: number): Band[] {
  const bands: Band[] = [];
  let start = 0;
  let size = 0;
  rowBytes.forEach((bytes, row) => {
    if (row > start && size + bytes > budget) {
      bands.push({ start, count: row - start });
      start = row;
      size = 0;
    }
    size += bytes;
  });
  if (rowBytes.length > start) bands.push({ start, count: rowBytes.length - start });
  return bands;
}

/** The JSON size of a value as Office.js would send it. */
export function jsonSize(value: unknown): number {
  return value === undefined ? 0 : JSON.stringify(value).length;
}

/** Groups sized items into batches under `budget` bytes, keeping their order. */
export function batchBySize<T extends { readonly bytes: number }>(
  items: readonly T[],
  budget: number,
): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const item of items) {
    if (current.length > 0 && size + item.bytes > budget) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(item);
    size += item.bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
