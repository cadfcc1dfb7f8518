/**
 * Marking findings on the input cells, and undoing it exactly. Before a cell is coloured its fill is read
 * (`color` and `pattern`: Excel reports white for "no fill", only the pattern `None` tells them apart) and stored in
 * a workbook setting, so `清除标记` restores it even after the file was saved and reopened. A cell already marked
 * keeps its first stored fill: our own colour is never mistaken for the user's.
 */
import type { Finding, Severity } from '../core/findings';

export const HIGHLIGHTS_KEY = 'huibao.highlights';

export const HIGHLIGHT_COLORS: Readonly<Record<Severity, string>> = {
  error: '#FFC7CE',
  warning: '#FFEB9C',
  info: '#DDEBF7',
};

export interface StoredFill {
  readonly sheet: string;
  readonly cell: string;
  /** The fill before Huibao marked the cell. */
  readonly color: string;
  readonly pattern: string;
}

const key = (sheet: string, cell: string): string => `${sheet}\u0000${cell.toUpperCase()}`;

function parseStored(raw: unknown): StoredFill[] {
  try {
    const list: unknown = typeof raw === 'string' ? JSON.parse(raw) : raw;
    if (!Array.isArray(list)) return [];
    return list.filter(
      (f): f is StoredFill =>
        !!f &&
        typeof f.sheet === 'string' &&
        typeof f.cell === 'string' &&
        typeof f.color === 'string' &&
        typeof f.pattern === 'string',
    );
  } catch {
    return [];
  }
}

/** The most severe finding per cell. */
function targets(
  findings: readonly Finding[],
): Map<string, { sheet: string; cell: string; severity: Severity }> {
  const order: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  const out = new Map<string, { sheet: string; cell: string; severity: Severity }>();
  for (const f of findings) {
    if (!f.sheet || !f.cell || !/^[A-Z]{1,3}\d+$/i.test(f.cell)) continue;
    const k = key(f.sheet, f.cell);
    const prev = out.get(k);
    if (!prev || order[f.severity] < order[prev.severity])
      out.set(k, { sheet: f.sheet, cell: f.cell.toUpperCase(), severity: f.severity });
  }
  return out;
}

function restore(range: Excel.Range, fill: StoredFill): void {
  if (fill.pattern === 'None') {
    range.format.fill.clear();
    return;
  }
  range.format.fill.color = fill.color;
  if (fill.pattern !== 'Solid') range.format.fill.pattern = fill.pattern as Excel.FillPattern;
}

/** Three round trips: sheet names and stored fills; current fills; marks, restores and the new stored list. */
export async function highlightFindings(
  context: Excel.RequestContext,
  findings: readonly Finding[],
): Promise<number> {
  const worksheets = context.workbook.worksheets.load('items/name');
  const setting = context.workbook.settings.getItemOrNullObject(HIGHLIGHTS_KEY).load('value');
  await context.sync();

  const sheets = new Map(worksheets.items.map((s) => [s.name, s]));
  const stored = new Map(
    (setting.isNullObject ? [] : parseStored(setting.value)).map((f) => [key(f.sheet, f.cell), f]),
  );
  const wanted = [...targets(findings).entries()].filter(([, t]) => sheets.has(t.sheet));
  const reads = wanted
    .filter(([k]) => !stored.has(k))
    .map(([k, t]) => ({
      k,
      t,
      fill: sheets.get(t.sheet)!.getRange(t.cell).format.fill.load('color,pattern'),
    }));
  if (reads.length > 0) await context.sync();

  const next = new Map<string, StoredFill>();
  for (const [k, t] of wanted) {
    const previous = stored.get(k) ?? reads.find((r) => r.k === k)!.fill;
    next.set(k, { sheet: t.sheet, cell: t.cell, color: previous.color, pattern: previous.pattern });
    sheets.get(t.sheet)!.getRange(t.cell).format.fill.color = HIGHLIGHT_COLORS[t.severity];
  }
  // Cells marked by an earlier run whose finding is gone get their own fill back now.
  for (const [k, fill] of stored) {
    if (!next.has(k) && sheets.has(fill.sheet)) restore(sheets.get(fill.sheet)!.getRange(fill.cell), fill);
  }
  if (next.size > 0) context.workbook.settings.add(HIGHLIGHTS_KEY, JSON.stringify([...next.values()]));
  else if (!setting.isNullObject) setting.delete();
  await context.sync();
  return next.size;
}

/** Restores every marked cell's previous fill (no fill stays no fill) and forgets the marks. Two round trips. */
export async function clearHighlights(context: Excel.RequestContext): Promise<number> {
  const worksheets = context.workbook.worksheets.load('items/name');
  const setting = context.workbook.settings.getItemOrNullObject(HIGHLIGHTS_KEY).load('value');
  await context.sync();
  if (setting.isNullObject) return 0;
  const sheets = new Map(worksheets.items.map((s) => [s.name, s]));
  const stored = parseStored(setting.value);
  let restored = 0;
  for (const fill of stored) {
    const sheet = sheets.get(fill.sheet);
    if (!sheet) continue;
    restore(sheet.getRange(fill.cell), fill);
    restored++;
  }
  setting.delete();
  await context.sync();
  return restored;
}
