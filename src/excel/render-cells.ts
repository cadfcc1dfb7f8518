/**
 * A plan sheet's cells as queued writes: number formats then values in row bands (strings always as text), formulas,
 * styles applied to rectangles of equally styled cells, merges, sizes and hyperlinks. Each write carries its
 * estimated request size (UTF-8 JSON plus envelopes, never below the real size) so the renderer can keep every
 * request under the limit.
 */
import { quoteSheetName, cellAddress } from '../core/address';
import type { CellStyle, PlanCell, Rect, SheetPlan, WorkbookPlan } from '../core/plan';
import {
  bandsBySize,
  BANDS_PER_REQUEST,
  jsonBytes,
  OP_BYTES,
  RANGE_BYTES,
  REQUEST_BUDGET_BYTES,
} from './chunking';

/** The sheet a write goes to, fetched when the write is queued (new sheets exist only by then). */
export type SheetRef = () => Excel.Worksheet;

export interface QueuedAction {
  /** Upper bound of what the action adds to a request, in UTF-8 bytes. */
  readonly bytes: number;
  readonly queue: () => void;
}

/** Excel's column width unit is points here; the plan gives characters (about 7 px each plus 5 px padding). */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** Text is written into cells formatted `@`, so `=1+1`, `+86`, `-5%`, `@home`, `001` and `2022-01` stay as typed. */
export const TEXT_FORMAT = '@';

function rangeOf(sheet: Excel.Worksheet, r: Rect): Excel.Range {
  return sheet.getRangeByIndexes(r.row, r.col, r.lastRow - r.row + 1, r.lastCol - r.col + 1);
}

export { rangeOf };

function formatFor(cell: PlanCell, styles: WorkbookPlan['styles']): string | null {
  if (typeof cell.value === 'string' && !cell.formula) return TEXT_FORMAT;
  return (cell.style && styles[cell.style]?.numberFormat) || null;
}

/** One range's values, number formats and formulas: three writes, each with its outer brackets. */
const BAND_OVERHEAD_BYTES = RANGE_BYTES + 3 * (OP_BYTES + 2);

/**
 * Values, number formats and formulas, in row bands over the cells' bounding box, each band at most `bandBytes`
 * (a single longer row stands alone).
 */
export function cellActions(
  sheet: SheetRef,
  plan: SheetPlan,
  styles: WorkbookPlan['styles'],
  bandBytes: number = REQUEST_BUDGET_BYTES / BANDS_PER_REQUEST,
): QueuedAction[] {
  if (plan.cells.length === 0) return [];
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const c of plan.cells) {
    top = Math.min(top, c.row);
    left = Math.min(left, c.col);
    bottom = Math.max(bottom, c.row);
    right = Math.max(right, c.col);
  }
  const width = right - left + 1;
  const rows = bottom - top + 1;
  const values: (string | number | boolean | null)[][] = Array.from({ length: rows }, () =>
    new Array(width).fill(null),
  );
  const formats: (string | null)[][] = Array.from({ length: rows }, () => new Array(width).fill(null));
  const formulas: (string | null)[][] = Array.from({ length: rows }, () => new Array(width).fill(null));
  const hasFormula = new Array<boolean>(rows).fill(false);
  for (const c of plan.cells) {
    const r = c.row - top;
    const k = c.col - left;
    formats[r][k] = formatFor(c, styles);
    if (c.formula) {
      formulas[r][k] = c.formula;
      hasFormula[r] = true;
    } else {
      // An empty plan value is written as '' so a cell we own ends up empty.
      values[r][k] = c.value ?? '';
    }
  }
  // Each row in UTF-8 JSON plus the comma after it in its grid; formats counted even when none is sent.
  const rowBytes = values.map(
    (line, r) =>
      jsonBytes(line) + 1 + jsonBytes(formats[r]) + 1 + (hasFormula[r] ? jsonBytes(formulas[r]) + 1 : 0),
  );
  return bandsBySize(rowBytes, bandBytes - BAND_OVERHEAD_BYTES).map((band) => {
    const slice = <T>(grid: T[][]): T[][] => grid.slice(band.start, band.start + band.count);
    const bytes =
      rowBytes.slice(band.start, band.start + band.count).reduce((a, b) => a + b, 0) + BAND_OVERHEAD_BYTES;
    return {
      bytes,
      queue: () => {
        const range = sheet().getRangeByIndexes(top + band.start, left, band.count, width);
        const bandFormats = slice(formats);
        // Formats first: a text cell must be `@` before its value arrives, or Excel would parse it.
        if (bandFormats.some((line) => line.some((f) => f !== null))) range.numberFormat = bandFormats;
        range.values = slice(values);
        if (hasFormula.slice(band.start, band.start + band.count).some(Boolean))
          range.formulas = slice(formulas);
      },
    };
  });
}

/** Cells sharing a style, as few rectangles as a row-run-then-stack pass finds. */
export function styleRects(cells: readonly PlanCell[]): Map<string, Rect[]> {
  const byStyle = new Map<string, PlanCell[]>();
  for (const c of cells) {
    if (!c.style) continue;
    const list = byStyle.get(c.style) ?? [];
    list.push(c);
    byStyle.set(c.style, list);
  }
  const result = new Map<string, Rect[]>();
  for (const [style, list] of byStyle) {
    const sorted = [...list].sort((a, b) => a.row - b.row || a.col - b.col);
    const runs: Rect[] = [];
    for (const c of sorted) {
      const last = runs[runs.length - 1];
      if (last && last.row === c.row && last.lastCol === c.col - 1)
        runs[runs.length - 1] = { ...last, lastCol: c.col };
      else if (!(last && last.row === c.row && last.lastCol >= c.col))
        runs.push({ row: c.row, col: c.col, lastRow: c.row, lastCol: c.col });
    }
    const rects: Rect[] = [];
    // The open rectangle for each column span, so stacking stays linear however many runs there are.
    const open = new Map<string, number>();
    for (const run of runs) {
      const span = `${run.col}:${run.lastCol}`;
      const index = open.get(span);
      if (index !== undefined && rects[index].lastRow === run.row - 1)
        rects[index] = { ...rects[index], lastRow: run.row };
      else {
        open.set(span, rects.length);
        rects.push(run);
      }
    }
    result.set(style, rects);
  }
  return result;
}

type BorderEdge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical';

const WEIGHT = { thin: 'Thin', medium: 'Medium', hair: 'Hairline' } as const;
const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', center: 'Center', bottom: 'Bottom' } as const;

/**
 * The border lines a style draws on a rectangle: the style is per cell, so a side on every cell of a block is also
 * the block's inside line.
 */
function borderEdges(style: CellStyle, rect: Rect): Set<BorderEdge> {
  const edges = new Set<BorderEdge>();
  if (!style.border) return edges;
  const multiRow = rect.lastRow > rect.row;
  const multiCol = rect.lastCol > rect.col;
  for (const side of style.border.sides ?? ['top', 'bottom', 'left', 'right']) {
    if (side === 'top' || side === 'bottom') {
      edges.add(side === 'top' ? 'EdgeTop' : 'EdgeBottom');
      if (multiRow) edges.add('InsideHorizontal');
    } else {
      edges.add(side === 'left' ? 'EdgeLeft' : 'EdgeRight');
      if (multiCol) edges.add('InsideVertical');
    }
  }
  return edges;
}

export function applyStyle(range: Excel.Range, style: CellStyle, rect: Rect): void {
  const format = range.format;
  const font = style.font;
  if (font) {
    if (font.bold !== undefined) format.font.bold = font.bold;
    if (font.italic !== undefined) format.font.italic = font.italic;
    if (font.underline !== undefined) format.font.underline = font.underline ? 'Single' : 'None';
    if (font.size !== undefined) format.font.size = font.size;
    if (font.color !== undefined) format.font.color = font.color;
    if (font.name !== undefined) format.font.name = font.name;
  }
  if (style.fill) format.fill.color = style.fill;
  if (style.horizontal) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical) format.verticalAlignment = VERTICAL[style.vertical];
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.indent !== undefined) format.indentLevel = style.indent;
  if (style.border) {
    for (const edge of borderEdges(style, rect)) {
      const border = format.borders.getItem(edge);
      border.style = 'Continuous';
      border.weight = WEIGHT[style.border.style];
      if (style.border.color) border.color = style.border.color;
    }
  }
}

/**
 * Upper bound of `applyStyle`'s request: the range, one envelope per property set (a border line's object counted as
 * one more), each carrying either a value from the style (all of them at most the style's JSON; a border colour
 * repeats per line, ≤ 20 bytes as `"#RRGGBB"`) or a short enum (`"Continuous"`, `"Center"`: ≤ 20 bytes).
 */
export function styleBytes(style: CellStyle, rect: Rect): number {
  const font = style.font ?? {};
  const fontSets = [font.bold, font.italic, font.underline, font.size, font.color, font.name].filter(
    (v) => v !== undefined,
  ).length;
  const sets =
    fontSets +
    [style.fill, style.horizontal, style.vertical, style.wrap, style.indent].filter((v) => v !== undefined)
      .length;
  const lines = borderEdges(style, rect).size;
  const ops = sets + lines * 4;
  return RANGE_BYTES + ops * (OP_BYTES + 20) + jsonBytes(style);
}

export function styleActions(
  sheet: SheetRef,
  plan: SheetPlan,
  styles: WorkbookPlan['styles'],
): QueuedAction[] {
  const actions: QueuedAction[] = [];
  for (const [key, rects] of styleRects(plan.cells)) {
    const style = styles[key];
    if (!style) continue;
    for (const rect of rects) {
      actions.push({
        bytes: styleBytes(style, rect),
        queue: () => applyStyle(rangeOf(sheet(), rect), style, rect),
      });
    }
  }
  return actions;
}

/** A write of one short value (a size, a flag) to a new range. */
const SMALL_WRITE_BYTES = RANGE_BYTES + OP_BYTES + 30;

/** Merges, column widths, row heights, hyperlinks. */
export function layoutActions(sheet: SheetRef, plan: SheetPlan): QueuedAction[] {
  const actions: QueuedAction[] = [];
  for (const rect of plan.merges ?? [])
    actions.push({ bytes: SMALL_WRITE_BYTES, queue: () => rangeOf(sheet(), rect).merge(false) });
  for (const { col, width } of plan.columnWidths ?? []) {
    actions.push({
      bytes: SMALL_WRITE_BYTES,
      queue: () => (sheet().getRangeByIndexes(0, col, 1, 1).format.columnWidth = charsToPoints(width)),
    });
  }
  for (const { row, height } of plan.rowHeights ?? []) {
    actions.push({
      bytes: SMALL_WRITE_BYTES,
      queue: () => (sheet().getRangeByIndexes(row, 0, 1, 1).format.rowHeight = height),
    });
  }
  for (const cell of plan.cells) {
    const link = cell.hyperlink;
    if (!link) continue;
    // Display text only for text cells: setting it on a number would turn the number into text.
    const text = typeof cell.value === 'string' ? cell.value : undefined;
    const hyperlink: Excel.RangeHyperlink =
      'url' in link
        ? { address: link.url, screenTip: link.tooltip, textToDisplay: text }
        : {
            documentReference: `${quoteSheetName(link.sheet)}!${link.cell}`,
            screenTip: link.tooltip,
            textToDisplay: text,
          };
    actions.push({
      bytes: RANGE_BYTES + OP_BYTES + jsonBytes(hyperlink),
      queue: () => (sheet().getRange(cellAddress(cell.row, cell.col)).hyperlink = hyperlink),
    });
  }
  return actions;
}
