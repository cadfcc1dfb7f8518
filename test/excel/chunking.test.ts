import {
  bandsBySize,
  batchBySize,
  jsonBytes,
  jsonStringBytes,
  readBatches,
  rowBands,
  splitReadBatch,
} from '../../src/excel/chunking';
import { charsToPoints, styleRects } from '../../src/excel/render-cells';

const utf8 = new TextEncoder();
/** The real measure: JSON as Office.js sends it, encoded. */
const sent = (value: unknown): number => utf8.encode(JSON.stringify(value) ?? '').length;

/** Deterministic pseudo-random numbers (a 32-bit LCG), so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('chunking', () => {
  test('the request estimate is the UTF-8 size of the JSON sent, escapes and surrogates included', () => {
    expect(jsonStringBytes('abc')).toBe(5);
    // 3 bytes a Chinese character: 40 characters are 122 bytes with the quotes, not 42.
    expect(jsonStringBytes('汇'.repeat(40))).toBe(122);
    expect(jsonStringBytes('"\\\n\u0001é')).toBe(sent('"\\\n\u0001é'));
    // An emoji is a surrogate pair: 4 bytes; a lone surrogate is escaped to 6 characters.
    expect(jsonStringBytes('😀')).toBe(6);
    expect(jsonStringBytes('\ud800x')).toBe(sent('\ud800x'));
    expect(
      jsonBytes([
        ['汇报', 1.5, null, true],
        [NaN, -0, 1e21, ''],
      ]),
    ).toBe(
      sent([
        ['汇报', 1.5, null, true],
        [NaN, -0, 1e21, ''],
      ]),
    );
    expect(jsonBytes({ a: undefined, b: [undefined], c: { d: '街道' } })).toBe(
      sent({ a: undefined, b: [undefined], c: { d: '街道' } }),
    );
    expect(jsonBytes(undefined)).toBe(0);
    expect(jsonBytes([])).toBe(2);
  });

  test('on random text and grids the estimate equals what is sent, so it is never below it', () => {
    const next = random(20261128);
    const pieces = [
      'a',
      '7',
      ' ',
      '"',
      '\\',
      '\n',
      '\t',
      '\u0000',
      '\u001f',
      'é',
      '社',
      '区',
      '😀',
      '\ud83d',
      '\ude00',
      '€',
    ];
    const text = (): string =>
      Array.from({ length: Math.floor(next() * 30) }, () => pieces[Math.floor(next() * pieces.length)]).join(
        '',
      );
    const cell = (): unknown => {
      const pick = next();
      if (pick < 0.5) return text();
      if (pick < 0.8) return Math.round((next() - 0.5) * 1e9) / 100;
      if (pick < 0.9) return null;
      return next() < 0.5;
    };
    for (let i = 0; i < 300; i++) {
      const grid = Array.from({ length: 1 + Math.floor(next() * 5) }, () =>
        Array.from({ length: 1 + Math.floor(next() * 6) }, cell),
      );
      expect(jsonBytes(grid)).toBe(sent(grid));
      const object = { name: text(), tip: next() < 0.5 ? undefined : text(), list: grid[0] };
      expect(jsonBytes(object)).toBe(sent(object));
    }
  });

  test('row bands never pass the cell limit and cover every row once', () => {
    // 10 rows × 3 cols with at most 7 cells a band → 2 rows (6 cells) a band, 5 bands.
    expect(rowBands(10, 3, 7)).toEqual([
      { start: 0, count: 2 },
      { start: 2, count: 2 },
      { start: 4, count: 2 },
      { start: 6, count: 2 },
      { start: 8, count: 2 },
    ]);
    // 260,000 rows × 20 cols under 5,000,000 cells → 250,000 rows, then 10,000.
    expect(rowBands(260_000, 20)).toEqual([
      { start: 0, count: 250_000 },
      { start: 250_000, count: 10_000 },
    ]);
    expect(rowBands(0, 5)).toEqual([]);
    // A row wider than the limit still gets its own band rather than none.
    expect(rowBands(2, 10, 4)).toEqual([
      { start: 0, count: 1 },
      { start: 1, count: 1 },
    ]);
  });

  test('bands by size and batches by size keep order and stay under budget', () => {
    expect(bandsBySize([40, 40, 40, 90, 10], 100)).toEqual([
      { start: 0, count: 2 },
      { start: 2, count: 1 },
      { start: 3, count: 2 },
    ]);
    const items = [60, 30, 20, 150, 5].map((bytes, i) => ({ bytes, i }));
    expect(batchBySize(items, 100).map((b) => b.map((x) => x.i))).toEqual([[0, 1], [2], [3], [4]]);
  });

  test('reads share one sync while their estimate fits the budget, and spread over syncs when it does not', () => {
    const limits = { maxCells: 1000, budgetBytes: 2000, cellBytes: 10 };
    // 150 cells, 1,500 bytes: one sync, bands only for the cell limit (none needed here).
    expect(
      readBatches(
        [
          { rows: 10, cols: 5 },
          { rows: 0, cols: 0 },
          { rows: 20, cols: 5 },
        ],
        limits,
      ),
    ).toEqual([
      [
        { block: 0, start: 0, count: 10 },
        { block: 2, start: 0, count: 20 },
      ],
    ]);
    // 3 × 1,200 cells, estimated 36,000 bytes: bands of at most 200 cells (2,000 bytes) each, one per sync.
    const batches = readBatches(
      [
        { rows: 100, cols: 12 },
        { rows: 100, cols: 12 },
        { rows: 100, cols: 12 },
      ],
      limits,
    );
    // 16 rows (192 cells) a band: 6 full bands and one of 4 rows per block, each too big to share a sync.
    expect(batches).toHaveLength(21);
    expect(batches.every((b) => b.reduce((n, band) => n + band.count * 12 * 10, 0) <= 2000)).toBe(true);
    expect(batches[0]).toEqual([{ block: 0, start: 0, count: 16 }]);
    // Every row of every block exactly once, in order.
    const rows = batches.flat().map((band) => `${band.block}:${band.start}+${band.count}`);
    expect(new Set(rows).size).toBe(rows.length);
    expect(batches.flat().reduce((n, band) => n + band.count, 0)).toBe(300);
    expect(readBatches([], limits)).toEqual([]);
  });

  test('a refused read splits in halves, down to one row', () => {
    const a = { block: 0, start: 0, count: 5 };
    const b = { block: 1, start: 0, count: 3 };
    const c = { block: 1, start: 3, count: 3 };
    expect(splitReadBatch([a, b, c])).toEqual([[a, b], [c]]);
    expect(splitReadBatch([a])).toEqual([
      [{ block: 0, start: 0, count: 3 }],
      [{ block: 0, start: 3, count: 2 }],
    ]);
    expect(splitReadBatch([{ block: 2, start: 7, count: 1 }])).toBeNull();
  });

  test('styled cells merge into rectangles', () => {
    const cells = [
      { row: 1, col: 0, value: 'a', style: 'h' },
      { row: 1, col: 1, value: 'b', style: 'h' },
      { row: 2, col: 0, value: 'c', style: 'h' },
      { row: 2, col: 1, value: 'd', style: 'h' },
      { row: 2, col: 3, value: 'e', style: 'h' },
      { row: 5, col: 0, value: 1, style: 'n' },
      { row: 6, col: 0, value: 2 },
    ];
    expect(styleRects(cells)).toEqual(
      new Map([
        [
          'h',
          [
            { row: 1, col: 0, lastRow: 2, lastCol: 1 },
            { row: 2, col: 3, lastRow: 2, lastCol: 3 },
          ],
        ],
        ['n', [{ row: 5, col: 0, lastRow: 5, lastCol: 0 }]],
      ]),
    );
  });

  test('column widths: characters to points', () => {
    // Excel's default 8.43 characters is 64 px = 48 pt.
    expect(charsToPoints(8.43)).toBeCloseTo(48, 0);
    expect(charsToPoints(10)).toBe(56.25);
  });
});
