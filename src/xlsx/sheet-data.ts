/**
 * The `<sheetData>` of a sheet we write, built as text and spliced into the part excelize produced. Going through
 * excelize cell by cell (or row by row) crossed into wasm for every value and took about a minute for a
 * 10,000 × 31 table; building the XML here takes a fraction of a second. Strings are inline (`t="inlineStr"`),
 * so a text that starts with `=`, `+`, `-` or `@` is text by construction and sharedStrings.xml is left alone.
 */
import { cellAddress, columnLetters } from '../core/address';
import type { PlanCell, PlanValue } from '../core/plan';

export interface SheetData {
  readonly xml: string;
  /** The used range (`A1:F20`), for `<dimension>`. */
  readonly dimension: string;
  readonly hasFormulas: boolean;
}

// Characters XML 1.0 cannot carry, and Excel's own `_xHHHH_` escape (which must itself be escaped when literal).
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\r]|_(?=x[0-9A-Fa-f]{4}_)/g;

export function escapeText(text: string): string {
  let out = text;
  if (/[&<>]/.test(out)) out = out.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return out.replace(UNSAFE, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

function valueXml(value: PlanValue, formula: string | undefined): { type: string; body: string } | null {
  const f = formula ? `<f>${escapeText(formula.startsWith('=') ? formula.slice(1) : formula)}</f>` : '';
  if (value === null || (typeof value === 'number' && !Number.isFinite(value))) {
    return f ? { type: '', body: f } : null;
  }
  if (typeof value === 'number') return { type: '', body: `${f}<v>${value}</v>` };
  if (typeof value === 'boolean') return { type: ' t="b"', body: `${f}<v>${value ? 1 : 0}</v>` };
  if (f) return { type: ' t="str"', body: `${f}<v>${escapeText(value)}</v>` };
  return { type: ' t="inlineStr"', body: `<is><t xml:space="preserve">${escapeText(value)}</t></is>` };
}

export function buildSheetData(
  cells: readonly PlanCell[],
  rowHeights: readonly { readonly row: number; readonly height: number }[],
  styleId: (key: string) => number | null,
): SheetData {
  const rows = new Map<number, Map<number, PlanCell>>();
  let lastRow = 0;
  let lastCol = 0;
  let hasFormulas = false;
  for (const cell of cells) {
    let line = rows.get(cell.row);
    if (!line) rows.set(cell.row, (line = new Map()));
    line.set(cell.col, cell); // a later cell at the same place wins
    if (cell.row > lastRow) lastRow = cell.row;
    if (cell.col > lastCol) lastCol = cell.col;
    if (cell.formula) hasFormulas = true;
  }
  const heights = new Map(rowHeights.map((h) => [h.row, h.height] as const));
  for (const row of heights.keys()) if (!rows.has(row)) rows.set(row, new Map());
  const out: string[] = ['<sheetData>'];
  for (const row of [...rows.keys()].sort((a, b) => a - b)) {
    const height = heights.get(row);
    out.push(`<row r="${row + 1}"${height !== undefined ? ` ht="${height}" customHeight="1"` : ''}>`);
    const line = rows.get(row) as Map<number, PlanCell>;
    for (const col of [...line.keys()].sort((a, b) => a - b)) {
      const cell = line.get(col) as PlanCell;
      const style = cell.style ? styleId(cell.style) : null;
      const value = valueXml(cell.value, cell.formula);
      const s = style !== null && style > 0 ? ` s="${style}"` : '';
      const ref = `${columnLetters(col)}${row + 1}`;
      if (value) out.push(`<c r="${ref}"${s}${value.type}>${value.body}</c>`);
      else if (s) out.push(`<c r="${ref}"${s}/>`);
    }
    out.push('</row>');
  }
  out.push('</sheetData>');
  return { xml: out.join(''), dimension: `A1:${cellAddress(lastRow, lastCol)}`, hasFormulas };
}
