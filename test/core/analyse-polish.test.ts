/**
 * Gaps a review of the messages found: approximate figures (`约30`) read as exact, rules on text indicators skipped
 * silently, and absurd year-on-year changes printed in full. Expected figures are worked out by hand in the comments.
 */
import { analyseWorkbook } from '../../src/core/analyse';
import { localiseFinding, type Finding } from '../../src/core/findings';
import { catalogueFor } from '../../src/core/i18n';
import { parseUserNumber } from '../../src/core/parse-number';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { CellValue, SheetSnapshot } from '../../src/core/snapshot';

const sheet = (name: string, values: CellValue[][]): SheetSnapshot => ({ name, values });
const HEADER = ['编号', '指标', '单位', '完成值'];
const catalogue = sheet('指标目录', [
  ['编号', '指标', '单位', '目标值', '汇总方式'],
  ['M001', '志愿服务', '人次', null, '求和'],
  ['M002', '满意度', '%', null, '平均'],
]);
const unit = (name: string, m001: CellValue, m002: CellValue): SheetSnapshot =>
  sheet(name, [HEADER, ['M001', '志愿服务', '人次', m001], ['M002', '满意度', '%', m002]]);
const only = (findings: readonly Finding[], code: Finding['code']): Finding[] =>
  findings.filter((f) => f.code === code);

describe('parseUserNumber and approximation words', () => {
  it('reads past a leading 约/近/大约/超过/逾 and names the word', () => {
    expect(parseUserNumber('约30')).toEqual({
      ok: true,
      value: 30,
      percent: false,
      trailingText: '',
      approxWord: '约',
    });
    expect(parseUserNumber('大约 1,200人')).toMatchObject({
      value: 1200,
      trailingText: '人',
      approxWord: '大约',
    });
    expect(parseUserNumber('超过95%')).toMatchObject({ value: 95, percent: true, approxWord: '超过' });
    expect(parseUserNumber('逾12.3万')).toMatchObject({ value: 123000, scaleWord: '万', approxWord: '逾' });
    // Full width, as a Chinese IME types it.
    expect(parseUserNumber('近　１５')).toMatchObject({ value: 15, approxWord: '近' });
  });

  it('has no approxWord for a plain number, plain numeric text or other words', () => {
    expect(parseUserNumber(30)).toEqual({ ok: true, value: 30, percent: false, trailingText: '' });
    expect(parseUserNumber('30')).toEqual({ ok: true, value: 30, percent: false, trailingText: '' });
    expect(parseUserNumber('30个')).toEqual({ ok: true, value: 30, percent: false, trailingText: '个' });
    expect(parseUserNumber('１２.５万')).not.toHaveProperty('approxWord');
    expect(parseUserNumber('约三十')).toMatchObject({ ok: false, reason: 'not-a-number', found: '约三十' });
  });
});

describe('approx-value', () => {
  it('warns at a unit sheet’s cell and still counts the figure in the total', () => {
    const analysis = analyseWorkbook(
      { sheets: [catalogue, unit('和平社区', '约30', 98), unit('光明社区', 15, 97)] },
      DEFAULT_SETTINGS,
    );
    // 30 + 15: the approximate 30 is counted.
    expect(analysis.indicators[0].actual).toBe(45);
    expect(analysis.indicators[0].complete).toBe(true);
    const warned = only(analysis.findings, 'approx-value');
    expect(warned).toEqual([
      {
        severity: 'warning',
        code: 'approx-value',
        sheet: '和平社区',
        cell: 'D2',
        indicator: { id: 'M001', name: '志愿服务' },
        found: '约30',
        expected: '准确数字',
        params: { unit: '人次', value: 30, word: '约' },
      },
    ]);
    expect(analysis.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const zh = localiseFinding(warned[0], catalogueFor('zh-CN'));
    expect(zh.message).toBe(
      '和平社区!D2：指标 M001「志愿服务」的完成值“约30”是约数，已按 30 计入，应为准确数字。',
    );
    expect(zh.hint).toBe('去掉“约”，填写准确数字；确实只有估计数时，请在备注中说明。');
  });

  it('says so in English, with the value in the indicator’s unit', () => {
    const analysis = analyseWorkbook(
      { sheets: [catalogue, unit('和平社区', 20, '超过 95%'), unit('光明社区', 15, 97)] },
      { ...DEFAULT_SETTINGS, lang: 'en-US' },
    );
    // (95 + 97) / 2
    expect(analysis.indicators[1].actual).toBe(96);
    const warned = only(analysis.findings, 'approx-value');
    expect(warned.map((f) => `${f.sheet}!${f.cell} ${f.found} ${f.expected}`)).toEqual([
      '和平社区!D3 超过 95% an exact figure',
    ]);
    const en = localiseFinding(warned[0], catalogueFor('en-US'));
    expect(en.message).toBe(
      '和平社区!D3: the actual value “超过 95%” of indicator M002 “满意度” is approximate and was counted as 95; expected an exact figure.',
    );
    expect(en.hint).toBe(
      'Drop “超过” and enter the exact figure; if only an estimate exists, say so in the notes.',
    );
  });

  it('warns on a single sheet too, at its 完成值 cell', () => {
    const single = sheet('指标', [
      ['编号', '指标', '单位', '目标值', '完成值'],
      ['M001', '培训', '场次', '≥12', '近12'],
      ['M002', '人数', '人', '', 40],
    ]);
    // 12 against ≥12: met (exceeded starts at 1.2 × 12 = 14.4).
    const analysis = analyseWorkbook({ sheets: [single] }, DEFAULT_SETTINGS);
    expect(analysis.indicators.map((i) => [i.id, i.actual, i.status])).toEqual([
      ['M001', 12, 'met'],
      ['M002', 40, 'no-target'],
    ]);
    expect(analysis.findings.map((f) => `${f.code} ${f.sheet}!${f.cell} ${f.found} ${f.expected}`)).toEqual([
      'approx-value 指标!E2 近12 准确数字',
    ]);
  });

  it('says nothing for exact figures, numbers stored as text included', () => {
    const analysis = analyseWorkbook(
      { sheets: [catalogue, unit('和平社区', '30', '98%'), unit('光明社区', 15, 97)] },
      DEFAULT_SETTINGS,
    );
    expect(analysis.findings).toEqual([]);
  });
});

describe('rule-text-indicator', () => {
  // M002 and M003 have no unit and no numeric target (blank, 完成): text indicators, never totalled.
  const textCatalogue = sheet('指标目录', [
    ['编号', '指标', '单位', '目标值', '汇总方式'],
    ['M001', '活动', '个', null, '求和'],
    ['M002', '街道名称', null, null, null],
    ['M003', '网格化任务', null, '完成', null],
  ]);
  const community = (name: string, m001: number): SheetSnapshot =>
    sheet(name, [
      HEADER,
      ['M001', '活动', '个', m001],
      ['M002', '街道名称', null, '新华'],
      ['M003', '网格化任务', null, '完成'],
    ]);
  const rules = sheet('校验规则', [
    ['规则', '说明'],
    ['M001 >= 0', ''],
    ['M002 = M003', ''],
    ['m001 <= M003 + 1', ''],
  ]);

  it('is said once per rule, at the rule’s cell, naming the text IDs, not once per unit', () => {
    const analysis = analyseWorkbook(
      { sheets: [textCatalogue, community('和平社区', 5), community('光明社区', 7), rules] },
      DEFAULT_SETTINGS,
    );
    const warned = only(analysis.findings, 'rule-text-indicator');
    expect(warned).toEqual([
      {
        severity: 'warning',
        code: 'rule-text-indicator',
        sheet: '校验规则',
        cell: 'A3',
        found: 'M002 = M003',
        params: { rule: 'M002 = M003', ids: 'M002、M003' },
      },
      {
        severity: 'warning',
        code: 'rule-text-indicator',
        sheet: '校验规则',
        cell: 'A4',
        found: 'm001 <= M003 + 1',
        params: { rule: 'm001 <= M003 + 1', ids: 'M003' },
      },
    ]);
    expect(localiseFinding(warned[0], catalogueFor('zh-CN')).message).toBe(
      '校验规则!A3：校验规则“M002 = M003”用到的 M002、M003 是文字指标（没有单位，目标值也不是数字）：其值不一定是数字，也不汇总，这条规则可能始终无法校验。',
    );
    expect(localiseFinding(warned[1], catalogueFor('zh-CN')).hint).toBe(
      '如果 M003 是数值，请为其填写单位；如果确实是文字（如名称、编号），请删除这条规则或改用其他指标。',
    );
    // Nothing else: the numeric rule holds (5 >= 0, 7 >= 0) and no rule is invalid.
    expect(analysis.findings.map((f) => f.code)).toEqual(['rule-text-indicator', 'rule-text-indicator']);
  });

  it('names the IDs with the English separator in English', () => {
    const analysis = analyseWorkbook(
      { sheets: [textCatalogue, community('和平社区', 5), community('光明社区', 7), rules] },
      { ...DEFAULT_SETTINGS, lang: 'en-US' },
    );
    const warned = only(analysis.findings, 'rule-text-indicator');
    expect(warned.map((f) => `${f.sheet}!${f.cell} ${String(f.params?.ids)}`)).toEqual([
      '校验规则!A3 M002, M003',
      '校验规则!A4 M003',
    ]);
    const en = localiseFinding(warned[0], catalogueFor('en-US'));
    expect(en.message).toBe(
      '校验规则!A3: the rule “M002 = M003” uses M002, M003, read as text (no unit, and no numeric target): such values need not be numbers and are not totalled, so the rule may never be checked.',
    );
    expect(en.hint).toBe(
      'An indicator holding figures needs a unit: give M002, M003 one if so; for real text (a name, a code), delete the rule or use another indicator.',
    );
  });

  it('says nothing about a rule on numeric indicators, or a rule that cannot be read', () => {
    const analysis = analyseWorkbook(
      {
        sheets: [
          textCatalogue,
          community('和平社区', 5),
          sheet('校验规则', [['规则'], ['M001 >= 0'], ['M002 >= (M001']]),
        ],
      },
      DEFAULT_SETTINGS,
    );
    expect(analysis.findings.map((f) => `${f.code} ${f.sheet}!${f.cell}`)).toEqual([
      'rule-invalid 校验规则!A3',
    ]);
  });
});

describe('yoy-jump shows an absurd change readably', () => {
  const community = (name: string, actual: number, previous: number): SheetSnapshot =>
    sheet(name, [
      ['编号', '指标', '单位', '完成值', '上年值'],
      ['M001', '志愿服务', '人次', actual, previous],
    ]);
  const street = sheet('指标目录', [
    ['编号', '指标', '单位', '目标值', '汇总方式'],
    ['M001', '志愿服务', '人次', null, '求和'],
  ]);

  it('groups a change of 10,000% or more and keeps small ones, in both languages', () => {
    // 和平社区: 78891 / 34 = 2320.3235…, +232,032%; 光明社区: 15 / 20, +75%.
    const sheets = [street, community('和平社区', 78925, 34), community('光明社区', 35, 20)];
    const zh = analyseWorkbook({ sheets }, DEFAULT_SETTINGS);
    const jumps = only(zh.findings, 'yoy-jump');
    expect(
      jumps.map((f) => `${f.sheet}!${f.cell} ${f.found} ${f.expected} ${String(f.params?.change)}`),
    ).toEqual(['和平社区!D2 78925 34 +232,032%', '光明社区!D2 35 20 +75%']);
    expect(localiseFinding(jumps[0], catalogueFor('zh-CN')).message).toBe(
      '和平社区!D2：指标 M001「志愿服务」完成值 78925人次，较上年 34人次 变化 +232,032%。',
    );
    expect(localiseFinding(jumps[1], catalogueFor('zh-CN')).message).toBe(
      '光明社区!D2：指标 M001「志愿服务」完成值 35人次，较上年 20人次 变化 +75%。',
    );
    const en = analyseWorkbook({ sheets }, { ...DEFAULT_SETTINGS, lang: 'en-US' });
    const enJumps = only(en.findings, 'yoy-jump');
    expect(localiseFinding(enJumps[0], catalogueFor('en-US')).message).toBe(
      '和平社区!D2: indicator M001 “志愿服务” is 78925人次, a change of +232,032% on last year’s 34人次.',
    );
    expect(localiseFinding(enJumps[1], catalogueFor('en-US')).message).toBe(
      '光明社区!D2: indicator M001 “志愿服务” is 35人次, a change of +75% on last year’s 20人次.',
    );
  });

  it('calls a fall to a sliver of last year -99.9%, keeps -100% for a fall to nothing, and shows % after a rate', () => {
    // (1 - 50000) / 50000 = -99.998%: not nothing. (0 - 3) / 3 = -100%.
    const sheets = [street, community('和平社区', 1, 50000), community('光明社区', 0, 3)];
    const jumps = only(analyseWorkbook({ sheets }, DEFAULT_SETTINGS).findings, 'yoy-jump');
    expect(jumps.map((f) => `${f.sheet} ${String(f.params?.change)}`)).toEqual([
      '和平社区 -99.9%',
      '光明社区 -100%',
    ]);
    const rates = sheet('指标目录', [
      ['编号', '指标', '单位', '目标值', '汇总方式'],
      ['M001', '化解率', '%', null, '平均'],
    ]);
    const rate = (name: string, actual: number, previous: number): SheetSnapshot =>
      sheet(name, [
        ['编号', '指标', '单位', '完成值', '上年值'],
        ['M001', '化解率', '%', actual, previous],
      ]);
    // 88.89 against 40: +122.2% (48.89 / 40 = 1.22225).
    const [rateJump] = only(
      analyseWorkbook(
        { sheets: [rates, rate('和平社区', 88.89, 40), rate('光明社区', 90, 88)] },
        DEFAULT_SETTINGS,
      ).findings,
      'yoy-jump',
    );
    expect(localiseFinding(rateJump, catalogueFor('zh-CN')).message).toBe(
      '和平社区!D2：指标 M001「化解率」完成值 88.89%，较上年 40% 变化 +122.2%。',
    );
  });

  it('does so for a catalogue’s own 上年值 against the street total too', () => {
    const own = sheet('指标目录', [
      ['编号', '指标', '单位', '目标值', '汇总方式', '上年值'],
      ['M001', '志愿服务', '人次', null, '求和', 2],
    ]);
    const plain = (name: string, actual: number): SheetSnapshot =>
      sheet(name, [HEADER, ['M001', '志愿服务', '人次', actual]]);
    // 3000 + 2000 = 5000 against 2: 4998 / 2 = 2499, +249,900%, at the catalogue's 上年值 cell F2.
    const analysis = analyseWorkbook(
      { sheets: [own, plain('和平社区', 3000), plain('光明社区', 2000)] },
      DEFAULT_SETTINGS,
    );
    expect(
      only(analysis.findings, 'yoy-jump').map((f) => `${f.sheet}!${f.cell} ${String(f.params?.change)}`),
    ).toEqual(['指标目录!F2 +249,900%']);
  });
});

describe('approximation words after the figure, and the forms a trial found', () => {
  it('names 余/多 right after the number, 左右/以上/上下 at the end, a lone +, and more leading words', () => {
    expect(parseUserNumber('30余')).toMatchObject({ value: 30, trailingText: '', approxWord: '余' });
    expect(parseUserNumber('30多个')).toMatchObject({ value: 30, trailingText: '个', approxWord: '多' });
    expect(parseUserNumber('30人左右')).toMatchObject({ value: 30, trailingText: '人', approxWord: '左右' });
    expect(parseUserNumber('1.5万以上')).toMatchObject({ value: 15000, approxWord: '以上' });
    expect(parseUserNumber('30+')).toMatchObject({ value: 30, trailingText: '', approxWord: '+' });
    expect(parseUserNumber('将近50')).toMatchObject({ value: 50, approxWord: '将近' });
    expect(parseUserNumber('大概 8')).toMatchObject({ value: 8, approxWord: '大概' });
    expect(parseUserNumber('~30')).toMatchObject({ value: 30, approxWord: '~' });
    expect(parseUserNumber('約30')).toMatchObject({ value: 30, approxWord: '約' });
    expect(parseUserNumber('不足50')).toMatchObject({ value: 50, approxWord: '不足' });
  });

  it('leaves a code such as 7+N alone: it is no number, and no approximation of one', () => {
    expect(parseUserNumber('7+N')).toMatchObject({ ok: false, reason: 'not-a-number' });
    expect(parseUserNumber('3+3+N')).toMatchObject({ ok: false, reason: 'not-a-number' });
  });

  it('warns at 30余 in a unit sheet, counts 30, and names the word in the hint', () => {
    const analysis = analyseWorkbook(
      { sheets: [catalogue, unit('和平社区', '30余', 98), unit('光明社区', '12左右', 97)] },
      DEFAULT_SETTINGS,
    );
    // 30 + 12.
    expect(analysis.indicators[0].actual).toBe(42);
    const warnings = only(analysis.findings, 'approx-value');
    expect(warnings.map((f) => `${f.sheet}!${f.cell}:${f.found}`)).toEqual([
      '和平社区!D2:30余',
      '光明社区!D2:12左右',
    ]);
    expect(localiseFinding(warnings[0], catalogueFor('zh-CN')).hint).toBe(
      '去掉“余”，填写准确数字；确实只有估计数时，请在备注中说明。',
    );
  });

  it('does not also call 30余 under a **余 mask unwritable: the mask is checked on the exact figure', () => {
    // A single indicator sheet, where each row's own value is checked against its mask.
    const single = sheet('指标', [
      ['编号', '指标', '单位', '格式', '完成值'],
      ['M001', '党建知识培训', '场次', '**余', '30余'],
      ['M002', '志愿服务', '场次', '**余', 30],
    ]);
    const analysis = analyseWorkbook({ sheets: [single] }, DEFAULT_SETTINGS);
    expect(only(analysis.findings, 'approx-value').map((f) => f.cell)).toEqual(['E2']);
    // 30 typed as a number under **余 is still a round value that cannot be written 30余.
    expect(only(analysis.findings, 'approx-not-possible').map((f) => f.cell)).toEqual(['E3']);
  });
});

describe('previous-not-a-number', () => {
  it('warns where a 上年值 holds text or an error, so the skipped comparison is not silent', () => {
    const withPrevious = (name: string, m001: CellValue, previous: CellValue): SheetSnapshot =>
      sheet(name, [
        ['编号', '指标', '单位', '完成值', '上年值'],
        ['M001', '志愿服务', '人次', m001, previous],
      ]);
    const catalogueWithPrevious = sheet('指标目录', [
      ['编号', '指标', '单位', '目标值', '汇总方式', '上年值'],
      ['M001', '志愿服务', '人次', null, '求和', '见上年报告'],
    ]);
    const analysis = analyseWorkbook(
      {
        sheets: [
          catalogueWithPrevious,
          withPrevious('和平社区', 20, 'abc'),
          withPrevious('光明社区', 15, { error: '#N/A' }),
          withPrevious('幸福社区', 12, '  '),
        ],
      },
      DEFAULT_SETTINGS,
    );
    const warnings = only(analysis.findings, 'previous-not-a-number');
    // The blank (spaces only) 上年值 of 幸福社区 is no figure and no mistake.
    expect(warnings.map((f) => `${f.sheet}!${f.cell}:${f.found}`)).toEqual([
      '指标目录!F2:见上年报告',
      '和平社区!E2:abc',
      '光明社区!E2:#N/A',
    ]);
    expect(localiseFinding(warnings[1], catalogueFor('zh-CN')).message).toBe(
      '和平社区!E2：指标 M001「志愿服务」的上年值“abc”不是数字，未与上年比较。',
    );
    expect(analysis.indicators[0]).toMatchObject({ actual: 47, previous: null });
  });

  it('warns in a single indicator sheet too', () => {
    const single = sheet('指标', [
      ['编号', '指标', '单位', '完成值', '上年值'],
      ['M001', '志愿服务', '人次', 20, '约十'],
    ]);
    const warnings = only(
      analyseWorkbook({ sheets: [single] }, DEFAULT_SETTINGS).findings,
      'previous-not-a-number',
    );
    expect(warnings.map((f) => `${f.sheet}!${f.cell}:${f.found}`)).toEqual(['指标!E2:约十']);
  });
});

describe('target-approximate', () => {
  it('warns at a target written as an approximation, once, and judges its number', () => {
    const approxTargets = sheet('指标目录', [
      ['编号', '指标', '单位', '目标值', '汇总方式'],
      ['M001', '志愿服务', '人次', '100左右', '求和'],
      ['M002', '满意度', '%', '≥90%', '平均'],
    ]);
    const analysis = analyseWorkbook(
      { sheets: [approxTargets, unit('和平社区', 70, 95), unit('光明社区', 56, 97)] },
      DEFAULT_SETTINGS,
    );
    const warnings = only(analysis.findings, 'target-approximate');
    expect(warnings.map((f) => `${f.sheet}!${f.cell}:${f.found}`)).toEqual(['指标目录!D2:100左右']);
    expect(localiseFinding(warnings[0], catalogueFor('zh-CN')).message).toBe(
      '指标目录!D2：指标 M001「志愿服务」的目标值“100左右”是约数，已只按其中的数字 100 判断。',
    );
    // 70 + 56 = 126 against at least 100: 126%, over the 120% threshold.
    expect(analysis.indicators[0]).toMatchObject({ actual: 126, status: 'exceeded' });
  });
});
