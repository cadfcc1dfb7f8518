/**
 * Layouts a user trial brought: section headings between the rows (`一、党建`), merged descriptive cells in the
 * catalogue, and catalogue IDs spelled otherwise than the units'. Expected values are worked out by hand.
 */
import { analyseWorkbook } from '../../src/core/analyse';
import { sectionHeadingTitle } from '../../src/core/indicator-sheet';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { CellValue, MergedRange, SheetSnapshot } from '../../src/core/snapshot';

const sheet = (name: string, values: CellValue[][]): SheetSnapshot => ({ name, values });
const CATALOGUE_HEADER = ['编号', '板块', '指标', '单位', '目标值', '汇总方式'];
const UNIT_HEADER = ['编号', '指标', '单位', '完成值'];

const codes = (analysis: ReturnType<typeof analyseWorkbook>): string[] =>
  analysis.findings.map((f) => `${f.code} ${f.sheet ?? ''}!${f.cell ?? ''}`);

describe('sectionHeadingTitle', () => {
  it.each([
    ['一、统筹推进基层党建工作', '统筹推进基层党建工作'],
    ['二、 民生', '民生'],
    ['十一、其他', '其他'],
    ['（一）组织建设', '组织建设'],
    ['(2)平安建设', '平安建设'],
    ['第一部分 党建', '党建'],
    ['第三章', ''],
    ['1.党建', '党建'],
    ['2、民生保障', '民生保障'],
    ['一.党建', '党建'],
    ['三', ''],
  ])('reads %s as a heading titled %s', (key, title) => {
    expect(sectionHeadingTitle(key)).toBe(title);
  });

  it.each(['M001', 'A-12', '001', '1.1', '12', '一是加强', '合计', '填表人：张三', '培训场次', '1.5万'])(
    'does not read %s as a heading',
    (key) => {
      expect(sectionHeadingTitle(key)).toBeNull();
    },
  );
});

describe('section heading rows', () => {
  // The catalogue of the trial's sections2.xlsx: a heading over M001–M002, another over M003, 板块 left blank.
  const catalogue = sheet('指标目录', [
    CATALOGUE_HEADER,
    ['一、统筹推进基层党建工作', null, null, null, null, null],
    ['M001', '', '培训场次', '场次', '≥10', '求和'],
    ['M002', '', '品牌数', '个', null, '求和'],
    ['二、民生', null, null, null, null, null],
    ['M003', '', '低保户', '户', null, '求和'],
  ]);
  const unit = (name: string, extra: CellValue[][] = []): SheetSnapshot =>
    sheet(name, [
      UNIT_HEADER,
      ['一、党建', null, null, null],
      ['M001', '培训场次', '场次', 6],
      ['M002', '品牌数', '个', 2],
      ['（二）民生', null, null, null],
      ['M003', '低保户', '户', 7],
      ...extra,
    ]);

  it('are neither indicators of the catalogue nor unknown IDs of a unit, and name the 板块 under them', () => {
    const analysis = analyseWorkbook(
      { sheets: [catalogue, unit('甲社区'), unit('乙社区')] },
      DEFAULT_SETTINGS,
    );
    expect(analysis.indicators.map((i) => [i.id, i.section, i.actual])).toEqual([
      // 6 + 6, 2 + 2, 7 + 7.
      ['M001', '统筹推进基层党建工作', 12],
      ['M002', '统筹推进基层党建工作', 4],
      ['M003', '民生', 14],
    ]);
    expect(codes(analysis)).toEqual([]);
  });

  it('keep a 板块 the rows give themselves', () => {
    const own = sheet('指标目录', [
      CATALOGUE_HEADER,
      ['一、党建', null, null, null, null, null],
      ['M001', '组织', '培训场次', '场次', null, '求和'],
      ['M002', null, '品牌数', '个', null, '求和'],
    ]);
    const analysis = analyseWorkbook({ sheets: [own, unit('甲社区')] }, DEFAULT_SETTINGS);
    expect(analysis.indicators.map((i) => [i.id, i.section])).toEqual([
      ['M001', '组织'],
      ['M002', '党建'],
    ]);
  });

  it('take the title beside a bare numeral (`一` in 编号, the title in 指标)', () => {
    const numbered = sheet('指标目录', [
      CATALOGUE_HEADER,
      ['一', null, '基层党建', null, null, null],
      ['M001', null, '培训场次', '场次', null, '求和'],
    ]);
    const analysis = analyseWorkbook({ sheets: [numbered, unit('甲社区')] }, DEFAULT_SETTINGS);
    expect(analysis.indicators.map((i) => [i.id, i.section])).toEqual([['M001', '基层党建']]);
  });

  it('stay an error in a unit when the row has a figure, and an ID-like key stays unknown', () => {
    // Row 7: a heading-like key with a 完成值; row 8: M009, no figure, not in the catalogue.
    const extra = [
      ['三、其他', null, null, 5],
      ['M009', '新增', null, null],
    ];
    const analysis = analyseWorkbook({ sheets: [catalogue, unit('甲社区', extra)] }, DEFAULT_SETTINGS);
    expect(codes(analysis).filter((code) => code.startsWith('unknown'))).toEqual([
      'unknown-id 甲社区!A7',
      'unknown-id 甲社区!A8',
    ]);
  });

  it('stay an indicator of the catalogue when the row has a figure or its key is an ID', () => {
    const withFigures = sheet('指标目录', [
      CATALOGUE_HEADER,
      ['1.党建', null, '党建活动', '次', null, '求和'],
      ['1.1', null, '街道名称', null, null, null],
    ]);
    const units = sheet('甲社区', [
      UNIT_HEADER,
      ['1.党建', '党建活动', '次', 3],
      ['1.1', '街道名称', null, '和平'],
    ]);
    const analysis = analyseWorkbook({ sheets: [withFigures, units] }, DEFAULT_SETTINGS);
    expect(analysis.indicators.map((i) => [i.id, i.actual])).toEqual([
      ['1.党建', 3],
      ['1.1', null],
    ]);
    expect(analysis.indicators[1].actualText).toBe('和平');
  });
});

describe('catalogue IDs spelled otherwise than the units', () => {
  // The trial's lcids.xlsx: the catalogue writes a01, a02 and full-width Ｍ０３; the units A01, a02 and M03.
  const catalogue = sheet('指标目录', [
    CATALOGUE_HEADER,
    ['a01', 'A', '甲', '个', null, '求和'],
    ['a02', 'A', '乙', '个', null, '求和'],
    ['Ｍ０３', 'A', '丙', '个', null, '求和'],
  ]);
  const unit = (name: string, a01: number, a02: number, m03: number): SheetSnapshot =>
    sheet(name, [UNIT_HEADER, ['A01', '', '', a01], ['a02', '', '', a02], ['M03', '', '', m03]]);
  const rules = sheet('校验规则', [
    ['规则', '级别', '说明'],
    ['A01 >= A02', '错误', ''],
    ['M03 >= 3', '错误', ''],
  ]);

  it('match them as the units are matched, keeping the catalogue’s spelling for display', () => {
    const analysis = analyseWorkbook(
      { sheets: [catalogue, unit('甲社区', 5, 3, 1), unit('乙社区', 4, 2, 1), rules] },
      DEFAULT_SETTINGS,
    );
    // 5 + 4, 3 + 2, 1 + 1.
    expect(analysis.indicators.map((i) => [i.id, i.actual, i.complete])).toEqual([
      ['a01', 9, true],
      ['a02', 5, true],
      ['Ｍ０３', 2, true],
    ]);
    // A01 ≥ A02 holds everywhere (5 ≥ 3, 4 ≥ 2, 9 ≥ 5); M03 ≥ 3 fails in each unit (1) and for the street (2), at
    // the M03 cells: D4 of the units, the catalogue's ID cell A4 (it has no 完成值 column).
    expect(codes(analysis)).toEqual([
      'rule-failed 指标目录!A4',
      'rule-failed 甲社区!D4',
      'rule-failed 乙社区!D4',
    ]);
  });

  it('make two catalogue IDs that read alike one ID given twice', () => {
    const twice = sheet('指标目录', [
      CATALOGUE_HEADER,
      ['a01', 'A', '甲', '个', null, '求和'],
      ['A01', 'A', '甲二', '个', null, '求和'],
    ]);
    const analysis = analyseWorkbook(
      { sheets: [twice, sheet('甲社区', [UNIT_HEADER, ['A01', '', '', 5]])] },
      DEFAULT_SETTINGS,
    );
    expect(analysis.indicators.map((i) => [i.id, i.actual])).toEqual([['a01', 5]]);
    const duplicate = analysis.findings.find((f) => f.code === 'duplicate-id');
    expect([duplicate?.sheet, duplicate?.cell, duplicate?.params?.other]).toEqual(['指标目录', 'A3', 'A2']);
  });
});

describe('merged catalogue cells', () => {
  /** `B2:B4` as the snapshot gives it: rows 1–3 of column 1. */
  const range = (top: number, left: number, bottom: number, right = left): MergedRange => ({
    top,
    left,
    bottom,
    right,
  });
  const HEADER = ['编号', '板块', '指标', '单位', '目标值', '汇总方式'];
  const unit = (name: string): SheetSnapshot =>
    sheet(name, [
      UNIT_HEADER,
      ['M001', '', '', 3],
      ['M002', '', '', 6],
      ['M003', '', '', 9],
      ['M004', '', '', 12],
      ['M005', '', '', 15],
    ]);

  it('give the value of a range merged down to every row it covers (板块, 单位, 目标值, 汇总方式)', () => {
    // The trial's merged2.xlsx: 板块 B2:B4 and B5:B6, 单位 D2:D4, 汇总方式 F2:F6; and 目标值 E5:E6 (≥10).
    const catalogue: SheetSnapshot = {
      ...sheet('指标目录', [
        HEADER,
        ['M001', '党建', '培训', '场次', null, '求和'],
        ['M002', null, '品牌', null, null, null],
        ['M003', null, '积极分子', null, null, null],
        ['M004', '民生', '低保户', '户', '≥10', null],
        ['M005', null, '低保人', '人', null, null],
      ]),
      merges: [range(1, 1, 3), range(4, 1, 5), range(1, 3, 3), range(1, 5, 5), range(4, 4, 5)],
    };
    const analysis = analyseWorkbook(
      { sheets: [catalogue, unit('甲社区'), unit('乙社区')] },
      DEFAULT_SETTINGS,
    );
    expect(
      analysis.indicators.map((i) => [i.id, i.section, i.unit, i.target.text, i.aggregation.kind, i.actual]),
    ).toEqual([
      // 3 + 3, 6 + 6, …: every one a sum in its own unit; M004's 24 and M005's 30 are over
      // 120 % of ≥10 (12): exceeded.
      ['M001', '党建', '场次', '', 'sum', 6],
      ['M002', '党建', '场次', '', 'sum', 12],
      ['M003', '党建', '场次', '', 'sum', 18],
      ['M004', '民生', '户', '≥10', 'sum', 24],
      ['M005', '民生', '人', '≥10', 'sum', 30],
    ]);
    expect(analysis.indicators.map((i) => i.status)).toEqual([
      'no-target',
      'no-target',
      'no-target',
      'exceeded',
      'exceeded',
    ]);
  });

  it('make a numbered name with a merged 单位 an indicator, not a section heading', () => {
    // No 编号: the names are the keys. `2、培训党员` has its 单位 only from the range D2:D3 merged down over it.
    const catalogue: SheetSnapshot = {
      ...sheet('指标目录', [
        HEADER,
        [null, null, '1、新发展党员', '人', null, null],
        [null, null, '2、培训党员', null, null, null],
        [null, null, '3、活动', '场次', null, null],
      ]),
      merges: [range(1, 3, 2)],
    };
    const analysis = analyseWorkbook({ sheets: [catalogue] }, DEFAULT_SETTINGS);
    expect(analysis.indicators.map((i) => [i.name, i.unit, i.section])).toEqual([
      ['1、新发展党员', '人', ''],
      ['2、培训党员', '人', ''],
      ['3、活动', '场次', ''],
    ]);
  });

  it('leave a range merged across (a heading over the line) and one starting in the header alone', () => {
    const catalogue: SheetSnapshot = {
      ...sheet('指标目录', [
        HEADER,
        ['一、党建', null, null, null, null, null],
        ['M001', null, '培训', '场次', null, '求和'],
        ['M002', null, '品牌', '个', null, '求和'],
      ]),
      // A2:F2 across the heading; 板块 merged from its header B1 down to B3.
      merges: [range(1, 0, 1, 5), range(0, 1, 2)],
    };
    const analysis = analyseWorkbook({ sheets: [catalogue, unit('甲社区')] }, DEFAULT_SETTINGS);
    expect(analysis.indicators.map((i) => [i.id, i.section, i.unit])).toEqual([
      ['M001', '党建', '场次'],
      ['M002', '党建', '个'],
    ]);
  });

  it('say a 完成值 merged over rows once, at its cell, and read the rows below as blank', () => {
    const catalogue = sheet('指标目录', [
      HEADER,
      ['M001', '党建', '培训', '场次', null, '求和'],
      ['M002', '党建', '品牌', '个', null, '求和'],
      ['M003', '民生', '低保户', '户', null, '求和'],
    ]);
    const merged: SheetSnapshot = {
      ...sheet('甲社区', [
        UNIT_HEADER,
        ['M001', '', '', 5],
        ['M002', '', '', null],
        ['M003', '', '', null],
        ['二、其他', null, null, null],
      ]),
      // D2:D3 holds 5 for M001 and M002; D4:D5 merges a blank; A5:D5 is a line merged across.
      merges: [range(1, 3, 2), range(3, 3, 4), range(4, 0, 4, 3)],
    };
    const analysis = analyseWorkbook({ sheets: [catalogue, merged] }, DEFAULT_SETTINGS);
    const finding = analysis.findings.find((f) => f.code === 'merged-figure');
    expect(finding).toEqual({
      severity: 'warning',
      code: 'merged-figure',
      sheet: '甲社区',
      cell: 'D2',
      found: 'D2:D3',
      params: { rows: 2, others: 1 },
    });
    // M002 and M003 have no figure in the only unit: missing there, their totals incomplete.
    expect(codes(analysis).sort()).toEqual([
      'aggregate-incomplete 指标目录!A3',
      'aggregate-incomplete 指标目录!A4',
      'merged-figure 甲社区!D2',
      'missing-value 甲社区!D3',
      'missing-value 甲社区!D4',
    ]);
    // Only M001 has its 5: nothing is copied into M002.
    expect(analysis.indicators.map((i) => i.actual)).toEqual([5, null, null]);
  });
});
