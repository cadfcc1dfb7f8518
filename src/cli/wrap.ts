/**
 * Wrapping long lines for a terminal: a findings table whose messages run past the right edge is broken by the
 * terminal in mid-word and loses its columns. Widths count CJK and full-width characters as two columns, as
 * terminals draw them; continuation lines are indented so that they start under the text they continue.
 */
import { textWidth } from '../core/plan-styles';

/** Punctuation that must not start a line (Chinese line-breaking rules; closing marks stay with what they close). */
const NO_LINE_START = new Set([...'，。、；：！？）》」』】〕”’…·,.;:!?)]}%％']);
/** Opening marks that must not end a line: they stay with what they open. */
const NO_LINE_END = new Set([...'（《「『【〔“‘([{']);

/** Below this many columns for the text itself, wrapping would make things worse, not better. */
const MIN_TEXT_COLUMNS = 12;

function isWide(ch: string): boolean {
  return textWidth(ch) === 2;
}

/**
 * Where to cut `text` so that its first piece fits `room` columns: after a space, or next to a wide character
 * (Chinese breaks between any two characters) but never before closing punctuation nor after opening
 * punctuation; not inside the first
 * `keep` columns (a table's leading columns). When no such place fits, the text is cut where it is full.
 */
function cutAt(text: string, room: number, keep: number): number {
  const chars = [...text];
  let width = 0;
  let index = 0;
  let best = -1;
  let full = -1;
  for (let k = 0; k < chars.length; k++) {
    const ch = chars[k];
    const next = chars[k + 1];
    const w = textWidth(ch);
    if (width + w > room) break;
    width += w;
    index += ch.length;
    full = index;
    if (next === undefined || width <= keep || NO_LINE_START.has(next) || NO_LINE_END.has(ch)) continue;
    if (ch === ' ' || isWide(ch) || isWide(next)) best = index;
  }
  if (best > 0) return best;
  return full > 0 ? full : (chars[0]?.length ?? 1);
}

/**
 * One line wrapped to `columns`, continuation lines indented by `indent` spaces; unchanged when it fits or when
 * the terminal is too narrow for wrapping to help.
 */
export function wrapLine(line: string, columns: number, indent: number): string {
  if (textWidth(line) <= columns || columns - indent < MIN_TEXT_COLUMNS) return line;
  const pad = ' '.repeat(indent);
  const pieces: string[] = [];
  let rest = line;
  let first = true;
  for (;;) {
    const room = first ? columns : columns - indent;
    if (textWidth(rest) <= room) break;
    const cut = cutAt(rest, room, first ? indent : 0);
    pieces.push((first ? '' : pad) + rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
    first = false;
  }
  pieces.push((first ? '' : pad) + rest);
  return pieces.join('\n');
}

/** Every line of `text` wrapped (see `wrapLine`); `columns` undefined (not a terminal): the text as it is. */
export function wrapText(text: string, columns: number | undefined, indent: number): string {
  if (columns === undefined) return text;
  return text
    .split('\n')
    .map((line) => wrapLine(line, columns, indent))
    .join('\n');
}
