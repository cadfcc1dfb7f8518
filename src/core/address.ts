/** A1-style addresses. Rows and columns are 0-based in code and 1-based in the spreadsheet. */

export function columnLetters(col: number): string {
  let n = col + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function rangeAddress(row: number, col: number, lastRow: number, lastCol: number): string {
  return `${cellAddress(row, col)}:${cellAddress(lastRow, lastCol)}`;
}

/** `A1` → {row: 0, col: 0}; `$B$3` works too. */
export function parseCellAddress(address: string): { row: number; col: number } {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!match) throw new Error(`Not an A1 cell address: ${address}`);
  return { row: Number(match[2]) - 1, col: columnIndex(match[1]) };
}

/** A sheet name quoted for a formula or a chart range: `'汇总'!$B$2:$B$9`. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export function absoluteRange(
  sheet: string,
  row: number,
  col: number,
  lastRow: number,
  lastCol: number,
): string {
  const from = `$${columnLetters(col)}$${row + 1}`;
  const to = `$${columnLetters(lastCol)}$${lastRow + 1}`;
  return `${quoteSheetName(sheet)}!${from}:${to}`;
}
