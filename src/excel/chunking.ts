/**
 * Limits Excel puts on one round trip, and how Huibao stays under them: Excel on the web refuses a request or a
 * response over 5 MB of UTF-8 JSON (we keep each under 4 MiB), and one range read may not pass 5,000,000 cells (all
 * platforms).
 */
export const MAX_REQUEST_BYTES = 4 * 1024 * 1024;
/**
 * What we aim for per write request, estimated in UTF-8 bytes with every action's envelope counted (`OP_BYTES`,
 * `RANGE_BYTES`). The estimate is never below the fake's measure (a test holds it to that); the 0.5 MiB to
 * `MAX_REQUEST_BYTES` is for what real Office.js adds beyond the fake's model.
 */
export const REQUEST_BUDGET_BYTES = 3.5 * 1024 * 1024;
/**
 * Cell writes go in row bands of at most 1/8 of a request's budget, so a request filled band by band wastes at most
 * one band (an eighth) of it, and eight full bands always fit one.
 */
export const BANDS_PER_REQUEST = 8;
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

/**
 * What one queued write costs on the wire besides its argument: Office.js's action record (id, type, name, object
 * path id) is about 60–100 bytes; the fake counts 60 plus the member's name.
 */
export const OP_BYTES = 100;
/** A new range (or other object) addressed by a write: its object path record (method, parent, arguments). */
export const RANGE_BYTES = 150;

/** JSON's two-character escapes: \b \t \n \f \r (every other control character takes six, `\u001f`). */
const SHORT_ESCAPES = new Set([0x08, 0x09, 0x0a, 0x0c, 0x0d]);

/**
 * The UTF-8 bytes of `text` as a JSON string, quotes and escapes included: exactly what `JSON.stringify` then UTF-8
 * give, counted in one pass without building either. A Chinese character is 3 bytes, so a text-heavy request is up
 * to 3× its length in characters.
 */
export function jsonStringBytes(text: string): number {
  let bytes = 2;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 0x20) bytes += c === 0x22 || c === 0x5c ? 2 : 1;
      else bytes += SHORT_ESCAPES.has(c) ? 2 : 6;
    } else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdfff) {
      const next = i + 1 < length ? text.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 6; // a lone surrogate: JSON.stringify writes it as \udxxx
    } else bytes += 3;
  }
  return bytes;
}

/** Values JSON leaves out of objects and writes as `null` in arrays. */
const skipped = (value: unknown): boolean =>
  value === undefined || typeof value === 'function' || typeof value === 'symbol';

/**
 * The UTF-8 bytes of a value's JSON as Office.js sends it (0 for `undefined`), by walking it rather than
 * stringifying: it runs over every cell of a plan, so it should cost no more than reading them.
 */
export function jsonBytes(value: unknown): number {
  switch (typeof value) {
    case 'undefined':
      return 0;
    case 'string':
      return jsonStringBytes(value);
    case 'number':
      return Number.isFinite(value) ? String(value).length : 4;
    case 'boolean':
      return value ? 4 : 5;
    case 'object': {
      if (value === null) return 4;
      if (Array.isArray(value)) {
        let bytes = 1 + Math.max(1, value.length);
        for (const item of value as unknown[]) bytes += skipped(item) ? 4 : jsonBytes(item);
        return bytes;
      }
      const { toJSON } = value as { toJSON?: unknown };
      if (typeof toJSON === 'function') return jsonBytes((toJSON as () => unknown).call(value));
      let bytes = 2;
      let first = true;
      for (const [key, item] of Object.entries(value)) {
        if (skipped(item)) continue;
        bytes += (first ? 0 : 1) + jsonStringBytes(key) + 1 + jsonBytes(item);
        first = false;
      }
      return bytes;
    }
    default:
      return 0;
  }
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
