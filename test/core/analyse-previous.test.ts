/**
 * Last year's figures (`上年值`) that cannot be: a negative count, a bounded rate past 100%. They are said at their
 * cell and nothing is compared with them (a jump from −50 to 1200 would read +2500%).
 */
import { analyseWorkbook } from '../../src/core/analyse';
import { localiseFinding } from '../../src/core/findings';
import { catalogueFor } from '../../src/core/i18n';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { CellValue } from '../../src/core/snapshot';

const HEADER = ['编号', '指标', '单位', '完成值', '上年值'];

function street(catalogueOwn: CellValue, units: readonly (readonly CellValue[])[]) {
  return analyseWorkbook(
    {
      sheets: [
        {
          name: '指标目录',
          values: [
            ['编号', '指标', '单位', '上年值', '汇总方式'],
            ['P01', '调解纠纷', '件', catalogueOwn, '求和'],
            ['P02', '群众满意度', '%', null, '平均'],
            ['P03', '税收增长率', '%', null, '平均'],
          ],
        },
        ...units.map((previous, u) => ({
          name: `社区${u + 1}`,
          values: [
            HEADER,
            ['P01', '', '件', 100, previous[0]],
            ['P02', '', '%', 90, previous[1]],
            ['P03', '', '%', 5, previous[2]],
          ],
        })),
      ],
    },
    DEFAULT_SETTINGS,
  );
}

describe('impossible 上年值', () => {
  it('says a negative count or a rate past 100% at its cell and compares nothing with it', () => {
    const analysis = street(-50, [
      [-5, 150, -5], // E2 and E3 impossible; a growth rate may fall: −5% is fine (and +5 against −5 is a jump)
      ['－5', 90, 5], // text, read through the parser: E2 impossible
    ]);
    const impossible = analysis.findings.filter((f) => f.code === 'previous-out-of-range');
    expect(impossible.map((f) => `${f.sheet}!${f.cell} ${f.found} ${f.expected}`)).toEqual([
      '指标目录!D2 -50 0 或正数',
      '社区1!E2 -5 0 或正数',
      '社区1!E3 150 0～100',
      '社区2!E2 －5 0 或正数',
    ]);
    expect(impossible.every((f) => f.severity === 'warning')).toBe(true);
    // Nothing compared with them: no jump on P01 or P02, in a unit or on the street; P03's −5 → 5 is one (+200%).
    expect(analysis.findings.filter((f) => f.code === 'yoy-jump').map((f) => `${f.sheet}!${f.cell}`)).toEqual(
      ['社区1!D4'],
    );
    expect(analysis.indicators[0].previous).toBeNull();
    expect(localiseFinding(impossible[0], catalogueFor('zh-CN')).message).toBe(
      '指标目录!D2：指标 P01「调解纠纷」的上年值 -50 不可能是上年的数（应为0 或正数），未与上年比较。',
    );
  });

  it('builds last year’s total from the units’ possible figures only, and none from some of the units', () => {
    // 社区1's −5 is left out, so last year's total would be 社区2's 80 alone against this year's 200 of both (+150%,
    // which nobody grew): there is none, and an info says why.
    const analysis = street(null, [
      [-5, 90, 5],
      [80, 90, 5],
    ]);
    expect(analysis.indicators[0]).toMatchObject({ actual: 200, previous: null, yoy: null });
    const incomplete = analysis.findings.filter((f) => f.code === 'previous-incomplete');
    expect(incomplete.map((f) => [f.severity, `${f.sheet}!${f.cell}`, f.params?.missing])).toEqual([
      ['info', '指标目录!A2', '社区1'],
    ]);
    // Both units possible: last year's total is theirs, 80 + 90.
    const whole = street(null, [
      [70, 90, 5],
      [80, 90, 5],
    ]);
    expect(whole.indicators[0]).toMatchObject({ actual: 200, previous: 150 });
    expect(whole.findings.filter((f) => f.code === 'previous-incomplete')).toEqual([]);
  });
});

describe('last year without a catalogue', () => {
  it('totals the units’ 上年值 as their 完成值 are, not the first unit’s alone', () => {
    const unit = (name: string, actual: number, previous: number) => ({
      name,
      values: [HEADER, ['P01', '调解纠纷', '件', actual, previous]],
    });
    const analysis = analyseWorkbook(
      { sheets: [unit('社区1', 15, 10), unit('社区2', 25, 20)] },
      DEFAULT_SETTINGS,
    );
    // 15 + 25 = 40 against 10 + 20 = 30: +33.3%, not 40 against 社区1's 10 (+300%).
    expect(analysis.indicators[0]).toMatchObject({ actual: 40, previous: 30 });
    expect(analysis.indicators[0].yoy).toBeCloseTo(1 / 3, 9);
  });
});
