import { RESPONSE_BUDGET_BYTES } from '../../src/excel/chunking';
import { createExcelWorkbookHost } from '../../src/excel/office-host';
import { OWNER_NAME, OWNER_VALUE } from '../../src/excel/ownership';
import { mergedRangesOf, readWorkbookSnapshot, type ReadOptions } from '../../src/excel/read-snapshot';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { installFakeOffice, uninstallFakeOffice, type FakeSheetInit, type SyncRecord } from '../fake-excel';

afterEach(() => uninstallFakeOffice(globalThis));

const MB = 1024 * 1024;

/** Reads `sheets` through the fake; `unlimited` models Excel on Windows (no response limit, no sync splitting). */
async function read(
  sheets: FakeSheetInit[],
  unlimited = false,
): Promise<{ snapshot: WorkbookSnapshot; syncs: SyncRecord[] }> {
  const excel = installFakeOffice(globalThis, {
    sheets,
    ...(unlimited ? { responseLimitBytes: Infinity } : {}),
  });
  const options: ReadOptions = unlimited ? { responseBudgetBytes: Infinity } : {};
  const snapshot = await Excel.run((context) => readWorkbookSnapshot(context, options));
  uninstallFakeOffice(globalThis);
  return { snapshot, syncs: [...excel.syncs] };
}

/** 50 sheets of 200 rows × 20 columns = 200,000 cells; each cell says where it is. */
function bigWorkbook(): FakeSheetInit[] {
  return Array.from({ length: 50 }, (_, s) => ({
    name: `S${s + 1}`,
    values: Array.from({ length: 200 }, (_, r) =>
      Array.from({ length: 20 }, (_, c) => s * 100000 + r * 100 + c),
    ),
  }));
}

describe('reading the workbook', () => {
  test('50 sheets / 200,000 cells in exactly 3 syncs, every cell in place', async () => {
    const excel = installFakeOffice(globalThis, { sheets: bigWorkbook() });
    const snapshot = await createExcelWorkbookHost({ source: '当前工作簿' }).readSnapshot();
    // Exactly 3: its response (3,593,870 bytes in the fake: a 7-digit number and "General" a cell) is under the
    // 4 MiB budget, and so is the estimate (200,000 × 20 bytes).
    expect(excel.syncs).toHaveLength(3);
    expect(excel.syncs[2].responseBytes).toBeGreaterThan(3.4 * MB);
    expect(excel.syncs[2].responseBytes).toBeLessThan(RESPONSE_BUDGET_BYTES);
    expect(snapshot.source).toBe('当前工作簿');
    expect(snapshot.sheets).toHaveLength(50);
    const s12 = snapshot.sheets[11];
    expect(s12.name).toBe('S12');
    expect(s12.values).toHaveLength(200);
    // S12!D51 → sheet index 11, row 50, column 3.
    expect(s12.values[50][3]).toBe(1105003);
    expect(snapshot.sheets[49].values[199][19]).toBe(4919919);
    expect(snapshot.sheets.reduce((n, s) => n + s.values.reduce((m, line) => m + line.length, 0), 0)).toBe(
      200000,
    );
    // No number formats other than General: none are carried.
    expect(s12.numberFormats).toBeUndefined();
    expect(excel.syncs.every((s) => s.largestReadCells <= 5_000_000)).toBe(true);
  });

  test('a sheet larger than one read is split in row bands, still in 3 syncs', async () => {
    const excel = installFakeOffice(globalThis, { sheets: bigWorkbook().slice(0, 2), readCellLimit: 1000 });
    const { readWorkbookSnapshot } = await import('../../src/excel/read-snapshot');
    const snapshot = await Excel.run((context) => readWorkbookSnapshot(context, { maxReadCells: 1000 }));
    expect(excel.syncs).toHaveLength(3);
    expect(Math.max(...excel.syncs.map((s) => s.largestReadCells))).toBe(1000);
    expect(snapshot.sheets[1].values[199][19]).toBe(119919);
    expect(snapshot.sheets[1].values[0][0]).toBe(100000);
  });

  test('a workbook whose response would pass 5 MB is read in more syncs, each under the budget, same snapshot', async () => {
    // 3 sheets × 25,000 rows × 8 columns = 600,000 cells, about 10.8 MB of values and formats in one response.
    const sheets = Array.from({ length: 3 }, (_, s) => ({
      name: `大表${s + 1}`,
      values: Array.from({ length: 25_000 }, (_, r) =>
        Array.from({ length: 8 }, (_, c) => s * 1_000_000 + r * 10 + c + 0.5),
      ),
    }));
    const whole = await read(sheets, true);
    expect(whole.syncs).toHaveLength(3);
    expect(whole.syncs[2].responseBytes).toBeGreaterThan(10 * MB);

    const split = await read(sheets);
    // Estimated 12,000,000 bytes → one sheet (200,000 cells, 4,000,000 estimated) per sync: 2 + 3 syncs.
    expect(split.syncs).toHaveLength(5);
    for (const sync of split.syncs) expect(sync.responseBytes).toBeLessThan(RESPONSE_BUDGET_BYTES);
    expect(split.syncs.slice(2).map((s) => s.largestReadCells)).toEqual([200_000, 200_000, 200_000]);
    expect(split.snapshot).toEqual(whole.snapshot);
    expect(split.snapshot.sheets[2].values[24_999][7]).toBe(2_249_997.5);
  });

  test('long texts that beat the estimate: the refused read is retried in halves, same snapshot', async () => {
    // 12,000 × 10 = 120,000 cells: estimated 2.4 MB, really 7.2 MiB (20 characters a cell, most of them Chinese,
    // 3 bytes each).
    const sheets = [
      {
        name: '说明',
        values: Array.from({ length: 12_000 }, (_, r) =>
          Array.from({ length: 10 }, (_, c) => `第${r + 1}行第${c + 1}列的情况说明文字`.padEnd(20, '。')),
        ),
      },
    ];
    const whole = await read(sheets, true);
    expect(whole.syncs[2].responseBytes).toBeGreaterThan(7 * MB);

    const retried = await read(sheets);
    // The one read is refused, then each half (3.6 MiB) comes back.
    expect(retried.syncs.map((s) => s.responseBytes > 5 * MB)).toEqual([false, false, true, false, false]);
    expect(retried.snapshot).toEqual(whole.snapshot);
    expect(retried.snapshot.sheets[0].values[11_999][9]).toBe(
      '第12000行第10列的情况说明文字'.padEnd(20, '。'),
    );
  });

  test('positions from A1, empty cells as null, error values, percent formats, Huibao sheets flagged', async () => {
    installFakeOffice(globalThis, {
      sheets: [
        {
          name: '社区A',
          values: [
            [null, null, null],
            [null, null, null],
            [null, null, '编号', '完成值'],
            [null, null, 'M001', 0.9858],
            [null, null, 'M002', '#DIV/0!'],
            [null, null, 'M003', null],
          ],
          numberFormats: [[], [], [], [null, null, null, '0.00%']],
        },
        { name: '空表' },
        { name: '汇总', values: [['汇总']], names: { [OWNER_NAME]: `=${OWNER_VALUE}` } },
      ],
    });
    const snapshot = await createExcelWorkbookHost().readSnapshot();
    const [a, empty, summary] = snapshot.sheets;
    expect(a.values[3][2]).toBe('M001');
    expect(a.values[3][3]).toBe(0.9858);
    expect(a.values[3][0]).toBeNull();
    expect(a.values[4][3]).toEqual({ error: '#DIV/0!' });
    expect(a.values[5][3]).toBeNull();
    expect(a.numberFormats?.[3][3]).toBe('0.00%');
    expect(a.numberFormats?.[3][2]).toBeNull();
    expect(a.writtenByHuibao).toBe(false);
    expect(empty.values).toEqual([]);
    expect(summary.writtenByHuibao).toBe(true);
  });

  test('hidden and very hidden sheets are marked hidden, read with the sheet names: still 3 syncs', async () => {
    const { snapshot, syncs } = await read([
      { name: '和平社区', values: [['编号', '完成值']] },
      { name: '旧版和平社区', values: [['编号', '完成值']], visibility: 'Hidden' },
      { name: '草稿', values: [['x']], visibility: 'VeryHidden' },
    ]);
    expect(syncs).toHaveLength(3);
    expect(snapshot.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['和平社区', undefined],
      ['旧版和平社区', true],
      ['草稿', true],
    ]);
    expect(snapshot.sheets[1].values).toEqual([['编号', '完成值']]);
  });

  test('merged ranges come with the sheets (ExcelApi 1.13), 0-based, still in 3 syncs; none below 1.13', async () => {
    const sheets: FakeSheetInit[] = [
      {
        name: '指标目录',
        values: [
          ['编号', '板块'],
          ['M001', '党建'],
          ['M002', null],
          ['M003', null],
        ],
        merges: ['B2:B4', 'A6:I6'],
      },
      { name: '甲社区', values: [['编号']] },
    ];
    const { snapshot, syncs } = await read(sheets);
    expect(syncs).toHaveLength(3);
    expect(snapshot.sheets[0].merges).toEqual([
      { top: 1, left: 1, bottom: 3, right: 1 },
      { top: 5, left: 0, bottom: 5, right: 8 },
    ]);
    expect(snapshot.sheets[1].merges).toBeUndefined();

    // An older Excel lacks the API: the reader does not ask for it (the fake would refuse the whole sync).
    const older = installFakeOffice(globalThis, { sheets, excelApi: '1.12' });
    const without = await Excel.run((context) => readWorkbookSnapshot(context));
    expect(older.syncs).toHaveLength(3);
    expect(without.sheets[0].merges).toBeUndefined();
    expect(without.sheets[0].values[1]).toEqual(['M001', '党建']);
    // Asked for all the same, the refusal fails that sync: the sheets are read again without merges, one sync more
    // (as when Excel refuses more than 512 merged areas in a range).
    const forced = installFakeOffice(globalThis, { sheets, excelApi: '1.12' });
    const fallback = await Excel.run((context) => readWorkbookSnapshot(context, { mergedAreas: true }));
    expect(forced.syncs).toHaveLength(4);
    expect(fallback.sheets[0].merges).toBeUndefined();
    expect(fallback.sheets[0].values).toEqual(without.sheets[0].values);
  });

  test('a RangeAreas address is read area by area, quoted sheet names and single cells too', () => {
    expect(mergedRangesOf("Sheet1!B2:B4, 'a, b'!$D$2:$E$2,Sheet1!AA10:AB12, Sheet1!C5")).toEqual([
      { top: 1, left: 1, bottom: 3, right: 1 },
      { top: 1, left: 3, bottom: 1, right: 4 },
      { top: 9, left: 26, bottom: 11, right: 27 },
    ]);
  });

  test('ownership mark equals the file host’s', async () => {
    const xlsx = await import('../../src/xlsx/ownership');
    expect([OWNER_NAME, OWNER_VALUE]).toEqual([xlsx.OWNER_NAME, xlsx.OWNER_VALUE]);
  });
});
