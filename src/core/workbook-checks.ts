/**
 * Checks of the workbook's sheets as a whole, before any cell is read: sheets that look like units but are not read,
 * and units that look like copies of others.
 */
import { cellAddress, rangeAddress } from './address';
import type { FindingSink } from './findings';
import type { CellGrid } from './cell-grid';
import { type UnreadSheet, headerColumnOf } from './indicator-sheet';
import { parseUserNumber } from './parse-number';
import { type WorkbookSnapshot, gridOf } from './snapshot';
import { type SkippedSheet, type WorkbookUnits, cellText, mergedFigures } from './workbook-units';

/**
 * `total-sheet-skipped`, `year-sheet-skipped`: a sheet laid out as a unit whose name says it holds the street's totals
 * or another year's figures is not added in; say so once per sheet, without a cell (as for a hidden sheet).
 */
export function reportSkippedSheets(skippedSheets: readonly SkippedSheet[], findings: FindingSink): void {
  for (const { sheet, reason, found } of skippedSheets) {
    findings.push({
      severity: 'warning',
      code: reason === 'total' ? 'total-sheet-skipped' : 'year-sheet-skipped',
      sheet,
      found,
    });
  }
}

/** Rows of catalogue IDs looked through for a figure beside them: a unit has figures in its first rows. */
const FIGURE_ROWS = 200;

/**
 * `sheet-not-read`: a sheet whose `编号`s are the catalogue's, with figures beside them, but which has no 完成值 column
 * (its header says `完成情况` or `数值`) is a unit left out of every total; say so rather than let the totals look
 * whole. A sheet of IDs and words alone (`填报说明`: `编号`, `说明`) holds no figures to leave out, so it is not one.
 * `sheet-header-split` instead when a 完成值 header is there but on another line than the `编号` (a header in three
 * lines, or a second line with something under `编号`), so that the message does not ask for a header that exists.
 * Returns the sheets so reported: units that every total over the units is missing.
 */
export function reportUnreadSheets(
  snapshot: WorkbookSnapshot,
  unreadSheets: readonly UnreadSheet[],
  isKnownId: (id: string) => boolean,
  findings: FindingSink,
): string[] {
  const reported: string[] = [];
  for (const unread of unreadSheets) {
    const sheet = snapshot.sheets.find(({ name }) => name === unread.sheet);
    if (!sheet) continue;
    const grid = gridOf(sheet);
    let idRows = 0;
    let hasFigures = false;
    for (let r = unread.headerRow + 1; r < grid.rowCount && !hasFigures && idRows < FIGURE_ROWS; r++) {
      const id = cellText(grid.cell(r, unread.idCol));
      if (id === '' || !isKnownId(id)) continue;
      idRows++;
      // A figure right of the ID: a number, or a text read as one (`１２`, `12.3万`, `30余人`), not a sentence that
      // starts with one (`2023年起按新口径`); a 序号 comes before the ID.
      for (let c = unread.idCol + 1; c < grid.colCount && !hasFigures; c++) {
        const parsed = parseUserNumber(grid.cell(r, c));
        hasFigures = parsed.ok && parsed.trailingText.length <= 2;
      }
    }
    if (!hasFigures) continue;
    const actual = actualHeaderNear(grid, unread.headerRow);
    findings.push({
      severity: 'error',
      code: actual === null ? 'sheet-not-read' : 'sheet-header-split',
      sheet: unread.sheet,
      cell: cellAddress(unread.headerRow, unread.idCol),
      ...(actual === null ? {} : { found: actual }),
    });
    reported.push(unread.sheet);
  }
  return reported;
}

/** The address of a 完成值 header within two lines above or below the `编号` header's, if there is one. */
function actualHeaderNear(grid: CellGrid, headerRow: number): string | null {
  const last = Math.min(grid.rowCount - 1, headerRow + 2);
  for (let r = Math.max(0, headerRow - 2); r <= last; r++) {
    if (r === headerRow) continue;
    for (let c = 0; c < grid.colCount; c++) {
      if (headerColumnOf(grid.cell(r, c)) === 'actual') return cellAddress(r, c);
    }
  }
  return null;
}

/** `和平社区 (2)`: the name Excel gives a copied sheet. */
const COPY_NAME = /^(.+?)\s*[(（](\d+)[)）]$/;

/**
 * `unit-sheet-copy`: a unit named like Excel's copy of another unit (`和平社区 (2)` beside `和平社区`) is counted,
 * as every indicator sheet is, but its figures are likely the other's a second time: an error until it is renamed,
 * hidden or deleted.
 */
export function reportCopiedUnits(unitNames: readonly string[], findings: FindingSink): void {
  const names = new Set(unitNames);
  for (const name of unitNames) {
    const original = COPY_NAME.exec(name)?.[1];
    if (original === undefined || !names.has(original)) continue;
    findings.push({ severity: 'error', code: 'unit-sheet-copy', sheet: name, params: { original } });
  }
}

/**
 * `merged-figure`: a 完成值 or 上年值 merged over several rows of a unit sheet or of the definitions, once per range
 * at its top-left cell (see `mergedFigures`).
 */
export function reportMergedFigures(units: WorkbookUnits, findings: FindingSink): void {
  const tables = units.units.map(({ sheet, layout }) => ({ sheet, layout }));
  const { definitionSheet, definitionLayout } = units;
  if (definitionSheet && definitionLayout && !tables.some(({ sheet }) => sheet === definitionSheet))
    tables.push({ sheet: definitionSheet, layout: definitionLayout });
  for (const { sheet, layout } of tables) {
    for (const { top, bottom, col } of mergedFigures(sheet, layout)) {
      findings.push({
        severity: 'warning',
        code: 'merged-figure',
        sheet: sheet.name,
        cell: cellAddress(top, col),
        found: rangeAddress(top, col, bottom, col),
        params: { rows: bottom - top + 1, others: bottom - top },
      });
    }
  }
}
