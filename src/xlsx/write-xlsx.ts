/**
 * `WorkbookPlan` → .xlsx bytes through excelize-wasm. With a base workbook the file is opened as it is and only
 * Huibao's sheets are added or replaced: excelize leaves worksheets it never loads as they were, so the user's
 * sheets keep their values, formats and formulas.
 */
import type { SheetPlan, WorkbookPlan } from '../core/plan';
import type { ChartPoints } from './chart-points';
import { XlsxWriteError } from './errors';
import { excelizeStopped, loadExcelize, type Excelize } from './excelize-runtime';
import { OWNER_NAME, OWNER_VALUE } from './ownership';
import { applyPatches, type IconThresholds } from './patch-xml';
import { removeOwnedSheets } from './remove-sheets';
import { withUsableStyles } from './styles-part';
import { buildSheetData, type SheetData } from './sheet-data';
import { linkedCellCount, locationLinksXml, MAX_SHEET_LINKS } from './sheet-links';
import { plainBytes } from './zip-entries';
import {
  check,
  StyleTable,
  writeCellExtras,
  writeCharts,
  writeConditionalFormats,
  writeLayout,
  writePrint,
  writeValidations,
  type ExcelizeFile,
} from './plan-to-excelize';

export async function writeXlsx(plan: WorkbookPlan, base?: Uint8Array | null): Promise<Uint8Array> {
  let ex: Excelize;
  try {
    ex = await loadExcelize();
  } catch (error) {
    throw new XlsxWriteError('engineFailed', {
      reason: error instanceof Error ? error.message : String(error),
    });
  }
  try {
    return write(ex, plan, base);
  } catch (error) {
    // A panic stops the Go runtime mid-write; the calls after it throw plain errors ("Go program has already
    // exited", or a property of the missing result). The next write starts a fresh runtime (`loadExcelize`).
    const stopped = excelizeStopped();
    if (!stopped || error instanceof XlsxWriteError) throw error;
    throw new XlsxWriteError('writeFailed', { reason: stopped });
  }
}

function write(ex: Excelize, plan: WorkbookPlan, base?: Uint8Array | null): Uint8Array {
  // Our earlier sheets are taken out at the zip level first, so excelize never rewrites the user's sheets.
  const planned = new Set(plan.sheets.map((s) => s.name.toLowerCase()));
  // Never the caller's Buffer itself (see `plainBytes`); nothing here writes into the base, it is only read.
  const input = base ? plainBytes(base) : null;
  const source = input ? withUsableStyles(removeOwnedSheets(input, planned) ?? input) : null;
  const file = source ? ex.OpenReader(source) : ex.NewFile();
  // (A panic while opening leaves `file` undefined; the next call throws and `writeXlsx` reports the panic.)
  const openError = (file as { error?: string | null } | undefined)?.error;
  if (openError) throw new XlsxWriteError('writeFailed', { reason: String(openError) });
  // A new file starts with excelize's `Sheet1`; it is reused when the plan names it, else removed at the end.
  const placeholder = base ? null : (file.GetSheetList().list[0] ?? null);
  const existing = new Set(file.GetSheetList().list);
  // Excel treats sheet names case-insensitively: `summary` and `Summary` are the same sheet.
  const existingByKey = new Map([...existing].map((name) => [name.toLowerCase(), name] as const));
  const owned = ownedSheets(file);
  const replaced: string[] = [];
  // Check every sheet before changing anything, so a refusal leaves nothing half written.
  for (const sheet of plan.sheets) {
    if (linkedCellCount(sheet.cells) > MAX_SHEET_LINKS) {
      throw new XlsxWriteError('writeFailed', {
        reason: `${sheet.name}: more than ${MAX_SHEET_LINKS} hyperlinks in a worksheet`,
      });
    }
    const found = existingByKey.get(sheet.name.toLowerCase());
    if (found === undefined || found === placeholder) continue;
    if (!owned.has(found)) throw new XlsxWriteError('userSheetExists', { name: found });
    replaced.push(found);
  }
  // Only when the workbook holds nothing but our sheets are they replaced through excelize; it cannot lose its
  // last sheet, so a scratch sheet stands in meanwhile.
  const scratch = base && replaced.length > 0 ? scratchName(existing) : null;
  if (scratch) check(file.NewSheet(scratch), 'scratch sheet');
  for (const name of replaced) removeOwnedSheet(file, name);

  const styles = new StyleTable(file, plan.styles);
  const icons: IconThresholds[] = [];
  const data = new Map<string, SheetData>();
  const links = new Map<string, string>();
  for (const sheet of plan.sheets) {
    if (sheet.name === placeholder) {
      existing.delete(placeholder);
    } else {
      check(file.NewSheet(sheet.name), `new sheet ${sheet.name}`);
    }
    renderSheet(ex, file, sheet, styles, icons);
    data.set(
      sheet.name,
      buildSheetData(sheet.cells, sheet.rowHeights ?? [], (key) => styles.cell(key)),
    );
    links.set(sheet.name, locationLinksXml(sheet.cells));
    if (!sheet.userInput) {
      check(
        file.SetDefinedName({ Name: OWNER_NAME, RefersTo: OWNER_VALUE, Scope: sheet.name }),
        'owner mark',
      );
    }
  }
  if (scratch) check(file.DeleteSheet(scratch), 'scratch sheet');
  if (placeholder && existing.has(placeholder) && plan.sheets.length > 0) {
    check(file.DeleteSheet(placeholder), 'placeholder sheet');
  }
  const active = plan.activeSheet ?? (base ? undefined : plan.sheets[0]?.name);
  const chartPoints: ChartPoints[] = plan.sheets.flatMap((sheet) =>
    (sheet.charts ?? [])
      .filter((chart) => chart.type !== 'doughnut' && chart.series.some((s) => s.pointColors?.length))
      .map((chart) => ({
        sheet: sheet.name,
        chart: chart.name,
        series: chart.series.map((s) => s.pointColors),
      })),
  );
  const written = file.WriteToBuffer();
  check(written, 'write');
  const bytes = toBytes(written.buffer);
  return applyPatches(bytes, {
    icons,
    sheetData: data,
    links,
    activeSheet: active,
    chartPoints,
  });
}

function renderSheet(
  ex: Excelize,
  file: ExcelizeFile,
  sheet: SheetPlan,
  styles: StyleTable,
  icons: IconThresholds[],
): void {
  writeCellExtras(file, sheet.name, sheet.cells);
  writeLayout(file, sheet);
  if (sheet.dataValidations) writeValidations(file, sheet.name, sheet.dataValidations);
  if (sheet.conditionalFormats)
    writeConditionalFormats(file, sheet.name, sheet.conditionalFormats, styles, icons);
  if (sheet.charts) writeCharts(ex, file, sheet.name, sheet.charts);
  if (sheet.print) writePrint(file, sheet.name, sheet.print);
}

/** Names of the sheets carrying Huibao's sheet-scoped marker. */
function ownedSheets(file: ExcelizeFile): Set<string> {
  const names = file.GetDefinedName();
  const out = new Set<string>();
  for (const name of names.definedNames ?? []) {
    if (name.Name === OWNER_NAME && name.Scope) out.add(name.Scope);
  }
  return out;
}

/** Drops one of our sheets and the names scoped to it (marker, print titles and area) before it is rebuilt. */
function removeOwnedSheet(file: ExcelizeFile, sheet: string): void {
  for (const name of file.GetDefinedName().definedNames ?? []) {
    if (name.Scope === sheet) check(file.DeleteDefinedName({ Name: name.Name, Scope: sheet }), 'old names');
  }
  check(file.DeleteSheet(sheet), `replace ${sheet}`);
}

function scratchName(existing: ReadonlySet<string>): string {
  let name = 'huibao-scratch';
  while (existing.has(name)) name += '-';
  return name;
}

function toBytes(buffer: BlobPart): Uint8Array {
  if (buffer instanceof Uint8Array) return buffer;
  if (buffer instanceof ArrayBuffer) return new Uint8Array(buffer);
  if (ArrayBuffer.isView(buffer)) return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  throw new XlsxWriteError('writeFailed', { reason: 'unexpected buffer from excelize' });
}
