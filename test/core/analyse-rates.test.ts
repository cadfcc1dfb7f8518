/**
 * Rates recomputed from their parts (`比率(分子,分母)`), as a user trial met them: units that leave the rate blank,
 * a numerator larger than its denominator, a rate a unit typed that its own parts do not give, a denominator that
 * totals 0. Expected figures are worked out by hand in the comments.
 */
import { analyseWorkbook } from '../../src/core/analyse';
import { localiseFinding } from '../../src/core/findings';
import { catalogueFor } from '../../src/core/i18n';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { CellValue, SheetSnapshot } from '../../src/core/snapshot';

const HEADER = ['编号', '指标', '单位', '完成值'];
const catalogue: SheetSnapshot = {
  name: '指标目录',
  values: [
    ['编号', '指标', '单位', '目标值', '汇总方式'],
    ['C01', '立案数', '件', null, '求和'],
    ['C02', '结案数', '件', null, '求和'],
    ['C03', '结案率', '%', '≥90%', '比率(C02,C01)'],
    ['C04', '街道名称', '', null, '不汇总'],
  ],
};

/** A community's sheet: rows C01–C04 in order, a row left out where its value is `undefined`. */
function unit(name: string, values: readonly (CellValue | undefined)[]): SheetSnapshot {
  const rows: CellValue[][] = [HEADER];
  const ids = ['C01', 'C02', 'C03', 'C04'];
  const units = ['件', '件', '%', ''];
  values.forEach((value, i) => {
    if (value !== undefined) rows.push([ids[i], '', units[i], value]);
  });
  return { name, values: rows };
}

const codesAt = (findings: readonly { code: string; sheet?: string; cell?: string }[]): string[] =>
  findings.map((f) => `${f.code}@${f.sheet}!${f.cell}`);

describe('rates recomputed from their parts', () => {
  it('lets units leave a rate (and a 不汇总 figure) blank or out, as the total does not use them', () => {
    const analysis = analyseWorkbook(
      {
        sheets: [
          catalogue,
          unit('甲社区', [10, 9, null, null]),
          unit('乙社区', [20, 19, undefined, undefined]),
          // A 求和 part left blank is still a missing value.
          unit('丙社区', [5, null, 100, '和平']),
        ],
      },
      DEFAULT_SETTINGS,
    );
    // The catalogue has no 完成值 column for C04's own figure: said once, where the column would go (F1).
    expect(codesAt(analysis.findings.filter((f) => f.severity === 'error'))).toEqual([
      'catalogue-actual-column-missing@指标目录!F1',
      'missing-value@丙社区!D3',
    ]);
    expect(analysis.findings[0]).toMatchObject({ found: 'C04', params: { count: 1 } });
    // 结案率 = (9 + 19) / (10 + 20) = 93.33%, 丙社区 left out as its 结案数 is missing.
    const rate = analysis.indicators.find((indicator) => indicator.id === 'C03');
    expect(rate).toMatchObject({ actual: 93.33, complete: false, missingUnits: ['丙社区'] });
  });

  it('says where a numerator is larger than its denominator (a rate over 100%), at the unit’s numerator', () => {
    const analysis = analyseWorkbook(
      { sheets: [catalogue, unit('甲社区', [10, 12, null, null]), unit('乙社区', [6, 4, null, null])] },
      DEFAULT_SETTINGS,
    );
    const over = analysis.findings.filter((f) => f.code === 'ratio-over-100');
    expect(codesAt(over)).toEqual(['ratio-over-100@甲社区!D3']);
    expect(over[0]).toMatchObject({
      severity: 'error',
      found: '12',
      expected: '≤10',
      indicator: { id: 'C02' },
    });
    expect(localiseFinding(over[0], catalogueFor('zh-CN')).message).toBe(
      '甲社区!D3：指标 C02「结案数」为 12，大于 C01「立案数」的 10，比率 C03「结案率」会超过 100%。',
    );
    // (12 + 4) / (10 + 6) = 100%, the parts' totals' rate, but 甲's pair is known to be wrong: not complete, so not
    // judged against ≥90% (met, had it been) until it is mended: 缺数.
    expect(analysis.indicators.find((indicator) => indicator.id === 'C03')).toMatchObject({
      actual: 100,
      complete: false,
      status: 'missing',
    });
  });

  it('warns where a unit typed a rate its own parts do not give, allowing rounding to the places typed', () => {
    const analysis = analyseWorkbook(
      {
        sheets: [
          catalogue,
          // 5 / 10 = 50%, typed 95%: wrong. 9 / 11 = 81.8181…%: 81.82, 81.8 and 82 are all that rate.
          unit('甲社区', [10, 5, '95%', null]),
          unit('乙社区', [11, 9, 81.82, null]),
          unit('丙社区', [11, 9, 81.8, null]),
          unit('丁社区', [11, 9, 82, null]),
        ],
      },
      DEFAULT_SETTINGS,
    );
    const mismatches = analysis.findings.filter((f) => f.code === 'unit-ratio-mismatch');
    expect(codesAt(mismatches)).toEqual(['unit-ratio-mismatch@甲社区!D4']);
    expect(mismatches[0]).toMatchObject({ severity: 'warning', found: '95%', expected: '50%' });
    expect(localiseFinding(mismatches[0], catalogueFor('en-US')).message).toBe(
      '甲社区!D4: indicator C03 “结案率” says 95%, but this unit’s C02 “结案数” 5 ÷ C01 “立案数” 10 gives 50%.',
    );
  });

  it('says why a rate whose denominator totals 0 has no value', () => {
    const analysis = analyseWorkbook(
      { sheets: [catalogue, unit('甲社区', [0, 0, null, null]), unit('乙社区', [0, 0, null, null])] },
      DEFAULT_SETTINGS,
    );
    const zero = analysis.findings.filter((f) => f.code === 'ratio-zero-denominator');
    // At the rate's 汇总方式 cell in the catalogue (E4), where the parts are named.
    expect(codesAt(zero)).toEqual(['ratio-zero-denominator@指标目录!E4']);
    expect(zero[0]).toMatchObject({ severity: 'warning', found: '0/0', indicator: { id: 'C03' } });
    expect(analysis.indicators.find((indicator) => indicator.id === 'C03')).toMatchObject({
      actual: null,
      status: 'missing',
    });
  });
});

describe('each unit’s rate, from its own parts', () => {
  // As `catalogue`, with a 格式 column: 结案率's mask `**.*%` shows one decimal, for the units as for the street.
  const masked: SheetSnapshot = {
    name: '指标目录',
    values: [
      ['编号', '指标', '单位', '格式', '目标值', '汇总方式'],
      ['C01', '立案数', '件', '**', null, '求和'],
      ['C02', '结案数', '件', '**', null, '求和'],
      ['C03', '结案率', '%', '**.*%', '≥90%', '比率(C02,C01)'],
    ],
  };

  it('shows the parts’ rate where a unit left it blank or typed a wrong one, and the typed one over a 0 denominator', () => {
    const analysis = analyseWorkbook(
      {
        sheets: [
          masked,
          // 11 ÷ 12 = 91.666…% → 91.7 (one decimal, as the mask): left blank.
          unit('甲社区', [12, 11, null]),
          // 7 ÷ 8 = 87.5%: typed 95%, which is warned about and not shown.
          unit('乙社区', [8, 7, '95%']),
          // 0 ÷ 0 gives no rate: what it typed stands, not marked computed.
          unit('丙社区', [0, 0, 100]),
        ],
      },
      DEFAULT_SETTINGS,
    );
    const rate = analysis.indicators.find((indicator) => indicator.id === 'C03');
    // The street: (11 + 7 + 0) ÷ (12 + 8 + 0) = 18 ÷ 20 = 90%, met.
    expect(rate).toMatchObject({ actual: 90, complete: true, status: 'met' });
    expect(rate?.units).toEqual({
      甲社区: { sheet: '甲社区', cell: 'D4', value: 91.7, text: '', computed: true },
      乙社区: { sheet: '乙社区', cell: 'D4', value: 87.5, text: '95%', computed: true },
      丙社区: { sheet: '丙社区', cell: 'D4', value: 100, text: '100' },
    });
    // The warning says what the record shows.
    const mismatches = analysis.findings.filter((f) => f.code === 'unit-ratio-mismatch');
    expect(codesAt(mismatches)).toEqual(['unit-ratio-mismatch@乙社区!D4']);
    expect(mismatches[0]).toMatchObject({ found: '95%', expected: '87.5%' });
    // The parts are what the units typed, never marked.
    const cases = analysis.indicators.find((indicator) => indicator.id === 'C01');
    expect(Object.values(cases?.units ?? {}).map((v) => [v.value, v.computed])).toEqual([
      [12, undefined],
      [8, undefined],
      [0, undefined],
    ]);
    // The rate's contributors stay its parts' cells, which the street's figure is made of.
    expect(rate?.contributors?.map(({ sheet, cell }) => `${sheet}!${cell}`)).toEqual([
      '甲社区!D3',
      '乙社区!D3',
      '丙社区!D3',
      '甲社区!D2',
      '乙社区!D2',
      '丙社区!D2',
    ]);
  });

  it('shows it for a unit that left the rate’s row out, and keeps the typed rate where a part is missing', () => {
    const analysis = analyseWorkbook(
      {
        sheets: [
          catalogue,
          // No C03 row: 2 ÷ 3 = 66.666…% → 66.67 (two decimals without a mask), at its 结案数 cell D3.
          unit('甲社区', [3, 2, undefined, null]),
          // 结案数 blank (an error of its own): its typed 80% stands.
          unit('乙社区', [5, null, '80%', null]),
          // 结案数 not a number: nothing from the parts, and no C03 row, so no figure at all.
          unit('丙社区', [4, '三', undefined, null]),
          // A numerator over its denominator is still its parts' rate: 6 ÷ 5 = 120% (said as ratio-over-100).
          unit('丁社区', [5, 6, 100, null]),
        ],
      },
      DEFAULT_SETTINGS,
    );
    const rate = analysis.indicators.find((indicator) => indicator.id === 'C03');
    expect(rate?.units).toEqual({
      甲社区: { sheet: '甲社区', cell: 'D3', value: 66.67, text: '', computed: true },
      乙社区: { sheet: '乙社区', cell: 'D4', value: 80, text: '80%' },
      丁社区: { sheet: '丁社区', cell: 'D4', value: 120, text: '100', computed: true },
    });
    expect(codesAt(analysis.findings.filter((f) => f.code === 'ratio-over-100'))).toEqual([
      'ratio-over-100@丁社区!D3',
    ]);
  });

  it('leaves a rate whose part is itself a rate as the units typed it', () => {
    const sheets = [
      {
        name: '指标目录',
        values: [
          ['编号', '指标', '单位', '目标值', '汇总方式'],
          ['C01', '立案数', '件', null, '求和'],
          ['C02', '结案数', '件', null, '求和'],
          ['C03', '结案率', '%', null, '比率(C02,C01)'],
          ['C04', '结案率之比', '', null, '比率(C03,C01)'],
        ],
      },
      {
        name: '甲社区',
        values: [
          HEADER,
          ['C01', '', '件', 10],
          ['C02', '', '件', 9],
          ['C03', '', '%', 90],
          ['C04', '', '', 7],
        ],
      },
    ];
    const analysis = analyseWorkbook({ sheets }, DEFAULT_SETTINGS);
    const ofRates = analysis.indicators.find((indicator) => indicator.id === 'C04');
    expect(ofRates?.units).toEqual({ 甲社区: { sheet: '甲社区', cell: 'D5', value: 7, text: '7' } });
    // Its first part, a rate of counts, is its own parts' 9 ÷ 10 = 90%.
    expect(analysis.indicators.find((indicator) => indicator.id === 'C03')?.units['甲社区']).toMatchObject({
      value: 90,
      computed: true,
    });
  });
});

describe('a rate’s target written as a fraction', () => {
  it('is said at the target cell when the rate’s figure is in points', () => {
    const sheets = [
      {
        ...catalogue,
        values: catalogue.values.map((row) =>
          row[0] === 'C03' ? [...row.slice(0, 3), '≥0.9', ...row.slice(4)] : row,
        ),
      },
      unit('甲社区', [10, 9, null, null]),
      unit('乙社区', [20, 19, null, null]),
    ];
    const analysis = analyseWorkbook({ sheets }, DEFAULT_SETTINGS);
    const fraction = analysis.findings.filter((f) => f.code === 'target-looks-like-fraction');
    expect(codesAt(fraction)).toEqual(['target-looks-like-fraction@指标目录!D4']);
    expect(fraction[0]).toMatchObject({ severity: 'warning', found: '≥0.9', params: { suggestion: '≥90%' } });
    expect(localiseFinding(fraction[0], catalogueFor('zh-CN')).message).toBe(
      '指标目录!D4：指标 C03「结案率」是百分比，目标值“≥0.9”没有 % 号，按百分点判断；如果指 ≥90%，请这样写。',
    );
    // Judged as written, 93.33% against 0.9%: exceeded, which the warning explains.
    expect(analysis.indicators.find((indicator) => indicator.id === 'C03')?.status).toBe('exceeded');
    // Written in points, nothing to say; nor of a ceiling under 1% (`≤0.5` for a 发案率 is a real one).
    const inPoints = analyseWorkbook({ sheets: [catalogue, ...sheets.slice(1)] }, DEFAULT_SETTINGS);
    expect(inPoints.findings.filter((f) => f.code === 'target-looks-like-fraction')).toEqual([]);
    const ceiling = analyseWorkbook(
      {
        sheets: [
          {
            ...catalogue,
            values: catalogue.values.map((row) =>
              row[0] === 'C03' ? [...row.slice(0, 3), '≤0.5', ...row.slice(4)] : row,
            ),
          },
          ...sheets.slice(1),
        ],
      },
      DEFAULT_SETTINGS,
    );
    expect(ceiling.findings.filter((f) => f.code === 'target-looks-like-fraction')).toEqual([]);
  });
});
