/**
 * How a number is written into a mask, the way Chinese official reports write numbers: half-width digits, no
 * thousands separators, the mask's fixed decimals, 万/亿 scaling, `余` as a floor and `约` as a rounding.
 * The rules are one policy object so an office with other habits can change them in one place.
 *
 * Rounding never changes what the sentence claims, and says so when it would: a nonzero value is never written 0
 * (0.04 into `**.*万` is written in the base unit, 400; 0.04 into `*.*` keeps the decimals it needs, 0.04), and a
 * rate below 100% is not written 100% unless the mask says `约`/`近` (99.5 into `***%` is 99%). An exact 100 into a
 * percent mask with decimals is written `100`, as official documents write 100%, not 100.00%.
 *
 * Arithmetic is decimal (BigInt units), never binary floating point: 98.58 into `**.*` is `98.6`, 1.005 into
 * `*.**` is `1.01`.
 */
import type { MaskKind, MaskMarkers, ScaleWord } from './masks';

export interface NumberWritingPolicy {
  /**
   * Significant digits a `余`/`多` mask keeps of a value with this many integer digits (masks without a scale
   * word): two digits keep one (37 → 30余), three or more keep two (2468 → 2400余, 12680 → 12000余).
   */
  readonly approxDownSignificantDigits: (integerDigits: number) => number;
  /** Values of at most this many integer digits are too small for `余` (7 → `7`, with a warning). */
  readonly approxDownMinimumDigits: number;
  /**
   * A rate below 100 that the mask's decimals would round to 100 is rounded down instead (99.5 into `***%` → 99),
   * with a `round-to-100` warning: 100% says "all", which it was not. A `约`/`近` mask may round to 100.
   */
  readonly percentBelowHundredRoundsDown: boolean;
  /** An exact 100 into a percent mask with decimals (`**.**%`) is written `100`, not `100.00`. */
  readonly hundredPercentWithoutDecimals: boolean;
}

export const DEFAULT_NUMBER_WRITING: NumberWritingPolicy = {
  approxDownSignificantDigits: (digits) => (digits <= 2 ? 1 : 2),
  approxDownMinimumDigits: 1,
  percentBelowHundredRoundsDown: true,
  hundredPercentWithoutDecimals: true,
};

/** What a number is written into: the mask's shape (a `Mask` fits). */
export interface NumberSlot {
  readonly digits: number;
  readonly decimals: number;
  readonly scale: ScaleWord | null;
  readonly markers: MaskMarkers;
  /** The mask with its markers as written (`**余`), for warnings. */
  readonly format: string;
  /** `percent` for a `%` mask (what the 100% rules apply to); other kinds, or none, are plain numbers. */
  readonly kind?: MaskKind;
}

export type NumberIssueCode =
  | 'mask-digits'
  | 'mask-decimals'
  | 'approx-not-possible'
  | 'approx-one-digit'
  | 'round-to-100'
  | 'round-to-zero';

export interface NumberIssue {
  readonly code: NumberIssueCode;
  /** The value as it was given (after scaling), plainly written. */
  readonly found: string;
  /** The mask it did not fit. */
  readonly expected: string;
  /**
   * For `mask-digits`: integer digits written, and the mask's (`digits`, `maskDigits`). For `mask-decimals`: the
   * value's decimals, the mask's, and the value as the mask's scale shows it (`decimals`, `maskDecimals`, `shown`).
   */
  readonly params?: Readonly<Record<string, string | number>>;
}

export interface WrittenNumber {
  /** What replaces the mask with its scale word and after-marker: `30余`, `23万余`, `98.6`, `30`. */
  readonly text: string;
  /** The number as shown, plainly (`23`, `98.6`). */
  readonly shown: string;
  /** The value was divided by 10^4 / 10^8 for the mask's scale word. */
  readonly scaled: boolean;
  readonly issues: readonly NumberIssue[];
}

export interface WriteOptions {
  /** The indicator's unit (`人次`, `万人次`, `%`): decides whether a 万 mask divides the value. */
  readonly unit?: string;
  /** The value is in base units whatever the unit says (the person typed `12.3万`, already multiplied out). */
  readonly valueIsBase?: boolean;
}

/** A decimal number: `units` × 10^-`places`. */
interface Decimal {
  readonly units: bigint;
  readonly places: number;
}

const TEN = BigInt(10);
const pow10 = (n: number): bigint => TEN ** BigInt(n);

/** The shortest decimal that reads back as this double (what `String` prints), exactly. */
export function toDecimal(value: number): Decimal {
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value));
  if (!match) throw new RangeError(`Not a finite number: ${value}`);
  const [, sign, int, frac = '', exp = '0'] = match;
  let units = BigInt(int + frac);
  let places = frac.length - Number(exp);
  if (places < 0) {
    units *= pow10(-places);
    places = 0;
  }
  return { units: sign === '-' ? -units : units, places };
}

function divideByPow10(d: Decimal, n: number): Decimal {
  return { units: d.units, places: d.places + n };
}

/** To `places` decimals: half away from zero (Excel's ROUND), or toward zero (a floor for positive values). */
function roundTo(d: Decimal, places: number, mode: 'half-up' | 'floor'): Decimal {
  if (d.places <= places) return { units: d.units * pow10(places - d.places), places };
  const k = pow10(d.places - places);
  const negative = d.units < BigInt(0);
  const abs = negative ? -d.units : d.units;
  let q = abs / k;
  if (mode === 'half-up' && (abs % k) * BigInt(2) >= k) q += BigInt(1);
  return { units: negative ? -q : q, places };
}

const ZERO = BigInt(0);
const HUNDRED: Decimal = { units: BigInt(100), places: 0 };

function isZero(d: Decimal): boolean {
  return d.units === ZERO;
}

/** a < b */
function lessThan(a: Decimal, b: Decimal): boolean {
  const places = Math.max(a.places, b.places);
  return a.units * pow10(places - a.places) < b.units * pow10(places - b.places);
}

function sameValue(a: Decimal, b: Decimal): boolean {
  const places = Math.max(a.places, b.places);
  return a.units * pow10(places - a.places) === b.units * pow10(places - b.places);
}

/** Plain text: half-width, no separators, exactly `places` decimals. */
export function formatDecimal(d: Decimal): string {
  const negative = d.units < BigInt(0);
  const digits = (negative ? -d.units : d.units).toString().padStart(d.places + 1, '0');
  const int = digits.slice(0, digits.length - d.places);
  const frac = digits.slice(digits.length - d.places);
  return `${negative ? '-' : ''}${int}${d.places > 0 ? `.${frac}` : ''}`;
}

/** A plain rendering with trailing zeros dropped (for messages: `23.4567`, `30`). */
function plain(d: Decimal): string {
  const text = formatDecimal(d);
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** Decimals of a plain rendering (`3.25` → 2, `30` → 0). */
function decimalCount(text: string): number {
  const point = text.indexOf('.');
  return point < 0 ? 0 : text.length - point - 1;
}

function integerDigits(d: Decimal): number {
  const abs = d.units < BigInt(0) ? -d.units : d.units;
  return (abs / pow10(d.places)).toString().length;
}

/** Rounds a number half up to `decimals`, decimal-safely; the plain text (`roundHalfUp(1.005, 2)` → `1.01`). */
export function roundHalfUp(value: number, decimals: number): string {
  return formatDecimal(roundTo(toDecimal(value), decimals, 'half-up'));
}

/** Does this mask show the value divided by 10^4 / 10^8? */
export function shouldScale(slot: NumberSlot, value: number, options: WriteOptions): boolean {
  if (!slot.scale) return false;
  if (options.valueIsBase) return true;
  const unit = (options.unit ?? '').trim();
  if (unit.startsWith('万') || unit.startsWith('亿')) return false;
  if (unit !== '') return true;
  // No unit given: read the value the way that fits the mask's digits.
  return integerDigits(toDecimal(value)) > slot.digits;
}

function withMarkers(shown: string, slot: NumberSlot, keepAfter: boolean): string {
  const after = keepAfter ? (slot.markers.after ?? '') : '';
  const scale = slot.scale ?? '';
  return slot.markers.afterBeforeScale ? `${shown}${after}${scale}` : `${shown}${scale}${after}`;
}

/**
 * A nonzero value the mask would show as 0 (`0.0万`): with a scale word it is written in the base unit at the
 * precision the mask asked for (0.04 into `**.*万` → 400, the sentence's `元` or `人次` follows); without one, with
 * as many more decimals as it takes (0.04 into `*.*` → 0.04). Either way a `round-to-zero` warning says so.
 */
function writeSmall(exact: Decimal, slot: NumberSlot, policy: NumberWritingPolicy): WrittenNumber {
  const issue: NumberIssue = {
    code: 'round-to-zero',
    found: plain(exact) + (slot.scale ?? ''),
    expected: slot.format,
  };
  if (slot.scale) {
    const k = slot.scale === '亿' ? 8 : 4;
    const shift = exact.places - k;
    const base =
      shift >= 0 ? { units: exact.units, places: shift } : { units: exact.units * pow10(-shift), places: 0 };
    const inner = writeNumber(
      Number(formatDecimal(base)),
      { ...slot, scale: null, decimals: Math.max(0, slot.decimals - k) },
      {},
      policy,
    );
    return { text: inner.text, shown: inner.shown, scaled: false, issues: [issue] };
  }
  let places = slot.decimals;
  let shown: Decimal;
  do shown = roundTo(exact, ++places, 'half-up');
  while (isZero(shown));
  const text = formatDecimal(shown);
  return { text: withMarkers(text, slot, false), shown: text, scaled: false, issues: [issue] };
}

/** Writes a number into a mask by the policy; warnings say where the result departs from the mask. */
export function writeNumber(
  value: number,
  slot: NumberSlot,
  options: WriteOptions = {},
  policy: NumberWritingPolicy = DEFAULT_NUMBER_WRITING,
): WrittenNumber {
  const scaled = shouldScale(slot, value, options);
  const exact = scaled ? divideByPow10(toDecimal(value), slot.scale === '亿' ? 8 : 4) : toDecimal(value);
  const issues: NumberIssue[] = [];
  const found = plain(exact);
  let shown: Decimal;
  let keepAfter = false;
  if (slot.markers.after) {
    const digits = integerDigits(exact);
    if (slot.scale) {
      // With a scale word the word itself is the rounding: 234567 into `**万余` is 23万余.
      shown = roundTo(exact, slot.decimals, 'floor');
    } else if (digits <= policy.approxDownMinimumDigits) {
      shown = roundTo(exact, slot.decimals, 'half-up');
      issues.push({ code: 'approx-one-digit', found, expected: slot.format });
    } else {
      const drop = digits - policy.approxDownSignificantDigits(digits);
      const whole = roundTo(exact, 0, 'floor');
      shown = { units: (whole.units / pow10(drop)) * pow10(drop), places: 0 };
    }
    keepAfter = !sameValue(shown, exact);
    if (!keepAfter && issues.length === 0) {
      issues.push({ code: 'approx-not-possible', found, expected: withMarkers(plain(shown), slot, true) });
    }
    if (!keepAfter) shown = roundTo(shown, slot.decimals, 'half-up');
  } else {
    shown = roundTo(exact, slot.decimals, 'half-up');
    if (slot.kind === 'percent') {
      const roundsUpToHundred = sameValue(shown, HUNDRED) && lessThan(exact, HUNDRED);
      if (roundsUpToHundred && policy.percentBelowHundredRoundsDown && !slot.markers.before) {
        shown = roundTo(exact, slot.decimals, 'floor');
        issues.push({ code: 'round-to-100', found, expected: slot.format });
      } else if (policy.hundredPercentWithoutDecimals && sameValue(exact, HUNDRED)) {
        shown = HUNDRED;
      }
    }
  }
  if (isZero(shown) && !isZero(exact)) return writeSmall(exact, slot, policy);
  const digits = integerDigits(shown);
  // Rounded away by a mask that claims no rounding (no 余/多/约/近), and no other warning says so already.
  const lostDecimals =
    issues.length === 0 && !slot.markers.after && !slot.markers.before && !sameValue(shown, exact);
  if (issues.length === 0 && digits !== slot.digits) {
    issues.push({
      code: 'mask-digits',
      found,
      expected: slot.format,
      params: { digits, maskDigits: slot.digits },
    });
  }
  if (lostDecimals) {
    issues.push({
      code: 'mask-decimals',
      found,
      expected: slot.format,
      params: {
        decimals: decimalCount(found),
        maskDecimals: slot.decimals,
        shown: scaled ? `${found}${slot.scale ?? ''}` : found,
      },
    });
  }
  const text = formatDecimal(shown);
  return { text: withMarkers(text, slot, keepAfter), shown: text, scaled, issues };
}
