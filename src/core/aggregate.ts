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
 * Combines one indicator's unit values. `entries[i]` belongs to `unitNames[i]`; undefined where the unit has no row.
 * Numeric indicators use `value`; text indicators (`numeric` false) compare `text` and only `same` means anything.
 */
export function combineUnits(
  kind: SimpleKind,
  entries: readonly (UnitValue | undefined)[],
  unitNames: readonly string[],
  numeric: boolean,
): Total {
  return combine(kind, entries, unitNames, numeric, false);
}

/**
 * `combineUnits` for a caller that hands `entries` over: when every unit contributes, the array itself becomes the
 * total's `contributors` rather than a copy of it. For one array per indicator that nothing changes afterwards.
 */
export function combineOwnedUnits(
  kind: SimpleKind,
  entries: (UnitValue | undefined)[],
  unitNames: readonly string[],
  numeric: boolean,
): Total {
  return combine(kind, entries, unitNames, numeric, true);
}

function contributes(entry: UnitValue | undefined, numeric: boolean): entry is UnitValue {
  return entry !== undefined && (numeric ? entry.value !== null : entry.text !== '');
}

function combine(
  kind: SimpleKind,
  entries: readonly (UnitValue | undefined)[],
  unitNames: readonly string[],
  numeric: boolean,
  owned: boolean,
): Total {
  const units = unitNames.length;
  // `same` and text compare values; the arithmetic kinds are worked out in the counting pass.
  const keep = kind === 'same' || !numeric;
  let count = 0;
  let value = 0;
  for (let i = 0; i < units; i++) {
    const entry = entries[i];
    if (!contributes(entry, numeric)) continue;
    count++;
    if (keep) continue;
    const v = entry.value as number;
    if (count === 1) value = v;
    else if (kind === 'max') value = v > value ? v : value;
    else if (kind === 'min') value = v < value ? v : value;
    else value += v;
  }
  const complete = count === units;
  const missingUnits: string[] = [];
  let contributors: UnitValue[]; // a UnitValue is a CellRef: no copy per cell
  if (complete) {
    contributors =
      owned && entries.length === units ? (entries as UnitValue[]) : (entries.slice(0, units) as UnitValue[]);
  } else {
    contributors = [];
    for (let i = 0; i < units; i++) {
      const entry = entries[i];
      if (contributes(entry, numeric)) contributors.push(entry);
      else missingUnits.push(unitNames[i]);
    }
  }
  if (count === 0) return { value: null, text: '', complete, missingUnits, contributors, disagreement: null };

  if (keep) {
    const first = contributors[0];
    const agrees = (entry: UnitValue): boolean =>
      numeric && first.value !== null && entry.value !== null
        ? closeEnough(entry.value, first.value)
        : entry.text === first.text;
    if (!contributors.every(agrees)) {
      // Units that disagree leave no street figure: taking the first (or the majority) value would put a guess into
      // the report as if it were agreed. No total (null, status 缺数), incomplete, and the differing values.
      const disagreement: string[] = [];
      for (let i = 0; i < units; i++) {
        const entry = entries[i];
        if (contributes(entry, numeric)) disagreement.push(`${unitNames[i]}=${entry.text}`);
      }
      return { value: null, text: '', complete: false, missingUnits, contributors, disagreement };
    }
    return {
      value: numeric ? first.value : null,
      text: first.text,
      complete,
      missingUnits,
      contributors,
      disagreement: null,
    };
  }
  if (kind === 'mean') value /= count;
  if (!Number.isInteger(value)) value = roundFloat(value);
  // Written out, not spread: this runs once per indicator and spreading showed in profiles.
  return { value, text: String(value), complete, missingUnits, contributors, disagreement: null };
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
  for (let i = start; i < start + length; i++) {
    const v = values[i];
    if (Number.isNaN(v)) continue;
    if (count === 0) result = v;
    else if (kind === 'max') result = v > result ? v : result;
    else if (kind === 'min') result = v < result ? v : result;
    else if (kind !== 'same') result += v;
    else if (!closeEnough(v, result)) return null;
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
  const missingUnits =
    numerator.missingUnits.length === 0 && denominator.missingUnits.length === 0
      ? []
      : [...new Set([...numerator.missingUnits, ...denominator.missingUnits])];
  const contributors = numerator.contributors.concat(denominator.contributors);
  const complete = numerator.complete && denominator.complete;
  if (numerator.value === null || denominator.value === null || denominator.value === 0) {
    return { value: null, text: '', complete: false, missingUnits, contributors, disagreement: null };
  }
  const value = ratioValue(numerator.value, denominator.value, percent, decimals);
  return { value, text: String(value), complete, missingUnits, contributors, disagreement: null };
}
