import { analyseWorkbook } from '../../src/core/analyse';
import { localiseFinding } from '../../src/core/findings';
import { catalogueFor } from '../../src/core/i18n';
import type { IndicatorResult } from '../../src/core/results';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../src/core/snapshot';

const sheet = (name: string, values: CellValue[][]): SheetSnapshot => ({ name, values });

/**
 * A street with a catalogue, three communities and rules, each mistake placed by hand (see the comments for the
 * cell each one sits in). Catalogue columns: A 编号, B 板块, C 指标, D 单位, E 格式, F 目标值, G 上年值, H 汇总方式.
 */
function street(): WorkbookSnapshot {
  const catalogue = sheet('指标目录', [
    ['2022年指标目录', null, null, null, null, null, null, null], // merged title: a value, then nulls
    ['编号', '板块', '指标', '单位', '格式', '目标值', '上年值', '汇总方式'],
    ['M001', '党建', '党建知识培训', '场次', '**余', '≥30', 25, '求和'], // row 3
    ['M002', '信访', '信访积案', '件', '*', '', null, '求和'], // row 4: the total 35 has 2 digits, mask-digits E4
    ['M003', '信访', '已化解积案', '件', '**余', '', null, '求和'], // row 5: the total 30 is round, approx-not-possible E5
    ['M004', '信访', '化解率', '%', '', '≥90%', null, '比率(M003,M002)'], // row 6
    ['M005', '民生', '满意度', '%', '', '≥95%', null, '平均'], // row 7
    ['M006', '民生', '低保户数', '户', '', '≤50', null, '求和'], // row 8
    ['M007', '民生', '街道名称', '', '**街道', '', null, '一致'], // row 9
    ['M008', '经济', '补贴资金', '元', '', '争取更多', null, '求和'], // row 10: target-unparsed F10
    ['M001', '党建', '重复的编号', '场次', '', '', null, '求和'], // row 11: duplicate-id A11
  ]);
  const header = ['编号', '指标', '单位', '完成值', '上年值'];
  const heping = sheet('和平社区', [
    header,
    ['M001', '培训', '场次', 12, 10],
    ['M002', '积案', '件', 10, null],
    ['M003', '已化解', '件', 12, null], // rule M003 <= M002 fails: D4 and D3
    ['M004', '化解率', '%', 120, null], // percent-out-of-range D5
    ['M005', '满意度', '%', 96, null],
    ['M006', '低保户数', '户', -2, null], // negative-count D7
    ['M007', '街道名称', '', '和平', null],
    ['M008', '补贴资金', '元', 1000, null],
  ]);
  const guangming = sheet('光明社区', [
    header,
    ['M001', '培训', '场次', 12.5, 10], // not-integer D2
    ['M002', '积案', '件', 20, null],
    ['M003', '已化解', '件', 15, null],
    ['M004', '化解率', '%', 70, null], // rule M004 = ROUND(M003/M002*100,2) fails (75): D5, D4, D3
    ['M005', '满意度', '%', null, null], // missing-value D6
    ['M006', '低保户数', '个', 8, null], // unit-mismatch C7
    ['M007', '街道名称', '', '和平', null],
    ['M008', '补贴资金', '元', '一千', null], // not-a-number D9
    ['M099', '不在目录', '个', 10, null], // unknown-id A10
  ]);
  const xingfu = sheet('幸福社区', [
    header,
    ['M001', '培训', '场次', 30, 10], // yoy-jump (+200%) at D2; masks are checked on totals, not shares
    ['M002', '积案', '件', 5, null],
    ['M003', '已化解', '件', 3, null],
    ['M004', '化解率', '%', 60, null],
    ['M005', '满意度', '%', { error: '#N/A' }, null], // excel-error D6
    ['M007', '街道名称', '', '光明', null], // no M006 row: unit-missing-indicator at A10 (the next free row)
    ['M008', '补贴资金', '元', 123, null],
    ['M002', '积案', '件', 7, null], // duplicate-id A9 (first at A3), left out of the total
  ]);
  const rules = sheet('校验规则', [
    ['规则', '级别', '说明'],
    ['M003 <= M002', '错误', '已化解不能多于积案'],
    ['M004 = ROUND(M003 / M002 * 100, 2)', '警告', '化解率 = 已化解 / 积案'],
    ['M003 <= (M002', '错误', ''], // rule-invalid A4
    ['M005 >= M999', '错误', ''], // rule-invalid A5
  ]);
  return { source: 'street.xlsx', sheets: [catalogue, heping, guangming, xingfu, rules] };
}

function located(analysis: ReturnType<typeof analyseWorkbook>): string[] {
  return analysis.findings.map((f) => `${f.code} ${f.sheet ?? ''}!${f.cell ?? ''}`).sort();
}

function indicator(analysis: ReturnType<typeof analyseWorkbook>, id: string): IndicatorResult {
  const found = analysis.indicators.find((i) => i.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
}

describe('analyseWorkbook on a catalogue with three communities', () => {
  const analysis = analyseWorkbook(street(), DEFAULT_SETTINGS);

  it('finds the catalogue, the units in workbook order and the rules', () => {
    expect(analysis.catalogueSheet).toBe('指标目录');
    expect(analysis.units).toEqual(['和平社区', '光明社区', '幸福社区']);
    expect(analysis.indicators.map((i) => i.id)).toEqual([
      'M001',
      'M002',
      'M003',
      'M004',
      'M005',
      'M006',
      'M007',
      'M008',
    ]);
  });

  it('points every finding at the exact cell, and nothing else', () => {
    expect(located(analysis)).toEqual(
      [
        'duplicate-id 指标目录!A11',
        'target-unparsed 指标目录!F10',
        'percent-out-of-range 和平社区!D5',
        'negative-count 和平社区!D7',
        'rule-failed 和平社区!D4',
        'rule-failed 和平社区!D3',
        'not-integer 光明社区!D2',
        'missing-value 光明社区!D6',
        'unit-mismatch 光明社区!C7',
        'not-a-number 光明社区!D9',
        'unknown-id 光明社区!A10',
        'rule-failed 光明社区!D5',
        'rule-failed 光明社区!D4',
        'rule-failed 光明社区!D3',
        'approx-not-possible 指标目录!E5',
        'yoy-jump 幸福社区!D2',
        'mask-digits 指标目录!E4',
        'excel-error 幸福社区!D6',
        'duplicate-id 幸福社区!A9',
        'unit-missing-indicator 幸福社区!A10',
        // M001 leaves out 光明's 12.5 (not-integer); M005 lacks 光明 and 幸福; M006 has no valid value at all
        // (和平 −2, 光明 in 个, 幸福 no row); M008 lacks 光明 (text is not a number).
        'aggregate-incomplete 指标目录!A3',
        'aggregate-incomplete 指标目录!A7',
        'aggregate-incomplete 指标目录!A8',
        'aggregate-incomplete 指标目录!A10',
        'aggregate-disagree 指标目录!A9',
        // The street total 42 (12 + 30) against last year's 25 in the catalogue: +68%.
        'yoy-jump 指标目录!G3',
        'rule-invalid 校验规则!A4',
        'rule-invalid 校验规则!A5',
        // Built in, beside the user's own rules: 和平's 已化解 12 > 积案 10 makes its 化解率 over 100%; 光明 typed
        // 70% where its own 15 / 20 gives 75%.
        'ratio-over-100 和平社区!D4',
        'unit-ratio-mismatch 光明社区!D5',
      ].sort(),
    );
  });

  it('recomputes a rate from the summed numerator and denominator, never adding or averaging the units', () => {
    const rate = indicator(analysis, 'M004');
    // Units say 120, 70 and 60 (sum 250, mean 83.33); (12+15+3)/(10+20+5) = 85.714…% → 85.71.
    expect(rate.actual).toBe(85.71);
    // Not judged against ≥90% while 和平's pair is wrong (已化解 12 of 积案 10, ratio-over-100): 缺数.
    expect(rate).toMatchObject({ complete: false, status: 'missing', completion: null });
    expect(rate.aggregation).toEqual({ kind: 'ratio', numerator: 'M003', denominator: 'M002' });
    expect(rate.contributors?.map(({ sheet, cell }) => ({ sheet, cell }))).toEqual([
      { sheet: '和平社区', cell: 'D4' },
      { sheet: '光明社区', cell: 'D4' },
      { sheet: '幸福社区', cell: 'D4' },
      { sheet: '和平社区', cell: 'D3' },
      { sheet: '光明社区', cell: 'D3' },
      { sheet: '幸福社区', cell: 'D3' },
    ]);
    expect(rate.complete).toBe(false);
  });

  it('sums counts with provenance, excludes duplicates and rejected values, and compares with last year', () => {
    const training = indicator(analysis, 'M001');
    expect(training.actual).toBe(42); // 12 + 30: 光明's 12.5 场次 is not-integer and left out
    expect(training.complete).toBe(false);
    expect(training.missingUnits).toEqual(['光明社区']);
    expect(training.status).toBe('exceeded'); // 42 / 30 = 140%
    expect(training.completion).toBe(1.4);
    expect(training.previous).toBe(25);
    expect(training.yoy).toBe(0.68);
    expect(training.direction).toBe('higher-better');
    expect(training.definedAt).toEqual({ sheet: '指标目录', cell: 'A3' });
    expect(training.units).toEqual({
      和平社区: { sheet: '和平社区', cell: 'D2', value: 12, text: '12' },
      光明社区: { sheet: '光明社区', cell: 'D2', value: null, text: '12.5' },
      幸福社区: { sheet: '幸福社区', cell: 'D2', value: 30, text: '30' },
    });
    expect(training.contributors).toEqual([
      { sheet: '和平社区', cell: 'D2', value: 12, text: '12' },
      { sheet: '幸福社区', cell: 'D2', value: 30, text: '30' },
    ]);
    expect(indicator(analysis, 'M002').actual).toBe(35); // 10 + 20 + 5, not + 7
  });

  it('leaves missing unit values out and marks the total incomplete', () => {
    const satisfaction = indicator(analysis, 'M005');
    expect(satisfaction.actual).toBe(96);
    expect(satisfaction.complete).toBe(false);
    expect(satisfaction.missingUnits).toEqual(['光明社区', '幸福社区']);
    expect(satisfaction.units['光明社区']).toEqual({ sheet: '光明社区', cell: 'D6', value: null, text: '' });
    // 和平's −2 户 (negative-count) and 光明's 8 个 (unit-mismatch) are rejected, 幸福 has no row: no total at all,
    // so no status against ≤50 either (it used to be 6, 达标).
    const families = indicator(analysis, 'M006');
    expect(families.actual).toBeNull();
    expect(families.complete).toBe(false);
    expect(families.missingUnits).toEqual(['和平社区', '光明社区', '幸福社区']);
    expect(families.units).toEqual({
      和平社区: { sheet: '和平社区', cell: 'D7', value: null, text: '-2' },
      光明社区: { sheet: '光明社区', cell: 'D7', value: null, text: '8' },
    });
    expect(families).toMatchObject({ status: 'missing', completion: null, direction: 'lower-better' });
    const money = indicator(analysis, 'M008');
    expect(money.actual).toBe(1123);
    expect(money.status).toBe('no-target');
  });

  it('names the first occurrence of a duplicate ID', () => {
    const duplicates = analysis.findings.filter((f) => f.code === 'duplicate-id');
    expect(duplicates.map((f) => [f.sheet, f.cell, f.params?.other])).toEqual([
      ['指标目录', 'A11', 'A3'],
      ['幸福社区', 'A9', 'A3'],
    ]);
  });

  it('reports a disagreement for 一致 with every unit value, and leaves it without a total', () => {
    const name = indicator(analysis, 'M007');
    // 和平, 和平, 光明: not the first or the majority value; no figure (缺数), so the fill leaves its mask alone.
    expect(name).toMatchObject({ actual: null, actualText: '', status: 'missing', complete: false });
    const disagree = analysis.findings.find((f) => f.code === 'aggregate-disagree');
    expect(disagree?.found).toBe('和平社区=和平，光明社区=和平，幸福社区=光明');
  });

  it('counts statuses and findings', () => {
    expect(analysis.counts).toEqual({ total: 8, met: 0, notMet: 0, exceeded: 1, noTarget: 3, missing: 4 });
    // M004 not met; M001 exceeded (12 + 30 ≥ 1.2 × 20 already, whatever 光明's rejected 12.5 turns out to be);
    // M002, M003, M008 have no target; M006 (every value rejected) and M007 (units disagree) have no total; M005's
    // mean 96 is 和平's alone (光明 blank, 幸福 #N/A), so ≥95% is not judged yet.
    expect(analysis.findingCounts).toEqual({ error: 17, warning: 13, info: 0 });
    expect(analysis.findings[0].severity).toBe('error');
    expect(analysis.findings[analysis.findings.length - 1].severity).toBe('warning');
  });

  it('gives failed rules the values, the rule severity and its description', () => {
    const failed = analysis.findings.filter((f) => f.code === 'rule-failed' && f.sheet === '光明社区');
    expect(failed.map((f) => f.severity)).toEqual(['warning', 'warning', 'warning']);
    const message = localiseFinding(failed[0], catalogueFor('zh-CN'));
    expect(message.message).toBe(
      '光明社区!D3：校验规则“M004 = ROUND(M003 / M002 * 100, 2)”不成立（M004 = 70，M003 = 15，M002 = 20；左边 = 70，右边 = 75）。',
    );
    expect(message.hint).toBe('化解率 = 已化解 / 积案');
    // Details inside params are written in the analysis language, so English needs an English analysis.
    const english = analyseWorkbook(street(), { ...DEFAULT_SETTINGS, lang: 'en-US' });
    const invalid = english.findings.find((f) => f.code === 'rule-invalid' && f.cell === 'A5');
    expect(localiseFinding(invalid!, catalogueFor('en-US')).message).toBe(
      '校验规则!A5: the rule “M005 >= M999” cannot be read: the ID M999 is not an indicator.',
    );
  });

  it('writes messages in English with --lang en', () => {
    const english = analyseWorkbook(street(), { ...DEFAULT_SETTINGS, lang: 'en-US' });
    const notNumber = english.findings.find((f) => f.code === 'not-a-number');
    expect(localiseFinding(notNumber!, catalogueFor('en-US')).message).toBe(
      '光明社区!D9: the actual value “一千” of indicator M008 “补贴资金” is not a number; expected a number.',
    );
  });
});

describe('analyseWorkbook on other layouts', () => {
  it('validates a single sheet as it is: English headers under a title, extra spaces, unknown columns', () => {
    const single = sheet('Indicators', [
      ['2022 indicators'],
      [],
      [' ID ', 'Indicator', 'Unit\n', 'Format', 'Target', 'Actual', 'Previous', 'Reviewer'],
      ['M001', 'Training sessions', '场次', '**余', '≥30', 35, 20, 'Li'],
      ['M002', 'Satisfaction', '%', '**.*', '≥ 95%', '98.5%', null, 'Wang'],
      ['M003', 'Petitions', '件', '*', '≤3', 5, null, null],
      ['M004', 'Street', '', '**街道', '', '和平', null, null],
      ['M005', 'Rate', '%', '', '', { error: '#DIV/0!' }, null, null],
    ]);
    const analysis = analyseWorkbook({ sheets: [single] }, DEFAULT_SETTINGS);
    expect(analysis.units).toEqual([]);
    expect(analysis.catalogueSheet).toBeNull();
    const byId = new Map(analysis.indicators.map((i) => [i.id, i]));
    expect(byId.get('M001')).toMatchObject({
      actual: 35,
      status: 'met',
      previous: 20,
      yoy: 0.75,
      complete: true,
    });
    expect(byId.get('M001')?.definedAt).toEqual({ sheet: 'Indicators', cell: 'A4' });
    expect(byId.get('M002')).toMatchObject({ actual: 98.5, status: 'met' });
    expect(byId.get('M003')).toMatchObject({
      actual: 5,
      status: 'not-met',
      completion: 0.6,
      direction: 'lower-better',
    });
    expect(byId.get('M004')).toMatchObject({
      actual: null,
      actualText: '和平',
      status: 'no-target',
      complete: true,
    });
    expect(byId.get('M005')).toMatchObject({ actual: null, status: 'missing', complete: false });
    expect(located(analysis)).toEqual(
      [
        'yoy-jump Indicators!F4', // 35 against 20: +75%
        'target-not-met Indicators!F6',
        'excel-error Indicators!F8',
      ].sort(),
    );
  });

  it('takes the first sheet’s definitions without a catalogue, and reads sheets with only 编号 and 完成值', () => {
    const first = sheet('东区', [
      ['编号', '指标', '单位', '目标值', '完成值'],
      ['A1', '活动', '场次', '10', 4],
      ['A2', '人数', '人', '', 30],
    ]);
    const second = sheet('西区', [
      ['编号', '完成值'],
      ['A1', 7],
      ['A2', 25],
    ]);
    const analysis = analyseWorkbook({ sheets: [first, second] }, DEFAULT_SETTINGS);
    expect(analysis.units).toEqual(['东区', '西区']);
    expect(analysis.indicators.map((i) => [i.id, i.actual, i.status])).toEqual([
      ['A1', 11, 'met'],
      ['A2', 55, 'no-target'],
    ]);
    expect(analysis.findings).toEqual([]);
  });

  it('evaluates rules on the totals and points at the catalogue cells', () => {
    const catalogue = sheet('指标目录', [
      ['编号', '指标', '单位', '汇总方式'],
      ['X1', '受理', '件', '求和'],
      ['X2', '办结', '件', '求和'],
    ]);
    const a = sheet('甲', [
      ['编号', '完成值'],
      ['X1', 5],
      ['X2', 5],
    ]);
    const b = sheet('乙', [
      ['编号', '完成值'],
      ['X1', 5],
      ['X2', 4],
    ]);
    // Each unit passes X2 <= X1 + 0 but the rule on the totals (9 = 10) fails.
    const rules = sheet('校验规则', [
      ['说明', '规则', '级别'],
      ['均办结', 'X2 = X1', '提示'],
    ]);
    const analysis = analyseWorkbook({ sheets: [catalogue, a, b, rules] }, DEFAULT_SETTINGS);
    expect(located(analysis)).toEqual([
      'rule-failed 乙!B2',
      'rule-failed 乙!B3',
      'rule-failed 指标目录!A2',
      'rule-failed 指标目录!A3',
    ]);
    const total = analysis.findings.find((f) => f.sheet === '指标目录');
    expect(total?.severity).toBe('info');
    expect(total?.params?.detail).toBe('街道合计：X2 = 9，X1 = 10');
  });

  it('takes 不汇总 figures from the catalogue and 最大 from the largest unit', () => {
    const catalogue = sheet('指标目录', [
      ['编号', '指标', '单位', '汇总方式', '完成值'],
      ['S1', '商会会员企业', '家', '不汇总', 46],
      ['S2', '核酸检测轮次', '次', '最大', null],
      ['S3', '街道名称', '', '不汇总', null], // no figure: missing-value at E4
    ]);
    const a = sheet('甲', [
      ['编号', '完成值'],
      ['S2', 36],
    ]);
    const b = sheet('乙', [
      ['编号', '完成值'],
      ['S2', 35],
    ]);
    const analysis = analyseWorkbook({ sheets: [catalogue, a, b] }, DEFAULT_SETTINGS);
    expect(analysis.indicators.map((i) => [i.id, i.actual, i.complete])).toEqual([
      ['S1', 46, true],
      ['S2', 36, true],
      ['S3', null, false],
    ]);
    expect(indicator(analysis, 'S1').contributors).toEqual([{ sheet: '指标目录', cell: 'E2' }]);
    expect(located(analysis)).toEqual(['missing-value 指标目录!E4']);
  });

  it('reads a typed 95% (stored as 0.95 in a percent-formatted cell) in targets and values alike', () => {
    const single: SheetSnapshot = {
      name: '指标',
      values: [
        ['编号', '指标', '单位', '目标值', '完成值'],
        ['M001', '满意度', '%', 0.95, 0.9858],
        ['M002', '覆盖率', '%', 0.95, 0.9],
      ],
      numberFormats: [[], [null, null, null, '0%', '0.00%'], [null, null, null, '0%', '0%']],
    };
    const analysis = analyseWorkbook({ sheets: [single] }, DEFAULT_SETTINGS);
    expect(indicator(analysis, 'M001')).toMatchObject({ actual: 98.58, status: 'met' });
    expect(indicator(analysis, 'M001').target).toMatchObject({ kind: 'at-least', min: 95, percent: true });
    expect(indicator(analysis, 'M002')).toMatchObject({ actual: 90, status: 'not-met' });
  });

  it('evaluates rules once on a single sheet, at the 完成值 cells of the IDs', () => {
    const single = sheet('指标', [
      ['编号', '指标', '单位', '完成值'],
      ['M069', '低保户数', '户', 52],
      ['M070', '低保人数', '人', 48],
      ['M071', '空着', '人', null],
    ]);
    const rules = sheet('校验规则', [
      ['规则', '级别', '说明'],
      ['M070 >= M069', '错误', '低保人数不少于低保户数'],
      ['M071 >= 0', '错误', ''], // M071 is blank: the rule cannot be evaluated, so it does not fail
    ]);
    const analysis = analyseWorkbook({ sheets: [single, rules] }, DEFAULT_SETTINGS);
    expect(located(analysis)).toEqual([
      'missing-value 指标!D4',
      'rule-failed 指标!D2',
      'rule-failed 指标!D3',
    ]);
    const failed = analysis.findings.find((f) => f.code === 'rule-failed');
    expect(failed?.params?.detail).toBe('M070 = 48，M069 = 52');
  });

  it('reads an English catalogue and English unit sheets', () => {
    const catalogue = sheet('Catalogue', [
      ['ID', 'Section', 'Indicator', 'Unit', 'Format', 'Target', 'Aggregation', 'Owner', 'Note'],
      ['P1', 'Petitions', 'Backlog cases', '件', '**', '', 'sum', 'Office', ''],
      ['P2', 'Petitions', 'Resolved cases', '件', '**', '', 'Sum', 'Office', ''],
      ['P3', 'Petitions', 'Resolution rate', '%', '**.**', '>= 90%', 'ratio(P2, P1)', 'Office', ''],
    ]);
    const east = sheet('East', [
      ['ID', 'Indicator', 'Actual'],
      ['P1', 'Backlog', 12],
      ['P2', 'Resolved', 11],
      ['P3', 'Rate', 91.67],
    ]);
    const west = sheet('West', [
      ['ID', 'Indicator', 'Actual'],
      ['P1', 'Backlog', 10],
      ['P2', 'Resolved', 8],
      ['P3', 'Rate', 80],
    ]);
    const analysis = analyseWorkbook({ sheets: [catalogue, east, west] }, DEFAULT_SETTINGS);
    expect(analysis.catalogueSheet).toBe('Catalogue');
    expect(analysis.units).toEqual(['East', 'West']);
    // (11 + 8) / (12 + 10) = 86.36%; the unit rates would average 85.84.
    expect(indicator(analysis, 'P3')).toMatchObject({ actual: 86.36, status: 'not-met', owner: 'Office' });
    expect(located(analysis)).toEqual(['target-not-met Catalogue!F4']);
  });

  it('says so when there is no indicator sheet', () => {
    const analysis = analyseWorkbook({ sheets: [sheet('Sheet1', [['hello']])] }, DEFAULT_SETTINGS);
    expect(analysis.findings.map((f) => f.code)).toEqual(['no-indicator-sheet']);
    expect(analysis.indicators).toEqual([]);
  });
});

describe('analyseWorkbook after the user trial: nothing is computed from a value known to be wrong', () => {
  /**
   * Catalogue columns: A 编号, B 指标, C 单位, D 格式, E 目标值, F 汇总方式 (rows 2–10). Unit sheets: A 编号, B 指标,
   * C 单位, D 完成值, the same IDs in rows 2–10.
   */
  function trialStreet(): WorkbookSnapshot {
    const catalogue = sheet('指标目录', [
      ['编号', '指标', '单位', '格式', '目标值', '汇总方式'],
      ['T1', '境外返回人数', '人', '', '', '求和'], // row 2
      ['T2', '返回人员人数', '人', '', '', '求和'], // row 3
      ['T3', '入企帮扶次数', '次', '', '≥50', '求和'], // row 4
      ['T4', '七色光群防群治队伍', '', '*+N', '', '一致'], // row 5
      ['T5', '满意度', '%', '', '', ''], // row 6: no 汇总方式 for a rate
      ['T6', '覆盖率', '%', '', '', ''], // row 7
      ['T7', '平均满意度', '%', '', '', '平均'], // row 8
      ['T8', '参检人次', '人次', '**万余', '', '求和'], // row 9
      ['T9', '参检人次（万）', '万人次', '**.*万', '', '求和'], // row 10
    ]);
    const unit = (name: string, values: CellValue[], t3Unit = '次'): SheetSnapshot =>
      sheet(name, [
        ['编号', '指标', '单位', '完成值'],
        ['T1', '境外返回人数', '人', values[0]],
        ['T2', '返回人员人数', '人', values[1]],
        ['T3', '入企帮扶次数', t3Unit, values[2]],
        ['T4', '七色光群防群治队伍', '', values[3]],
        ['T5', '满意度', '%', values[4]],
        ['T6', '覆盖率', '%', values[5]],
        ['T7', '平均满意度', '%', values[6]],
        ['T8', '参检人次', '人次', values[7]],
        ['T9', '参检人次（万）', '万人次', values[8]],
      ]);
    return {
      source: 'trial.xlsx',
      sheets: [
        catalogue,
        unit('和平社区', [-3, 1234, 20, '7+N', 95, 100, 95, '12.3万', '12.3万']), // D2: −3 people
        unit('光明社区', [8, 986.5, 18, '7+N', 90, 100, 90, 5000, 5.5], '人次'), // D3: 986.5 people; C4: 人次
        unit('幸福社区', [9, 1105, 16, '6+N', 95, 100, 95, '1万', 10]),
      ],
    };
  }
  const analysis = analyseWorkbook(trialStreet(), DEFAULT_SETTINGS);

  it('points at exactly these cells', () => {
    expect(located(analysis)).toEqual(
      [
        'negative-count 和平社区!D2',
        'not-integer 光明社区!D3',
        'unit-mismatch 光明社区!C4',
        'aggregate-incomplete 指标目录!A2',
        'aggregate-incomplete 指标目录!A3',
        'aggregate-incomplete 指标目录!A4',
        'aggregate-disagree 指标目录!A5',
        'aggregation-rate-needs-ratio 指标目录!F6',
      ].sort(),
    );
  });

  it('leaves a negative count, a fractional count and a value in another unit out of the total', () => {
    // −3 + 8 + 9 used to give 14, complete; now 8 + 9.
    expect(indicator(analysis, 'T1')).toMatchObject({
      actual: 17,
      complete: false,
      missingUnits: ['和平社区'],
    });
    expect(indicator(analysis, 'T1').units['和平社区']).toEqual({
      sheet: '和平社区',
      cell: 'D2',
      value: null,
      text: '-3',
    });
    // 1234 + 1105, not 3325.5 people.
    expect(indicator(analysis, 'T2')).toMatchObject({
      actual: 2339,
      complete: false,
      missingUnits: ['光明社区'],
    });
    // 20 + 16: 光明's 18 is in 人次, the catalogue says 次. 36 is short of ≥50, but 光明's figure could make up the
    // 14 (its 18 would): no verdict until it is in.
    expect(indicator(analysis, 'T3')).toMatchObject({
      actual: 36,
      complete: false,
      missingUnits: ['光明社区'],
      status: 'missing',
      completion: null,
    });
    expect(indicator(analysis, 'T3').contributors).toEqual([
      { sheet: '和平社区', cell: 'D4', value: 20, text: '20' },
      { sheet: '幸福社区', cell: 'D4', value: 16, text: '16' },
    ]);
  });

  it('gives 一致 no value when the units disagree', () => {
    expect(indicator(analysis, 'T4')).toMatchObject({
      actual: null,
      actualText: '',
      status: 'missing',
      complete: false,
    });
    const disagree = analysis.findings.find((f) => f.code === 'aggregate-disagree');
    expect(disagree).toMatchObject({ severity: 'error', found: '和平社区=7+N，光明社区=7+N，幸福社区=6+N' });
  });

  it('never averages a rate without 比率(分子,分母): no total when units differ, with a warning', () => {
    expect(indicator(analysis, 'T5')).toMatchObject({ actual: null, status: 'missing', complete: false });
    const warning = analysis.findings.find((f) => f.code === 'aggregation-rate-needs-ratio');
    expect(warning).toMatchObject({ severity: 'warning', found: '和平社区=95，光明社区=90，幸福社区=95' });
    expect(localiseFinding(warning!, catalogueFor('zh-CN')).message).toBe(
      '指标目录!F6：指标 T5「满意度」是比率，各单位的值不同（和平社区=95，光明社区=90，幸福社区=95），比率不能相加或平均，未计算合计。',
    );
    // All units agree: that is the street's rate too.
    expect(indicator(analysis, 'T6')).toMatchObject({ actual: 100, complete: true, status: 'no-target' });
    // Asked for, an average is an average: (95 + 90 + 95) / 3.
    expect(indicator(analysis, 'T7').actual).toBeCloseTo(93.333333, 5);
    expect(indicator(analysis, 'T7').complete).toBe(true);
  });

  it('reads 12.3万 as 123000 in a 人次 row and as 12.3 in a 万人次 row', () => {
    // 123000 + 5000 + 10000; no not-integer, and the mask **万余 shows 13万余 (two digits).
    expect(indicator(analysis, 'T8')).toMatchObject({ actual: 138000, complete: true });
    expect(indicator(analysis, 'T8').units['和平社区'].value).toBe(123000);
    // 12.3 + 5.5 + 10.
    expect(indicator(analysis, 'T9')).toMatchObject({ actual: 27.8, complete: true });
  });

  it('gives an invalid single-sheet value no status: −5 against ≤3 is 缺数, not 达标', () => {
    const single = sheet('指标', [
      ['编号', '指标', '单位', '目标值', '完成值'],
      ['M003', '红色驿站功能升级数', '个', '≤3', -5], // negative-count E2
      ['M004', '满意度', '%', '≥95%', 120], // percent-out-of-range E3
    ]);
    const result = analyseWorkbook({ sheets: [single] }, DEFAULT_SETTINGS);
    expect(located(result)).toEqual(['negative-count 指标!E2', 'percent-out-of-range 指标!E3']);
    expect(indicator(result, 'M003')).toMatchObject({
      actual: null,
      actualText: '-5',
      status: 'missing',
      completion: null,
      complete: false,
    });
    expect(indicator(result, 'M004')).toMatchObject({ actual: null, status: 'missing', completion: null });
    expect(result.counts).toMatchObject({ met: 0, missing: 2 });
  });

  it('does not scale text in a percent-formatted cell, and shows a percent cell as the user sees it', () => {
    const single: SheetSnapshot = {
      name: '指标',
      values: [
        ['编号', '指标', '单位', '目标值', '完成值'],
        ['M001', '覆盖率', '%', '≥90%', '95'], // text 95 in a 0.0% cell: 95, not 9500
        ['M002', '满意度', '%', '≥99%', 0.9858], // the number 0.9858 in a 0.00% cell: 98.58
      ],
      numberFormats: [[], [null, null, null, null, '0.0%'], [null, null, null, null, '0.00%']],
    };
    const result = analyseWorkbook({ sheets: [single] }, DEFAULT_SETTINGS);
    expect(indicator(result, 'M001')).toMatchObject({ actual: 95, status: 'met' });
    expect(indicator(result, 'M002')).toMatchObject({
      actual: 98.58,
      actualText: '98.58%',
      status: 'not-met',
    });
    expect(located(result)).toEqual(['target-not-met 指标!E3']);
    const notMet = result.findings.find((f) => f.code === 'target-not-met');
    expect(localiseFinding(notMet!, catalogueFor('zh-CN')).message).toBe(
      '指标!E3：指标 M002「满意度」完成值 98.58%，不符合目标 ≥99%。',
    );
  });

  it('says a formula was never calculated instead of calling the cell blank', () => {
    const catalogue = sheet('指标目录', [
      ['编号', '指标', '单位', '汇总方式'],
      ['F1', '居民登记数', '个', '求和'],
    ]);
    const a: SheetSnapshot = {
      name: '甲',
      values: [
        ['编号', '完成值'],
        ['F1', null],
      ],
      formulas: [[], [null, '=SUM(E2:E9)']],
    };
    const b = sheet('乙', [
      ['编号', '完成值'],
      ['F1', 7],
    ]);
    const street = analyseWorkbook({ sheets: [catalogue, a, b] }, DEFAULT_SETTINGS);
    expect(located(street)).toEqual(['aggregate-incomplete 指标目录!A2', 'formula-not-calculated 甲!B2']);
    expect(indicator(street, 'F1')).toMatchObject({ actual: 7, complete: false, missingUnits: ['甲'] });
    const finding = street.findings.find((f) => f.code === 'formula-not-calculated');
    const zh = localiseFinding(finding!, catalogueFor('zh-CN'));
    expect(zh.message).toBe('甲!B2：指标 F1「居民登记数」的单元格有公式但没有计算结果。');
    expect(zh.hint).toBe('请在 Excel 中打开并保存一次（文件由程序生成时公式尚未计算），然后重新校验。');
    // A single sheet, and a blank cell without a formula, stay as they were.
    const single: SheetSnapshot = {
      name: '指标',
      values: [
        ['编号', '指标', '单位', '完成值'],
        ['M001', '登记数', '个', null],
        ['M002', '简历数', '个', null],
      ],
      formulas: [[], [null, null, null, '=B9*2'], []],
    };
    expect(located(analyseWorkbook({ sheets: [single] }, DEFAULT_SETTINGS))).toEqual([
      'formula-not-calculated 指标!D2',
      'missing-value 指标!D3',
    ]);
  });
});

describe('analyseWorkbook: the report’s masks against the figures it will print', () => {
  // Catalogue columns: A 编号, B 指标, C 单位, D 格式, E 汇总方式.
  const catalogue = sheet('指标目录', [
    ['编号', '指标', '单位', '格式', '汇总方式'],
    ['K1', '资金', '万元', '**', '求和'], // row 2: 5.25 + 7.25 = 12.5, one decimal `**` cannot show
    ['K2', '投资', '元', '*亿', '求和'], // row 3: 150000000 + 200000000 = 3.5亿, one decimal `*亿` cannot show
    ['K3', '访问量', '人次', '**万余', '求和'], // row 4: 60000 + 65000 = 12.5万, and 余 says so: fine
    ['K4', '金额', '万元', '**.*', '求和'], // row 5: 11.25 + 2.25 = 13.5: fits
    ['K5', '场地', '个', 'abc', '求和'], // row 6: format-not-a-mask at D6
    ['K6', '站点', '个', '**.*.*', '求和'], // row 7: format-malformed at D7 (and no mask-digits for 123)
    ['K7', '满意度', '%', '**.*%', '平均'], // row 8: mean(96, 97.25) = 96.625, arithmetic the mask rounds: fine
  ]);
  const unit = (name: string, values: number[]) =>
    sheet(name, [['编号', '完成值'], ...values.map((v, k): CellValue[] => [`K${k + 1}`, v])]);

  it('warns at the 格式 cell when the street total has more decimals than the mask, never on a unit’s share', () => {
    const street = analyseWorkbook(
      {
        sheets: [
          catalogue,
          unit('甲', [5.25, 150000000, 60000, 11.25, 1, 100, 96]),
          unit('乙', [7.25, 200000000, 65000, 2.25, 2, 23, 97.25]),
        ],
      },
      DEFAULT_SETTINGS,
    );
    expect(located(street)).toEqual([
      'format-malformed 指标目录!D7',
      'format-not-a-mask 指标目录!D6',
      'mask-decimals 指标目录!D2',
      'mask-decimals 指标目录!D3',
    ]);
    expect(indicator(street, 'K7').actual).toBe(96.625);
    const zh = catalogueFor('zh-CN');
    const messages = street.findings
      .filter((f) => f.code === 'mask-decimals')
      .map((f) => localiseFinding(f, zh).message);
    expect(messages).toEqual([
      '指标目录!D2：指标 K1「资金」的值 12.5 有 1 位小数，多于格式 ** 的 0 位，报告中将写作 13。',
      '指标目录!D3：指标 K2「投资」的值 3.5亿 有 1 位小数，多于格式 *亿 的 0 位，报告中将写作 4亿。',
    ]);
    const malformed = street.findings.find((f) => f.code === 'format-malformed');
    expect(localiseFinding(malformed!, catalogueFor('en-US')).message).toBe(
      '指标目录!D7: the format “**.*.*” of indicator K6 “站点” is not a readable mask (a second decimal point, or several runs of stars), so its figures are not checked against it (indicators with this format: 1).',
    );
  });

  it('warns at the 完成值 cell of a single sheet', () => {
    const single = sheet('指标', [
      ['编号', '指标', '单位', '格式', '完成值'],
      ['K1', '资金', '万元', '*.*', 0.05], // row 2: 0.05 → 0.1
      ['K2', '满意率', '%', '**.**%', 86.4], // row 3: fits
    ]);
    expect(located(analyseWorkbook({ sheets: [single] }, DEFAULT_SETTINGS))).toEqual([
      'mask-decimals 指标!E2',
    ]);
  });
});

describe('analyseWorkbook: a 目标值 formula nobody calculated', () => {
  // Catalogue columns: A 编号, B 指标, C 单位, D 目标值, E 汇总方式; the file was written by a program, so the
  // formulas in D2 and D3 have no cached result, and D4's has one.
  const catalogue: SheetSnapshot = {
    name: '指标目录',
    values: [
      ['编号', '指标', '单位', '目标值', '汇总方式'],
      ['T1', '培训场次', '场次', null, '求和'],
      ['T2', '满意度', '%', null, '平均'],
      ['T3', '走访户数', '户', 40, '求和'],
      ['T4', '志愿者', '人', null, '求和'],
    ],
    formulas: [[], [null, null, null, '=20*2'], [null, null, null, '=100%'], [null, null, null, '=20*2'], []],
  };
  const unit = sheet('甲', [
    ['编号', '完成值'],
    ['T1', 45],
    ['T2', 96],
    ['T3', 41],
    ['T4', 7],
  ]);

  it('says so at the 目标值 cell, and leaves the indicator without a target', () => {
    const street = analyseWorkbook({ sheets: [catalogue, unit] }, DEFAULT_SETTINGS);
    expect(located(street)).toEqual([
      'target-formula-not-calculated 指标目录!D2',
      'target-formula-not-calculated 指标目录!D3',
    ]);
    // T3's formula has its result (40), met by 41; T4 has no target and no formula: nothing to say.
    expect(['T1', 'T2', 'T3', 'T4'].map((id) => indicator(street, id).status)).toEqual([
      'no-target',
      'no-target',
      'met',
      'no-target',
    ]);
    const finding = street.findings.find((f) => f.cell === 'D3');
    expect(localiseFinding(finding!, catalogueFor('zh-CN')).message).toBe(
      '指标目录!D3：指标 T2「满意度」的目标值是公式 =100%，但没有计算结果，按无目标处理。',
    );
    expect(localiseFinding(finding!, catalogueFor('en-US')).message).toBe(
      '指标目录!D3: the target of indicator T2 “满意度” is the formula =100% with no calculated result, so the indicator has no target.',
    );
  });

  it('says so on a single sheet too', () => {
    const single: SheetSnapshot = {
      name: '指标',
      values: [
        ['编号', '指标', '单位', '目标值', '完成值'],
        ['U14', '目标公式', '个', null, 3],
      ],
      formulas: [[], [null, null, null, '=20*2', null]],
    };
    const result = analyseWorkbook({ sheets: [single] }, DEFAULT_SETTINGS);
    expect(located(result)).toEqual(['target-formula-not-calculated 指标!D2']);
    expect(indicator(result, 'U14').status).toBe('no-target');
  });
});
