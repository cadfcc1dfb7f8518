/**
 * What the core's steps hand to each other and to the hosts: the analysis of indicator sheets (validate +
 * aggregate) and the filled report. The summary plan is built from these alone.
 */
import type { Finding } from './findings';

export type IndicatorStatus = 'met' | 'not-met' | 'exceeded' | 'no-target' | 'missing';

/** A parsed `目标值`. Values are in the indicator's unit (percent points for % units). */
export type Target =
  | { readonly kind: 'none'; readonly text: string }
  | { readonly kind: 'done'; readonly text: string }
  | {
      readonly kind: 'at-least' | 'at-most' | 'equal' | 'range';
      readonly text: string;
      /** Lower bound (at-least, equal, range). */
      readonly min?: number;
      /** Upper bound (at-most, equal, range). */
      readonly max?: number;
      /** `>` / `<` rather than `≥` / `≤`. */
      readonly strict?: boolean;
      /** The target was written with `%`. */
      readonly percent: boolean;
      /** The number was written as an approximation (`约40`, `100左右`): the word; the number alone is judged. */
      readonly approxWord?: string;
    }
  | { readonly kind: 'unparsed'; readonly text: string };

export type Aggregation =
  | { readonly kind: 'sum' | 'mean' | 'max' | 'min' | 'same' | 'none' }
  | { readonly kind: 'ratio'; readonly numerator: string; readonly denominator: string };

export interface CellRef {
  readonly sheet: string;
  /** A1 address. */
  readonly cell: string;
}

export interface UnitValue extends CellRef {
  /**
   * Parsed number, or null when missing / not a number / rejected: a value with an error finding (negative or
   * fractional count, percentage out of range, a unit other than the catalogue's) is null, its `text` kept, so
   * no total, target or rule is computed from it. For a rate that is `computed`, the unit's own parts' rate instead.
   */
  readonly value: number | null;
  /** The cell as the user sees it (a percent-formatted 0.9858 as `98.58%`); for a `computed` value, what was typed. */
  readonly text: string;
  /**
   * Present (true) when `value` is not what the unit typed but its own numerator ÷ denominator (×100 for %), rounded
   * as the street's rate is: a rate totalled by `比率(分子,分母)` whose unit has both parts as numbers and a
   * denominator other than 0. Then `text` keeps the typed rate ('' when left blank), and when the unit has no row for
   * the rate at all, `cell` is its numerator's.
   */
  readonly computed?: true;
}

export interface IndicatorResult {
  readonly id: string;
  readonly name: string;
  readonly section: string;
  readonly unit: string;
  /** The mask as written (`**余`), '' when none. */
  readonly format: string;
  readonly owner: string;
  readonly note: string;
  readonly source: string;
  readonly target: Target;
  readonly aggregation: Aggregation;
  /**
   * The street total (or the single sheet's value); null when missing or invalid, when `一致` units disagree, and
   * for a rate without `比率(分子,分母)` whose units differ.
   */
  readonly actual: number | null;
  /** Text answer for text indicators and done-targets (`完成`, a street name). */
  readonly actualText: string;
  readonly previous: number | null;
  readonly status: IndicatorStatus;
  /** actual / target for at-least targets (1 = 100%), capped at 1 for met at-most targets; null where meaningless. */
  readonly completion: number | null;
  /** (actual − previous) / previous; null when either is missing or previous is 0. */
  readonly yoy: number | null;
  readonly direction: 'higher-better' | 'lower-better';
  /** Every unit contributed a valid value (and, for `一致`, they agree). */
  readonly complete: boolean;
  /** Where the definition lives (catalogue or the single indicator sheet). */
  readonly definedAt: CellRef;
  /**
   * Per unit (community/department) value, keyed by unit (sheet) name; empty without units. `analyseWorkbook` builds
   * it on first read (an own enumerable getter, so spreading and `JSON.stringify` see it); it is the same object
   * on every read.
   */
  readonly units: Readonly<Record<string, UnitValue>>;
  /**
   * The cells the total was computed from (a rate's numerator and denominator cells); provenance for hosts. Built
   * on first read, like `units`, whose `UnitValue`s it lists.
   */
  readonly contributors?: readonly CellRef[];
  /**
   * Units whose value was missing or invalid and left out of the total (`complete` is then false), in unit order,
   * then the sheets judged units but not read (`sheet-not-read`, `sheet-header-split`), which every total over the
   * units lacks.
   */
  readonly missingUnits?: readonly string[];
}

export interface StatusCounts {
  readonly total: number;
  readonly met: number;
  readonly notMet: number;
  readonly exceeded: number;
  readonly noTarget: number;
  readonly missing: number;
}

export interface Analysis {
  readonly indicators: readonly IndicatorResult[];
  /**
   * Sorted errors first. `analyseWorkbook` sorts and builds the list on first read (an own getter; the same array on
   * every read); `findingCounts` is known without it.
   */
  readonly findings: readonly Finding[];
  /** Unit sheet names in workbook order; empty for a single indicator sheet. */
  readonly units: readonly string[];
  readonly catalogueSheet: string | null;
  readonly counts: StatusCounts;
  readonly findingCounts: { readonly error: number; readonly warning: number; readonly info: number };
}

/** One indicator's value as the fill step sees it, whether it came from a single sheet or from street totals. */
export interface FillIndicator {
  readonly id: string;
  readonly name: string;
  readonly section: string;
  readonly unit: string;
  /** The mask as written in the indicator row (`**余`), '' when none. */
  readonly format: string;
  /** The `原文` excerpt (mask marked with 【】), '' when none. */
  readonly source: string;
  /** The parsed number, null when blank or not a number. */
  readonly value: number | null;
  /** The cell as typed: the answer for text masks (a street name, a coded mechanism), and the `found` of errors. */
  readonly text: string;
  /** Non-blank but not a number. */
  readonly parseError: boolean;
  readonly at: CellRef;
  /** The cell's figure was typed as an approximation (`约30`, `30余`): the word, so the fill can say so. */
  readonly approxWord?: string;
  /**
   * The value is a street total of the units' sheets: when it is missing, what to fix is in the units (their
   * findings), not in `at`.
   */
  readonly fromUnits?: boolean;
  /** The value is a mean or a rate worked out from the units: rounding it to the mask loses no typed figure. */
  readonly computed?: boolean;
}

export type SlotStatus = 'filled' | 'warning' | 'error' | 'unlinked';

export interface FilledSlot {
  /** 0-based order of the mask in the template. */
  readonly index: number;
  /** The mask with its markers as written (`约***.*万人次`'s `***.*`). */
  readonly mask: string;
  readonly section: string;
  /** The template around the mask, the mask marked with 【】. */
  readonly source: string;
  readonly indicator: { readonly id: string; readonly name: string; readonly score: number } | null;
  /** The value used (number, or text for text masks); null when none. */
  readonly value: number | string | null;
  /** What was written in place of the mask (the mask itself when not filled). */
  readonly rendered: string;
  readonly status: SlotStatus;
  readonly findings: readonly Finding[];
}

export interface FillResult {
  readonly text: string;
  /** The report split into paragraphs (template lines), for hosts that write one per row. */
  readonly paragraphs: readonly string[];
  readonly slots: readonly FilledSlot[];
}
