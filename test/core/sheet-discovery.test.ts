/**
 * How sheets and rows are found, as a user trial met them on real forms: a header in two lines (`2023年` merged
 * over 完成值 and 上年值), a form's footer under the table (`填表人：张三`), street-totals and last year's sheets
 * laid out like a community, and an instructions sheet listing IDs. Expected figures are worked out by hand in the
 * comments.
 */
import { analyseWorkbook } from '../../src/core/analyse';
import { fillIndicatorsFromSnapshot } from '../../src/core/fill';
import { type Finding, localiseFinding } from '../../src/core/findings';
import { catalogueFor } from '../../src/core/i18n';
import {
  findIndicatorSheets,
  isFooterKey,
  readIndicatorRows,
  scanIndicatorSheets,
} from '../../src/core/indicator-sheet';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { CellValue, SheetSnapshot } from '../../src/core/snapshot';
import { discoverUnits } from '../../src/core/workbook-units';

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

  it('is not made of a title naming a column and a whole header under it: the header is the lower line', () => {
    const [layout] = findIndicatorSheets({
      sheets: [
        sheet('东社区', [['指标'], ['编号', '指标', '单位', '完成值'], ['D01', '培训场次', '场次', 12]]),
      ],
    });
    expect(layout).toMatchObject({
      headerRow: 1,
      firstDataRow: 2,
      columns: { id: 0, name: 1, unit: 2, actual: 3 },
    });
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

  it('reads past a line between rows when IDs follow it (a note, not the end of the table)', () => {
    // D03 under 填表人：: still read (an ID follows), the line itself is no indicator.
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
    expect(where(analysis.findings)).toEqual([]);
    // 10 + 5, 100 + 50, and the mean of 96 and 94.
    expect(analysis.indicators.map((i) => i.actual)).toEqual([15, 150, 95]);
  });

  it('reads a catalogue past a note between its rows', () => {
    const noted = sheet('指标目录', [
      ...catalogue.values.slice(0, 3).map((row) => [...row]),
      ['注：以下为约束性指标'],
      ...catalogue.values.slice(3).map((row) => [...row]),
    ]);
    const analysis = analyseWorkbook(
      { sheets: [noted, oneLine('东社区', 10, 100, 96, 8), oneLine('西社区', 5, 50, 94, 6)] },
      DEFAULT_SETTINGS,
    );
    expect(analysis.indicators.map((i) => i.id)).toEqual(['D01', 'D02', 'D03']);
    expect(where(analysis.findings)).toEqual([]);
  });

  it('right under the header is a note to read past, not the end of the table', () => {
    const noted = sheet('东社区', [
      ['编号', '指标', '单位', '完成值'],
      ['注：人数以实际签到为准'],
      ['D01', '培训场次', '场次', 12],
      ['D02', '参与人数', '人', 120],
      ['填表人：王五'],
    ]);
    const [layout] = findIndicatorSheets({ sheets: [noted] });
    expect(layout).toMatchObject({ headerRow: 0, firstDataRow: 2, endRow: 4 });
    expect(readIndicatorRows(noted, layout).map((row) => row.text.id)).toEqual(['D01', 'D02']);
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

describe('sheets named as the street’s totals or another year', () => {
  const units = (...sheets: SheetSnapshot[]): string[] =>
    discoverUnits({ sheets }).units.map((t) => t.sheet.name);

  it('are not units: 培训场次 is 10 + 5 + 4 = 19 without 街道合计’s 19, and one warning says so', () => {
    const analysis = analyseWorkbook(
      {
        sheets: [
          catalogue,
          oneLine('东社区', 10, 100, 96, 8),
          oneLine('西社区', 5, 50, 94, 6),
          oneLine('南社区', 4, 40, 92, 5),
          oneLine('街道合计', 19, 190, 94, 19),
        ],
      },
      DEFAULT_SETTINGS,
    );
    expect(analysis.units).toEqual(['东社区', '西社区', '南社区']);
    // With the totals sheet D01 read 38; last year is 8 + 6 + 5 = 19, D02 100 + 50 + 40, D03 the mean of 96, 94, 92.
    expect(analysis.indicators.map((i) => [i.id, i.actual, i.previous ?? null])).toEqual([
      ['D01', 19, 19],
      ['D02', 190, null],
      ['D03', 94, null],
    ]);
    const skipped = analysis.findings.filter((f) => f.code === 'total-sheet-skipped');
    expect(skipped).toEqual([
      { severity: 'warning', code: 'total-sheet-skipped', sheet: '街道合计', found: '合计' },
    ]);
    expect(where(analysis.findings)).toEqual(['warning total-sheet-skipped 街道合计!']);
    expect(localiseFinding(skipped[0], catalogueFor('zh-CN')).message).toBe(
      '街道合计：表名含“合计”，看来是合计表，不作为单位参与校验和汇总（否则会重复计算）。',
    );
    expect(localiseFinding(skipped[0], catalogueFor('en-US')).message).toBe(
      '街道合计: the name has “合计”, so it looks like a totals sheet; it is not validated or totalled as a unit (its figures would be counted twice).',
    );
  });

  it('are told by 合计, 总计, 汇总, 小计 anywhere and 全街道 at the start; 东湖社区 and 汇龙社区 stay units', () => {
    const names = [
      '街道合计',
      '总 计',
      '汇总表',
      '东片小计',
      '全街道',
      '全街',
      '东湖社区',
      '汇龙社区',
      '全兴社区',
      '累计',
    ];
    const found = discoverUnits({
      sheets: [catalogue, ...names.map((name) => oneLine(name, 1, 1, 1, 1))],
    });
    expect(found.units.map((t) => t.sheet.name)).toEqual(['东湖社区', '汇龙社区', '全兴社区', '累计']);
    expect(found.skippedSheets).toEqual([
      { sheet: '街道合计', reason: 'total', found: '合计' },
      { sheet: '总 计', reason: 'total', found: '总计' },
      { sheet: '汇总表', reason: 'total', found: '汇总' },
      { sheet: '东片小计', reason: 'total', found: '小计' },
      { sheet: '全街道', reason: 'total', found: '全街道' },
      { sheet: '全街', reason: 'total', found: '全街' },
    ]);
  });

  it('are told by 上年, 去年, 往年: 上年数据 is no unit, and the total is 东社区’s and 西社区’s', () => {
    const analysis = analyseWorkbook(
      {
        sheets: [
          catalogue,
          oneLine('东社区', 10, 100, 96, 8),
          oneLine('西社区', 5, 50, 94, 6),
          oneLine('上年数据', 14, 140, 93, 0),
          oneLine('去年', 14, 140, 93, 0),
        ],
      },
      DEFAULT_SETTINGS,
    );
    expect(analysis.units).toEqual(['东社区', '西社区']);
    expect(analysis.indicators[0].actual).toBe(15);
    expect(analysis.findings.filter((f) => f.code === 'year-sheet-skipped')).toEqual([
      { severity: 'warning', code: 'year-sheet-skipped', sheet: '上年数据', found: '上年' },
      { severity: 'warning', code: 'year-sheet-skipped', sheet: '去年', found: '去年' },
    ]);
    expect(
      localiseFinding(
        analysis.findings.find((f) => f.sheet === '上年数据')!,
        catalogueFor('zh-CN'),
      ).message,
    ).toBe('上年数据：表名含“上年”，看来是其他年份的数据，不作为单位参与校验和汇总。');
  });

  it('are told by a year only when another sheet names a later one, in its name or its title', () => {
    // 2022年东社区 beside 2023年东社区 and 2023年西社区: last year's.
    expect(
      discoverUnits({
        sheets: [
          catalogue,
          oneLine('2023年东社区', 1, 1, 1, 1),
          oneLine('2023年西社区', 1, 1, 1, 1),
          oneLine('2022年东社区', 1, 1, 1, 1),
        ],
      }).skippedSheets,
    ).toEqual([{ sheet: '2022年东社区', reason: 'year', found: '2022年' }]);
    // 2022年数据 beside communities whose title rows say 2023年.
    const titled = (name: string): SheetSnapshot =>
      sheet(name, [
        [`${name}2023年指标填报`],
        ...oneLine(name, 1, 1, 1, 1)
          .values.slice(2)
          .map((r) => [...r]),
      ]);
    expect(units(catalogue, titled('东社区'), titled('西社区'), oneLine('2022年数据', 1, 1, 1, 1))).toEqual([
      '东社区',
      '西社区',
    ]);
    // A number of four digits in a place's name is no year: 2008花园社区 and 1950小区 stay units beside 2023年.
    expect(
      units(
        catalogue,
        titled('东社区'),
        oneLine('2008花园社区', 1, 1, 1, 1),
        oneLine('1950小区', 1, 1, 1, 1),
      ),
    ).toEqual(['东社区', '2008花园社区', '1950小区']);
    // A year alone is one: 2022 beside 2023年 titles.
    expect(units(catalogue, titled('东社区'), oneLine('2022', 1, 1, 1, 1))).toEqual(['东社区']);
    // No later year anywhere: 2023年东社区 is this year's unit (the other sheets' titles name no year).
    expect(units(catalogue, oneLine('2023年东社区', 1, 1, 1, 1), oneLine('西社区', 1, 1, 1, 1))).toEqual([
      '2023年东社区',
      '西社区',
    ]);
    // Nor is the catalogue's target year one: its header `2024年目标` leaves 2023年东社区 a unit.
    const targets2024 = sheet('指标目录', [
      ['编号', '板块', '指标', '单位', '2024年目标', '汇总方式'],
      ...catalogue.values.slice(1).map((row) => [...row]),
    ]);
    expect(units(targets2024, oneLine('2023年东社区', 1, 1, 1, 1), oneLine('西社区', 1, 1, 1, 1))).toEqual([
      '2023年东社区',
      '西社区',
    ]);
  });

  it('stay the data when no other sheet is a unit, and Huibao’s own 汇总 is never looked at', () => {
    expect(units(catalogue, oneLine('街道合计', 1, 1, 1, 1))).toEqual(['街道合计']);
    const single = discoverUnits({ sheets: [oneLine('全街道指标汇总', 1, 1, 1, 1)] });
    expect(single.mode).toBe('single');
    expect(single.skippedSheets).toEqual([]);
    const ours: SheetSnapshot = { ...oneLine('汇总', 1, 1, 1, 1), writtenByHuibao: true };
    const found = discoverUnits({ sheets: [catalogue, oneLine('东社区', 1, 1, 1, 1), ours] });
    expect(found.units.map((t) => t.sheet.name)).toEqual(['东社区']);
    expect(found.skippedSheets).toEqual([]);
  });

  it('do not feed the fill either, unless they are the only sheet', () => {
    const fill = (...sheets: SheetSnapshot[]): string[] =>
      fillIndicatorsFromSnapshot({ sheets }).map((i) => `${i.at.sheet}:${i.id}=${String(i.value)}`);
    expect(fill(oneLine('东社区', 10, 100, 96, 8), oneLine('街道合计', 19, 190, 94, 19))).toEqual([
      '东社区:D01=10',
      '东社区:D02=100',
      '东社区:D03=96',
    ]);
    expect(fill(oneLine('街道合计', 19, 190, 94, 19))).toEqual([
      '街道合计:D01=19',
      '街道合计:D02=190',
      '街道合计:D03=94',
    ]);
  });

  it('without a 完成值 column are not reported as a unit left unread', () => {
    const totals = sheet('街道合计', [
      ['编号', '指标', '单位', '合计数'],
      ['D01', '培训场次', '场次', 19],
    ]);
    const analysis = analyseWorkbook(
      { sheets: [catalogue, oneLine('东社区', 10, 100, 96, 8), oneLine('西社区', 5, 50, 94, 6), totals] },
      DEFAULT_SETTINGS,
    );
    expect(where(analysis.findings)).toEqual([]);
  });
});

describe('a sheet with an 编号 header and no 完成值 column', () => {
  const street = (...more: SheetSnapshot[]): Finding[] => [
    ...analyseWorkbook(
      { sheets: [catalogue, oneLine('东社区', 10, 100, 96, 8), oneLine('西社区', 5, 50, 94, 6), ...more] },
      DEFAULT_SETTINGS,
    ).findings,
  ];

  it('is no unit left unread when it lists IDs with words only (填报说明)', () => {
    const instructions = sheet('填报说明', [
      ['填报说明'],
      ['1. 请在完成值列填写数字，编号不要改动。'],
      ['编号', '说明'],
      ['D01', '培训场次按实际举办计算'],
      ['D03', '满意度按问卷计算'],
      ['D02', '2023年起按新口径'],
    ]);
    expect(where(street(instructions))).toEqual([]);
  });

  it('is still reported when figures stand beside the catalogue’s IDs, typed as numbers or as text', () => {
    const figures = (name: string, value: CellValue): SheetSnapshot =>
      sheet(name, [
        ['编号', '指标', '单位', '完成情况'],
        ['D01', '培训场次', '场次', value],
      ]);
    expect(where(street(figures('南社区', 4), figures('北社区', '１２')))).toEqual([
      'error sheet-not-read 南社区!A1',
      'error sheet-not-read 北社区!A1',
    ]);
  });

  it('says where the 完成值 header is when it is on another line than the 编号 header', () => {
    // A header in three lines: 2023年 over 本年 over 完成值; the 完成值 at D3 is two lines under 编号 (A1).
    const threeLines = sheet('南社区', [
      ['编号', '指标', '单位', '2023年'],
      [null, null, null, '本年'],
      [null, null, null, '完成值'],
      ['D01', '培训场次', '场次', 4],
    ]);
    const findings = street(threeLines);
    expect(findings).toEqual([
      { severity: 'error', code: 'sheet-header-split', sheet: '南社区', cell: 'A1', found: 'D3' },
    ]);
    expect(localiseFinding(findings[0], catalogueFor('zh-CN')).message).toBe(
      '南社区!A1：工作表「南社区」列有目录中的编号，“完成值”表头在 D3，与“编号”表头（A1）不在同一行，整张表没有读取，合计中没有这张表的数。',
    );
    expect(localiseFinding(findings[0], catalogueFor('en-US')).message).toBe(
      '南社区!A1: sheet “南社区” lists IDs from the catalogue, but its Actual (完成值) header at D3 is not on the line of its ID header (A1), so none of it was read: the totals leave it out.',
    );
  });
});

describe('a catalogue named in English', () => {
  it('is the catalogue even with an (empty) Actual column, not one more unit', () => {
    const units = (name: string, figures: number[]): SheetSnapshot =>
      sheet(name, [
        ['ID', 'Indicator', 'Unit', 'Actual'],
        ['E01', 'Trainings', '场次', figures[0]],
        ['E02', 'Volunteers', '人', figures[1]],
      ]);
    const analysis = analyseWorkbook(
      {
        sheets: [
          sheet('Catalogue', [
            ['ID', 'Section', 'Indicator', 'Unit', 'Target', 'Aggregation', 'Actual'],
            ['E01', 'Party', 'Trainings', '场次', '≥40', 'sum', null],
            ['E02', 'Party', 'Volunteers', '人', null, 'sum', null],
          ]),
          units('North', [22, 30]),
          units('South', [19, 25]),
        ],
      },
      DEFAULT_SETTINGS,
    );
    expect(analysis.catalogueSheet).toBe('Catalogue');
    expect(analysis.units).toEqual(['North', 'South']);
    // 22 + 19 = 41 ≥ 40; 30 + 25 = 55.
    expect(analysis.indicators.map((i) => [i.id, i.actual, i.status])).toEqual([
      ['E01', 41, 'met'],
      ['E02', 55, 'no-target'],
    ]);
    expect(where(analysis.findings)).toEqual([]);
  });
});
