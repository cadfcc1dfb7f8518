/**
 * The look of the sheets Huibao writes: one palette and one style table, so 汇总, 校验结果 and 报告 read as one
 * document, with a sober official look: dark blue headers, thin grey borders, 宋体-style body text.
 */
import type { CellStyle } from './plan';

export const PALETTE = {
  navy: '#1F3864',
  blue: '#2E5597',
  paleBlue: '#DDE6F3',
  paleGrey: '#F2F2F2',
  grid: '#A6A6A6',
  text: '#262626',
  muted: '#7F7F7F',
  green: '#1E7B34',
  paleGreen: '#E2F0D9',
  red: '#C00000',
  paleRed: '#FBE3E3',
  amber: '#9C5700',
  paleAmber: '#FFF2CC',
  white: '#FFFFFF',
} as const;

/** Series colours for charts, chosen to stay apart when printed in greyscale too. */
export const SERIES_COLORS = ['#2E5597', '#C55A11', '#548235', '#7F6000', '#7030A0', '#00838F', '#A5A5A5'];

/** Chart colours by status, matching the conditional formats of the status column. */
export const STATUS_COLORS = {
  met: '#70AD47',
  exceeded: '#2E7D32',
  notMet: '#C00000',
  noTarget: '#A5A5A5',
  missing: '#ED9C28',
} as const;

/** Names only: hosts fall back to a CJK font they have (WPS and LibreOffice do). */
export const FONT_BODY = 'SimSun';
export const FONT_HEADING = 'Microsoft YaHei';

const BORDER: CellStyle['border'] = { style: 'thin', color: PALETTE.grid };
const body = { name: FONT_BODY, size: 10.5, color: PALETTE.text } as const;

const BASE_STYLES = {
  title: {
    font: { name: FONT_HEADING, size: 18, bold: true, color: PALETTE.navy },
    horizontal: 'center',
    vertical: 'center',
  },
  subtitle: { font: { ...body, size: 10, color: PALETTE.muted }, horizontal: 'center', vertical: 'center' },
  heading: {
    font: { name: FONT_HEADING, size: 12, bold: true, color: PALETTE.navy },
    vertical: 'bottom',
    border: { style: 'medium', color: PALETTE.navy, sides: ['bottom'] },
  },
  header: {
    font: { name: FONT_HEADING, size: 10.5, bold: true, color: PALETTE.white },
    fill: PALETTE.navy,
    horizontal: 'center',
    vertical: 'center',
    wrap: true,
    border: BORDER,
  },
  figureLabel: {
    font: { name: FONT_HEADING, size: 10, color: PALETTE.navy },
    fill: PALETTE.paleBlue,
    horizontal: 'center',
    vertical: 'center',
    border: BORDER,
  },
  figureValue: {
    font: { name: FONT_HEADING, size: 16, bold: true, color: PALETTE.navy },
    horizontal: 'center',
    vertical: 'center',
    numberFormat: '0',
    border: BORDER,
  },
  group: {
    font: { name: FONT_HEADING, size: 10.5, bold: true, color: PALETTE.navy },
    fill: PALETTE.paleBlue,
    vertical: 'center',
    border: BORDER,
  },
  figureTitle: {
    font: { name: FONT_HEADING, size: 12, bold: true, color: PALETTE.navy },
    fill: PALETTE.paleBlue,
    horizontal: 'center',
    vertical: 'center',
    border: BORDER,
  },
  subtotal: {
    font: { ...body, italic: true, color: PALETTE.navy },
    fill: PALETTE.paleGrey,
    vertical: 'center',
    border: BORDER,
  },
  subtotalNumber: {
    font: { ...body, bold: true, color: PALETTE.navy },
    fill: PALETTE.paleGrey,
    horizontal: 'right',
    vertical: 'center',
    numberFormat: '0',
    border: BORDER,
  },
  cell: { font: body, vertical: 'center', border: BORDER },
  cellCenter: { font: body, horizontal: 'center', vertical: 'center', border: BORDER },
  cellWrap: { font: body, vertical: 'center', wrap: true, border: BORDER },
  /** Text in a numbers column (a target written as `≥95%`). */
  cellRight: { font: body, horizontal: 'right', vertical: 'center', border: BORDER },
  /** A value a unit did not send, in a table of numbers. */
  cellMissing: { font: body, fill: PALETTE.paleAmber, vertical: 'center', border: BORDER },
  /** A total that leaves out units whose value is missing or wrong: amber italic, footnoted with `*`. */
  cellIncomplete: {
    font: { ...body, italic: true, color: PALETTE.amber },
    fill: PALETTE.paleAmber,
    vertical: 'center',
    border: BORDER,
  },
  note: { font: { ...body, size: 9, color: PALETTE.muted }, vertical: 'top', wrap: true },
  severityError: {
    font: { ...body, bold: true, color: PALETTE.red },
    horizontal: 'center',
    vertical: 'top',
    border: BORDER,
  },
  severityWarning: {
    font: { ...body, bold: true, color: PALETTE.amber },
    horizontal: 'center',
    vertical: 'top',
    border: BORDER,
  },
  severityInfo: {
    font: { ...body, color: PALETTE.muted },
    horizontal: 'center',
    vertical: 'top',
    border: BORDER,
  },
  cellTop: { font: body, vertical: 'top', border: BORDER },
  cellTopWrap: { font: body, vertical: 'top', wrap: true, border: BORDER },
  link: {
    font: { ...body, underline: true, color: PALETTE.blue },
    horizontal: 'center',
    vertical: 'top',
    border: BORDER,
  },
  paragraph: { font: { ...body, size: 12 }, vertical: 'top', wrap: true },
  /** A paragraph where a mask could not be filled: visible on screen and on paper. */
  paragraphUnfilled: {
    font: { ...body, size: 12, color: PALETTE.red },
    fill: PALETTE.paleRed,
    vertical: 'top',
    wrap: true,
  },
  reportTitle: {
    font: { name: FONT_HEADING, size: 16, bold: true, color: PALETTE.navy },
    horizontal: 'center',
    vertical: 'center',
    wrap: true,
  },
  statusGood: {
    font: { ...body, bold: true, color: PALETTE.green },
    horizontal: 'center',
    vertical: 'top',
    border: BORDER,
  },
  statusAmber: {
    font: { ...body, bold: true, color: PALETTE.amber },
    fill: PALETTE.paleAmber,
    horizontal: 'center',
    vertical: 'top',
    border: BORDER,
  },
  statusBad: {
    font: { ...body, bold: true, color: PALETTE.red },
    fill: PALETTE.paleRed,
    horizontal: 'center',
    vertical: 'top',
    border: BORDER,
  },
  // Conditional formats: only font colour, bold and fill are rendered.
  cfGood: { font: { color: PALETTE.green, bold: true }, fill: PALETTE.paleGreen },
  cfBad: { font: { color: PALETTE.red, bold: true }, fill: PALETTE.paleRed },
  cfGrey: { font: { color: PALETTE.muted } },
  cfAmber: { font: { color: PALETTE.amber, bold: true }, fill: PALETTE.paleAmber },
  cfUp: { font: { color: PALETTE.green } },
  cfDown: { font: { color: PALETTE.red } },
} satisfies Record<string, CellStyle>;

export type BaseStyle = keyof typeof BASE_STYLES;

/**
 * The styles one plan uses: the base table plus number-format variants made on demand (`number('#,##0.00')`),
 * so every format the plan names exists exactly once.
 */
export class StyleTable {
  private readonly styles: Record<string, CellStyle> = { ...BASE_STYLES };

  /** A base style with a number format, right-aligned (numbers read down a column). */
  number(format: string, base: BaseStyle = 'cell'): string {
    const key = `${base}|${format}`;
    if (!this.styles[key]) {
      this.styles[key] = { ...BASE_STYLES[base], numberFormat: format, horizontal: 'right' };
    }
    return key;
  }

  toRecord(): Readonly<Record<string, CellStyle>> {
    return { ...this.styles };
  }
}

export function isPercentUnit(unit: string): boolean {
  return /[%％]|百分/.test(unit);
}

/** Decimal places a mask asks for: `***.**` → 2, `**` → 0. */
export function maskDecimals(mask: string): number {
  const match = /[.．]([*＊#Xx×]+)/.exec(mask);
  return match ? match[1].length : 0;
}

function decimalsOf(value: number): number {
  const text = String(value);
  const dot = text.indexOf('.');
  return dot < 0 || text.includes('e') ? 0 : text.length - dot - 1;
}

/** Words before or after a mask that make the report's figure a rounded one (`约***.*万`, `****余`, `**万余`). */
const APPROXIMATE = /[约近余多]/;

/**
 * The number format of an indicator's figures (actual, previous, numeric target) in 汇总 and 分单位. One rule,
 * so the table shows a figure as the filled report prints it (number-writing.ts writes the mask's decimals):
 *
 * 1. A numeric mask decides: its decimals (`****万` 税收 3,560; `**.*万` 低保金 41.1; `*****` 护理补贴 15,100;
 *    `*******.**` 2,856,340.50; `***%` 满意度 100%; `**.**%` 化解率 86.36%). A scale word the unit does not already
 *    carry (`**万` for 人次) means the value is in base units, 4 (亿: 8) decimals fewer.
 * 2. An approximate mask (`约`, `近`, `余`, `多`) prints a rounded-off figure (`12万余`); the table is where the exact
 *    total is read, so it keeps the value's own decimals (at most 2) when they are more (访问量 12.6).
 * 3. Without a mask, the unit: percent 2 (what a rate is rounded to without a mask, aggregate.ts), 元 amounts 2,
 *    anything else (counts) the values' own decimals, at most 2: 0 for whole counts, a mean keeps its fraction.
 *
 * Thousands are grouped (the report writes 3560, a table column reads better as 3,560); percent points are stored
 * as 98.5, so the `%` is quoted, never a ×100 format.
 */
export function numberFormatFor(unit: string, mask: string, values: readonly (number | null)[]): string {
  const numbers = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const fromValues = Math.min(2, Math.max(0, ...numbers.map(decimalsOf)));
  const trimmed = unit.trim();
  const percent = isPercentUnit(trimmed);
  let decimals: number;
  if (/[*＊]/.test(mask)) {
    const scale = /亿/.test(mask) ? 8 : /万/.test(mask) ? 4 : 0;
    const scaled = scale > 0 && !/^[万亿]/.test(trimmed);
    decimals = Math.min(4, Math.max(0, maskDecimals(mask) - (scaled ? scale : 0)));
    if (APPROXIMATE.test(mask)) decimals = Math.max(decimals, fromValues);
  } else if (percent || trimmed.endsWith('元')) decimals = 2;
  else decimals = fromValues;
  const fraction = decimals > 0 ? `.${'0'.repeat(decimals)}` : '';
  return percent ? `0${fraction}"%"` : `#,##0${fraction}`;
}

/** Width of text in Excel's column units: CJK and full-width characters count two. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
        ? 2
        : 1;
  return width;
}

/** A row height (points) that shows `text` wrapped in a column `width` characters wide. */
export function wrappedRowHeight(text: string, width: number, fontSize: number): number {
  const perLine = Math.max(4, width - 1);
  const lines = text
    .split('\n')
    .reduce((sum, line) => sum + Math.max(1, Math.ceil(textWidth(line) / perLine)), 0);
  return Math.ceil(lines * fontSize * 1.45 + 4);
}

/** Pixels of a column `width` characters wide, as Excel lays out the default font. */
export function columnPixels(width: number): number {
  return Math.floor(width * 7 + 5);
}

/** How wide a number looks under a format such as `#,##0.00`, `0.0"%"` or `0.0%`, in characters. */
export function numberDisplayWidth(value: number, format: string | undefined): number {
  const fmt = format ?? 'General';
  const percent = fmt.replace(/"[^"]*"/g, '').includes('%');
  const shown = percent ? value * 100 : value;
  const decimals = /\.(0+)/.exec(fmt)?.[1].length ?? (Number.isInteger(shown) ? 0 : 2);
  const fixed = Math.abs(shown).toFixed(decimals);
  const [int, frac] = fixed.split('.');
  const grouped = fmt.includes(',') ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : int;
  const literal = /"([^"]*)"/.exec(fmt)?.[1] ?? '';
  // CJK words in a format (`个百分点`) print wider than two units each in LibreOffice's fallback CJK font:
  // `+1.86个百分点` (13 units by count) was clipped in a 15-unit column and fits in 17.
  const cjkLiteral = textWidth(literal) > literal.length ? 2 : 0;
  return (
    cjkLiteral +
    grouped.length +
    (frac ? frac.length + 1 : 0) +
    (shown < 0 || fmt.startsWith('+') ? 1 : 0) +
    (percent ? 1 : 0) +
    textWidth(literal)
  );
}

interface WidthCell {
  readonly row: number;
  readonly col: number;
  readonly value: unknown;
  readonly style?: string;
}

/**
 * Column widths that show every value whole (no `#####`): the widest value of each column under its number
 * format, within [min, max]; merged cells do not count, wrapped text counts up to `max`, fixed columns keep theirs.
 */
export function fitColumnWidths(
  cells: readonly WidthCell[],
  styles: Readonly<Record<string, CellStyle>>,
  merges: readonly { row: number; col: number; lastRow: number; lastCol: number }[],
  options: { min: number; max: number; fixed?: Readonly<Record<number, number>> },
): { col: number; width: number }[] {
  // Cells under a merge take the merge's width, not their own column's.
  const merged = new Set<string>();
  for (const m of merges) {
    if (m.lastCol === m.col && m.lastRow === m.row) continue;
    for (let r = m.row; r <= m.lastRow; r++) for (let c = m.col; c <= m.lastCol; c++) merged.add(`${r}:${c}`);
  }
  const inMerge = (cell: WidthCell) => merged.has(`${cell.row}:${cell.col}`);
  const widths = new Map<number, number>();
  for (const cell of cells) {
    if (!widths.has(cell.col)) widths.set(cell.col, options.min);
    if (cell.value === null || cell.value === undefined || inMerge(cell)) continue;
    const style = cell.style ? styles[cell.style] : undefined;
    const size = style?.font?.size ?? 10.5;
    let width =
      typeof cell.value === 'number'
        ? numberDisplayWidth(cell.value, style?.numberFormat)
        : textWidth(String(cell.value));
    // Bold and larger fonts take more room than the default 11-point character.
    width = (width * size) / 10.5 + (style?.font?.bold ? 1 : 0) + 2;
    widths.set(
      cell.col,
      Math.min(options.max, Math.max(widths.get(cell.col) ?? options.min, Math.ceil(width))),
    );
  }
  for (const [col, width] of Object.entries(options.fixed ?? {})) widths.set(Number(col), width);
  return [...widths].sort((a, b) => a[0] - b[0]).map(([col, width]) => ({ col, width }));
}
