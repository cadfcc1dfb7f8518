/**
 * Checks of the workbook's sheets as a whole, before any cell is read: sheets that look like units but are not read,
 * and units that look like copies of others.
 */
import { cellAddress } from './address';
import type { FindingSink } from './findings';
import type { UnreadSheet } from './indicator-sheet';
import { type WorkbookSnapshot, gridOf } from './snapshot';
import { type SkippedSheet, cellText } from './workbook-units';

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

/**
 * `sheet-not-read`: a sheet whose `编号`s are the catalogue's but which has no 完成值 column (its header says
 * `完成情况` or `数值`) is a unit left out of every total; say so rather than let the totals look whole.
 */
export function reportUnreadSheets(
  snapshot: WorkbookSnapshot,
  unreadSheets: readonly UnreadSheet[],
  isKnownId: (id: string) => boolean,
  findings: FindingSink,
): void {
  for (const unread of unreadSheets) {
    const sheet = snapshot.sheets.find(({ name }) => name === unread.sheet);
    if (!sheet) continue;
    const grid = gridOf(sheet);
    let listsKnownIds = false;
    for (let r = unread.headerRow + 1; r < grid.rowCount && !listsKnownIds; r++) {
      const id = cellText(grid.cell(r, unread.idCol));
      listsKnownIds = id !== '' && isKnownId(id);
    }
    if (!listsKnownIds) continue;
    findings.push({
      severity: 'error',
      code: 'sheet-not-read',
      sheet: unread.sheet,
      cell: cellAddress(unread.headerRow, unread.idCol),
    });
  }
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
