import {
  CELL_EMPTY,
  CELL_ERROR,
  CELL_NUMBER,
  CELL_TEXT,
  GridBuilder,
  TextTable,
  gridFromRows,
} from '../../src/core/cell-grid';
import { analyseWorkbook } from '../../src/core/analyse';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import {
  type CellValue,
  type SheetSnapshot,
  cellAt,
  formulaAt,
  gridOf,
  gridSheet,
  numberFormatAt,
  rowCountOf,
  shareTexts,
} from '../../src/core/snapshot';

describe('CellGrid', () => {
  const rows: CellValue[][] = [
    ['编号', '完成值', null, '备注'],
    [],
    ['M001', 12.5, true, { error: '#DIV/0!' }],
    [' M002 ', -3, false],
  ];
  const formats = [[], [], [null, '0.00%'], [undefined, '0', null, '@']];
  const formulas = [[], [], [null, '=B1*2']];

  it('holds every cell of the rows it was built from, empty where there was nothing', () => {
    const grid = gridFromRows(rows, formats, formulas);
    expect(grid.rowCount).toBe(4);
    expect(grid.colCount).toBe(4);
    expect(grid.cell(0, 0)).toBe('编号');
    expect(grid.cell(0, 2)).toBeNull();
    expect(grid.cell(1, 0)).toBeNull(); // an empty row
    expect(grid.cell(2, 1)).toBe(12.5);
    expect(grid.cell(2, 2)).toBe(true);
    expect(grid.cell(3, 2)).toBe(false);
    expect(grid.cell(2, 3)).toEqual({ error: '#DIV/0!' });
    expect(grid.cell(3, 0)).toBe(' M002 '); // as typed: trimming is the reader's business
    expect(grid.cell(3, 1)).toBe(-3);
    expect(grid.cell(9, 0)).toBeNull(); // past the last row
    expect(grid.cell(0, 9)).toBeNull(); // past the last column
    expect(grid.kind(2, 0)).toBe(CELL_TEXT);
    expect(grid.kind(2, 1)).toBe(CELL_NUMBER);
    expect(grid.kind(2, 3)).toBe(CELL_ERROR);
    expect(grid.kind(1, 1)).toBe(CELL_EMPTY);
  });

  it('keeps number formats and formulas where the rows had them', () => {
    const grid = gridFromRows(rows, formats, formulas);
    expect(grid.numberFormat(2, 1)).toBe('0.00%');
    expect(grid.numberFormat(3, 1)).toBe('0');
    expect(grid.numberFormat(3, 3)).toBe('@'); // a format on a cell with no value
    expect(grid.numberFormat(3, 0)).toBeNull();
    expect(grid.numberFormat(0, 0)).toBeNull();
    expect(grid.formula(2, 1)).toBe('=B1*2');
    expect(grid.formula(3, 1)).toBeNull();
    expect(grid.hasFormats).toBe(true);
    expect(grid.hasFormulas).toBe(true);
  });

  it('gives the same rows back (ragged, holes where cells were empty)', () => {
    const grid = gridFromRows(rows, formats, formulas);
    const back = grid.rows();
    expect(back).toHaveLength(4);
    expect(back[0]).toEqual(['编号', '完成值', undefined, '备注']);
    expect(back[1]).toEqual([]);
    expect(back[2]).toEqual(['M001', 12.5, true, { error: '#DIV/0!' }]);
    expect(back[3]).toEqual([' M002 ', -3, false]);
    expect(grid.numberFormatRows()?.[3]).toEqual([undefined, '0', undefined, '@']);
    expect(grid.formulaRows()?.[2]).toEqual([undefined, '=B1*2']);
  });

  it('stores a text once per table, so sheets sharing a table share indexes', () => {
    const table = new TextTable(['甲', '乙']);
    const first = gridFromRows([['M001', '甲']], undefined, undefined, table);
    const second = gridFromRows([['乙', 'M001']], undefined, undefined, table);
    expect(first.texts).toBe(second.texts);
    expect(table.texts).toEqual(['甲', '乙', 'M001']); // 甲 and 乙 were there already
    expect(first.column(0)?.numbers[0]).toBe(2);
    expect(second.column(1)?.numbers[0]).toBe(2);
  });

  it('grows columns for rows far apart, in any order', () => {
    const builder = new GridBuilder();
    builder.setNumber(5000, 2, 7);
    builder.setText(3, 2, '早');
    builder.setNumber(70000, 0, 1);
    builder.touchRow(70005);
    const grid = builder.build();
    expect(grid.rowCount).toBe(70006);
    expect(grid.cell(5000, 2)).toBe(7);
    expect(grid.cell(3, 2)).toBe('早');
    expect(grid.cell(70000, 0)).toBe(1);
    expect(grid.cell(4999, 2)).toBeNull();
    expect(grid.column(1)).toBeNull();
  });
});

describe('columns cover every row', () => {
  it('an empty row below a short column reads as empty, with no format', () => {
    // Column B's only cell is in row 1; rows reach 100 through column A and a blank row.
    const builder = new GridBuilder();
    builder.setText(0, 1, '完成值');
    builder.setFormat(0, 1, '0%');
    for (let row = 0; row < 90; row++) builder.setText(row, 0, `M${row}`);
    builder.touchRow(99);
    const grid = builder.build();
    expect(grid.rowCount).toBe(100);
    expect(grid.kind(99, 1)).toBe(CELL_EMPTY);
    expect(grid.kind(95, 0)).toBe(CELL_EMPTY);
    expect(grid.numberFormat(99, 1)).toBeNull();
    expect(grid.column(1)?.kinds.length).toBeGreaterThanOrEqual(100);
  });

  it('trailing blank rows do not move where a missing indicator is to be added', () => {
    const blanks: CellValue[][] = Array.from({ length: 98 }, () => []);
    const snapshot = {
      sheets: [
        {
          name: '指标目录',
          values: [
            ['编号', '指标', '汇总方式'],
            ['M001', '甲', '求和'],
            ['M002', '乙', '求和'],
          ],
        },
        {
          name: '甲社区',
          values: [
            ['编号', '完成值'],
            ['M001', 1],
            ['M002', 2],
          ],
        },
        // Lists only M001, then blank rows down to row 100 (a sheet someone scrolled and formatted).
        { name: '乙社区', values: [['编号', '完成值'], ['M001', 3], ...blanks] },
      ],
    };
    const analysis = analyseWorkbook(snapshot, DEFAULT_SETTINGS);
    const missing = analysis.findings.filter((f) => f.code === 'unit-missing-indicator');
    // The row under 乙社区's last data row (A2): A3.
    expect(missing.map((f) => `${f.sheet}!${f.cell}`)).toEqual(['乙社区!A3']);
  });
});

describe('one text table per workbook', () => {
  it('whoever looks first (sheet detection or the analysis), the row sheets share one table', () => {
    const snapshot = {
      sheets: [
        {
          name: '指标目录',
          values: [
            ['编号', '指标', '单位'],
            ['M001', '甲', '个'],
          ],
        },
        {
          name: '东',
          values: [
            ['编号', '完成值'],
            ['M001', 1],
          ],
        },
        {
          name: '西',
          values: [
            ['编号', '完成值'],
            ['M001', 2],
          ],
        },
      ],
    };
    shareTexts(snapshot);
    const tables = new Set(snapshot.sheets.map((sheet) => gridOf(sheet).texts));
    expect(tables.size).toBe(1);
    expect(analyseWorkbook(snapshot, DEFAULT_SETTINGS).indicators[0].actual).toBe(3);
  });
});

describe('sheets backed by a grid', () => {
  const grid = gridFromRows(
    [
      ['编号', '完成值'],
      ['M001', 0.5],
    ],
    [[], [null, '0%']],
    [[], [null, '=1/2']],
  );

  it('read like row sheets through the snapshot helpers, and build their rows only when asked', () => {
    const sheet = gridSheet('社区一', grid, { hidden: true });
    expect(sheet.grid).toBe(grid);
    expect(gridOf(sheet)).toBe(grid);
    expect(cellAt(sheet, 1, 0)).toBe('M001');
    expect(numberFormatAt(sheet, 1, 1)).toBe('0%');
    expect(formulaAt(sheet, 1, 1)).toBe('=1/2');
    expect(rowCountOf(sheet)).toBe(2);
    expect(sheet.values).toEqual([
      ['编号', '完成值'],
      ['M001', 0.5],
    ]);
    expect(sheet.values).toBe(sheet.values); // built once
    expect(sheet.hidden).toBe(true);
  });

  it('copy and compare as row sheets do (the grid is not an enumerable property)', () => {
    const sheet = gridSheet('社区一', grid, { writtenByHuibao: true });
    expect(Object.keys(sheet).sort()).toEqual([
      'formulas',
      'name',
      'numberFormats',
      'values',
      'writtenByHuibao',
    ]);
    const copy: SheetSnapshot = { ...sheet };
    expect(copy.grid).toBeUndefined();
    expect(copy.values[1]).toEqual(['M001', 0.5]);
    expect(copy.numberFormats?.[1]?.[1]).toBe('0%');
  });

  it('a row sheet gets one grid, kept for the sheet', () => {
    const sheet: SheetSnapshot = { name: '甲', values: [['a', 1]] };
    const first = gridOf(sheet);
    expect(gridOf(sheet)).toBe(first);
    expect(first.cell(0, 1)).toBe(1);
  });

  it('the analysis reads the same workbook the same way from rows and from grids', () => {
    const catalogue: CellValue[][] = [
      ['编号', '指标', '单位', '目标值', '汇总方式'],
      ['M001', '培训场次', '场次', '≥10', '求和'],
      ['M002', '满意率', '%', '≥90%', '平均'],
    ];
    const unit = (a: CellValue, b: CellValue): CellValue[][] => [
      ['编号', '完成值', '单位'],
      ['M001', a, '场次'],
      ['M002', b, '%'],
      ['M009', 1, '个'],
    ];
    const rowSheets: SheetSnapshot[] = [
      { name: '指标目录', values: catalogue },
      { name: '东社区', values: unit(4, 91) },
      { name: '西社区', values: unit(' 5 ', '-') },
    ];
    const table = new TextTable();
    const gridSheets = rowSheets.map((sheet) =>
      gridSheet(sheet.name, gridFromRows(sheet.values, undefined, undefined, table)),
    );
    const fromRows = analyseWorkbook({ sheets: rowSheets }, DEFAULT_SETTINGS);
    const fromGrids = analyseWorkbook({ sheets: gridSheets }, DEFAULT_SETTINGS);
    expect(JSON.stringify(fromGrids.findings)).toBe(JSON.stringify(fromRows.findings));
    expect(JSON.stringify(fromGrids.indicators)).toBe(JSON.stringify(fromRows.indicators));
    // Checked by hand: 4 + 5 场次 (the text ' 5 ' is read as 5), the rate from 东 alone, M009 unknown in both units.
    expect(fromGrids.indicators[0].actual).toBe(9);
    expect(fromGrids.indicators[1].actual).toBe(91);
    expect(
      fromGrids.findings.filter((f) => f.code === 'unknown-id').map((f) => `${f.sheet}!${f.cell}`),
    ).toEqual(['东社区!A4', '西社区!A4']);
  });
});
