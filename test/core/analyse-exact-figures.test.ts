/**
 * Figures a user trial found off by a little, with no finding: a shortfall of 40 on 50 million read as met, a total
 * cut to 12 digits, a typed rate one place above its parts, a street 上年值 of some of the units, `3起以内` read as
 * "at least 3", a `完成` answer rejected because the unit says 项. Expected figures are worked out by hand.
 */
import { analyseWorkbook } from '../../src/core/analyse';
import { localiseFinding } from '../../src/core/findings';
import { catalogueFor } from '../../src/core/i18n';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { CellValue, SheetSnapshot } from '../../src/core/snapshot';

const sheet = (name: string, values: CellValue[][]): SheetSnapshot => ({ name, values });

describe('targets and totals to the last digit', () => {
  const catalogue = sheet('指标目录', [
    ['编号', '指标', '单位', '目标值', '汇总方式'],
    ['E01', '税收', '元', '≥50000000', '求和'],
    ['E02', '安全事故', '起', '3起以内', '求和'],
    ['E03', '专项资金', '元', null, '求和'],
    ['E04', '投诉件数', '件', '不足5', '求和'],
    ['E05', '户籍人口', '人', null, '一致'],
  ]);
  const unit = (name: string, figures: CellValue[]): SheetSnapshot =>
    sheet(name, [
      ['编号', '指标', '单位', '完成值'],
      ...figures.map((figure, i) => [`E0${i + 1}`, '', '', figure]),
    ]);
  const analysis = analyseWorkbook(
    {
      sheets: [
        catalogue,
        unit('甲社区', [24999980, 1, 4115226300.41, 2, 1234567]),
        unit('乙社区', [24999980, 1, 4115226300.41, 2, 1234568]),
        unit('丙社区', [0, 0, 4115226300.41, 0, 1234567]),
      ],
    },
    DEFAULT_SETTINGS,
  );
  const indicator = (id: string) => analysis.indicators.find((i) => i.id === id);

  it('misses ≥50,000,000 by 40 (49,999,960), and says so', () => {
    expect(indicator('E01')).toMatchObject({ actual: 49999960, status: 'not-met', completion: 0.9999992 });
    expect(analysis.findings.filter((f) => f.code === 'target-not-met').map((f) => f.indicator?.id)).toEqual([
      'E01',
    ]);
  });

  it('reads 3起以内 as at most 3 and 不足5 as below 5', () => {
    expect(indicator('E02')).toMatchObject({ actual: 2, status: 'met', target: { kind: 'at-most', max: 3 } });
    expect(indicator('E04')).toMatchObject({
      actual: 4,
      status: 'met',
      target: { kind: 'at-most', max: 5, strict: true },
    });
  });

  it('totals 3 × 4,115,226,300.41 to 12,345,678,901.23, every digit', () => {
    expect(indicator('E03')).toMatchObject({ actual: 12345678901.23, actualText: '12345678901.23' });
  });

  it('finds 1,234,567 and 1,234,568 disagree under 一致', () => {
    expect(indicator('E05')).toMatchObject({ actual: null, status: 'missing' });
    expect(analysis.findings.find((f) => f.code === 'aggregate-disagree')).toMatchObject({
      indicator: { id: 'E05' },
      found: '甲社区=1234567，乙社区=1234568，丙社区=1234567',
    });
  });
});

describe('a rate a unit typed, against its own parts', () => {
  const catalogue = sheet('指标目录', [
    ['编号', '指标', '单位', '目标值', '汇总方式'],
    ['C01', '立案数', '件', null, '求和'],
    ['C02', '结案数', '件', null, '求和'],
    ['C03', '结案率', '%', null, '比率(C02,C01)'],
  ]);
  const unit = (name: string, cases: number, closed: number, rate: CellValue): SheetSnapshot =>
    sheet(name, [
      ['编号', '指标', '单位', '完成值'],
      ['C01', '', '件', cases],
      ['C02', '', '件', closed],
      ['C03', '', '%', rate],
    ]);

  it('accepts the rate rounded or cut to the places typed, and nothing a place off', () => {
    const analysis = analyseWorkbook(
      {
        sheets: [
          catalogue,
          // 19 / 22 = 86.3636…%: 86 (rounded and cut), 86.4 (rounded), 86.36 (rounded and cut), 86.3 (cut) are it;
          // 87 and 86.5 are not.
          unit('甲社区', 22, 19, 86),
          unit('乙社区', 22, 19, 86.4),
          unit('丙社区', 22, 19, 86.36),
          unit('丁社区', 22, 19, 86.3),
          unit('戊社区', 22, 19, 87),
          unit('己社区', 22, 19, 86.5),
          // 45 / 50 = 90% exactly: 89 is one below.
          unit('庚社区', 50, 45, 89),
          // 29 / 100 = 29% (0.29 × 100 is 28.999999999999996 in binary): 29 is it.
          unit('辛社区', 100, 29, 29),
          // A formula's result (=C3/C2*100): 23 / 24 × 100 with all its places, 95.83333333333334.
          unit('壬社区', 24, 23, (23 / 24) * 100),
        ],
      },
      DEFAULT_SETTINGS,
    );
    const mismatches = analysis.findings.filter((f) => f.code === 'unit-ratio-mismatch');
    expect(mismatches.map((f) => [f.sheet, f.cell, f.found, f.expected])).toEqual([
      ['戊社区', 'D4', '87', '86.36%'],
      ['己社区', 'D4', '86.5', '86.36%'],
      ['庚社区', 'D4', '89', '90%'],
    ]);
  });
});

describe('last year’s street figure', () => {
  const catalogue = sheet('指标目录', [
    ['编号', '指标', '单位', '汇总方式'],
    ['P01', '服务人次', '人次', '求和'],
  ]);
  const unit = (name: string, actual: CellValue, previous: CellValue): SheetSnapshot =>
    sheet(name, [
      ['编号', '指标', '单位', '完成值', '上年值'],
      ['P01', '', '人次', actual, previous],
    ]);

  it('is none when a unit with a figure this year gave none for last year (not 5 against 20: +300%)', () => {
    const analysis = analyseWorkbook(
      { sheets: [catalogue, unit('甲社区', 10, 5), unit('乙社区', 10, null)] },
      DEFAULT_SETTINGS,
    );
    expect(analysis.indicators[0]).toMatchObject({ actual: 20, previous: null, yoy: null });
    const info = analysis.findings.filter((f) => f.code === 'previous-incomplete');
    expect(info).toHaveLength(1);
    expect(info[0]).toMatchObject({ severity: 'info', sheet: '指标目录', cell: 'A2' });
    expect(localiseFinding(info[0], catalogueFor('zh-CN')).message).toBe(
      '指标目录!A2：指标 P01「服务人次」的上年值不全（乙社区 没有上年值），部分单位的上年合计与各单位今年的合计不可比，未计算同比。',
    );
  });

  it('is the units’ total when every unit with a figure gave one (a unit with neither does not matter)', () => {
    const analysis = analyseWorkbook(
      { sheets: [catalogue, unit('甲社区', 10, 5), unit('乙社区', 10, 7), unit('丙社区', null, null)] },
      DEFAULT_SETTINGS,
    );
    // 5 + 7 = 12 against 10 + 10 = 20: +66.7%.
    expect(analysis.indicators[0]).toMatchObject({ actual: 20, previous: 12 });
    expect(analysis.indicators[0].yoy).toBeCloseTo(8 / 12, 9);
    expect(analysis.findings.filter((f) => f.code === 'previous-incomplete')).toEqual([]);
  });
});

describe('a 完成 target', () => {
  it('takes 完成 or TRUE as the answer even when the unit is a count (项), and a number of them as done', () => {
    const analysis = analyseWorkbook(
      {
        sheets: [
          sheet('指标目录', [
            ['编号', '指标', '单位', '目标值', '汇总方式', '完成值'],
            ['D01', '老旧小区改造', '项', '完成', '不汇总', '完成'],
            ['D02', '垃圾分类', '项', '完成', '不汇总', '未完成'],
            ['D03', '消防检查', '项', '完成', '不汇总', true],
            ['D04', '加装电梯', '项', '完成', '求和', 3],
          ]),
        ],
      },
      DEFAULT_SETTINGS,
    );
    expect(analysis.indicators.map((i) => [i.id, i.status])).toEqual([
      ['D01', 'met'],
      ['D02', 'not-met'],
      ['D03', 'met'],
      ['D04', 'met'],
    ]);
    expect(analysis.findings.filter((f) => f.code === 'not-a-number')).toEqual([]);
  });

  it('still sums the units’ figures when the 汇总方式 is blank and the unit a count (2 + 3 项 done)', () => {
    const unit = (name: string, figure: CellValue): SheetSnapshot =>
      sheet(name, [
        ['编号', '指标', '单位', '完成值'],
        ['M001', '完成改造', '项', figure],
      ]);
    const analysis = analyseWorkbook(
      {
        sheets: [
          sheet('指标目录', [
            ['编号', '指标', '单位', '目标值', '汇总方式'],
            ['M001', '完成改造', '项', '完成', null],
          ]),
          unit('甲社区', 2),
          unit('乙社区', 3),
        ],
      },
      DEFAULT_SETTINGS,
    );
    expect(analysis.indicators[0]).toMatchObject({ actual: 5, status: 'met' });
    expect(analysis.findings).toEqual([]);
  });
});

describe('rules that cannot be judged', () => {
  const catalogue = sheet('指标目录', [
    ['编号', '指标', '单位', '汇总方式'],
    ['R01', '受理件数', '件', '求和'],
    ['R02', '办结件数', '件', '求和'],
    ['R03', '专项数', '件', '求和'],
  ]);
  const rules = sheet('校验规则', [
    ['规则', '级别', '说明'],
    ['R02 / (R03 - 5) < 1', '错误', ''],
    ['R03 >= R01 * 3', '错误', ''],
  ]);
  const unit = (name: string, r01: CellValue, r02: CellValue, r03: CellValue): SheetSnapshot =>
    sheet(name, [
      ['编号', '指标', '单位', '完成值'],
      ['R01', '', '件', r01],
      ['R02', '', '件', r02],
      ['R03', '', '件', r03],
    ]);

  it('says once, at the rule, where it divides by 0, rather than skip it without a word', () => {
    // 甲: R03 − 5 = 0; 乙: 2 / (20 − 5) < 1 holds and R03 20 ≥ 3 × 6 = 18 holds; street: 4 / (25 − 5) < 1 holds.
    const analysis = analyseWorkbook(
      { sheets: [catalogue, rules, unit('甲社区', 1, 2, 5), unit('乙社区', 6, 2, 20)] },
      DEFAULT_SETTINGS,
    );
    const zero = analysis.findings.filter((f) => f.code === 'rule-division-by-zero');
    expect(zero.map((f) => [f.severity, `${f.sheet}!${f.cell}`, f.params?.scopes])).toEqual([
      ['warning', '校验规则!A2', '甲社区'],
    ]);
    expect(localiseFinding(zero[0], catalogueFor('zh-CN')).message).toBe(
      '校验规则!A2：校验规则“R02 / (R03 - 5) < 1”在 甲社区 除数为 0，无法校验。',
    );
    // 甲's R03 5 ≥ 3 × 1 = 3 holds too: no rule fails anywhere.
    expect(analysis.findings.filter((f) => f.code === 'rule-failed')).toEqual([]);
  });

  it('gives a street total some units are missing from a warning that says so, not an error', () => {
    // 乙 left R03 blank: the street's R03 is 甲's 5 alone, against 3 × (1 + 6) = 21 — it may yet hold.
    const analysis = analyseWorkbook(
      { sheets: [catalogue, rules, unit('甲社区', 1, 2, 5), unit('乙社区', 6, 2, null)] },
      DEFAULT_SETTINGS,
    );
    const failed = analysis.findings.filter((f) => f.code === 'rule-failed' && f.found === 'R03 >= R01 * 3');
    expect(failed.map((f) => [f.severity, `${f.sheet}!${f.cell}`])).toEqual([
      ['warning', '指标目录!A2'],
      ['warning', '指标目录!A4'],
    ]);
    expect(localiseFinding(failed[0], catalogueFor('zh-CN')).message).toBe(
      '指标目录!A2：校验规则“R03 >= R01 * 3”不成立（街道合计（不完整，缺少的单位补齐后再核对）：R03 = 5，R01 = 7；左边 = 5，右边 = 21）。',
    );
  });
});

describe('a single sheet without a 完成值 column', () => {
  it('is said once where the column would go, not as a blank at every ID cell', () => {
    // One column per community (a layout people use): nothing here is a 完成值.
    const analysis = analyseWorkbook(
      {
        sheets: [
          sheet('指标目录', [
            ['编号', '指标', '单位', '目标值', '汇总方式', '和平社区', '光明社区'],
            ['M001', '培训场次', '场次', '≥40', '求和', 18, 15],
            ['M002', '品牌数', '个', null, '求和', 8, 7],
          ]),
        ],
      },
      DEFAULT_SETTINGS,
    );
    expect(analysis.findings.map((f) => [f.code, `${f.sheet}!${f.cell}`, f.params?.count])).toEqual([
      ['actual-column-missing', '指标目录!H1', 2],
    ]);
    expect(analysis.indicators.map((i) => [i.id, i.actual, i.status])).toEqual([
      ['M001', null, 'missing'],
      ['M002', null, 'missing'],
    ]);
  });
});

describe('a rate whose parts are written in another spelling', () => {
  it('finds them: 比率(ｃ02,c01) is 比率(C02,C01)', () => {
    const analysis = analyseWorkbook(
      {
        sheets: [
          sheet('指标目录', [
            ['编号', '指标', '单位', '汇总方式'],
            ['C01', '立案数', '件', '求和'],
            ['C02', '结案数', '件', '求和'],
            ['C03', '结案率', '%', '比率(ｃ02,c01)'],
          ]),
          sheet('甲社区', [
            ['编号', '完成值'],
            ['C01', 10],
            ['C02', 9],
          ]),
          sheet('乙社区', [
            ['编号', '完成值'],
            ['C01', 10],
            ['C02', 5],
          ]),
        ],
      },
      DEFAULT_SETTINGS,
    );
    // (9 + 5) / (10 + 10) = 70%.
    expect(analysis.indicators[2]).toMatchObject({ actual: 70, complete: true });
    expect(analysis.findings).toEqual([]);
  });
});

describe('a unit sheet without a 上年值 column', () => {
  it('is said once for the sheet, not once for each of its indicators', () => {
    const analysis = analyseWorkbook(
      {
        sheets: [
          sheet('指标目录', [
            ['编号', '指标', '单位', '汇总方式'],
            ['P01', '服务人次', '人次', '求和'],
            ['P02', '活动场次', '场次', '求和'],
          ]),
          sheet('甲社区', [
            ['编号', '完成值', '上年值'],
            ['P01', 10, 8],
            ['P02', 4, 3],
          ]),
          sheet('乙社区', [
            ['编号', '完成值'],
            ['P01', 10],
            ['P02', 4],
          ]),
        ],
      },
      DEFAULT_SETTINGS,
    );
    // Last year's street totals would be 甲's alone (8, 3) against both units' this year (20, 8): none is given.
    expect(analysis.indicators.map((i) => [i.id, i.previous, i.yoy])).toEqual([
      ['P01', null, null],
      ['P02', null, null],
    ]);
    expect(analysis.findings.map((f) => [f.severity, f.code, `${f.sheet}!${f.cell}`])).toEqual([
      ['info', 'unit-previous-column-missing', '乙社区!C1'],
    ]);
  });
});

describe('a 格式 that is no mask, on many rows', () => {
  it('is said once, at its first row, with how many indicators have it', () => {
    const analysis = analyseWorkbook(
      {
        sheets: [
          sheet('指标目录', [
            ['编号', '指标', '单位', '格式', '完成值'],
            ['F01', '培训场次', '场次', '数值', 3],
            ['F02', '参与人数', '人', '数值', 40],
            ['F03', '品牌数', '个', '数值', 2],
            ['F04', '站点', '个', '**.*.*', 5],
          ]),
        ],
      },
      DEFAULT_SETTINGS,
    );
    expect(analysis.findings.map((f) => [f.code, `${f.sheet}!${f.cell}`, f.params?.count])).toEqual([
      ['format-not-a-mask', '指标目录!D2', 3],
      ['format-malformed', '指标目录!D5', 1],
    ]);
  });
});
