/**
 * Per-cell checks of indicator values: blanks, Excel errors, text where a number belongs, negative or fractional
 * counts, percentages out of range, digit counts against the mask, `余` that cannot be true, jumps against last year.
 * What an indicator is (count, percent, mask digits) is worked out once per definition, not per cell.
 */
import { maskDecimals, parseAggregation } from './aggregate';
import { DEFAULT_NUMBER_WRITING, toDecimal, writeNumber } from './number-writing';
import type { Finding, FindingSink } from './findings';
import type { IndicatorRow } from './indicator-sheet';
import { integerDigitCount, parseUserNumber, readInUnit, roundFloat, toHalfWidth } from './parse-number';
import type { Aggregation, CellRef, Target } from './results';
import type { CellValue } from './snapshot';
import { parseTarget } from './targets';

/** Units whose values are whole counts (个 次 场次 人 人次 …). */
const COUNT_UNITS = new Set([
  '个',
  '次',
  '场',
  '场次',
  '人',
  '人次',
  '名',
  '件',
  '户',
  '家',
  '条',
  '期',
  '批',
  '处',
  '起',
  '项',
  '份',
  '所',
  '座',
  '栋',
  '支',
  '队',
  '只',
  '张',
  '辆',
  '套',
  '间',
  '位',
  '站',
  '篇',
  '本',
  '册',
  '块',
  '台',
  '宗',
  '例',
  '轮',
  '期次',
  '户次',
  '家次',
  '件次',
]);

/** Percent names that can legitimately pass 100 or go negative (growth, completion against a plan). */
const UNBOUNDED_PERCENT = /增长|增幅|增速|同比|环比|完成率|变化|变动|涨幅|降幅/;

export interface Definition {
  readonly id: string;
  readonly name: string;
  readonly section: string;
  readonly unit: string;
  readonly format: string;
  readonly owner: string;
  readonly note: string;
  readonly source: string;
  readonly target: Target;
  readonly aggregation: Aggregation;
  /** The `汇总方式` text could not be read (the default was used). */
  readonly aggregationUnparsed: boolean;
  /**
   * A percentage with no `比率(分子,分母)` (blank or unreadable `汇总方式`): its units must agree, and when they differ
   * the analysis warns (`aggregation-rate-needs-ratio`) rather than sum or average them.
   */
  readonly rateNeedsRatio: boolean;
  readonly definedAt: CellRef;
  readonly row: IndicatorRow;
  /** Whole, non-negative counts. */
  readonly isCount: boolean;
  /** Values are percent points. */
  readonly isPercent: boolean;
  /** A share or satisfaction: 0..100. */
  readonly percentBounded: boolean;
  /** Values must be numbers (the row has a unit or a numeric target); text answers (names, codes) are fine otherwise. */
  readonly numeric: boolean;
  /** Integer digits the mask shows (`***.*` → 3), null without a mask or with one that cannot be read. */
  readonly maskDigits: number | null;
  /** The mask says `余`/`多` (more than a round number). */
  readonly approx: boolean;
  /** Decimals the mask shows (`***.*` → 1, `**` → 0); null when `maskDigits` is. */
  readonly maskPlaces: number | null;
  /** The mask rounds on purpose (`余`/`多`/`约`/`近`): decimals it does not show are no loss. */
  readonly maskRounds: boolean;
  /** The `格式` is text but no mask (`abc`), or a mask that cannot be read (`**.*.*`); null otherwise. */
  readonly formatProblem: FormatProblem | null;
  /**
   * 1, or 1e4 / 1e8 when the unit itself counts in 万 / 亿 (`万人次`, `万元`, `亿元`): values are in that unit, so a
   * typed `12.3万` restates it and means 12.3. With an unscaled unit (`人次`, `元`) `12.3万` is 123000, whatever
   * the mask shows: the fill reads it that way too.
   */
  readonly scale: number;
  /** 1, or 1e4 / 1e8 when the mask is followed by 万 / 亿 (`**万余`): the report shows the value in that scale. */
  readonly maskScale: number;
  /**
   * `{ id, name }` as findings name the indicator, one object shared by all of this definition's findings (a large
   * street can have 100,000 of them, and the record is read-only).
   */
  readonly ref: { readonly id: string; readonly name: string };
}

function normaliseUnit(unit: string): string {
  return toHalfWidth(unit).replace(/\s/g, '');
}

/** What is wrong with a `格式` as a mask: no `*` at all, or stars that are no single mask. */
export type FormatProblem = 'format-not-a-mask' | 'format-malformed';

/** What a `格式` mask says, worked out once per distinct mask. */
interface MaskInfo {
  readonly maskDigits: number | null;
  readonly approx: boolean;
  readonly maskPlaces: number | null;
  readonly maskRounds: boolean;
  readonly formatProblem: FormatProblem | null;
}

/**
 * Parsed targets, aggregations, units and masks by their text, for one analysis: catalogues repeat the same few
 * many times.
 */
export interface DefinitionCache {
  /** By unit, then by the cell's value. */
  readonly targets: Map<string, Map<CellValue, Target>>;
  /** By the flags a reading depends on (`isPercent` × 2 + `numeric`), then by the `汇总方式` text. */
  readonly aggregations: readonly Map<string, ReturnType<typeof parseAggregation>>[];
  readonly units?: Map<string, string>;
  readonly masks?: Map<string, MaskInfo>;
}

/** How many distinct targets a `DefinitionCache` keeps per unit. */
const TARGET_CACHE_LIMIT = 512;

export function newDefinitionCache(): DefinitionCache {
  return {
    targets: new Map(),
    aggregations: [new Map(), new Map(), new Map(), new Map()],
    units: new Map(),
    masks: new Map(),
  };
}

/** The masks a template has (`maskPattern`), in half-width stars: `**`, `***.*`, `*+*+N`. */
const MASK_RUN = /\*+(?:(?:\+(?:\*+|N))+|\.\*+)?/g;

function maskInfoOf(typed: string): MaskInfo {
  // `＊＊` is the mask `**` typed with a Chinese IME, as templates may write it; `XX.X%` is the placeholder many
  // documents write for one (an X among other letters is a word, not a digit).
  const format = toHalfWidth(typed)
    .replace(/＊/g, '*')
    .replace(/(?<![A-Za-z])[XxＸｘ]+(?![A-Za-z])/g, (run) => '*'.repeat(run.length))
    .trim();
  const mask = format === '' ? null : /(\*+)(?:\.(\*+))?/.exec(format);
  const formatProblem = format === '' ? null : mask ? malformedMask(format) : 'format-not-a-mask';
  const approx = format !== '' && /[余多]/.test(format);
  // A malformed mask says neither digits nor decimals for sure: its figures are not checked against it.
  const readable = mask !== null && formatProblem === null;
  return {
    maskDigits: readable ? mask[1].length : null,
    approx,
    maskPlaces: readable ? (mask[2]?.length ?? 0) : null,
    maskRounds: approx || /[约近]/.test(format),
    formatProblem,
  };
}

/** One mask, not touching a decimal point or digit outside it: `**.*.*`, `.**`, `** **` are no mask to fill by. */
function malformedMask(format: string): 'format-malformed' | null {
  const runs = [...format.matchAll(MASK_RUN)];
  if (runs.length !== 1) return 'format-malformed';
  const start = runs[0].index ?? 0;
  const end = start + runs[0][0].length;
  return /[.\d]$/.test(format.slice(0, start)) || /^[.\d]/.test(format.slice(end))
    ? 'format-malformed'
    : null;
}

/**
 * The `原文` marks the mask 【】 and may say it rounds where the `格式` does not: `约【***.*】万人次`,
 * `【**】万余人次`. The fill writes by the template's words, so the check follows them too.
 */
const ROUNDING_IN_SOURCE = /[约近]【|】[万亿]?[余多]/;

/** Aggregations that only figures can have. */
const ARITHMETIC_KINDS: ReadonlySet<Aggregation['kind']> = new Set(['sum', 'mean', 'max', 'min', 'ratio']);

/** Builds a definition from a catalogue (or single-sheet) row; the row must have an ID or a name. */
export function definitionFromRow(
  row: IndicatorRow,
  key: string,
  idCell: string,
  cache: DefinitionCache = newDefinitionCache(),
): Definition {
  const t = row.text;
  let unit = t.unit === '' ? '' : cache.units?.get(t.unit);
  if (unit === undefined) {
    unit = normaliseUnit(t.unit);
    cache.units?.set(t.unit, unit);
  }
  const format = t.format;
  const isPercent = unit.includes('%') || unit === '百分比' || unit === '百分点';
  const scale = unit.startsWith('亿') ? 1e8 : unit.startsWith('万') ? 1e4 : 1;
  // A percent-formatted 0.95 is another target than a plain 0.95, so those are not cached; `≥1.2亿` means another
  // number in 万元 than in 元, so targets are cached by unit.
  let targets = cache.targets.get(unit);
  if (targets === undefined) {
    targets = new Map();
    cache.targets.set(unit, targets);
  }
  // A growth rate's bare 0 is a floor, not a ceiling (see `parseTarget`): such targets are not cached either.
  const zeroIsFloor = isPercent && UNBOUNDED_PERCENT.test(t.name);
  let target = row.targetIsPercentFormat || zeroIsFloor ? undefined : targets.get(row.target);
  if (!target) {
    target = parseTarget(row.target, {
      percentFormat: row.targetIsPercentFormat ?? false,
      unit,
      zeroIsFloor,
    });
    // A catalogue repeats a few targets or gives each row its own: past a few hundred, the map only grows.
    if (!row.targetIsPercentFormat && !zeroIsFloor && targets.size < TARGET_CACHE_LIMIT)
      targets.set(row.target, target);
  }
  let mask = cache.masks?.get(format);
  if (!mask) {
    mask = maskInfoOf(format);
    cache.masks?.set(format, mask);
  }
  const numericTarget = target.kind !== 'none' && target.kind !== 'done' && target.kind !== 'unparsed';
  const numericByRow = unit !== '' || numericTarget;
  // One map per pair of flags, keyed by the text itself: no key string built per row.
  const aggregations = cache.aggregations[(isPercent ? 2 : 0) + (numericByRow ? 1 : 0)];
  let parsedAggregation = aggregations.get(t.aggregation);
  if (!parsedAggregation) {
    parsedAggregation = parseAggregation(t.aggregation, { isPercent, numeric: numericByRow });
    aggregations.set(t.aggregation, parsedAggregation);
  }
  // A 汇总方式 of 求和/平均/最大/最小/比率 says the values are figures, even when the 单位 was left blank. A `完成`
  // target that is not totalled (不汇总, 一致) asks for an answer (`完成`, `是`) whatever a count's unit says (`项`);
  // totalled, its figures are summed (a blank 汇总方式 with a unit sums), and a percentage stays a figure.
  const answered =
    target.kind === 'done' &&
    !isPercent &&
    !parsedAggregation.defaulted &&
    (parsedAggregation.aggregation.kind === 'none' || parsedAggregation.aggregation.kind === 'same');
  const numeric =
    !answered &&
    (numericByRow ||
      (!parsedAggregation.defaulted && ARITHMETIC_KINDS.has(parsedAggregation.aggregation.kind)));
  return {
    id: key,
    name: t.name,
    section: t.section,
    unit,
    format,
    owner: t.owner,
    note: t.note,
    source: t.source,
    target,
    aggregation: parsedAggregation.aggregation,
    aggregationUnparsed: !parsedAggregation.ok,
    rateNeedsRatio: isPercent && numeric && parsedAggregation.defaulted,
    definedAt: { sheet: row.sheet, cell: idCell },
    row,
    isCount: COUNT_UNITS.has(unit),
    isPercent,
    percentBounded: isPercent && !UNBOUNDED_PERCENT.test(t.name),
    numeric,
    maskDigits: mask.maskDigits,
    approx: mask.approx,
    maskPlaces: mask.maskPlaces,
    maskRounds: mask.maskRounds || (t.source !== '' && ROUNDING_IN_SOURCE.test(t.source)),
    formatProblem: mask.formatProblem,
    scale,
    maskScale: format.includes('亿') ? 1e8 : format.includes('万') ? 1e4 : 1,
    ref: { id: key, name: t.name },
  };
}

/** Localised words the checks put in `expected`; built once per analysis. */
export interface ExpectedLabels {
  readonly number: string;
  readonly integer: string;
  readonly nonNegative: string;
  readonly percentRange: string;
  /** What an approximate figure (`约30`) should be instead. */
  readonly exact: string;
}

export interface CheckedValue {
  /** In the indicator's unit (percent points for %, 万 for 万 units); null when missing or not a number. */
  readonly value: number | null;
  /** The cell as the user sees it. */
  readonly text: string;
}

function display(raw: CellValue): string {
  if (raw === null || raw === undefined) return '';
  if (typeof raw === 'object') return raw.error;
  if (typeof raw === 'boolean') return raw ? 'TRUE' : 'FALSE';
  return typeof raw === 'number' ? String(raw) : raw.trim();
}

/**
 * One finding about a definition's cell. `params` starts with the unit (`{ unit, ...more }`); written out rather than
 * spread, as this runs for every flagged cell.
 */
function finding(
  out: FindingSink,
  severity: Finding['severity'],
  code: Finding['code'],
  def: Definition,
  at: CellRef,
  found: string,
  expected?: string,
  params: Record<string, string | number> = { unit: def.unit },
): void {
  out.push(
    expected !== undefined
      ? { severity, code, sheet: at.sheet, cell: at.cell, indicator: def.ref, found, expected, params }
      : { severity, code, sheet: at.sheet, cell: at.cell, indicator: def.ref, found, params },
  );
}

/** `missing-value`: a blank where a figure is due. */
export function missingValueFinding(def: Definition, at: CellRef): Finding {
  return {
    severity: 'error',
    code: 'missing-value',
    sheet: at.sheet,
    cell: at.cell,
    indicator: def.ref,
    found: '',
    params: { unit: def.unit },
  };
}

/** `date-in-value`: a figure's cell formatted as a date, so Excel shows (and stores) a date, not the figure. */
function dateInValueFinding(def: Definition, at: CellRef, found: string): Finding {
  return {
    severity: 'error',
    code: 'date-in-value',
    sheet: at.sheet,
    cell: at.cell,
    indicator: def.ref,
    found,
  };
}

/** An Excel date serial (1900 system) as `2022/5/1`. */
function dateText(serial: number): string {
  const date = new Date(Math.round((serial - 25569) * 86400000));
  return `${date.getUTCFullYear()}/${date.getUTCMonth() + 1}/${date.getUTCDate()}`;
}

/** `percent-on-non-percent`: a `%` (typed, or the cell's format) on a figure whose unit is not a percentage. */
export function percentOnNonPercentFinding(
  def: Definition,
  at: CellRef,
  found: string,
  value: number,
): Finding {
  return {
    severity: 'warning',
    code: 'percent-on-non-percent',
    sheet: at.sheet,
    cell: at.cell,
    indicator: def.ref,
    found,
    params: { unit: def.unit, value: String(value) },
  };
}

/** How a `完成值` cell is read: what its number format shows, whether it holds a formula, whether its mask applies. */
export interface ActualCellContext {
  /** Formatted as percent: Excel stores a typed `95%` as 0.95. */
  readonly percentFormat: boolean;
  /** Formatted as a date: Excel turned what was typed (`5-1`) into one. */
  readonly dateFormat?: boolean;
  /** The cell has a formula, so a blank means a formula nobody calculated (a file written by a script). */
  readonly formula?: boolean;
  /** The `格式` mask is checked (true unless said otherwise): a unit's own figure is not what the report shows. */
  readonly maskChecks?: boolean;
  /** A blank is no mistake here: the value is not used (a unit's rate, recomputed from its parts). */
  readonly blankAllowed?: boolean;
}

/**
 * Checks one `完成值` cell and returns its value. Findings go to `out`. A blank, an error value or text is never
 * read as 0: the value is null and the finding says why. A value with an error finding (a negative or fractional
 * count, a percentage out of range) is null too, its text kept: nothing is computed from a value known to be wrong.
 */
export function checkActualCell(
  raw: CellValue,
  context: ActualCellContext,
  def: Definition,
  at: CellRef,
  labels: ExpectedLabels,
  out: FindingSink,
): CheckedValue {
  const into: CheckInto = { sheet: at.sheet, cell: at.cell, value: null, text: '' };
  checkActualInto(raw, context, def, into, labels, out);
  return { value: into.value, text: into.text };
}

/** Where `checkActualInto` writes: the cell (for findings) and what it holds. */
export interface CheckInto extends CellRef {
  value: number | null;
  text: string;
}

/**
 * A percent-formatted number as Excel shows it, in percent points with `%` (0.9858 → `98.58%`), for messages; the
 * plain number otherwise.
 */
function numberText(raw: number, value: number, percentFormat: boolean): string {
  return percentFormat ? `${value}%` : String(raw);
}

/**
 * `checkActualCell` without allocating a result, for the unit loop's cells that are not plain numbers (a large
 * street has thousands). Plain finite numbers (what Excel stores) skip the text parser.
 */
export function checkActualInto(
  raw: CellValue,
  context: ActualCellContext,
  def: Definition,
  into: CheckInto,
  labels: ExpectedLabels,
  out: FindingSink,
): void {
  const percentFormat = context.percentFormat;
  let value: number;
  let percent = percentFormat;
  let approximate = false;
  if (typeof raw === 'number' && Number.isFinite(raw) && context.dateFormat === true && def.numeric) {
    // A figure Excel turned into a date (`5-1` typed): its serial number is no count of anything.
    into.text = dateText(raw);
    into.value = null;
    out.push(dateInValueFinding(def, into, into.text));
    return;
  }
  if (typeof raw === 'number' && Number.isFinite(raw)) {
    value = percentFormat ? percentPoints(raw) : raw;
    into.text = numberText(raw, value, percentFormat);
  } else {
    const text = display(raw);
    into.text = text;
    const parsed = parseUserNumber(raw, { percentFormat });
    if (!parsed.ok) {
      into.value = null;
      if (parsed.reason === 'blank') {
        if (context.blankAllowed === true) return;
        if (context.formula === true && (raw === null || raw === undefined)) {
          finding(out, 'error', 'formula-not-calculated', def, into, '');
        } else {
          out.push(missingValueFinding(def, into));
        }
      } else if (parsed.reason === 'excel-error') {
        finding(out, 'error', 'excel-error', def, into, parsed.found);
      } else if (def.numeric) {
        finding(out, 'error', 'not-a-number', def, into, parsed.found, labels.number);
      }
      return;
    }
    value = parsed.value;
    percent = parsed.percent;
    // `12.3万` in a 万人次 column means 12.3, not 123000; in a 人次 column it is 123000; `3000万` under 亿元 is 0.3.
    if (parsed.trailingText !== '' || parsed.scaleWord !== undefined) {
      const inUnit = readInUnit(parsed, def.unit);
      value = inUnit.value;
      if (inUnit.otherUnit !== null) {
        // `50人` under 人次: read as 50 人次, but the writer counted something else.
        finding(out, 'warning', 'value-unit-differs', def, into, text, def.unit, {
          unit: def.unit,
          value,
          written: inUnit.otherUnit,
        });
      }
    }
    // `约30` is read as 30 so that totals still work, but a report figure should be exact: say it was counted so.
    if (parsed.approxWord !== undefined) {
      approximate = true;
      finding(out, 'warning', 'approx-value', def, into, text, labels.exact, {
        unit: def.unit,
        value,
        word: parsed.approxWord,
      });
    }
  }
  const text = into.text;
  if (percent && questionsPercent(def)) out.push(percentOnNonPercentFinding(def, into, text, value));
  if (checkRange(value, text, def, into, labels, out)) {
    into.value = null;
    return;
  }
  into.value = value;
  // The mask is checked on the exact figure the warning asks for: `30余` under `**余` is what the report will say,
  // not a round value that cannot be written so.
  if (context.maskChecks !== false && !approximate) checkMask(value, text, def, into, out);
}

/** `rangeProblems` bits: a negative count, a fractional count, a percentage out of 0..100. */
export const NEGATIVE_COUNT = 1;
export const FRACTIONAL_COUNT = 2;
export const PERCENT_OUT_OF_RANGE = 4;

/** `rangeChecksOf` bits: the range tests a definition's values go through. */
export const RANGE_COUNT = 1;
export const RANGE_PERCENT = 2;

/** Which range tests a definition's values go through (`RANGE_*`), worked out once per definition. */
export function rangeChecksOf(def: Definition): number {
  return (def.isCount ? RANGE_COUNT : 0) | (def.percentBounded ? RANGE_PERCENT : 0);
}

/** Which of the range tests `checks` a value fails (0: none); any of them makes the value unusable. */
export function rangeProblemsFor(checks: number, value: number): number {
  let problems = 0;
  if (checks & RANGE_COUNT) {
    if (value < 0) problems |= NEGATIVE_COUNT;
    else if (!Number.isInteger(value)) problems |= FRACTIONAL_COUNT;
  }
  if (checks & RANGE_PERCENT && (value < 0 || value > 100)) problems |= PERCENT_OUT_OF_RANGE;
  return problems;
}

/** Which range checks a value fails (0: none); any of them makes the value unusable. */
export function rangeProblems(value: number, def: Definition): number {
  return rangeProblemsFor(rangeChecksOf(def), value);
}

/** A `%` on this definition's figures is worth a word: they are numbers with a unit, and the unit is not %. */
export function questionsPercent(def: Definition): boolean {
  return def.numeric && !def.isPercent && def.unit !== '';
}

/** The finding for one `rangeProblems` bit at a cell whose text is `text`. */
export function rangeFinding(
  problem: number,
  def: Definition,
  at: CellRef,
  text: string,
  labels: ExpectedLabels,
): Finding {
  const [code, expected] =
    problem === NEGATIVE_COUNT
      ? (['negative-count', labels.nonNegative] as const)
      : problem === FRACTIONAL_COUNT
        ? (['not-integer', labels.integer] as const)
        : (['percent-out-of-range', labels.percentRange] as const);
  return {
    severity: 'error',
    code,
    sheet: at.sheet,
    cell: at.cell,
    indicator: def.ref,
    found: text,
    expected,
    params: { unit: def.unit },
  };
}

const RANGE_PROBLEMS = [NEGATIVE_COUNT, FRACTIONAL_COUNT, PERCENT_OUT_OF_RANGE];

/** Negative or fractional counts, percentages out of 0..100. True when it found an error (the value is unusable). */
function checkRange(
  value: number,
  text: string,
  def: Definition,
  at: CellRef,
  labels: ExpectedLabels,
  out: FindingSink,
): boolean {
  const problems = rangeProblems(value, def);
  if (problems === 0) return false;
  for (const problem of RANGE_PROBLEMS) {
    if (problems & problem) out.push(rangeFinding(problem, def, at, text, labels));
  }
  return true;
}

/**
 * The value as the mask shows it: divided by 10^4 / 10^8 when the mask carries 万 / 亿 and the unit is unscaled
 * (`人次` into `**万余`), as the fill writes it; as it is when the unit already counts in 万 (`万人次`).
 */
function maskShownValue(value: number, def: Definition): number {
  if (def.maskScale === 1 || def.scale !== 1) return value;
  // No unit: read the value the way that fits the mask's digits (the fill's rule).
  if (def.unit === '' && def.maskDigits !== null && integerDigitCount(value) <= def.maskDigits) return value;
  return roundFloat(value / def.maskScale);
}

/**
 * Digits against the mask and `余` that cannot be true. The mask describes the figure the report prints, so with
 * units it is checked on the street total (`ofUnits`), not on each community's share.
 */
export function checkMask(
  value: number,
  text: string,
  def: Definition,
  at: CellRef,
  out: FindingSink,
  ofUnits = false,
): void {
  if (def.maskDigits === null || value < 0) return;
  const shown = maskShownValue(value, def);
  const digits = integerDigitCount(shown);
  if (
    digits > def.maskDigits &&
    def.scale !== 1 &&
    shown >= def.scale &&
    integerDigitCount(roundFloat(shown / def.scale)) <= def.maskDigits
  ) {
    // 1563800 in a 万人次 row fits `***.*` once divided by 10,000: typed in 人次, most likely. Say that, not just
    // "too many digits", since the report would otherwise print 1563800.0万人次.
    finding(out, 'warning', 'scale-suspect', def, at, text, def.format, {
      unit: def.unit,
      baseUnit: def.unit.slice(1),
      scaled: String(roundFloat(shown / def.scale)),
    });
    // Its decimals are those of a figure in the wrong unit: nothing to say about them.
    return;
  } else if (digits !== def.maskDigits) {
    finding(out, 'warning', 'mask-digits', def, at, text, def.format, {
      unit: def.unit,
      digits,
      maskDigits: def.maskDigits,
    });
  } else if (def.approx && !approxPossible(shown, def.maskScale !== 1, maskDecimals(def.format) ?? 0)) {
    finding(out, 'warning', 'approx-not-possible', def, at, text, def.format);
  }
  const computed = ofUnits && isComputedAggregation(def.aggregation);
  if (def.maskPlaces !== null && !def.maskRounds && !computed && !Number.isInteger(shown)) {
    checkMaskDecimals(value, shown, text, def, def.maskPlaces, at, out);
  }
}

/**
 * A mean or a rate of the units' figures is arithmetic: its decimals are the mask's to round, not data lost, so
 * neither validation nor the fill warns about them (`mask-decimals`).
 */
export function isComputedAggregation(aggregation: Aggregation): boolean {
  return aggregation.kind === 'mean' || aggregation.kind === 'ratio';
}

/**
 * `mask-decimals`: the figure as the mask shows it (3.5 for 350000000 元 under `*亿`) has more decimals than the
 * mask, so the report would round it (to 4亿). A warning, not an error: a coarse mask may be meant.
 */
function checkMaskDecimals(
  value: number,
  shown: number,
  text: string,
  def: Definition,
  places: number,
  at: CellRef,
  out: FindingSink,
): void {
  const decimals = toDecimal(roundFloat(shown)).places;
  if (decimals <= places || def.maskDigits === null) return;
  const scale = def.maskScale === 1e8 ? '亿' : def.maskScale === 1e4 ? '万' : null;
  // What the fill would write, by the same policy (a rate below 100 is not rounded up to 100, and so on).
  const written = writeNumber(
    value,
    {
      digits: def.maskDigits,
      decimals: places,
      scale,
      markers: { before: null, after: null, afterBeforeScale: false },
      format: def.format,
      kind: def.format.includes('%') || def.format.includes('％') ? 'percent' : 'decimal',
    },
    { unit: def.unit },
  );
  finding(out, 'warning', 'mask-decimals', def, at, text, def.format, {
    unit: def.unit,
    decimals,
    maskDecimals: places,
    shown: shown === value ? String(shown) : `${shown}${scale ?? ''}`,
    rendered: written.text,
  });
}

/**
 * `target-formula-not-calculated`: a `目标值` formula nobody calculated (a file written by a program) reads as no
 * target; said at the cell, so that 无目标 is not taken for what the catalogue meant.
 */
export function uncalculatedTargetFinding(def: Definition, formula: string): Finding {
  return {
    severity: 'warning',
    code: 'target-formula-not-calculated',
    sheet: def.row.sheet,
    cell: def.row.cells.target ?? def.definedAt.cell,
    indicator: def.ref,
    found: formula,
  };
}

/**
 * `format-not-a-mask` / `format-malformed` at a definition's `格式` cell: its figures go unchecked against it. For the
 * first of the `count` indicators with that 格式.
 */
export function checkFormat(def: Definition, count: number, out: FindingSink): void {
  if (def.formatProblem === null) return;
  out.push({
    severity: 'warning',
    code: def.formatProblem,
    sheet: def.row.sheet,
    cell: def.row.cells.format ?? def.definedAt.cell,
    indicator: def.ref,
    found: def.format,
    // How many indicators have this 格式: said once, at the first.
    params: { count },
  });
}

/**
 * `**余` reads "more than the figure shown": possible only when the figure the report would print (the fill's
 * policy: 37 → 30余, 2468 → 2400余, 3.4 into `*万余` → 3万余) is below the value. 30, 2400, 7 cannot take 余.
 */
export function approxPossible(value: number, scaled = false, decimals = 0): boolean {
  if (scaled) {
    const factor = 10 ** decimals;
    return Math.floor(value * factor + 1e-9) / factor < value - 1e-9;
  }
  const digits = integerDigitCount(value);
  if (digits <= DEFAULT_NUMBER_WRITING.approxDownMinimumDigits) return false;
  const step = 10 ** (digits - DEFAULT_NUMBER_WRITING.approxDownSignificantDigits(digits));
  return Math.floor(value / step) * step < value - 1e-9;
}

/**
 * A percent-formatted cell's number in percent points (0.9858 → 98.58) without binary noise: the same result as
 * `roundFloat(raw * 100)` for the values percentages take, without formatting a string per cell.
 */
export function percentPoints(raw: number): number {
  const points = raw * 100;
  return Math.abs(points) < 1e6 ? Math.round(points * 1e9) / 1e9 : roundFloat(points);
}

/**
 * `previous-not-a-number`, for a `上年值` cell `previousValue` read as null: a warning when it holds anything at all
 * (`abc`, `#N/A`), since the year-on-year check then quietly does not happen.
 */
export function reportUnreadablePrevious(
  raw: CellValue,
  def: Definition,
  at: CellRef,
  out: FindingSink,
): void {
  const found = display(raw);
  if (found === '') return;
  out.push({
    severity: 'warning',
    code: 'previous-not-a-number',
    sheet: at.sheet,
    cell: at.cell,
    indicator: def.ref,
    found,
    params: { unit: def.unit },
  });
}

/** Parses a `上年值` cell quietly (`reportUnreadablePrevious` says when it could not). */
export function previousValue(raw: CellValue, percentFormat: boolean, def: Definition): number | null {
  if (typeof raw === 'number' && Number.isFinite(raw)) return percentFormat ? percentPoints(raw) : raw;
  const parsed = parseUserNumber(raw, { percentFormat });
  if (!parsed.ok) return null;
  return readInUnit(parsed, def.unit).value;
}

/** (actual − previous) / previous, null when it means nothing. */
export function yearOnYear(actual: number | null, previous: number | null): number | null {
  if (actual === null || previous === null || previous === 0) return null;
  return roundFloat((actual - previous) / Math.abs(previous));
}

/** The change passes the `yoy-jump` threshold (`ratio` of last year's value either way). */
export function isYearOnYearJump(actual: number | null, previous: number | null, ratio: number): boolean {
  if (actual === null || previous === null || previous === 0) return false;
  return Math.abs(actual - previous) > ratio * Math.abs(previous);
}

/** The `yoy-jump` warning for a change that passes the threshold. */
export function yearOnYearFinding(actual: number, previous: number, def: Definition, at: CellRef): Finding {
  const ratio = (actual - previous) / Math.abs(previous);
  return {
    severity: 'warning',
    code: 'yoy-jump',
    sheet: at.sheet,
    cell: at.cell,
    indicator: def.ref,
    found: String(actual),
    expected: String(previous),
    params: { unit: def.unit, change: changeText(ratio) },
  };
}

/** A `yoy-jump` warning when the change passes the threshold. */
export function checkYearOnYear(
  actual: number | null,
  previous: number | null,
  ratio: number,
  def: Definition,
  at: CellRef,
  out: FindingSink,
): void {
  if (actual === null || previous === null || !isYearOnYearJump(actual, previous, ratio)) return;
  out.push(yearOnYearFinding(actual, previous, def, at));
}

/** From 10,000.0% on (in tenths), a change is shown whole and grouped (`+231,975%`): a tenth there is noise. */
const LARGE_CHANGE_TENTHS = 100000;

/**
 * The change as a signed percentage: to a tenth (`+880.7%`, `-62.5%`), as it always was; from 10,000% on whole and
 * grouped in threes by commas (`+231,975%`, not `+231975.5%`), five digits and more being what GB/T 15835 groups.
 */
function changeText(ratio: number): string {
  // A fall to a sliver of last year is not a fall to nothing: -99.98% reads -99.9%, not -100%.
  const tenths = ratio > -1 ? Math.max(Math.round(ratio * 1000), -999) : Math.round(ratio * 1000);
  if (tenths < LARGE_CHANGE_TENTHS && tenths > -LARGE_CHANGE_TENTHS) return tenthsText(tenths);
  const magnitude = Math.abs(ratio * 100);
  // Past 10^21 String() writes an exponent, which grouping would mangle (only absurd inputs get there).
  if (!(magnitude < 1e21)) return tenthsText(tenths);
  const whole = String(Math.round(magnitude)).replace(/\B(?=(\d{3})+$)/g, ',');
  return `${ratio > 0 ? '+' : '-'}${whole}%`;
}

/**
 * `${percent > 0 ? '+' : ''}${percent}%` for `percent = tenths / 10`, written from the digits: `tenths / 10` is the
 * double nearest that decimal, so its shortest form is the decimal itself (below 10^14, where doubles are closer
 * than 0.1). Saves formatting a double for each of what can be 100,000 jumps.
 */
function tenthsText(tenths: number): string {
  const percent = tenths / 10;
  if (!(tenths < 1e15 && tenths > -1e15)) return `${percent > 0 ? '+' : ''}${percent}%`;
  const magnitude = tenths < 0 ? -tenths : tenths;
  const digit = magnitude % 10;
  const whole = (magnitude - digit) / 10;
  const body = digit === 0 ? String(whole) : `${whole}.${digit}`;
  return percent > 0 ? `+${body}%` : percent < 0 ? `-${body}%` : `${body}%`;
}
