/**
 * How a sheet is marked as Huibao's: a defined name scoped to that sheet. A sheet-scoped name travels with the
 * sheet when it is renamed or moved and disappears when it is deleted, so a user's new sheet that merely has the
 * same name is never mistaken for ours.
 */
export const OWNER_NAME = 'Huibao_Sheet';
/** What the name refers to: a constant, so it never points at (or breaks on) cells. */
export const OWNER_VALUE = '"huibao"';
