/**
 * How sheets and rows are found, as a user trial met them on real forms: a header in two lines (`2023年` merged
 * over 完成值 and 上年值), a form's footer under the table (`填表人：张三`), street-totals and last year's sheets
 * laid out like a community, and an instructions sheet listing IDs. Expected figures are worked out by hand in the
 * comments.
 */
import { analyseWorkbook } from '../../src/core/analyse';
import type { Finding } from '../../src/core/findings';
import {
  findIndicatorSheets,
  isFooterKey,
  readIndicatorRows,
  scanIndicatorSheets,
} from '../../src/core/indicator-sheet';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { CellValue, SheetSnapshot } from '../../src/core/snapshot';

const sheet = (name: string, values: CellValue[][]): SheetSnapshot => ({ name, values });
const where = (findings: readonly Finding[]): string[] =>
  findings.map((f) => `${f.severity} ${f.code} ${f.sheet ?? ''}!${f.cell ?? ''}`);

/** D01 培训场次 (sum), D02 参与人数 (sum), D03 满意度 (mean). */
const catalogue = sheet('指标目录', [
  ['编号', '板块', '指标', '单位', '目标值', '汇总方式'],
  ['D01', 'S', '培训场次', '场次', '≥10', '求和'],
  ['D02', 'S', '参与人数', '人', null, '求和'],
  ['D03', 'S', '满意度', '%', null, '平均'],
]);

/** A community's form: a title, an office line, the header in one line, three rows, a blank line and a footer. */
const oneLine = (name: string, d01: number, d02: number, d03: number, lastYear: number): SheetSnapshot =>
  sheet(name, [
    [`${name}指标填报表`],
    ['单位：（盖章）', null, null, null, '单位：场次/人'],
    ['编号', '指标', '单位', '完成值', '上年值', '备注'],
    ['D01', '培训场次', '场次', d01, lastYear],
    ['D02', '参与人数', '人', d02, null],
    ['D03', '满意度', '%', d03, null],
  ]);

/** The same form with `2023年` merged over 完成值 and 上年值, and 编号, 指标, 单位, 备注 merged down two lines. */
const twoLines = (name: string, d01: number, d02: number, d03: number, lastYear: number): SheetSnapshot =>
  sheet(name, [
    [`${name}指标填报表`],
    ['单位：（盖章）', null, null, null, '单位：场次/人'],
    ['编号', '指标', '单位', '2023年', null, '备注'],
    [null, null, null, '完成值', '上年值', null],
    ['D01', '培训场次', '场次', d01, lastYear],
    ['D02', '参与人数', '人', d02, null],
    ['D03', '满意度', '%', d03, null],
  ]);

describe('a header in two lines', () => {
  it('is read as one: the lower line completes the upper, and data starts below both', () => {
    const east = twoLines('东社区', 10, 100, 96, 8);
    const [layout] = findIndicatorSheets({ sheets: [east] });
    expect(layout).toMatchObject({
      sheet: '东社区',
      kind: 'indicators',
      headerRow: 2,
      firstDataRow: 4,
      endRow: 7,
      columns: { id: 0, name: 1, unit: 2, actual: 3, previous: 4, note: 5 },
    });
    expect(
      readIndicatorRows(east, layout).map((row) => `${row.text.id}=${row.text.actual}@${row.cells.actual}`),
    ).toEqual(['D01=10@D5', 'D02=100@D6', 'D03=96@D7']);
  });

  it('keeps its community in the street totals, with nothing reported against it', () => {
    const analysis = analyseWorkbook(
      { sheets: [catalogue, twoLines('东社区', 10, 100, 96, 8), oneLine('西社区', 5, 50, 94, 6)] },
      DEFAULT_SETTINGS,
    );
    expect(analysis.units).toEqual(['东社区', '西社区']);
    expect(where(analysis.findings)).toEqual([]);
    // D01 10 + 5 = 15 (last year 8 + 6 = 14), D02 100 + 50 = 150, D03 the mean of 96 and 94 = 95.
    expect(analysis.indicators.map((i) => [i.id, i.actual, i.previous ?? null])).toEqual([
      ['D01', 15, 14],
      ['D02', 150, null],
      ['D03', 95, null],
    ]);
  });

  it('under two year labels reads the later year as this year and the earlier as last year, beside a 目标值', () => {
    const [layout] = findIndicatorSheets({
      sheets: [
        sheet('东社区', [
          ['编号', '指标', '2023年', null, '2022年'],
          [null, null, '目标值', '完成值', '完成值'],
          ['D01', '培训场次', '≥10', 12, 9],
        ]),
      ],
    });
    expect(layout).toMatchObject({
      headerRow: 0,
      firstDataRow: 2,
      columns: { id: 0, name: 1, target: 2, actual: 3, previous: 4 },
    });
  });

  it('under 本年 and 上年 reads the 完成值 under 上年 as last year', () => {
    const [layout] = findIndicatorSheets({
      sheets: [
        sheet('东社区', [
          ['编号', '指标', '本年', '上年'],
          [null, null, '完成值', '完成值'],
          ['D01', '培训场次', 12, 9],
        ]),
      ],
    });
    expect(layout.columns).toEqual({ id: 0, name: 1, actual: 2, previous: 3 });
    expect(layout.firstDataRow).toBe(2);
  });

  it('is never a header line followed by data: a first row whose name reads as a header stays data', () => {
    // Row 2 names its indicator 目标 (a header word), but the 编号 column above it holds D01: data, not a header.
    const scan = scanIndicatorSheets({
      sheets: [
        sheet('东社区', [
          ['编号', '指标', '完成情况'],
          ['D01', '目标', 12],
        ]),
      ],
    });
    expect(scan.layouts).toEqual([]);
    expect(scan.unread).toEqual([{ sheet: '东社区', headerRow: 0, idCol: 0 }]);
  });
});

describe('a form footer under the table', () => {
  it('is told by its label and colon', () => {
    for (const key of [
      '填表人：张三',
      '审核人:李四',
      ' 负责人 ：',
      '联系电话：12345',
      '填报日期：2023-12-31',
      '说明：完成值 12 为估算',
      '注：',
      '备注:',
      '填报单位：东社区',
    ])
      expect([key, isFooterKey(key)]).toEqual([key, true]);
    for (const key of ['D01', '', '说明', '填表人', '注意事项', '说明书发放数：', '备注栏', '合计'])
      expect([key, isFooterKey(key)]).toEqual([key, false]);
  });

  /** 西社区 with a blank line and the footer of the trial's form under its rows. */
  const withFooter = (after: CellValue[][] = []): SheetSnapshot =>
    sheet('西社区', [
      ...oneLine('西社区', 5, 50, 94, 6).values.map((row) => [...row]),
      [],
      ['填表人：张三', null, null, '审核人：李四'],
      ['说明：完成值 12 为估算'],
      ...after,
    ]);

  it('ends the table: no unknown ID, no unreadable 完成值, and the totals are the rows above it', () => {
    const west = withFooter();
    const [layout] = findIndicatorSheets({ sheets: [west] });
    // Title, office line, header, three rows, a blank line: the footer is the 8th row (0-based 7).
    expect(layout.endRow).toBe(7);
    expect(readIndicatorRows(west, layout).map((row) => row.text.id)).toEqual(['D01', 'D02', 'D03']);
    const analysis = analyseWorkbook(
      { sheets: [catalogue, oneLine('东社区', 10, 100, 96, 8), west] },
      DEFAULT_SETTINGS,
    );
    expect(where(analysis.findings)).toEqual([]);
    expect(analysis.indicators.map((i) => i.actual)).toEqual([15, 150, 95]);
  });

  it('leaves what is under it unread, which a catalogue then reports as missing (above the footer)', () => {
    // D03 was added under the signatures: not read, so 西社区 lacks it, to be added at A6 (under D02, in row 5).
    const west = sheet('西社区', [
      ...oneLine('西社区', 5, 50, 94, 6)
        .values.slice(0, 5)
        .map((row) => [...row]),
      ['填表人：张三'],
      ['D03', '满意度', '%', 94],
    ]);
    const analysis = analyseWorkbook(
      { sheets: [catalogue, oneLine('东社区', 10, 100, 96, 8), west] },
      DEFAULT_SETTINGS,
    );
    // And D03's total (at its catalogue row, A4) is 东社区's alone, so incomplete.
    expect(where(analysis.findings)).toEqual([
      'error unit-missing-indicator 西社区!A6',
      'warning aggregate-incomplete 指标目录!A4',
    ]);
  });

  it('in the 指标 column (the 编号 blank) ends the table too, on a single sheet', () => {
    const single = sheet('指标', [
      ['编号', '指标', '单位', '完成值'],
      ['D01', '培训场次', '场次', 12],
      [null, '填报日期：2023-12-31'],
      [null, '补充说明'],
    ]);
    const [layout] = findIndicatorSheets({ sheets: [single] });
    expect(readIndicatorRows(single, layout).map((row) => row.text.name)).toEqual(['培训场次']);
    const analysis = analyseWorkbook({ sheets: [single] }, DEFAULT_SETTINGS);
    expect(where(analysis.findings)).toEqual([]);
  });
});
