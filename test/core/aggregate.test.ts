import {
  combineNumbers,
  combineUnits,
  maskDecimals,
  parseAggregation,
  ratioTotal,
} from '../../src/core/aggregate';
import type { UnitValue } from '../../src/core/results';

const units = ['甲', '乙', '丙'];
const v = (sheet: string, value: number | null, text = value === null ? '' : String(value)): UnitValue => ({
  sheet,
  cell: 'D5',
  value,
  text,
});

describe('parseAggregation', () => {
  const numeric = { isPercent: false, numeric: true };
  it.each([
    ['求和', { kind: 'sum' }],
    ['平均', { kind: 'mean' }],
    ['最大', { kind: 'max' }],
    ['最小', { kind: 'min' }],
    ['一致', { kind: 'same' }],
    ['不汇总', { kind: 'none' }],
    ['Sum', { kind: 'sum' }],
    ['累计', { kind: 'sum' }],
    ['总计', { kind: 'sum' }],
    ['算术平均', { kind: 'mean' }],
    ['最高', { kind: 'max' }],
    ['最低值', { kind: 'min' }],
    ['比率(M058,M057)', { kind: 'ratio', numerator: 'M058', denominator: 'M057' }],
    ['比率（M058，M057）', { kind: 'ratio', numerator: 'M058', denominator: 'M057' }],
    [' ratio( M058 , M057 ) ', { kind: 'ratio', numerator: 'M058', denominator: 'M057' }],
  ])('%s', (text, aggregation) => {
    expect(parseAggregation(text, numeric)).toEqual({ aggregation, ok: true, defaulted: false });
  });
  it('defaults by unit and flags what it cannot read', () => {
    expect(parseAggregation('', numeric)).toEqual({
      aggregation: { kind: 'sum' },
      ok: true,
      defaulted: true,
    });
    expect(parseAggregation('', { isPercent: false, numeric: false }).aggregation).toEqual({ kind: 'same' });
    expect(parseAggregation('按月', numeric)).toEqual({
      aggregation: { kind: 'sum' },
      ok: false,
      defaulted: true,
    });
  });
  it('never averages a percentage by default: its units must agree (a rate needs 比率(分子,分母))', () => {
    const percent = { isPercent: true, numeric: true };
    expect(parseAggregation('', percent)).toEqual({
      aggregation: { kind: 'same' },
      ok: true,
      defaulted: true,
    });
    expect(parseAggregation('按月', percent)).toEqual({
      aggregation: { kind: 'same' },
      ok: false,
      defaulted: true,
    });
    // Asked for, an average stays an average.
    expect(parseAggregation('平均', percent)).toEqual({
      aggregation: { kind: 'mean' },
      ok: true,
      defaulted: false,
    });
  });
});

describe('combineUnits', () => {
  const entries = [v('甲', 9), v('乙', 7), v('丙', 6)];
  it.each([
    ['sum', 22],
    ['mean', 22 / 3],
    ['max', 9],
    ['min', 6],
  ] as const)('%s', (kind, expected) => {
    const total = combineUnits(kind, entries, units, true);
    expect(total.value).toBeCloseTo(expected, 9);
    expect(total.complete).toBe(true);
    expect(total.contributors.map(({ sheet, cell }) => ({ sheet, cell }))).toEqual([
      { sheet: '甲', cell: 'D5' },
      { sheet: '乙', cell: 'D5' },
      { sheet: '丙', cell: 'D5' },
    ]);
  });

  it('keeps every digit: a sum is the exact decimal of its figures, a maximum one of them as typed', () => {
    const big = [v('甲', 4115226300.41), v('乙', 4115226300.41), v('丙', 4115226300.41)];
    // 3 × 4,115,226,300.41 = 12,345,678,901.23 (by hand); cut to 12 significant digits it was 12345678901.2.
    expect(combineUnits('sum', big, units, true).value).toBe(12345678901.23);
    expect(combineUnits('mean', big, units, true).value).toBe(4115226300.41);
    const maxima = [v('甲', 12345678901.23), v('乙', 5), v('丙', 12345678901.22)];
    expect(combineUnits('max', maxima, units, true).value).toBe(12345678901.23);
    expect(combineUnits('min', maxima, units, true).value).toBe(5);
    // 0.1 + 0.2 + 0.3 is 0.6000000000000001 in binary; the figures' sum is 0.6.
    const tenths = [v('甲', 0.1), v('乙', 0.2), v('丙', 0.3)];
    expect(combineUnits('sum', tenths, units, true).value).toBe(0.6);
    expect(combineUnits('mean', tenths, units, true).value).toBe(0.2);
  });

  it('leaves out missing units and says which', () => {
    const total = combineUnits('sum', [v('甲', 9), undefined, v('丙', null)], units, true);
    expect(total).toMatchObject({ value: 9, complete: false, missingUnits: ['乙', '丙'] });
    expect(total.contributors.map(({ sheet, cell }) => ({ sheet, cell }))).toEqual([
      { sheet: '甲', cell: 'D5' },
    ]);
  });

  it('takes 完成, 已完成 and 是 as one answer for 一致', () => {
    const done = combineUnits(
      'same',
      [v('甲', null, '完成'), v('乙', null, '已完成'), v('丙', null, '是')],
      units,
      false,
    );
    expect(done).toMatchObject({ text: '完成', complete: true, disagreement: null });
    const notDone = combineUnits(
      'same',
      [v('甲', null, '完成'), v('乙', null, '未完成'), v('丙', null, '完成')],
      units,
      false,
    );
    expect(notDone.disagreement).toEqual(['甲=完成', '乙=未完成', '丙=完成']);
  });

  it('checks agreement for 一致, numbers but for floating-point noise and texts exactly', () => {
    // 0.1 + 0.2 is 0.30000000000000004: noise, the same figure.
    expect(
      combineUnits('same', [v('甲', 0.3), v('乙', 0.1 + 0.2), v('丙', 0.3)], units, true).disagreement,
    ).toBeNull();
    // One in the last digit of a seven-digit figure is a real difference (an earlier tolerance of a millionth hid it).
    expect(
      combineUnits('same', [v('甲', 1234567), v('乙', 1234568), v('丙', 1234567)], units, true).disagreement,
    ).toEqual(['甲=1234567', '乙=1234568', '丙=1234567']);
    const texts = combineUnits(
      'same',
      [v('甲', null, '7+N'), v('乙', null, '6+N'), v('丙', null, '7+N')],
      units,
      false,
    );
    // Units that disagree give no total at all (not the first or the majority value), and it is incomplete.
    expect(texts).toMatchObject({ value: null, text: '', complete: false, missingUnits: [] });
    expect(texts.disagreement).toEqual(['甲=7+N', '乙=6+N', '丙=7+N']);
    const numbers = combineUnits('same', [v('甲', 95), v('乙', 90), v('丙', 95)], units, true);
    expect(numbers).toMatchObject({ value: null, text: '', complete: false });
    expect(numbers.disagreement).toEqual(['甲=95', '乙=90', '丙=95']);
    const agreed = combineUnits('same', [v('甲', 95), v('乙', null, '-3'), v('丙', 95)], units, true);
    expect(agreed).toMatchObject({ value: 95, text: '95', complete: false, missingUnits: ['乙'] });
  });

  it('leaves out a unit whose value was rejected (null, its text kept), as if it were missing', () => {
    // 和平社区 typed −3 people (negative-count): its value is null and only 8 + 9 are added.
    const total = combineUnits('sum', [v('甲', null, '-3'), v('乙', 8), v('丙', 9)], units, true);
    expect(total).toMatchObject({ value: 17, complete: false, missingUnits: ['甲'] });
  });
});

describe('combineNumbers', () => {
  it('builds last year like this year; `same` only when the units agree', () => {
    expect(combineNumbers('sum', Float64Array.from([1, NaN, 2]))).toBe(3);
    expect(combineNumbers('same', Float64Array.from([95, NaN, 95]))).toBe(95);
    expect(combineNumbers('same', Float64Array.from([95, 90, 95]))).toBeNull();
    expect(combineNumbers('mean', Float64Array.from([NaN, NaN]))).toBeNull();
    // Last year's figures keep their digits as this year's do (see the exact-decimal test above).
    expect(combineNumbers('sum', Float64Array.from([4115226300.41, 4115226300.41, 4115226300.41]))).toBe(
      12345678901.23,
    );
    expect(combineNumbers('sum', Float64Array.from([0.1, 0.2, 0.3]))).toBe(0.6);
    expect(combineNumbers('max', Float64Array.from([12345678901.23, 1]))).toBe(12345678901.23);
  });
});

describe('maskDecimals', () => {
  it('reads the decimals of a mask in stars or in the XX placeholder', () => {
    expect(maskDecimals('**.**%')).toBe(2);
    expect(maskDecimals('XX.X%')).toBe(1);
    expect(maskDecimals('**')).toBeNull();
  });
});

describe('ratioTotal', () => {
  it('recomputes a rate from summed parts instead of adding or averaging the unit rates', () => {
    // Units: 8/9 = 88.89%, 6/7 = 85.71%, 5/6 = 83.33%. Summed rates 257.93, mean 85.98; the street is 19/22 = 86.36%.
    const numerator = combineUnits('sum', [v('甲', 8), v('乙', 6), v('丙', 5)], units, true);
    const denominator = combineUnits('sum', [v('甲', 9), v('乙', 7), v('丙', 6)], units, true);
    const rate = ratioTotal(numerator, denominator, true, 2);
    expect(rate.value).toBe(86.36);
    expect(rate.complete).toBe(true);
    expect(rate.contributors).toHaveLength(6);
    expect(ratioTotal(numerator, denominator, false, null).value).toBeCloseTo(0.863636, 5);
  });

  it('is missing when the denominator is zero and incomplete when a part is', () => {
    const zero = combineUnits('sum', [v('甲', 0), v('乙', 0), v('丙', 0)], units, true);
    const some = combineUnits('sum', [v('甲', 1), v('乙', null), v('丙', 0)], units, true);
    expect(ratioTotal(some, zero, true, 2).value).toBeNull();
    const partial = ratioTotal(
      some,
      combineUnits('sum', [v('甲', 2), v('乙', 2), v('丙', 2)], units, true),
      true,
      2,
    );
    expect(partial).toMatchObject({ value: 16.67, complete: false, missingUnits: ['乙'] });
  });
});
