/**
 * Limits Excel puts on one round trip, and how Huibao stays under them: Excel on the web refuses a request or a
 * response over 5 MB (we keep each under 4 MB), and one range read may not pass 5,000,000 cells (all platforms).
 */
export const MAX_REQUEST_BYTES = 4 * 1024 * 1024;
/** What we aim for per batch, leaving room for the envelope Office.js adds around each queued action. */
export const REQUEST_BUDGET_BYTES = 3.5 * 1024 * 1024;
export const MAX_READ_CELLS = 5_000_000;
/** Most a read sync may be expected to bring back (UTF-8 JSON); 1 MB short of Excel on the web's 5 MB. */
export const RESPONSE_BUDGET_BYTES = 4 * 1024 * 1024;
/**
 * Expected response bytes per used cell for `values` + `numberFormat`, known before the contents are: a number
 * and `"General"` come to about 18 (`1105003,` + `"General",`), Huibao's community sheets to 18.5 and its
 * catalogue (Chinese names, 3 bytes a character) to 28. A longer text cell can pass it, so a read Excel still
 * refuses as too large is retried in halves (`splitReadBatch`).
 */
export const READ_CELL_BYTES = 20;

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

/** A band of one block (a sheet's used range) to read. */
export interface ReadBand extends Band {
  readonly block: number;
}

export interface ReadLimits {
  readonly maxCells: number;
  readonly budgetBytes: number;
  readonly cellBytes: number;
}

/**
 * The range reads for blocks of `rows` × `cols` cells, grouped by sync. While the estimated response of all of them
 * fits `budgetBytes` they share one sync (bands only to stay under `maxCells` a read); above it, bands of at most
 * the budget's worth of cells are packed into as many syncs as the budget needs, in order.
 */
export function readBatches(
  blocks: readonly { readonly rows: number; readonly cols: number }[],
  limits: ReadLimits,
): ReadBand[][] {
  const total = blocks.reduce((sum, b) => sum + Math.max(0, b.rows) * Math.max(0, b.cols), 0);
  if (total === 0) return [];
  const fits = total * limits.cellBytes <= limits.budgetBytes;
  const perBand = fits
    ? limits.maxCells
    : Math.max(1, Math.min(limits.maxCells, Math.floor(limits.budgetBytes / limits.cellBytes)));
  const bands = blocks.flatMap(({ rows, cols }, block) =>
    rowBands(rows, cols, perBand).map((band) => ({
      ...band,
      block,
      bytes: band.count * cols * limits.cellBytes,
    })),
  );
  const batches = fits ? [bands] : batchBySize(bands, limits.budgetBytes);
  return batches.map((batch) => batch.map(({ block, start, count }) => ({ block, start, count })));
}

/**
 * A read batch Excel refused as too large, as two smaller ones (its bands in two halves, or a lone band's rows in
 * two), or null when it is down to one row.
 */
export function splitReadBatch(batch: readonly ReadBand[]): [ReadBand[], ReadBand[]] | null {
  if (batch.length > 1) {
    const half = Math.ceil(batch.length / 2);
    return [batch.slice(0, half), batch.slice(half)];
  }
  const [band] = batch;
  if (!band || band.count < 2) return null;
  const first = Math.ceil(band.count / 2);
  return [
    [{ block: band.block, start: band.start, count: first }],
    [{ block: band.block, start: band.start + first, count: band.count - first }],
  ];
}
