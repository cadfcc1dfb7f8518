/**
 * `目标值` as people write them (`≥95%`, `不少于20`, `20~30`, `完成`, a bare number: at least it, `0`: none allowed)
 * and how an actual value stands against one. Values are in the indicator's unit: percent points for % units.
 */
import { parseUserNumber, readInUnit, roundFloat, toHalfWidth } from './parse-number';
import type { IndicatorStatus, Target } from './results';
import { type CellValue, isCellError } from './snapshot';

type Bound = 'at-least' | 'at-most' | 'equal';

/** Word operators, longest first so `大于等于` wins over `大于`. */
const WORD_OPERATORS: readonly (readonly [string, Bound, boolean])[] = [
  ['大于等于', 'at-least', false],
  ['小于等于', 'at-most', false],
  ['不少于', 'at-least', false],
  ['不低于', 'at-least', false],
  ['不小于', 'at-least', false],
  ['不多于', 'at-most', false],
  ['不超过', 'at-most', false],
  ['不高于', 'at-most', false],
  ['不大于', 'at-most', false],
  ['至少', 'at-least', false],
  ['至多', 'at-most', false],
  ['最多', 'at-most', false],
  ['达到', 'at-least', false],
  ['大于', 'at-least', true],
  ['高于', 'at-least', true],
  ['超过', 'at-least', true],
  ['多于', 'at-least', true],
  ['小于', 'at-most', true],
  ['低于', 'at-most', true],
  ['少于', 'at-most', true],
  // `不足5`, `不到5`: below 5. (In a figure, `不足50人`, the same words make it approximate: see parse-number.)
  ['不足', 'at-most', true],
  ['不到', 'at-most', true],
  ['等于', 'equal', false],
];

const SYMBOL_OPERATORS: readonly (readonly [string, Bound, boolean])[] = [
  ['>=', 'at-least', false],
  ['=>', 'at-least', false],
  ['≥', 'at-least', false],
  ['<=', 'at-most', false],
  ['=<', 'at-most', false],
  ['≤', 'at-most', false],
  ['==', 'equal', false],
  ['>', 'at-least', true],
  ['<', 'at-most', true],
  ['=', 'equal', false],
];

const ALL_OPERATORS = [...SYMBOL_OPERATORS, ...WORD_OPERATORS];

const DONE_WORDS = new Set([
  '完成',
  '已完成',
  '是',
  '全部完成',
  '按时完成',
  '完成任务',
  'done',
  'yes',
  // A TRUE cell (a check box's cell) reads `TRUE`.
  'true',
  '√',
  '✓',
]);

/** Any sign `normaliseOperators` changes after `toHalfWidth`. */
const OPERATORS_NEEDED = /[＞＜＝≧⩾≦⩽～〜]/;

/** Full-width and look-alike comparison signs to ASCII or the one canonical form. */
function normaliseOperators(text: string): string {
  const half = toHalfWidth(text);
  if (!OPERATORS_NEEDED.test(half)) return half;
  return half
    .replace(/＞/g, '>')
    .replace(/＜/g, '<')
    .replace(/＝/g, '=')
    .replace(/[≧⩾]/g, '≥')
    .replace(/[≦⩽]/g, '≤')
    .replace(/[～〜]/g, '~');
}

/** A bound after the number, perhaps after `控制在`/`保持在` (which say nothing of their own). */
const SUFFIX_BOUND = /^(?:控制在|保持在)?\s*(.+?)\s*(及以上|以上|及以下|以下|以内|之内)$/;

const RANGE = /^(.+?)\s*(?:~|～|至|到|—|-)\s*(.+)$/;

/** A number in a target, `95%`, `20个`, `1.5万`: the value and whether it carried `%`. */
function targetNumber(
  text: string,
  options: TargetOptions,
): { value: number; percent: boolean; approxWord?: string } | null {
  const trimmed = text.trim();
  const plain = plainNumber(trimmed);
  if (plain !== null) return plain;
  const parsed = parseUserNumber(trimmed);
  if (!parsed.ok) return null;
  // `≥1.2亿` for an indicator in 万元 is 12000, as its values are read.
  const value = options.unit === undefined ? parsed.value : readInUnit(parsed, options.unit).value;
  return parsed.approxWord === undefined
    ? { value, percent: parsed.percent }
    : { value, percent: parsed.percent, approxWord: parsed.approxWord };
}

/**
 * `12345`, `12.5`, `90%`: digits, perhaps a decimal part, perhaps `%`, read without the parser's regular
 * expressions and intermediate results (a catalogue of 10,000 rows has as many distinct targets). `parseUserNumber`
 * reads these to the same `Number` of the same digits; anything else is left to it (null).
 */
function plainNumber(text: string, from = 0): { value: number; percent: boolean } | null {
  let end = text.length;
  const percent = end - from > 1 && text.charCodeAt(end - 1) === 37; // %
  if (percent) end--;
  let dot = -1;
  for (let i = from; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 46 && dot < 0 && i > from) dot = i;
    else if (code < 48 || code > 57) return null;
  }
  if (end === from || dot === end - 1) return null;
  const value = Number(percent || from > 0 ? text.slice(from, end) : text);
  return Number.isFinite(value) ? { value, percent } : null;
}

const AT_LEAST_SIGN = 0x2265; // ≥
const AT_MOST_SIGN = 0x2264; // ≤

/**
 * `≥95%`, `≤3`, `≥22799`: the way most catalogues write every target, read without normalising, matching
 * operators or regular expressions. What the full reading below gives for these texts, key for key; null for any
 * other text.
 */
function signedPlainTarget(text: string): Target | null {
  const sign = text.charCodeAt(0);
  if (sign !== AT_LEAST_SIGN && sign !== AT_MOST_SIGN) return null;
  const number = plainNumber(text, 1);
  if (!number) return null;
  const { value, percent } = number;
  return sign === AT_LEAST_SIGN
    ? { kind: 'at-least', text, percent, min: value }
    : { kind: 'at-most', text, percent, max: value };
}

export interface TargetOptions {
  /** The target cell is formatted as percent: a stored 0.95 means 95. */
  readonly percentFormat?: boolean;
  /** The indicator's unit (see `readInUnit`): numbers written with a scale word are read in it. */
  readonly unit?: string;
  /** A bare `0` is a floor (no decline, for a growth rate), not "none allowed" (see `bareKind`). */
  readonly zeroIsFloor?: boolean;
}

/** Parses a `目标值` cell. Never throws; anything it cannot read is `unparsed` (reported as `target-unparsed`). */
export function parseTarget(raw: CellValue | undefined, options: TargetOptions = {}): Target {
  if (raw === null || raw === undefined) return { kind: 'none', text: '' };
  if (isCellError(raw)) return { kind: 'unparsed', text: raw.error };
  if (typeof raw === 'boolean')
    return raw ? { kind: 'done', text: 'TRUE' } : { kind: 'unparsed', text: 'FALSE' };
  if (typeof raw === 'number') {
    const parsed = parseUserNumber(raw, { percentFormat: options.percentFormat });
    if (!parsed.ok) return { kind: 'unparsed', text: String(raw) };
    // As the cell shows it: a percent-formatted 0.95 is `95%` to whoever typed it, in findings and on the summary.
    const text = parsed.percent ? `${parsed.value}%` : String(raw);
    // A number cell is a bare number (see `bareKind`).
    return bareKind(parsed.value, options) === 'at-most'
      ? { kind: 'at-most', text, max: 0, percent: parsed.percent }
      : { kind: 'at-least', text, min: parsed.value, percent: parsed.percent };
  }
  const text = raw.trim();
  const signed = signedPlainTarget(text);
  if (signed) return signed;
  if (text === '' || text === '-' || text === '—' || text === '/' || text === '无')
    return { kind: 'none', text };
  // `≥95%（含）`: the bound is included, as ≥ already says.
  const body = normaliseOperators(text)
    .replace(/\s+/g, ' ')
    .replace(/\s*[（(]含[)）]$/, '')
    .trim();
  if (DONE_WORDS.has(body.toLowerCase())) return { kind: 'done', text };

  let bound: Bound | null = null;
  let strict = false;
  let rest = body;
  // Indexed, not `for … of` with destructuring: no iterator or entry objects for each of 10,000 targets.
  for (let i = 0; i < ALL_OPERATORS.length; i++) {
    const word = ALL_OPERATORS[i][0];
    if (rest.startsWith(word)) {
      bound = ALL_OPERATORS[i][1];
      strict = ALL_OPERATORS[i][2];
      rest = rest.slice(word.length).trim();
      break;
    }
  }
  if (bound === null) {
    // `20以上` / `3以下` / `95%及以上` / `3起以内` / `控制在5以内` put the operator after the number.
    const suffix = SUFFIX_BOUND.exec(rest);
    if (suffix) {
      bound = suffix[2].endsWith('以上') ? 'at-least' : 'at-most';
      rest = suffix[1];
    }
  }
  if (bound === null) {
    const range = RANGE.exec(rest);
    if (range) {
      const low = targetNumber(range[1], options);
      const high = targetNumber(range[2], options);
      if (low && high && low.value <= high.value) {
        return {
          kind: 'range',
          text,
          min: low.value,
          max: high.value,
          percent: low.percent || high.percent,
        };
      }
    }
  }
  const number = targetNumber(rest, options);
  if (!number) return { kind: 'unparsed', text };
  const kind = bound ?? bareKind(number.value, options);
  const target = boundedTarget(kind, text, number.percent, strict, number.value);
  // `约40`, `100左右`: read as the number (at least 40), and the word kept for the analysis to question.
  return number.approxWord === undefined ? target : { ...target, approxWord: number.approxWord };
}

/**
 * What a bare number means: at least that much (`20`), except a bare `0` (`0`, `0起`, `0%`), which nobody writes to
 * mean "at least nothing" (always met): it is the "none allowed" of 安全事故 or 重大案件, at most 0; for a growth rate
 * (`zeroIsFloor`), which can fall below 0, it is "no decline", at least 0.
 */
function bareKind(value: number, options: TargetOptions): Bound {
  return value === 0 && options.zeroIsFloor !== true ? 'at-most' : 'at-least';
}

/** A target with one number as its bound(s). */
function boundedTarget(
  kind: Bound,
  text: string,
  percent: boolean,
  strict: boolean,
  value: number,
): BoundedTarget {
  // Written out rather than spread from a shared part, in the same key order (kind, text, percent, strict, bounds).
  if (kind === 'at-least') {
    return strict ? { kind, text, percent, strict: true, min: value } : { kind, text, percent, min: value };
  }
  if (kind === 'at-most') {
    return strict ? { kind, text, percent, strict: true, max: value } : { kind, text, percent, max: value };
  }
  return strict
    ? { kind, text, percent, strict: true, min: value, max: value }
    : { kind, text, percent, min: value, max: value };
}

/**
 * Equal but for binary floating-point noise (`0.1 + 0.2` against `0.3`, a sum of thirty decimals): a few units in the
 * 16th significant digit. Any difference a person typed, 49,999,960 against 50,000,000 or 0.01 on 12 billion, is
 * far above it.
 */
export function closeEnough(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-14 * Math.max(1, Math.abs(a), Math.abs(b));
}

export function isDoneText(text: string): boolean {
  return DONE_WORDS.has(normaliseOperators(text).trim().toLowerCase());
}

export interface TargetOutcome {
  readonly status: IndicatorStatus;
  /** actual / target for at-least targets; for at-most targets at most 1; null where it means nothing. */
  readonly completion: number | null;
  readonly direction: 'higher-better' | 'lower-better';
}

export function targetDirection(target: Target): 'higher-better' | 'lower-better' {
  return target.kind === 'at-most' ? 'lower-better' : 'higher-better';
}

/** The outcomes without a completion ratio, one read-only object each: most indicators get one of these. */
function plainOutcomes(
  direction: TargetOutcome['direction'],
): Readonly<Record<IndicatorStatus, TargetOutcome>> {
  const outcome = (status: IndicatorStatus): TargetOutcome =>
    Object.freeze({ status, completion: null, direction });
  return {
    met: outcome('met'),
    'not-met': outcome('not-met'),
    exceeded: outcome('exceeded'),
    'no-target': outcome('no-target'),
    missing: outcome('missing'),
  };
}

const HIGHER_BETTER_OUTCOMES = plainOutcomes('higher-better');
const LOWER_BETTER_OUTCOMES = plainOutcomes('lower-better');

function plainOutcome(status: IndicatorStatus, direction: TargetOutcome['direction']): TargetOutcome {
  return (direction === 'lower-better' ? LOWER_BETTER_OUTCOMES : HIGHER_BETTER_OUTCOMES)[status];
}

/**
 * How an actual value stands against a target. `actual` null means no value (`缺数`); `actualText` is used for
 * done-targets (`完成`, `是`), where any positive number also counts as done.
 */
export function evaluateTarget(
  target: Target,
  actual: number | null,
  actualText: string,
  exceededRatio: number,
): TargetOutcome {
  const direction = targetDirection(target);
  const hasText = actualText.trim() !== '';
  if (target.kind === 'done') {
    if (!hasText && actual === null) return plainOutcome('missing', direction);
    const done = isDoneText(actualText) || (actual !== null && actual > 0);
    return { status: done ? 'met' : 'not-met', completion: done ? 1 : 0, direction };
  }
  if (target.kind === 'none' || target.kind === 'unparsed') {
    const present = actual !== null || hasText;
    return plainOutcome(present ? 'no-target' : 'missing', direction);
  }
  if (actual === null) return plainOutcome('missing', direction);
  if (target.kind === 'at-least') {
    const min = target.min ?? 0;
    const met = target.strict
      ? actual > min && !closeEnough(actual, min)
      : actual >= min || closeEnough(actual, min);
    const completion = min > 0 ? roundFloat(actual / min) : null;
    const status = !met
      ? 'not-met'
      : completion !== null && completion >= exceededRatio - 1e-9
        ? 'exceeded'
        : 'met';
    return { status, completion, direction };
  }
  if (target.kind === 'at-most') {
    const max = target.max ?? 0;
    const met = target.strict
      ? actual < max && !closeEnough(actual, max)
      : actual <= max || closeEnough(actual, max);
    // Lower is better: a met target is 100%; over the ceiling, how far the ceiling is from the value.
    const completion = met ? 1 : actual > 0 ? roundFloat(Math.max(0, max) / actual) : 0;
    return { status: met ? 'met' : 'not-met', completion, direction };
  }
  const min = target.min ?? -Infinity;
  const max = target.max ?? Infinity;
  const met = (actual >= min || closeEnough(actual, min)) && (actual <= max || closeEnough(actual, max));
  return plainOutcome(met ? 'met' : 'not-met', direction);
}

/**
 * Which way a total can move as missing units come in: a sum (of values that are not negative) or a maximum only
 * up, a minimum only down; a mean or a rate either way.
 */
export type TotalTrend = 'up' | 'down' | null;

/**
 * How a total stands when some units are missing from it (`complete` false). The verdict stays only where no missing
 * value could change it: a sum already at an at-least target or already over a ceiling, a minimum already under a
 * ceiling or still short of a floor. Otherwise it is `missing` (缺数): a partial sum short of its target is not a
 * shortfall yet.
 */
/** A target with bounds (`≥95%`, `≤3`, `=100`, `20~30`), as opposed to none, done or unreadable. */
export type BoundedTarget = Extract<Target, { readonly percent: boolean }>;

export function isBoundedTarget(target: Target): target is BoundedTarget {
  return (
    target.kind === 'at-least' ||
    target.kind === 'at-most' ||
    target.kind === 'equal' ||
    target.kind === 'range'
  );
}

export function incompleteOutcome(
  outcome: TargetOutcome,
  target: Target,
  actual: number | null,
  trend: TotalTrend,
): TargetOutcome {
  const { status } = outcome;
  if (status === 'no-target' || status === 'missing') return outcome;
  if (actual === null || trend === null) return plainOutcome('missing', outcome.direction);
  const reached = status === 'met' || status === 'exceeded';
  const max = isBoundedTarget(target) ? target.max : undefined;
  const min = isBoundedTarget(target) ? target.min : undefined;
  if (trend === 'up') {
    if (reached && (target.kind === 'at-least' || target.kind === 'done')) return outcome;
    if (!reached && max !== undefined && (actual > max || closeEnough(actual, max))) return outcome;
  } else {
    if (reached && target.kind === 'at-most') return outcome;
    if (!reached && min !== undefined && actual < min && !closeEnough(actual, min)) return outcome;
  }
  return plainOutcome('missing', outcome.direction);
}

/** The bound a message names as expected: `≥95`, `≤3`, `20~30`, `完成`. */
export function targetLabel(target: Target): string {
  return target.text;
}
