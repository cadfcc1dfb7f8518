import { bandsBySize, batchBySize, rowBands } from '../../src/excel/chunking';
import { charsToPoints, styleRects } from '../../src/excel/render-cells';

describe('chunking', () => {
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
