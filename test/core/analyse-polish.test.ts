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
      '和平社区!D3: the actual value “超过 95%” of indicator M002 “满意度” is approximate; it was counted as 95, but a report figure should be an exact figure.',
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
