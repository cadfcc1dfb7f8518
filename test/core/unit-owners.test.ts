/**
 * Indicators some units owe and others do not (`责任部门`): a department's sheet with its own rows only, next to the
 * communities'. Expected figures are worked out by hand in the comments.
 */
import { analyseWorkbook } from '../../src/core/analyse';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { CellValue, SheetSnapshot } from '../../src/core/snapshot';
import { UnitOwners, ownerNames } from '../../src/core/unit-owners';

const sheet = (name: string, values: CellValue[][]): SheetSnapshot => ({ name, values });

describe('ownerNames and UnitOwners', () => {
  it('names a unit by its sheet name, a list of them, or 各社区 for every unit with 社区 in its name', () => {
    expect(ownerNames('财政所', '财政所')).toBe(true);
    expect(ownerNames('和平社区、光明社区', '光明社区')).toBe(true);
    expect(ownerNames('和平社区，光明社区', '幸福社区')).toBe(false);
    expect(ownerNames('各社区', '幸福社区')).toBe(true);
    expect(ownerNames('各社区', '财政所')).toBe(false);
    expect(ownerNames('党建办', '党建办公室')).toBe(false);
    // 各 alone names nothing.
    expect(ownerNames('各', '和平社区')).toBe(false);
  });

  it('leaves an indicator owed by every unit when its owner names none of them, or all', () => {
    const owners = new UnitOwners(['甲社区', '乙社区', '财政所']);
    expect(owners.expectedOf('')).toBeNull();
    expect(owners.expectedOf('党建办')).toBeNull();
    expect(owners.expectedOf('各社区、财政所')).toBeNull();
    expect(Array.from(owners.expectedOf('财政所') ?? [])).toEqual([0, 0, 1]);
    expect(Array.from(owners.expectedOf('各社区') ?? [])).toEqual([1, 1, 0]);
  });
});

describe('a department’s sheet beside the communities’', () => {
  const catalogue = sheet('指标目录', [
    ['编号', '指标', '单位', '目标值', '汇总方式', '责任部门'],
    ['M001', '培训场次', '场次', '≥10', '求和', '各社区'],
    ['M002', '品牌数', '个', null, '求和', '各社区'],
    ['M004', '税收', '万元', '≥3000', '求和', '财政所'],
    ['M005', '招商引资', '亿元', null, '求和', '党建办'],
  ]);
  const unit = (name: string, rows: [string, CellValue][]): SheetSnapshot =>
    sheet(name, [['编号', '完成值'], ...rows]);

  it('expects each row only from the units its owner names, and totals them as complete', () => {
    const analysis = analyseWorkbook(
      {
        sheets: [
          catalogue,
          unit('甲社区', [
            ['M001', 6],
            ['M002', 2],
            ['M005', 1],
          ]),
          unit('乙社区', [
            ['M001', 6],
            ['M005', 1],
          ]),
          unit('财政所', [
            ['M004', 3560],
            ['M005', 1.2],
          ]),
        ],
      },
      DEFAULT_SETTINGS,
    );
    // 乙社区 owes M002 (各社区) and lacks it; 财政所 owes neither M001 nor M002. M005's 党建办 has no sheet: every
    // unit owes it, and all three gave it.
    expect(
      analysis.findings
        .filter((f) => f.code === 'unit-missing-indicator')
        .map((f) => [f.sheet, f.indicator?.id]),
    ).toEqual([['乙社区', 'M002']]);
    expect(analysis.indicators.map((i) => [i.id, i.actual, i.complete, i.missingUnits, i.status])).toEqual([
      // 6 + 6 = 12 ≥ 10: 120%, exceeded.
      ['M001', 12, true, [], 'exceeded'],
      ['M002', 2, false, ['乙社区'], 'no-target'],
      // 3560 ≥ 3000: 118.7%, met.
      ['M004', 3560, true, [], 'met'],
      // 1 + 1 + 1.2 = 3.2.
      ['M005', 3.2, true, [], 'no-target'],
    ]);
  });
});

describe('owners with an unread sheet, and a rate of owned parts', () => {
  const catalogue = sheet('指标目录', [
    ['编号', '指标', '单位', '目标值', '汇总方式', '责任部门'],
    ['M001', '培训场次', '场次', '≥10', '求和', '各社区'],
    ['M004', '税收', '万元', '≥3000', '求和', '财政所'],
    ['C01', '立案数', '件', null, '求和', '各社区'],
    ['C02', '结案数', '件', null, '求和', '各社区'],
    ['C03', '结案率', '%', '≥80%', '比率(C02,C01)', null],
  ]);
  const community = (name: string, m001: number, c01: number, c02: number): SheetSnapshot =>
    sheet(name, [
      ['编号', '完成值'],
      ['M001', m001],
      ['C01', c01],
      ['C02', c02],
    ]);

  it('leaves the communities’ totals complete when the 财政所 sheet cannot be read, and the 税收 missing it alone', () => {
    const analysis = analyseWorkbook(
      {
        sheets: [
          catalogue,
          community('甲社区', 6, 10, 9),
          community('乙社区', 6, 10, 5),
          // No 完成值 header: not read.
          sheet('财政所', [
            ['编号', '数值'],
            ['M004', 3560],
          ]),
        ],
      },
      DEFAULT_SETTINGS,
    );
    expect(analysis.findings.map((f) => [f.code, f.sheet])).toContainEqual(['sheet-not-read', '财政所']);
    expect(analysis.indicators.map((i) => [i.id, i.actual, i.complete, i.missingUnits, i.status])).toEqual([
      ['M001', 12, true, [], 'exceeded'],
      // Nobody read owes it; the unread 财政所 does.
      ['M004', null, false, ['财政所'], 'missing'],
      ['C01', 20, true, [], 'no-target'],
      ['C02', 14, true, [], 'no-target'],
      // (9 + 5) / (10 + 10) = 70% < 80%: a verdict, as the communities owing its parts are all in.
      ['C03', 70, true, [], 'not-met'],
    ]);
    expect(analysis.findings.filter((f) => f.code === 'aggregate-incomplete')).toEqual([]);
  });
});
