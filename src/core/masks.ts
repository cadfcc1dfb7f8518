/**
 * Masks in a report template: runs of `*` standing for hidden digits or characters (`**余场次`, `约***.*万人次`,
 * `“*+*+N”`, `**街道`). Scanning finds each one, classifies it from the words around it and records where it sits,
 * so the skeleton can ask for its value and the fill can write it back the way the sentence needs.
 */
import { UNIT_WORDS, indicatorNameFor, longestPrefix, maskPattern, sourceExcerpt } from './mask-names';

/** What a mask stands for. Numeric kinds take numbers; text kinds take what the person typed. */
export type MaskKind =
  | 'count'
  | 'decimal'
  | 'percent'
  | 'text-name'
  | 'text-code'
  | 'text-hotline'
  /** Not enough around it to tell; listed in `MaskScan.unclassified`, never guessed. */
  | 'unknown';

export type ScaleWord = '万' | '亿';

export interface MaskMarkers {
  /** `约`/`近` just before the mask: the value is rounded. */
  readonly before: '约' | '近' | null;
  /** `余`/`多` after the mask (after the scale word, or before it in `**余万`): the value is more than shown. */
  readonly after: '余' | '多' | null;
  /** The after-marker stands before the scale word (`**余万人`) rather than after it (`**万余人`). */
  readonly afterBeforeScale: boolean;
}

export interface Mask {
  /** 0-based order in the template. */
  readonly index: number;
  /** `M001`, `M002` … in template order: the skeleton's IDs, stable for a given template. */
  readonly id: string;
  /** The mask itself as written: `**`, `***.*`, `*+*+N`, `*****`. */
  readonly mask: string;
  readonly kind: MaskKind;
  /** Stars before the decimal point (for codes: all stars). */
  readonly digits: number;
  /** Stars after the decimal point. */
  readonly decimals: number;
  readonly markers: MaskMarkers;
  /** `万`/`亿` right after the mask (or after its 余). */
  readonly scale: ScaleWord | null;
  /** The unit word after the mask and its markers (`场次`, `人次`, `%`); '' when none. For text names: `街道` etc. */
  readonly unit: string;
  /** The mask with its markers and scale as written (`**余`, `约***.*万`, `**.**`); the skeleton's `格式`. */
  readonly format: string;
  /** The innermost heading the mask sits under (`（三）切实加强党风廉政建设。`); '' before the first heading. */
  readonly section: string;
  /** Every heading above the mask, outermost first. */
  readonly sectionPath: readonly string[];
  /** 0-based line of the template. */
  readonly line: number;
  /** Offsets in the template of the mask itself. */
  readonly start: number;
  readonly end: number;
  /** Offsets of what a fill replaces: the mask plus its scale word and after-marker (`**万余` in `**万余人次`). */
  readonly replaceStart: number;
  readonly replaceEnd: number;
  /** Up to 30 characters of the line on either side of the mask. */
  readonly context: { readonly before: string; readonly after: string };
  /** The `原文` excerpt: at least six characters each side where the line has them, this mask marked with 【】. */
  readonly source: string;
}

export interface MaskScan {
  readonly template: string;
  readonly masks: readonly Mask[];
  /** Masks whose kind could not be told from the words around them (kind `unknown`). */
  readonly unclassified: readonly Mask[];
}

/** Words after a mask that make it a place name (`**街道`). */
const NAME_SUFFIXES: readonly string[] = ['街道', '社区', '村', '镇', '乡', '县', '办事处'];

const HOTLINE_WORDS = /热线|电话|号码|服务专线/;

const LEVEL1 = /^\s*[一二三四五六七八九十百]+、/;
const LEVEL2 = /^\s*[（(][一二三四五六七八九十]+[）)]/;
const LEVEL3 = /^\s*(?:[（(]\d+[）)]|\d+[.、．](?!\d))/;

/** The heading a line starts with: the whole line when short, else its first sentence. */
function headingOf(line: string): { level: number; text: string } | null {
  const level = LEVEL1.test(line) ? 1 : LEVEL2.test(line) ? 2 : LEVEL3.test(line) ? 3 : 0;
  if (level === 0) return null;
  const trimmed = line.trim();
  const stop = trimmed.search(/[。；;！!？?]/);
  const text = stop >= 0 ? trimmed.slice(0, stop + 1) : trimmed;
  // A long first sentence is body text that happens to be numbered, still the best label there is.
  return { level, text: text.length > 40 ? text.slice(0, 40) : text };
}

/** A heading's list numbering: `一、`, `（一）`, `(1)`, `1.`, `1、`, `第一，`, with the spaces around it. */
const HEADING_NUMBER =
  /^[\s\u3000]*(?:[（(][一二三四五六七八九十百\d]+[）)]|[一二三四五六七八九十百]+[、.．]|\d+[.、．](?!\d)|第[一二三四五六七八九十百]+[，,、])[\s\u3000]*/;

/**
 * What a heading names, as a `板块`: without its list numbering and the full stop after it
 * (`（一）统筹推进基层党建工作。` → `统筹推进基层党建工作`), so sections read the same whatever the numbering.
 */
export function sectionLabel(heading: string): string {
  return heading
    .replace(HEADING_NUMBER, '')
    .replace(/[\s\u3000。．.；;：:，,]+$/, '')
    .trim();
}

export function maskId(index: number): string {
  return `M${String(index + 1).padStart(3, '0')}`;
}

interface Suffix {
  readonly scale: ScaleWord | null;
  readonly after: '余' | '多' | null;
  readonly afterBeforeScale: boolean;
  /** Characters taken by scale and marker. */
  readonly length: number;
}

function readSuffix(text: string): Suffix {
  const match = /^(余|多)?(万|亿)?(余|多)?/.exec(text) as RegExpExecArray;
  const [, early, scale, late] = match;
  // `**余万` and `**万余` both happen; two markers (`余万余`) would be a typo, so only the first counts.
  if (early && !scale) {
    return { scale: null, after: early as '余' | '多', afterBeforeScale: false, length: 1 };
  }
  const after = (early ?? late ?? null) as '余' | '多' | null;
  const length = (early ? 1 : 0) + (scale ? 1 : 0) + (!early && late ? 1 : 0);
  return { scale: (scale as ScaleWord) ?? null, after, afterBeforeScale: Boolean(early), length };
}

function classify(
  token: string,
  before: string,
  rest: string,
  suffix: Suffix,
): { kind: MaskKind; unit: string } {
  if (token.includes('+')) return { kind: 'text-code', unit: '' };
  const decimals = token.includes('.') ? token.length - token.indexOf('.') - 1 : 0;
  const quoted = /[“"「]$/.test(before) && /^[”"」]/.test(rest);
  if (quoted && decimals === 0) {
    const after = rest.slice(1, 12);
    return { kind: HOTLINE_WORDS.test(after) ? 'text-hotline' : 'unknown', unit: '' };
  }
  if (!suffix.scale && !suffix.after && decimals === 0) {
    const name = longestPrefix(rest, NAME_SUFFIXES);
    if (name) return { kind: 'text-name', unit: name };
  }
  const afterMarkers = rest.slice(suffix.length);
  if (/^[%％]/.test(afterMarkers)) return { kind: 'percent', unit: '%' };
  const unit = longestPrefix(afterMarkers, UNIT_WORDS);
  if (!unit && !suffix.scale) return { kind: 'unknown', unit: '' };
  return { kind: decimals > 0 ? 'decimal' : 'count', unit };
}

/** Finds and classifies every mask of a template, in order. */
export function scanMasks(template: string): MaskScan {
  const masks: Mask[] = [];
  const lines = template.split('\n');
  const path: { level: number; text: string }[] = [];
  let offset = 0;
  for (let lineNo = 0; lineNo < lines.length; lineNo++) {
    const line = lines[lineNo].replace(/\r$/, '');
    const heading = headingOf(line);
    if (heading) {
      while (path.length > 0 && path[path.length - 1].level >= heading.level) path.pop();
      path.push(heading);
    }
    const tokens = [...line.matchAll(maskPattern())];
    for (const match of tokens) {
      const token = match[0].replace(/＊/g, '*');
      const at = match.index as number;
      const beforeAll = line.slice(0, at);
      const rest = line.slice(at + match[0].length);
      const isCode = token.includes('+');
      const suffix = isCode
        ? { scale: null, after: null, afterBeforeScale: false, length: 0 }
        : readSuffix(rest);
      const { kind, unit } = classify(token, beforeAll, rest, suffix);
      const numeric = kind === 'count' || kind === 'decimal' || kind === 'percent' || kind === 'unknown';
      const approxBefore = numeric ? (/(约|近)$/.exec(beforeAll)?.[1] as '约' | '近' | undefined) : undefined;
      const dot = token.indexOf('.');
      const digits = isCode ? (token.match(/\*/g) ?? []).length : dot >= 0 ? dot : token.length;
      const decimals = dot >= 0 ? token.length - dot - 1 : 0;
      const markers: MaskMarkers = {
        before: approxBefore ?? null,
        after: numeric ? suffix.after : null,
        afterBeforeScale: suffix.afterBeforeScale,
      };
      const scale = numeric ? suffix.scale : null;
      const suffixText = numeric ? rest.slice(0, suffix.length) : '';
      const format =
        (markers.before ?? '') +
        token +
        suffixText +
        (kind === 'percent' ? '%' : '') +
        (kind === 'text-name' ? unit : '');
      const index = masks.length;
      const start = offset + at;
      const end = start + match[0].length;
      masks.push({
        index,
        id: maskId(index),
        mask: token,
        kind,
        digits,
        decimals,
        markers,
        scale,
        unit,
        format,
        section: path.length > 0 ? path[path.length - 1].text : '',
        sectionPath: path.map((h) => h.text),
        line: lineNo,
        start,
        end,
        replaceStart: start,
        replaceEnd: end + suffixText.length,
        context: { before: beforeAll.slice(-30), after: rest.slice(0, 30) },
        source: sourceExcerpt(line, at, at + match[0].length, tokens),
      });
    }
    offset += lines[lineNo].length + 1;
  }
  return { template, masks, unclassified: masks.filter((m) => m.kind === 'unknown') };
}

export function isTextMask(mask: Pick<Mask, 'kind'>): boolean {
  return mask.kind === 'text-name' || mask.kind === 'text-code' || mask.kind === 'text-hotline';
}

/** How a skeleton row suggests its values combine across communities; the catalogue may say otherwise. */
export type AggregationHint = 'sum' | 'same' | 'none';

/** One row of the indicator skeleton (and of a catalogue built from it). */
export interface SkeletonRow {
  readonly id: string;
  readonly maskIndex: number;
  readonly section: string;
  readonly name: string;
  readonly unit: string;
  readonly format: string;
  readonly source: string;
  readonly kind: MaskKind;
  readonly aggregation: AggregationHint;
  /** For a repeated place name: the ID of its first occurrence, whose value the fill reuses when this one is blank. */
  readonly sameAs: string | null;
}

/** The unit an indicator row is asked in: what the sentence shows, so `**万余人次` is asked in `万人次`. */
export function indicatorUnit(mask: Mask): string {
  if (isTextMask(mask) || mask.kind === 'unknown') return '';
  if (!mask.scale) return mask.unit;
  if (mask.unit) return mask.scale + mask.unit;
  // `完成税收****万`: money is the only thing a 万 without a unit word is counted in, in these reports.
  return /税|资金|金额|收入|经费|投资|产值|补贴|元/.test(mask.context.before)
    ? `${mask.scale}元`
    : mask.scale;
}

/** One row per mask occurrence, in template order, with IDs `M001` …. */
export function skeletonRows(scan: MaskScan): SkeletonRow[] {
  const names = new Map<string, number>();
  const firstName = new Map<string, string>();
  return scan.masks.map((mask) => {
    let name = indicatorNameFor(mask, indicatorUnit(mask));
    const seen = names.get(name) ?? 0;
    names.set(name, seen + 1);
    if (seen > 0) name = `${name}（${seen + 1}）`;
    let sameAs: string | null = null;
    if (mask.kind === 'text-name') {
      const key = `${mask.mask}${mask.unit}`;
      sameAs = firstName.get(key) ?? null;
      if (!sameAs) firstName.set(key, mask.id);
    }
    return {
      id: mask.id,
      maskIndex: mask.index,
      section: sectionLabel(mask.section),
      name: sameAs ? name.replace(/（\d+）$/, '') : name,
      unit: indicatorUnit(mask),
      format: mask.format,
      source: mask.source,
      kind: mask.kind,
      aggregation: isTextMask(mask) ? 'same' : mask.kind === 'percent' ? 'none' : 'sum',
      sameAs,
    };
  });
}
