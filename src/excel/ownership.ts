/**
 * Which sheets are Huibao's. The mark is the same as the file host's (src/xlsx/ownership.ts): a defined name
 * scoped to the sheet. It travels with the sheet through save, e-mail and rename, and dies with the sheet, so a
 * user's new sheet that only shares the name is never mistaken for ours. (Kept equal to the xlsx constants by a
 * test; src/excel does not import the file host.)
 */
export const OWNER_NAME = 'Huibao_Sheet';
export const OWNER_VALUE = '"huibao"';

/** Queues the ownership check of a sheet; read `isNullObject` after the next sync (false = Huibao's). */
export function queueOwnerMark(sheet: Excel.Worksheet): Excel.NamedItem {
  return sheet.names.getItemOrNullObject(OWNER_NAME).load('name');
}

export function isOwned(mark: Excel.NamedItem): boolean {
  return !mark.isNullObject;
}

/** Queues the mark on a sheet Huibao has just added. */
export function markOwned(sheet: Excel.Worksheet): void {
  sheet.names.add(OWNER_NAME, `=${OWNER_VALUE}`);
}
