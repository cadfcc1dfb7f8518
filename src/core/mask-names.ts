/**
 * Words for a mask, taken from the sentence it sits in: the `原文` excerpt a person reads to see where a number
 * goes, and a short readable indicator name (`开展党建知识培训**余场次` → `党建知识培训场次`).
 */
import type { Mask } from './masks';

const CLAUSE_MARK = /[，。；：！？,;!?]/;

/**
 * Measure words that may follow a count, longest first so `人次` wins over `人`. A mask followed by none of these,
 * nor by `%` or a scale word, is not guessed at.
 */
export const UNIT_WORDS: readonly string[] = [
  '平方公里',
  '平方米',
  '立方米',
  '个百分点',
  '人次',
  '场次',
  '户次',
  '件次',
  '车次',
  '批次',
  '星级',
  '公里',
  '千米',
  '小时',
  '个月',
  '公顷',
  '元/人',
  '元',
  '个',
  '次',
  '人',
  '名',
  '条',
  '期',
  '份',
  '件',
  '家',
  '批',
  '户',
  '项',
  '场',
  '所',
  '处',
  '座',
  '台',
  '辆',
  '天',
  '日',
  '周',
  '年',
  '米',
  '亩',
  '吨',
  '岁',
  '篇',
  '本',
  '册',
  '张',
  '套',
  '间',
  '栋',
  '幢',
  '支',
  '队',
  '组',
  '类',
  '轮',
  '届',
  '起',
  '宗',
  '笔',
  '位',
  '倍',
  '株',
  '棵',
  '头',
  '只',
  '床',
];

export function longestPrefix(text: string, words: readonly string[]): string {
  let best = '';
  for (const word of words) if (word.length > best.length && text.startsWith(word)) best = word;
  return best;
}
const MIN_SIDE = 6;
const MAX_SIDE = 24;

interface Token {
  readonly index?: number;
  readonly 0: string;
}

/** Widens [from, to) so it never cuts through another mask. */
function snapToTokens(from: number, to: number, tokens: readonly Token[]): [number, number] {
  let left = from;
  let right = to;
  for (const token of tokens) {
    const s = token.index as number;
    const e = s + token[0].length;
    if (s < left && left < e) left = s;
    if (s < right && right < e) right = e;
  }
  return [left, right];
}

/**
 * The mask with at least six characters of its line on each side (where the line has them), widened to the
 * clause around it when that is near, and the mask itself marked 【】 since neighbours often show too.
 */
export function sourceExcerpt(line: string, start: number, end: number, tokens: readonly Token[]): string {
  let left = Math.max(0, start - MIN_SIDE);
  const leftLimit = Math.max(0, start - MAX_SIDE);
  let i = left;
  while (i > leftLimit && !CLAUSE_MARK.test(line[i - 1])) i--;
  left = i === 0 || CLAUSE_MARK.test(line[i - 1] ?? '') ? i : Math.max(0, start - 12);
  let right = Math.min(line.length, end + MIN_SIDE);
  const rightLimit = Math.min(line.length, end + MAX_SIDE);
  let j = right;
  while (j < rightLimit && !CLAUSE_MARK.test(line[j - 1])) j++;
  right = j === line.length || CLAUSE_MARK.test(line[j - 1] ?? '') ? j : Math.min(line.length, end + 12);
  [left, right] = snapToTokens(left, right, tokens);
  return `${line.slice(left, start)}【${line.slice(start, end)}】${line.slice(end, right)}`;
}

/** Words that start a clause without naming anything (`开展`, `累计`), stripped from names. */
const LEADING_FILLER = [
  '今年以来',
  '现有',
  '划分',
  '配备',
  '截至目前',
  '目前',
  '已经',
  '已',
  '累计',
  '共计',
  '共',
  '开展',
  '完成',
  '发展',
  '打造',
  '有序',
  '各类',
  '街道',
  '共有',
  '新增',
  '月发放',
];
const TRAILING_FILLER = ['共计', '累计', '达到', '完成', '工作', '达', '为', '到', '共', '约', '近', '了'];

const byLength = (a: string, b: string): number => b.length - a.length;
const LEADING = [...LEADING_FILLER].sort(byLength);
const TRAILING = [...TRAILING_FILLER].sort(byLength);

/** Strips filler words; may leave '' when the clause was nothing but filler (`完成`). */
function stripFillers(text: string): string {
  let name = text.replace(/[“”"「」‘’（）()\s]/g, '');
  // `各社区提炼…等党建品牌`: what comes after 等 is the thing counted.
  const etc = name.lastIndexOf('等');
  if (etc >= 0 && name.length - etc > 2) name = name.slice(etc + 1);
  // One word at a time, longest first, so `共计` is stripped whole rather than as `共`.
  for (;;) {
    const lead = LEADING.find((word) => name.startsWith(word));
    const trail = TRAILING.find((word) => name.endsWith(word) && name.length > word.length + 1);
    if (lead) name = name.slice(lead.length);
    else if (trail) name = name.slice(0, -trail.length);
    else break;
  }
  return name;
}

/** What a count is called by its unit: `个` → `…数`, `人` → `…人数`, `场次` stays `…场次`. */
function suffixFor(unit: string): string {
  const bare = unit.replace(/^[万亿]/, '');
  if (bare === '' || bare === '元' || bare === '%') return '';
  if (bare === '次') return '次数';
  if (bare.length > 1) return bare;
  if (bare === '人' || bare === '名') return '人数';
  if (bare === '个' || bare === '家') return '数';
  return `${bare}数`;
}

/**
 * A mask as written: stars (half- or full-width), with decimals (`**.**`) or as a coded mechanism (`*+*+N`).
 * A fresh global RegExp each call, since global regexps carry their position.
 */
export function maskPattern(): RegExp {
  return /[*＊]+(?:(?:\+(?:[*＊]+|N))+|\.[*＊]+)?/g;
}

const MASK_TEXT = maskPattern();

function clauseBefore(before: string): string {
  const cut = Math.max(...[...'，。；：！？,;!?、'].map((mark) => before.lastIndexOf(mark)));
  return before.slice(cut + 1).replace(/(约|近)$/, '');
}

function clauseAfter(after: string): string {
  const stop = after.search(/[，。；：！？,;!?、]/);
  return stop >= 0 ? after.slice(0, stop) : after;
}

/** A short readable name for the indicator behind a mask. */
export function indicatorNameFor(mask: Mask, unit: string): string {
  const after = mask.context.after;
  if (mask.kind === 'text-name') return `${mask.unit}名称`;
  if (mask.kind === 'text-hotline') {
    return `${stripFillers(clauseAfter(after.replace(/^[”"」]/, '')).replace(MASK_TEXT, ''))}号码`;
  }
  if (mask.kind === 'text-code') {
    return stripFillers(clauseAfter(after.replace(/^[”"」]/, '')).replace(MASK_TEXT, '')) || '机制编码';
  }
  let before = clauseBefore(mask.context.before);
  // A clause holding an earlier mask (`低保**户***人`): name this one from the words before both.
  const tokens = [...before.matchAll(MASK_TEXT)];
  if (tokens.length > 0) {
    const last = tokens[tokens.length - 1];
    let tail = before.slice((last.index as number) + last[0].length).replace(/^[余多万亿]+/, '');
    tail = tail.slice(longestPrefix(tail, UNIT_WORDS).length);
    if (tail.length <= 2) before = before.slice(0, last.index as number);
    else before = tail;
    before = before.replace(MASK_TEXT, '');
  }
  let stem = stripFillers(before);
  // The words after the unit, up to the clause's end or the next mask (`**家企业` → `企业`).
  const rest = stripFillers(
    clauseAfter(after.slice(mask.replaceEnd - mask.end + mask.unit.length)).split(MASK_TEXT)[0] ?? '',
  );
  if (stem.length < 2) stem = rest;
  else if (rest.length > 0 && rest.length <= 4) stem += rest;
  if (stem.length > 16) stem = stem.slice(-16);
  const suffix = suffixFor(unit || mask.unit);
  if (['数', '量', '率', '人口', suffix].some((w) => w !== '' && stem.endsWith(w))) return stem;
  // `重度残疾人` + `人数` → `重度残疾人数`.
  if (suffix.length > 1 && stem.endsWith(suffix[0])) return stem + suffix.slice(1);
  return stem + suffix || mask.id;
}
