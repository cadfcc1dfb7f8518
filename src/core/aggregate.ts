/**
 * Street totals from unit values, by `汇总方式`: 求和 / 平均 / 最大 / 最小 / 一致 / 不汇总 / 比率(分子ID,分母ID).
 * Rates are recomputed from the totals of their numerator and denominator, never summed or averaged. Missing unit
 * values are left out and the total is marked incomplete; every total lists the unit cells it came from.
 */
import { roundFloat, toHalfWidth } from './parse-number';
import type { Aggregation, CellRef, UnitValue } from './results';
import { excelRound } from './rules';
import { closeEnough } from './targets';

const SIMPLE_AGGREGATIONS: Readonly<Record<string, Aggregation['kind']>> = {
  求和: 'sum',
  合计: 'sum',
  累加: 'sum',
  加总: 'sum',
  sum: 'sum',
  total: 'sum',
  平均: 'mean',
  平均值: 'mean',
  均值: 'mean',
  mean: 'mean',
  average: 'mean',
  avg: 'mean',
  最大: 'max',
  最大值: 'max',
  max: 'max',
  最小: 'min',
  最小值: 'min',
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
  /** The indicator's unit is %: without a ratio definition its units are averaged rather than added. */
  readonly isPercent: boolean;
  readonly numeric: boolean;
}

/** The default when `汇总方式` is blank: sum counts and amounts, average percentages, text must agree. */
export function defaultAggregation(hint: AggregationHint): Aggregation {
  if (!hint.numeric) return { kind: 'same' };
  return { kind: hint.isPercent ? 'mean' : 'sum' };
}

/** Parses `汇总方式`; `ok` is false for text it cannot read (then the default is used and a warning given). */
export function parseAggregation(
  text: string,
  hint: AggregationHint,
): { aggregation: Aggregation; ok: boolean } {
  const compact = toHalfWidth(text)
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')')
    .replace(/[，、;；]/g, ',')
    .replace(/\s/g, '');
  if (compact === '') return { aggregation: defaultAggregation(hint), ok: true };
  const simple = SIMPLE_AGGREGATIONS[compact.toLowerCase()];
  if (simple && simple !== 'ratio') return { aggregation: { kind: simple }, ok: true };
  const ratio = RATIO.exec(compact);
  if (ratio) return { aggregation: { kind: 'ratio', numerator: ratio[1], denominator: ratio[2] }, ok: true };
  return { aggregation: defaultAggregation(hint), ok: false };
}

export interface Total {
  readonly value: number | null;
  /** The total as text: the agreed text of text indicators, the number otherwise. */
  readonly text: string;
  /** Every unit contributed. */
  readonly complete: boolean;
  /** Units whose value is missing (no row, blank, not a number), in unit order. */
  readonly missingUnits: readonly string[];
  /** The unit cells the total was computed from. */
  readonly contributors: readonly CellRef[];
  /** For `一致`: the differing values as `unit=value`, null when they agree. */
  readonly disagreement: readonly string[] | null;
}

export type SimpleKind = 'sum' | 'mean' | 'max' | 'min' | 'same';

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
  const missingUnits: string[] = [];
  const contributors: CellRef[] = [];
  // One pass for the arithmetic kinds; `same` and text compare values, so they keep the entries.
  const keep = kind === 'same' || !numeric;
  const present: UnitValue[] = [];
  const presentNames: string[] = [];
  let value = 0;
  for (let i = 0; i < unitNames.length; i++) {
    const entry = entries[i];
    const has = entry !== undefined && (numeric ? entry.value !== null : entry.text !== '');
    if (!has) {
      missingUnits.push(unitNames[i]);
      continue;
    }
    contributors.push(entry); // a UnitValue is a CellRef: no copy per cell
    if (keep) {
      present.push(entry);
      presentNames.push(unitNames[i]);
      continue;
    }
    const v = entry.value as number;
    if (contributors.length === 1) value = v;
    else if (kind === 'max') value = v > value ? v : value;
    else if (kind === 'min') value = v < value ? v : value;
    else value += v;
  }
  const complete = missingUnits.length === 0;
  if (contributors.length === 0)
    return { value: null, text: '', complete, missingUnits, contributors, disagreement: null };

  if (keep) {
    const first = present[0];
    const agrees = (entry: UnitValue): boolean =>
      numeric && first.value !== null && entry.value !== null
        ? closeEnough(entry.value, first.value)
        : entry.text === first.text;
    const disagreement = present.every(agrees)
      ? null
      : present.map((entry, i) => `${presentNames[i]}=${entry.text}`);
    return {
      value: numeric ? first.value : null,
      text: first.text,
      complete,
      missingUnits,
      contributors,
      disagreement,
    };
  }
  if (kind === 'mean') value /= contributors.length;
  if (!Number.isInteger(value)) value = roundFloat(value);
  // Written out, not spread: this runs once per indicator and spreading showed in profiles.
  return { value, text: String(value), complete, missingUnits, contributors, disagreement: null };
}

/**
 * Last year's total from per-unit numbers (NaN where missing), the same way as this year's; null without any.
 * `same` takes the first value; `none` and `ratio` are handled by the caller.
 */
export function combineNumbers(kind: Aggregation['kind'], values: Float64Array): number | null {
  let count = 0;
  let result = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isNaN(v)) continue;
    if (count === 0) result = v;
    else if (kind === 'max') result = v > result ? v : result;
    else if (kind === 'min') result = v < result ? v : result;
    else if (kind !== 'same') result += v;
    count++;
  }
  if (count === 0) return null;
  if (kind === 'mean') result /= count;
  return Number.isInteger(result) ? result : roundFloat(result);
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
  const match = /\*\.(\*+)/.exec(format);
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
  const missingUnits = [...new Set([...numerator.missingUnits, ...denominator.missingUnits])];
  const contributors = [...numerator.contributors, ...denominator.contributors];
  const complete = numerator.complete && denominator.complete;
  if (numerator.value === null || denominator.value === null || denominator.value === 0) {
    return { value: null, text: '', complete: false, missingUnits, contributors, disagreement: null };
  }
  const value = ratioValue(numerator.value, denominator.value, percent, decimals);
  return { value, text: String(value), complete, missingUnits, contributors, disagreement: null };
}
