/**
 * Street totals from unit values, by `汇总方式`: 求和 / 平均 / 最大 / 最小 / 一致 / 不汇总 / 比率(分子ID,分母ID).
 * Rates are recomputed from the totals of their numerator and denominator, never summed or averaged. Missing unit
 * values are left out and the total is marked incomplete; every total lists the unit cells it came from.
 */
import { decimalPlaces, roundFloat, roundQuotient, roundSum, toHalfWidth } from './parse-number';
import type { Aggregation, CellRef, UnitValue } from './results';
import { excelRound } from './rules';
import { closeEnough, isDoneText } from './targets';
import { UnitColumns } from './unit-columns';

const SIMPLE_AGGREGATIONS: Readonly<Record<string, Aggregation['kind']>> = {
  求和: 'sum',
  合计: 'sum',
  累加: 'sum',
  加总: 'sum',
  累计: 'sum',
  总计: 'sum',
  总和: 'sum',
  sum: 'sum',
  total: 'sum',
  平均: 'mean',
  平均值: 'mean',
  均值: 'mean',
  算术平均: 'mean',
  mean: 'mean',
  average: 'mean',
  avg: 'mean',
  最大: 'max',
  最大值: 'max',
  最高: 'max',
  最高值: 'max',
  max: 'max',
  最小: 'min',
  最小值: 'min',
  最低: 'min',
  最低值: 'min',
  min: 'min',
  一致: 'same',
  相同: 'same',
  same: 'same',
  不汇总: 'none',
  不合计: 'none',
  无: 'none',
  none: 'none',
};

const RATIO = /^(?:比率|比例|ratio|rate)\(([^,]+),([^)]+)\)$/i;

export interface AggregationHint {
  /** The indicator's unit is %: without a ratio definition its units must agree (a rate is never summed or averaged). */
  readonly isPercent: boolean;
  readonly numeric: boolean;
}

/**
 * The default when `汇总方式` is blank: sum counts and amounts; text and percentages must agree. A rate across units
 * is only right from its numerator and denominator (`比率(分子,分母)`), never summed or averaged: without them the
 * street has a rate only when every unit reports the same one (the caller warns when they differ).
 */
export function defaultAggregation(hint: AggregationHint): Aggregation {
  if (!hint.numeric) return { kind: 'same' };
  return { kind: hint.isPercent ? 'same' : 'sum' };
}

/** Parses `汇总方式`; `ok` is false for text it cannot read (then the default is used and a warning given). */
export function parseAggregation(
  text: string,
  hint: AggregationHint,
): { aggregation: Aggregation; ok: boolean; defaulted: boolean } {
  const compact = toHalfWidth(text)
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')')
    .replace(/[，、;；]/g, ',')
    .replace(/\s/g, '');
  if (compact === '') return { aggregation: defaultAggregation(hint), ok: true, defaulted: true };
  const simple = SIMPLE_AGGREGATIONS[compact.toLowerCase()];
  if (simple && simple !== 'ratio') return { aggregation: { kind: simple }, ok: true, defaulted: false };
  const ratio = RATIO.exec(compact);
  if (ratio)
    return {
      aggregation: { kind: 'ratio', numerator: ratio[1], denominator: ratio[2] },
      ok: true,
      defaulted: false,
    };
  return { aggregation: defaultAggregation(hint), ok: false, defaulted: true };
}

export interface Total {
  readonly value: number | null;
  /** The total as text: the agreed text of text indicators, the number otherwise. */
  readonly text: string;
  /** Every unit contributed, and (for `一致`) they agree. */
  readonly complete: boolean;
  /** Units whose value is missing or invalid (no row, blank, not a number, flagged as an error), in unit order. */
  readonly missingUnits: readonly string[];
  /** The unit cells the total was computed from. */
  readonly contributors: readonly CellRef[];
  /** For `一致`: the differing values as `unit=value`, null when they agree (then `value` is null: no total). */
  readonly disagreement: readonly string[] | null;
}

export type SimpleKind = 'sum' | 'mean' | 'max' | 'min' | 'same';

/**
 * The empty list every complete total's `missingUnits` (and every indicator without cells) shares: one list, not
 * 10,000. Frozen, so a consumer that pushes onto it fails loudly instead of changing every total.
 */
export const NONE: readonly never[] = Object.freeze([]);

/** A total's figures without its contributors (which the analysis builds only when they are read). */
export type TotalFigures = Omit<Total, 'contributors'>;

/**
 * Combines one indicator's unit values. `entries[i]` belongs to `unitNames[i]`; undefined where the unit has no row.
 * Numeric indicators use `value`; text indicators (`numeric` false) compare `text` and only `same` means anything.
 */
export function combineUnits(
  kind: SimpleKind,
  entries: readonly (UnitValue | undefined)[],
  unitNames: readonly string[],
  numeric: boolean,
): Total {
  // The same arithmetic as the analysis's columns: the entries are copied into a one-indicator table.
  const columns = new UnitColumns(
    1,
    unitNames,
    unitNames.map(() => ''),
  );
  for (let u = 0; u < unitNames.length; u++) {
    const entry = entries[u];
    if (entry) columns.setText(u, 0, entry.value, entry.text);
  }
  const figures = combineColumns(kind, columns, 0, numeric);
  const contributors: UnitValue[] = [];
  for (let u = 0; u < unitNames.length; u++) {
    if (columns.contributes(u, numeric)) contributors.push(entries[u] as UnitValue);
  }
  return { ...figures, contributors };
}

/**
 * `combineUnits` over one indicator (`indicator`) of the analysis's unit columns. A unit contributes when it has a
 * number (or, for text indicators, any text); the others are `missingUnits`.
 */
export function combineColumns(
  kind: SimpleKind,
  columns: UnitColumns,
  indicator: number,
  numeric: boolean,
  /** Per unit, 1 where it owes the figure (see `UnitOwners`); null: every unit does. */
  expected: Uint8Array | null = null,
): TotalFigures {
  const units = columns.unitCount;
  const start = indicator * units;
  const values = columns.values;
  // `same` and text compare values; the arithmetic kinds are worked out in the counting pass.
  const keep = kind === 'same' || !numeric;
  let count = 0;
  let value = 0;
  let first = -1;
  // The most decimals of a summed figure: the sum is that exact decimal (see `roundSum`).
  let places = 0;
  for (let u = 0; u < units; u++) {
    const slot = start + u;
    if (numeric ? Number.isNaN(values[slot]) : !columns.contributes(slot, false)) continue;
    count++;
    if (first < 0) first = slot;
    if (keep) continue;
    const v = values[slot];
    if (!Number.isInteger(v) && kind !== 'max' && kind !== 'min') places = Math.max(places, decimalPlaces(v));
    if (count === 1) value = v;
    else if (kind === 'max') value = v > value ? v : value;
    else if (kind === 'min') value = v < value ? v : value;
    else value += v;
  }
  let complete = count === units;
  let missingUnits: readonly string[] = NONE;
  if (!complete) {
    // Only the units that owe the figure can be missing from it.
    const missing: string[] = [];
    for (let u = 0; u < units; u++) {
      if ((expected === null || expected[u] === 1) && !columns.contributes(start + u, numeric))
        missing.push(columns.unitNames[u]);
    }
    complete = missing.length === 0;
    if (!complete) missingUnits = missing;
  }
  if (count === 0) return { value: null, text: '', complete, missingUnits, disagreement: null };

  if (keep) {
    const firstValue = numeric ? values[first] : NaN;
    const firstText = numeric ? '' : columns.text(first);
    let agree = true;
    for (let u = 0; u < units && agree; u++) {
      const slot = start + u;
      if (slot === first || !columns.contributes(slot, numeric)) continue;
      // A numeric contributor always has a number: numbers are compared, texts only for text indicators.
      // `完成` and `已完成` (or `是`) say the same thing: the units agree that it is done.
      agree = numeric
        ? closeEnough(values[slot], firstValue)
        : columns.text(slot) === firstText || (isDoneText(columns.text(slot)) && isDoneText(firstText));
    }
    if (!agree) {
      // Units that disagree leave no street figure: taking the first (or the majority) value would put a guess into
      // the report as if it were agreed. No total (null, status 缺数), incomplete, and the differing values.
      const disagreement: string[] = [];
      for (let u = 0; u < units; u++) {
        const slot = start + u;
        if (columns.contributes(slot, numeric))
          disagreement.push(`${columns.unitNames[u]}=${columns.text(slot)}`);
      }
      return { value: null, text: '', complete: false, missingUnits, disagreement };
    }
    return {
      value: numeric ? firstValue : null,
      text: columns.text(first),
      complete,
      missingUnits,
      disagreement: null,
    };
  }
  // A maximum or minimum is one of the figures, as typed; a mean is a quotient.
  if (kind === 'mean') value = roundQuotient(roundSum(value, places) / count);
  else if (kind === 'sum') value = roundSum(value, places);
  return { value, text: String(value), complete, missingUnits, disagreement: null };
}

/**
 * A rate's numerator and denominator summed over the units that have both: a unit with only one of them would
 * put its denominator under the others' numerators (14 of 16 resolved read as 14 of 22). The units left out are
 * each part's `missingUnits`, so the rate is marked incomplete and names them.
 */
export function pairedSums(
  columns: UnitColumns,
  numerator: number,
  denominator: number,
  /** Per unit, 1 where it owes the rate (see `UnitOwners`); null: every unit does. */
  expected: Uint8Array | null = null,
): readonly [TotalFigures, TotalFigures] {
  const units = columns.unitCount;
  const values = columns.values;
  let top = 0;
  let bottom = 0;
  let count = 0;
  let topPlaces = 0;
  let bottomPlaces = 0;
  let missing: string[] | null = null;
  for (let u = 0; u < units; u++) {
    const n = values[numerator * units + u];
    const d = values[denominator * units + u];
    if (Number.isNaN(n) || Number.isNaN(d)) {
      if (expected === null || expected[u] === 1) (missing ??= []).push(columns.unitNames[u]);
      continue;
    }
    top += n;
    bottom += d;
    if (!Number.isInteger(n)) topPlaces = Math.max(topPlaces, decimalPlaces(n));
    if (!Number.isInteger(d)) bottomPlaces = Math.max(bottomPlaces, decimalPlaces(d));
    count++;
  }
  const complete = missing === null;
  const missingUnits: readonly string[] = missing ?? NONE;
  const figures = (sum: number, places: number): TotalFigures => {
    if (count === 0) return { value: null, text: '', complete, missingUnits, disagreement: null };
    const value = roundSum(sum, places);
    return { value, text: String(value), complete, missingUnits, disagreement: null };
  };
  return [figures(top, topPlaces), figures(bottom, bottomPlaces)];
}

/**
 * Last year's total from per-unit numbers (NaN where missing), the same way as this year's; null without any.
 * `same` is the common value, null when the units differ; `none` and `ratio` are handled by the caller.
 */
export function combineNumbers(kind: Aggregation['kind'], values: Float64Array): number | null {
  return combineNumbersAt(kind, values, 0, values.length);
}

/** `combineNumbers` over `values[start … start + length − 1]`. */
export function combineNumbersAt(
  kind: Aggregation['kind'],
  values: Float64Array,
  start: number,
  length: number,
): number | null {
  let count = 0;
  let result = 0;
  let places = 0;
  for (let i = start; i < start + length; i++) {
    const v = values[i];
    if (Number.isNaN(v)) continue;
    if (!Number.isInteger(v) && (kind === 'sum' || kind === 'mean'))
      places = Math.max(places, decimalPlaces(v));
    if (count === 0) result = v;
    else if (kind === 'max') result = v > result ? v : result;
    else if (kind === 'min') result = v < result ? v : result;
    else if (kind !== 'same') result += v;
    else if (!closeEnough(v, result)) return null;
    count++;
  }
  if (count === 0) return null;
  if (kind === 'mean') return roundQuotient(roundSum(result, places) / count);
  return kind === 'sum' ? roundSum(result, places) : result;
}

/**
 * The units (by position) with a figure this year (`values`, NaN where none) but no 上年值 (`previous`), over
 * `start … start + length − 1`; null when last year covers every unit with a figure.
 */
export function unitsWithoutPrevious(
  values: Float64Array,
  previous: Float64Array,
  start: number,
  length: number,
): number[] | null {
  let gaps: number[] | null = null;
  for (let u = 0; u < length; u++) {
    if (!Number.isNaN(values[start + u]) && Number.isNaN(previous[start + u])) (gaps ??= []).push(u);
  }
  return gaps;
}

/** A rate from two totals: ×100 for % units, rounded like `ratioTotal`. */
export function ratioValue(
  numerator: number,
  denominator: number,
  percent: boolean,
  decimals: number | null,
): number {
  let value = (numerator / denominator) * (percent ? 100 : 1);
  const places = decimals ?? (percent ? 2 : null);
  if (places !== null) value = excelRound(value, places);
  return roundFloat(value);
}

/** Decimals a mask shows (`**.**` → 2), null without decimals. */
export function maskDecimals(format: string): number | null {
  // `XX.X%` as documents write a mask, too (see `maskInfoOf`).
  const match = /[*＊XxＸｘ]\.([*＊XxＸｘ]+)/.exec(format);
  return match ? match[1].length : null;
}

/**
 * A rate from its numerator's and denominator's totals, ×100 for % units, rounded to the mask's decimals (two for
 * percentages without a mask) so it matches what a report prints. Incomplete when either side is.
 */
export function ratioTotal(
  numerator: Total,
  denominator: Total,
  percent: boolean,
  decimals: number | null,
): Total {
  const figures = ratioFigures(numerator, denominator, percent, decimals);
  return { ...figures, contributors: numerator.contributors.concat(denominator.contributors) };
}

/** `ratioTotal` without the contributors. */
export function ratioFigures(
  numerator: TotalFigures,
  denominator: TotalFigures,
  percent: boolean,
  decimals: number | null,
): TotalFigures {
  const missingUnits =
    numerator.missingUnits.length === 0 && denominator.missingUnits.length === 0
      ? NONE
      : [...new Set([...numerator.missingUnits, ...denominator.missingUnits])];
  const complete = numerator.complete && denominator.complete;
  if (numerator.value === null || denominator.value === null || denominator.value === 0) {
    return { value: null, text: '', complete: false, missingUnits, disagreement: null };
  }
  const value = ratioValue(numerator.value, denominator.value, percent, decimals);
  return { value, text: String(value), complete, missingUnits, disagreement: null };
}
