/**
 * Which indicator each mask of a template takes its value from: by `编号` when the workbook came from this
 * template's skeleton, else by `原文`, else by how much the indicator's name and unit resemble the words around the
 * mask. Each indicator serves one mask at most (a repeated place name excepted, see fill.ts).
 */
import { maskPattern } from './mask-names';
import { type Mask, indicatorUnit, isTextMask, sectionLabel } from './masks';
import type { FillIndicator } from './results';

export type LinkVia = 'id' | 'source' | 'similarity';

export interface MaskLink {
  readonly indicator: FillIndicator;
  /** 1 for ID and 原文 links; the similarity otherwise (0..1, two decimals). */
  readonly score: number;
  readonly via: LinkVia;
  /** Another mask resembled this indicator just as much (similarity links only). */
  readonly contested: boolean;
}

/** Below this similarity an indicator is not linked at all. */
export const MIN_SIMILARITY = 0.5;

const normalise = (text: string): string => text.replace(/[\s\u3000]/g, '').replace(/＊/g, '*');
const stripMarks = (text: string): string => text.replace(/[【】]/g, '');

function bigrams(text: string): Set<string> {
  const clean = text.replace(/[*＊\s，。；：、“”"（）()【】%0-9.+]/g, '');
  const grams = new Set<string>();
  for (let i = 0; i + 1 < clean.length; i++) grams.add(clean.slice(i, i + 2));
  if (clean.length === 1) grams.add(clean);
  return grams;
}

function clauseAround(mask: Mask): string {
  const before = mask.context.before.split(/[，。；：！？]/).pop() ?? '';
  const after = mask.context.after.split(/[，。；：！？]/)[0] ?? '';
  return before + after;
}

/** How well an indicator's name and unit describe a mask, 0..1. */
export function similarity(mask: Mask, indicator: FillIndicator, maskName = ''): number {
  return similarityParts(mask, indicator, maskName).score;
}

/** The score, and how close the name is to the mask's own name, which breaks ties between neighbours. */
function similarityParts(
  mask: Mask,
  indicator: FillIndicator,
  maskName: string,
): { score: number; closeness: number } {
  const name = bigrams(indicator.name);
  if (name.size === 0) return { score: 0, closeness: 0 };
  // Two readings of the name: the words around the mask contain it, or it is the mask's own readable name.
  // The second separates neighbours in one clause (`学习**次、交流研讨*次`), which share their words.
  const around = bigrams(clauseAround(mask));
  let inContext = 0;
  for (const gram of name) if (around.has(gram)) inContext++;
  const own = bigrams(maskName);
  let shared = 0;
  for (const gram of name) if (own.has(gram)) shared++;
  const dice = own.size === 0 ? 0 : (2 * shared) / (name.size + own.size);
  const nameScore = Math.max(dice, inContext / name.size);
  const unit = normalise(indicator.unit);
  const units = [indicatorUnit(mask), mask.unit, (mask.scale ?? '') + mask.unit].filter((u) => u !== '');
  const unitScore =
    unit === '' ? (units.length === 0 || isTextMask(mask) ? 1 : 0.5) : units.includes(unit) ? 1 : 0;
  const sectionBonus =
    indicator.section !== '' &&
    normalise(sectionLabel(indicator.section)) === normalise(sectionLabel(mask.section))
      ? 0.1
      : 0;
  const score = Math.min(1, Math.round((0.75 * nameScore + 0.25 * unitScore + sectionBonus) * 100) / 100);
  return { score, closeness: dice };
}

function linkBySource(
  masks: readonly Mask[],
  template: string,
  indicator: FillIndicator,
  free: (mask: Mask) => boolean,
): Mask | null {
  const source = normalise(indicator.source);
  if (!source.includes('*')) return null;
  const exact = masks.find((m) => free(m) && normalise(m.source) === source);
  if (exact) return exact;
  // A 原文 written by hand: find it in the template; the 【】 (or its only mask) says which mask it means.
  const marked = source.indexOf('【');
  const plainSource = stripMarks(source);
  const flat = normalise(template);
  const offsets: number[] = [];
  for (let at = flat.indexOf(plainSource); at >= 0; at = flat.indexOf(plainSource, at + 1)) offsets.push(at);
  if (offsets.length !== 1) return null;
  // Map offsets in the whitespace-free template back to masks by counting masks before the match.
  const starsBefore = flat.slice(0, offsets[0]).match(maskPattern())?.length ?? 0;
  const inside = plainSource.match(maskPattern())?.length ?? 0;
  let pick = -1;
  if (marked >= 0) {
    pick = starsBefore + (source.slice(0, marked).match(maskPattern())?.length ?? 0);
  } else if (inside === 1) {
    pick = starsBefore;
  }
  const mask = masks[pick];
  return mask && free(mask) ? mask : null;
}

export interface LinkOptions {
  /** Readable names of the masks (the skeleton's), which similarity also compares with. */
  readonly maskNames?: readonly string[];
}

/** One link (or null) per mask, in mask order. */
export function linkMasks(
  masks: readonly Mask[],
  indicators: readonly FillIndicator[],
  template: string,
  options: LinkOptions = {},
): (MaskLink | null)[] {
  const links: (MaskLink | null)[] = masks.map(() => null);
  const used = new Set<FillIndicator>();
  const free = (mask: Mask): boolean => links[mask.index] === null;

  const byId = new Map<string, FillIndicator>();
  for (const indicator of indicators) {
    const id = indicator.id.trim().toUpperCase();
    if (id !== '' && !byId.has(id)) byId.set(id, indicator);
  }
  for (const mask of masks) {
    const indicator = byId.get(mask.id);
    if (!indicator) continue;
    // The same ID from another template's skeleton means nothing: its 原文 or 格式 must agree.
    const sameSource = normalise(indicator.source) === normalise(mask.source);
    const sameFormat = normalise(indicator.format) === normalise(mask.format);
    if (sameSource || (sameFormat && indicator.source === '')) {
      links[mask.index] = { indicator, score: 1, via: 'id', contested: false };
      used.add(indicator);
    }
  }

  for (const indicator of indicators) {
    if (used.has(indicator)) continue;
    const mask = linkBySource(masks, template, indicator, free);
    if (mask) {
      links[mask.index] = { indicator, score: 1, via: 'source', contested: false };
      used.add(indicator);
    }
  }

  const pairs: { mask: Mask; indicator: FillIndicator; score: number; closeness: number }[] = [];
  for (const mask of masks) {
    if (!free(mask)) continue;
    for (const indicator of indicators) {
      if (used.has(indicator) || indicator.name === '') continue;
      const parts = similarityParts(mask, indicator, options.maskNames?.[mask.index] ?? '');
      if (parts.score >= MIN_SIMILARITY) pairs.push({ mask, indicator, ...parts });
    }
  }
  // Best pairs first; ties in template order, so the result never depends on the sheet's row order alone.
  pairs.sort((a, b) => b.score - a.score || b.closeness - a.closeness || a.mask.index - b.mask.index);
  for (const pair of pairs) {
    if (!free(pair.mask) || used.has(pair.indicator)) continue;
    const contested = pairs.some(
      (other) =>
        other.indicator === pair.indicator &&
        other.mask !== pair.mask &&
        other.score === pair.score &&
        other.closeness === pair.closeness,
    );
    links[pair.mask.index] = { indicator: pair.indicator, score: pair.score, via: 'similarity', contested };
    used.add(pair.indicator);
  }
  return links;
}
