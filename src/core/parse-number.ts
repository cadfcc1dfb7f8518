/**
 * Numbers as people type them into indicator sheets: `１２３`, `1,234`, ` 95% `, `12.3万`, `约30`, numbers stored as
 * text. Text is never turned into 0: anything that is not clearly a number is a failure with a reason.
 */
import { type CellValue, isCellError } from './snapshot';

export type ParsedNumber =
  | {
      readonly ok: true;
      /**
       * In the unit the cell means: percent points for percentages (95% → 95), unscaled for scale words (12.3万 →
       * 123000; see `readInUnit` for the figure in an indicator's unit).
       */
      readonly value: number;
      /** The text carried a `%`, or the cell held a number under a percent number format. */
      readonly percent: boolean;
      /** A scale word the text carried (`百`, `千`, `万`, `百万`, `千万`, `亿`), already applied to `value`. */
      readonly scaleWord?: ScaleWord;
      /** A unit word left after the number (`30个` → `个`); empty when none. */
      readonly trailingText: string;
      /**
       * The approximation word around the figure (`约30` → `约`, `30余` → `余`, `30左右` → `左右`), not part of the
       * value. Present only then, so plain numbers and numeric text pay nothing for it.
       */
      readonly approxWord?: string;
    }
  | {
      readonly ok: false;
      readonly reason: 'blank' | 'excel-error' | 'not-a-number' | 'boolean';
      /** The input as the user sees it, for messages. */
      readonly found: string;
    };

/**
 * Words that make a figure approximate: before it (`约30`, `超过 1,000`, `将近50`, `~30`, and the traditional forms
 * people paste), right after it (`30余`, `30多`), at the end (`30左右`, `30人以上`), or a lone `+` (`30+`; not
 * `7+N`, which is a code).
 */
const APPROX_BEFORE = /^(约|約|大约|大約|大概|将近|將近|接近|近|超过|超過|逾|不到|不足|≈|~|～)\s*/;
const APPROX_AFTER = /^(余|餘|多)/;
const APPROX_AT_END = /(左右|上下|以上|以下|出头)$/;

const FULL_WIDTH_DIGIT = /[\uFF10-\uFF19]/g;

/** Any character `toHalfWidth` changes; most text has none, and then it is returned as it is. */
const HALF_WIDTH_NEEDED = /[\uFF10-\uFF19．。，､、％－−—–＋\u3000\u00a0]/;

/**
 * Full-width Latin letters (`Ｍ００２`'s `Ｍ`, as a Chinese IME types them) as ASCII. Apart from `toHalfWidth`, which
 * numbers and units go through, because there a letter is text to keep as typed.
 */
export function halfWidthLetters(text: string): string {
  return text.replace(/[Ａ-Ｚａ-ｚ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Whether `String.prototype.trim` removes this UTF-16 code unit (a WhiteSpace or LineTerminator). */
function isTrimmedCode(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * `text.trim()`, but the text itself when neither end is a space: the common case for cell texts, where `trim`
 * still costs a call into the runtime for each of a catalogue's 20,000 distinct IDs and names.
 */
export function trimText(text: string): string {
  const last = text.length - 1;
  if (last < 0) return text;
  return isTrimmedCode(text.charCodeAt(0)) || isTrimmedCode(text.charCodeAt(last)) ? text.trim() : text;
}

/** Full-width digits and signs to ASCII; Chinese and full-width punctuation that people use in numbers. */
export function toHalfWidth(text: string): string {
  if (!HALF_WIDTH_NEEDED.test(text)) return text;
  return text
    .replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, '.')
    .replace(/[，､、]/g, ',')
    .replace(/[％]/g, '%')
    .replace(/[－−—–]/g, '-')
    .replace(/[＋]/g, '+')
    .replace(/[\u3000\u00a0]/g, ' ');
}

export interface ParseOptions {
  /** The cell's number format shows percent (`0.00%`): a stored number 0.9858 means 98.58 (text is not scaled). */
  readonly percentFormat?: boolean;
}

/** Display text of a raw cell value for messages: what the user would see, not a JS rendering. */
export function displayCellValue(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (isCellError(value)) return value.error;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/**
 * Sign, integer part, decimals. The integer part may be grouped in threes by commas (`1,234`) or, as GB/T 15835
 * writes them, by a space, thin space or narrow no-break space (`1 234`, `1\u2009234`); a group of other than three
 * digits (`1 00`) is not grouping, so the text is not a number.
 */
const NUMBER_TEXT = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u2009\u202f]\d{3})+|\d+)?(?:\.(\d+))?/;
const GROUPING = /[, \u2009\u202f]/g;

export function parseUserNumber(raw: CellValue | undefined, options: ParseOptions = {}): ParsedNumber {
  if (raw === null || raw === undefined) return { ok: false, reason: 'blank', found: '' };
  if (isCellError(raw)) return { ok: false, reason: 'excel-error', found: raw.error };
  if (typeof raw === 'boolean') return { ok: false, reason: 'boolean', found: displayCellValue(raw) };
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return { ok: false, reason: 'not-a-number', found: String(raw) };
    return options.percentFormat
      ? { ok: true, value: roundFloat(raw * 100), percent: true, trailingText: '' }
      : { ok: true, value: raw, percent: false, trailingText: '' };
  }
  const found = raw;
  let text = toHalfWidth(raw).trim();
  if (text === '') return { ok: false, reason: 'blank', found };
  // Approximation words are the writer's, not part of the value: read past, but kept for the checks to question.
  // Only text starting above ASCII (or with `~`) can have one in front, so numeric text skips the pattern.
  let approxWord: string | undefined;
  const first = text.charCodeAt(0);
  if (first > 0x7f || first === 0x7e) {
    const word = APPROX_BEFORE.exec(text);
    if (word) {
      approxWord = word[1];
      text = text.slice(word[0].length);
    }
  }
  const match = NUMBER_TEXT.exec(text);
  if (!match || (match[2] === undefined && match[3] === undefined)) {
    return { ok: false, reason: 'not-a-number', found };
  }
  const sign = match[1] === '-' ? -1 : 1;
  const integerPart = (match[2] ?? '0').replace(GROUPING, '');
  const fraction = match[3] ?? '';
  let value = sign * Number(`${integerPart}${fraction ? `.${fraction}` : ''}`);
  let rest = text.slice(match[0].length).trim();
  let percent = false;
  let scaleWord: ScaleWord | undefined;
  if (rest.startsWith('%')) {
    percent = true;
    rest = rest.slice(1).trim();
  } else if (rest !== '') {
    scaleWord = scaleWordAt(rest);
    if (scaleWord !== undefined) {
      value = roundFloat(value * SCALES[scaleWord]);
      rest = rest.slice(scaleWord.length).trim();
    }
  }
  if (rest !== '') {
    const after = APPROX_AFTER.exec(rest);
    if (after) {
      approxWord ??= after[1];
      rest = rest.slice(after[0].length).trim();
    }
    const atEnd = APPROX_AT_END.exec(rest);
    if (rest === '+') {
      approxWord ??= '+';
      rest = '';
    } else if (atEnd) {
      approxWord ??= atEnd[1];
      rest = rest.slice(0, atEnd.index).trim();
    }
  }
  // What is left may be a unit word (`30个`, `12人次`, `5 元`) but never another number or sentence.
  if (rest !== '' && !/^[\u4e00-\u9fffA-Za-z/]{1,6}$/.test(rest)) {
    return { ok: false, reason: 'not-a-number', found };
  }
  if (!Number.isFinite(value)) return { ok: false, reason: 'not-a-number', found };
  // Text is shown as typed whatever the cell's number format (Excel formats numbers only): `95` typed as text into
  // a `0.0%` cell reads 95, not 9500, so the percent format does not scale it.
  if (scaleWord === undefined && approxWord === undefined)
    return { ok: true, value, percent, trailingText: rest };
  return {
    ok: true,
    value,
    percent,
    ...(scaleWord ? { scaleWord } : {}),
    trailingText: rest,
    ...(approxWord ? { approxWord } : {}),
  };
}

/** How many ones each scale word stands for. */
const SCALES = { 百: 1e2, 千: 1e3, 万: 1e4, 百万: 1e6, 千万: 1e7, 亿: 1e8 } as const;

export type ScaleWord = keyof typeof SCALES;

/** The scale word `text` starts with, the longest one (`千万` before `千`); not the 百 of 百分比 / 百分点. */
function scaleWordAt(text: string): ScaleWord | undefined {
  const first = text[0];
  if (first === '千') return text.startsWith('千万') ? '千万' : '千';
  if (first === '百') return text.startsWith('百万') ? '百万' : text[1] === '分' ? undefined : '百';
  return first === '万' || first === '亿' ? first : undefined;
}

/** Unit words that name the same unit, as their usual form. */
const UNIT_SYNONYMS: Readonly<Record<string, string>> = {
  平米: '平方米',
  '㎡': '平方米',
  公斤: '千克',
  公里: '千米',
  人数: '人',
  户数: '户',
  个数: '个',
  件数: '件',
  次数: '次',
  场数: '场',
};

function sameUnit(a: string, b: string): boolean {
  return a === b || (UNIT_SYNONYMS[a] ?? a) === (UNIT_SYNONYMS[b] ?? b);
}

/** A parsed figure in an indicator's unit (see `readInUnit`), and the unit word it was written with if another. */
export interface FigureInUnit {
  readonly value: number;
  /** The unit word written after the figure when it is not the indicator's (`人` under 人次), else null. */
  readonly otherUnit: string | null;
}

/**
 * A parsed figure in the indicator's unit `unit`, whose own scale word (`万元`, `亿元`, `千元`, `百万元`) gives its scale:
 * a figure written with the unit in full (`12.3万人次` under 万人次) is taken as it is; one written with a scale word
 * is converted (`3000万` under 亿元 is 0.3, `1.5亿` under 万元 is 15000, `3千` under 元 is 3000, `5万元` under 千元 is
 * 50); one written with the unit's own word under a scaled unit too (`5000元` under 万元 is 0.5, `3000米` under 千米
 * is 3). `千` before another unit word is part of that word (`3.5千米` under 公里 is 3.5, said as another unit).
 */
export function readInUnit(parsed: Extract<ParsedNumber, { ok: true }>, unit: string): FigureInUnit {
  const scaleWord = parsed.scaleWord;
  const trailing = parsed.trailingText;
  if (scaleWord === undefined && trailing === '') return { value: parsed.value, otherUnit: null };
  const unitWord = scaleWordAt(unit);
  const unitScale = unitWord === undefined ? 1 : SCALES[unitWord];
  const base = unitWord === undefined ? unit : unit.slice(unitWord.length);
  const fits = (word: string): boolean => word === '' || unit === '' || sameUnit(word, unit);
  if (scaleWord === undefined) {
    if (unitScale !== 1 && sameUnit(trailing, base))
      return { value: roundFloat(parsed.value / unitScale), otherUnit: null };
    return { value: parsed.value, otherUnit: fits(trailing) ? null : trailing };
  }
  const asWritten = roundFloat(parsed.value / SCALES[scaleWord]);
  if (sameUnit(scaleWord + trailing, unit)) return { value: asWritten, otherUnit: null };
  if (scaleWord === '千' && trailing !== '' && !sameUnit(trailing, base)) {
    // 千米, 千克, 千瓦: a unit word of its own, not a thousand of something.
    return { value: asWritten, otherUnit: scaleWord + trailing };
  }
  const value = unitScale === 1 ? parsed.value : roundFloat(parsed.value / unitScale);
  return { value, otherUnit: trailing === '' || sameUnit(trailing, base) || unit === '' ? null : trailing };
}

/**
 * A value for a percentage that may have been typed as a fraction (`0.95` meaning 95%): read, in (0, 1], with no `%`
 * typed and no percent number format. Only a hint, as 0.5% is a real rate: whoever warns also wants other figures of
 * the indicator (other units, its target, last year) above 1.
 */
export function mayBeFractionForPercent(parsed: ParsedNumber): boolean {
  return parsed.ok && !parsed.percent && parsed.value > 0 && parsed.value <= 1;
}

/** 10^0 … 10^22: every one an exact double. */
const POWERS_OF_TEN: readonly number[] = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

/**
 * Strip binary floating-point noise (0.9858 * 100 = 98.58000000000001) to 12 significant digits: exactly
 * `Number(value.toPrecision(12))`, which it falls back to when in doubt. It runs for every completion ratio and
 * every non-whole total (10,000s per analysis), and formatting then parsing a string was a fifth of the targets' cost.
 */
export function roundFloat(value: number): number {
  // Whole numbers of up to 12 digits come back unchanged (0 as +0), without formatting a string.
  if (Number.isInteger(value) && value < 1e12 && value > -1e12) return value === 0 ? 0 : value;
  const magnitude = Math.abs(value);
  if (magnitude >= 1e-10 && magnitude < 1e12) {
    // Scaled to 12 integer digits, [1e11, 1e12), the digits toPrecision keeps are the scaled value rounded.
    const k = 11 - Math.floor(Math.log10(magnitude));
    const power = POWERS_OF_TEN[k];
    const scaled = magnitude * power;
    if (scaled >= 1e11 && scaled < 1e12) {
      const whole = Math.floor(scaled);
      // Exact: both below 2^40. The product is off the true one by at most 1e12 × 2^-53 ≈ 1.2e-4, so away from a
      // half the rounding is the true value's.
      const fraction = scaled - whole;
      if (Math.abs(fraction - 0.5) > 1e-3) {
        // Both exact, so the division is the correctly rounded double of the decimal: the one `Number()` reads.
        const rounded = (fraction > 0.5 ? whole + 1 : whole) / power;
        return value < 0 ? -rounded : rounded;
      }
    }
  }
  return Number(value.toPrecision(12));
}

/**
 * Decimal places of a figure as typed (0.25 → 2, 4115226300.41 → 2, 3 → 0), up to 10; more than 10 (a computed
 * value, 1/3) gives 11. Multiplies instead of formatting a string: it runs for every non-whole unit figure summed.
 */
export function decimalPlaces(value: number): number {
  if (Number.isInteger(value)) return 0;
  for (let places = 1; places <= 10; places++) {
    const scaled = value * POWERS_OF_TEN[places];
    // Off a whole number by the value's and the product's rounding alone: a few units in the last binary place.
    if (Math.abs(scaled - Math.round(scaled)) <= 8 * Number.EPSILON * Math.max(1, Math.abs(scaled)))
      return places;
  }
  return 11;
}

/**
 * A sum of figures with at most `places` decimals, as that exact decimal (12345678901.23, not 12345678901.229998
 * nor, cut to 12 digits, 12345678901.2): the sum of such figures has no more places, and binary addition of a few
 * dozen of them is off it by far less than half of the last, up to figures of some 10^11 with cents (past 10^12 a
 * double's last bits are cents themselves, and a sum can be a cent off). Past 10 places, or past what a double
 * holds whole, 15 significant digits.
 */
export function roundSum(sum: number, places: number): number {
  if (Number.isInteger(sum)) return sum;
  if (places <= 10) {
    const scaled = Math.round(sum * POWERS_OF_TEN[places]);
    if (Math.abs(scaled) <= Number.MAX_SAFE_INTEGER) {
      const rounded = scaled / POWERS_OF_TEN[places];
      return rounded === 0 ? 0 : rounded; // not −0
    }
  }
  return Number(sum.toPrecision(15));
}

/**
 * A mean (or another quotient) cleared of binary noise: 12 significant digits below a billion (three decimals at
 * least, and `roundFloat` needs no string), 15 above it, the most a double shows reliably (and Excel keeps), so a
 * mean of 4,115,226,300.41s keeps its cents.
 */
export function roundQuotient(value: number): number {
  if (Number.isInteger(value)) return value;
  return Math.abs(value) < 1e9 ? roundFloat(value) : Number(value.toPrecision(15));
}

/** How many digits the integer part of a value has (0.5 → 1, 128 → 3). */
export function integerDigitCount(value: number): number {
  const integer = Math.floor(Math.abs(value));
  return integer === 0 ? 1 : String(integer).length;
}
