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
