import { createExcelWorkbookHost } from '../../src/excel/office-host';
import { OWNER_NAME, OWNER_VALUE } from '../../src/excel/ownership';
import { installFakeOffice, uninstallFakeOffice, type FakeSheetInit } from '../fake-excel';

afterEach(() => uninstallFakeOffice(globalThis));

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
  test('50 sheets / 200,000 cells in at most 3 syncs, every cell in place', async () => {
    const excel = installFakeOffice(globalThis, { sheets: bigWorkbook() });
    const snapshot = await createExcelWorkbookHost({ source: '当前工作簿' }).readSnapshot();
    expect(excel.syncs.length).toBeLessThanOrEqual(3);
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

  test('ownership mark equals the file host’s', async () => {
    const xlsx = await import('../../src/xlsx/ownership');
    expect([OWNER_NAME, OWNER_VALUE]).toEqual([xlsx.OWNER_NAME, xlsx.OWNER_VALUE]);
  });
});
