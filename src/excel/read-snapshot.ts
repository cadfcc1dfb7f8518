/**
 * Reads the whole workbook into a `WorkbookSnapshot` in three round trips:
 *   1. the sheet list (names and visibility);
 *   2. each sheet's used range (values only), Huibao's ownership mark and merged ranges (ExcelApi 1.13);
 *   3. values and number formats of every used range at once, in row bands of at most 5,000,000 cells.
 * The exception is size: Excel on the web refuses a response over 5 MB. When the used ranges' estimated response
 * passes `RESPONSE_BUDGET_BYTES`, step 3 is spread over as many syncs as the budget needs, in row bands; a read Excel
 * still refuses as too large (long texts beat the estimate) is retried in halves.
 */
import { columnIndex } from '../core/address';
import type { CellValue, MergedRange, SheetSnapshot, WorkbookSnapshot } from '../core/snapshot';
import {
  MAX_READ_CELLS,
  READ_CELL_BYTES,
  readBatches,
  RESPONSE_BUDGET_BYTES,
  splitReadBatch,
  type ReadBand,
} from './chunking';
import { isExcelApiSupported } from './office-host';
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
  /** For tests of the sync splitting; `RESPONSE_BUDGET_BYTES` otherwise. */
  readonly responseBudgetBytes?: number;
  readonly onProgress?: (fraction: number) => void;
  /**
   * Read merged ranges (`Range.getMergedAreasOrNullObject`, ExcelApi 1.13, in step 2's sync): by default where the
   * host has 1.13. Below it they are left out (a request for an API the host lacks would fail the whole sync).
   */
  readonly mergedAreas?: boolean;
}

/** One area of a `RangeAreas.address` (`Sheet1!B2:B4, 'a, b'!D2:D4`): its cells after the sheet's `!`. */
const AREA = /!\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?(?=\s*,|\s*$)/g;

/** The merged ranges a `RangeAreas.address` lists, 0-based (a single cell is no merge). */
export function mergedRangesOf(address: string): MergedRange[] {
  const out: MergedRange[] = [];
  for (const match of address.matchAll(AREA)) {
    if (match[3] === undefined) continue;
    const range = {
      top: Number(match[2]) - 1,
      left: columnIndex(match[1]),
      bottom: Number(match[4]) - 1,
      right: columnIndex(match[3]),
    };
    if (range.bottom > range.top || range.right > range.left) out.push(range);
  }
  return out;
}

function toCellValue(value: unknown): CellValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  const text = String(value);
  // Heuristic: `values` gives errors as their text; loading valueTypes too would add a third grid to the read.
  return EXCEL_ERRORS.has(text) ? { error: text } : text;
}

interface BandValues {
  readonly start: number;
  readonly values: readonly (readonly unknown[])[];
  readonly formats: readonly (readonly unknown[])[];
}

/** Excel on the web's refusal of a response over its size limit (`OfficeExtension.ErrorCodes`). */
function isResponseTooLarge(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'ResponsePayloadSizeLimitExceeded';
}

function toFormat(format: unknown): string | null {
  return typeof format === 'string' && format !== '' && format !== 'General' ? format : null;
}

export async function readWorkbookSnapshot(
  context: Excel.RequestContext,
  options: ReadOptions = {},
): Promise<WorkbookSnapshot> {
  const readMerges = options.mergedAreas ?? isExcelApiSupported('1.13');
  const worksheets = context.workbook.worksheets.load('items/name,items/visibility');
  await context.sync();
  options.onProgress?.(0.2);

  const queueSheets = (withMerges: boolean) =>
    worksheets.items.map((sheet) => ({
      sheet,
      name: sheet.name,
      // `Hidden` or `VeryHidden`: an old copy kept out of sight is not a unit (the core says so in a finding).
      hidden: sheet.visibility !== 'Visible',
      used: sheet.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount'),
      mark: queueOwnerMark(sheet),
      // The whole sheet's: known before the used range is, so no sync of its own.
      merged: withMerges ? sheet.getRange().getMergedAreasOrNullObject().load('address') : null,
    }));
  let sheets = queueSheets(readMerges);
  try {
    await context.sync();
  } catch (error) {
    if (!readMerges) throw error;
    // Merged ranges are a help, not a need: Excel refuses them past 512 areas in a range (a form merged row by
    // row), and that refusal fails the whole sync. The sheets are read again without them, one sync more.
    sheets = queueSheets(false);
    await context.sync();
  }
  options.onProgress?.(0.4);

  const blocks = sheets.map(({ used }) =>
    used.isNullObject
      ? { top: 0, left: 0, rows: 0, cols: 0 }
      : { top: used.rowIndex, left: used.columnIndex, rows: used.rowCount, cols: used.columnCount },
  );
  const queue = readBatches(blocks, {
    maxCells: options.maxReadCells ?? MAX_READ_CELLS,
    budgetBytes: options.responseBudgetBytes ?? RESPONSE_BUDGET_BYTES,
    cellBytes: READ_CELL_BYTES,
  });
  const read: BandValues[][] = sheets.map(() => []);
  const totalCells = blocks.reduce((sum, b) => sum + b.rows * b.cols, 0);
  let cellsRead = 0;
  while (queue.length > 0) {
    const batch = queue.shift() as ReadBand[];
    const ranges = batch.map((band) => {
      const { top, left, cols } = blocks[band.block];
      return sheets[band.block].sheet
        .getRangeByIndexes(top + band.start, left, band.count, cols)
        .load('values,numberFormat');
    });
    try {
      // One sync per batch is the point: each response stays under Excel on the web's limit (one batch usually).
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      const halves = isResponseTooLarge(error) ? splitReadBatch(batch) : null;
      if (!halves) throw error;
      queue.unshift(...halves);
      continue;
    }
    batch.forEach((band, i) => {
      read[band.block].push({ start: band.start, values: ranges[i].values, formats: ranges[i].numberFormat });
      cellsRead += band.count * blocks[band.block].cols;
    });
    options.onProgress?.(0.4 + (0.5 * cellsRead) / totalCells);
  }
  if (totalCells === 0) options.onProgress?.(0.9);

  const snapshots: SheetSnapshot[] = sheets.map(({ name, mark, hidden, merged }, i) => {
    const { top, left } = blocks[i];
    const values: CellValue[][] = Array.from({ length: top }, () => []);
    const numberFormats: (string | null)[][] = Array.from({ length: top }, () => []);
    let anyFormat = false;
    // Bands come back in sync order; a retried read may have split one, so order them by row.
    for (const band of read[i].sort((a, b) => a.start - b.start)) {
      const rangeFormats = band.formats;
      band.values.forEach((line, r) => {
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
    const merges = merged && !merged.isNullObject ? mergedRangesOf(merged.address) : [];
    const snapshot: SheetSnapshot = {
      name,
      values,
      writtenByHuibao: isOwned(mark),
      ...(hidden ? { hidden: true } : {}),
      ...(merges.length > 0 ? { merges } : {}),
    };
    return anyFormat ? { ...snapshot, numberFormats } : snapshot;
  });
  return { source: options.source, sheets: snapshots };
}
