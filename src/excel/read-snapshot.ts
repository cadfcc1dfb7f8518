/**
 * Reads the whole workbook into a `WorkbookSnapshot` in three round trips, whatever its size:
 *   1. the sheet list;
 *   2. each sheet's used range (values only) and Huibao's ownership mark;
 *   3. values and number formats of every used range at once, in row bands of at most 5,000,000 cells.
 */
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../core/snapshot';
import { MAX_READ_CELLS, rowBands } from './chunking';
import { isOwned, queueOwnerMark } from './ownership';

/** Excel's error values as `values` reports them (the text a user would see). */
const EXCEL_ERRORS = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
]);

export interface ReadOptions {
  readonly source?: string;
  /** For tests of the band splitting; Excel's limit otherwise. */
  readonly maxReadCells?: number;
  readonly onProgress?: (fraction: number) => void;
}

function toCellValue(value: unknown): CellValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  const text = String(value);
  // Heuristic: `values` gives errors as their text; loading valueTypes too would add a third grid to the read.
  return EXCEL_ERRORS.has(text) ? { error: text } : text;
}

function toFormat(format: unknown): string | null {
  return typeof format === 'string' && format !== '' && format !== 'General' ? format : null;
}

export async function readWorkbookSnapshot(
  context: Excel.RequestContext,
  options: ReadOptions = {},
): Promise<WorkbookSnapshot> {
  const worksheets = context.workbook.worksheets.load('items/name');
  await context.sync();
  options.onProgress?.(0.2);

  const sheets = worksheets.items.map((sheet) => ({
    sheet,
    name: sheet.name,
    used: sheet.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount'),
    mark: queueOwnerMark(sheet),
  }));
  await context.sync();
  options.onProgress?.(0.4);

  const maxCells = options.maxReadCells ?? MAX_READ_CELLS;
  const reads = sheets.map(({ sheet, used }) => {
    if (used.isNullObject) return { top: 0, left: 0, bands: [] };
    const top = used.rowIndex;
    const left = used.columnIndex;
    const cols = used.columnCount;
    const bands = rowBands(used.rowCount, cols, maxCells).map((band) => ({
      band,
      range: sheet.getRangeByIndexes(top + band.start, left, band.count, cols).load('values,numberFormat'),
    }));
    return { top, left, bands };
  });
  await context.sync();
  options.onProgress?.(0.9);

  const snapshots: SheetSnapshot[] = sheets.map(({ name, mark }, i) => {
    const { top, left, bands } = reads[i];
    const values: CellValue[][] = Array.from({ length: top }, () => []);
    const numberFormats: (string | null)[][] = Array.from({ length: top }, () => []);
    let anyFormat = false;
    for (const { range } of bands) {
      const rangeValues = range.values;
      const rangeFormats = range.numberFormat;
      rangeValues.forEach((line, r) => {
        const valueRow: CellValue[] = new Array<CellValue>(left).fill(null);
        const formatRow: (string | null)[] = new Array<string | null>(left).fill(null);
        line.forEach((value, c) => {
          valueRow.push(toCellValue(value));
          const format = toFormat(rangeFormats[r]?.[c]);
          if (format) anyFormat = true;
          formatRow.push(format);
        });
        values.push(valueRow);
        numberFormats.push(formatRow);
      });
    }
    const snapshot: SheetSnapshot = { name, values, writtenByHuibao: isOwned(mark) };
    return anyFormat ? { ...snapshot, numberFormats } : snapshot;
  });
  return { source: options.source, sheets: snapshots };
}
