import { combineUnits, parseAggregation, ratioTotal } from '../../src/core/aggregate';
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
    ['比率(M058,M057)', { kind: 'ratio', numerator: 'M058', denominator: 'M057' }],
    ['比率（M058，M057）', { kind: 'ratio', numerator: 'M058', denominator: 'M057' }],
    [' ratio( M058 , M057 ) ', { kind: 'ratio', numerator: 'M058', denominator: 'M057' }],
  ])('%s', (text, aggregation) => {
    expect(parseAggregation(text, numeric)).toEqual({ aggregation, ok: true });
  });
  it('defaults by unit and flags what it cannot read', () => {
    expect(parseAggregation('', numeric).aggregation).toEqual({ kind: 'sum' });
    expect(parseAggregation('', { isPercent: true, numeric: true }).aggregation).toEqual({ kind: 'mean' });
    expect(parseAggregation('', { isPercent: false, numeric: false }).aggregation).toEqual({ kind: 'same' });
    expect(parseAggregation('按月', numeric)).toEqual({ aggregation: { kind: 'sum' }, ok: false });
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

  it('leaves out missing units and says which', () => {
    const total = combineUnits('sum', [v('甲', 9), undefined, v('丙', null)], units, true);
    expect(total).toMatchObject({ value: 9, complete: false, missingUnits: ['乙', '丙'] });
    expect(total.contributors.map(({ sheet, cell }) => ({ sheet, cell }))).toEqual([
      { sheet: '甲', cell: 'D5' },
    ]);
  });

  it('checks agreement for 一致, numbers with a tolerance and texts exactly', () => {
    expect(
      combineUnits('same', [v('甲', 3), v('乙', 3.0000000001), v('丙', 3)], units, true).disagreement,
    ).toBeNull();
    const texts = combineUnits(
      'same',
      [v('甲', null, '7+N'), v('乙', null, '6+N'), v('丙', null, '7+N')],
      units,
      false,
    );
    expect(texts.text).toBe('7+N');
    expect(texts.disagreement).toEqual(['甲=7+N', '乙=6+N', '丙=7+N']);
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
