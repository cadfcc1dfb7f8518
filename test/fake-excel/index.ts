/**
 * A strict fake of Excel's JavaScript API and the `Office` globals, for jest and for a test page in Chromium (no
 * Node APIs here). Unlike a loose mock it models what goes wrong in Excel: reading a property before `load` +
 * `sync` throws `PropertyNotLoaded`, writes are queued and applied at `sync`, `*OrNullObject` gives `isNullObject`,
 * errors carry `code` (a protected sheet → `AccessDenied`), requests and responses over 5 MB are refused as in
 * Excel on the web, and every sync is recorded with its request and response size.
 *
 *   const excel = installFakeOffice(globalThis, { sheets: [{ name: '社区A', values: [['编号', '完成值']] }] });
 *   ... run the host ...
 *   expect(excel.syncs.length).toBeLessThanOrEqual(3);
 */
import type { FakeState } from './context';
import {
  newSheet,
  ensureCell,
  type FakeBook,
  type FakeSheet,
  type FakeValue,
  type SyncRecord,
} from './model';
import { FakeRequestContext } from './workbook';
import { parseCellAddress } from '../../src/core/address';

export { FakeOfficeError } from './errors';
export type { FakeBook, FakeCell, FakeSheet, SyncRecord } from './model';
export { cellOf, usedBox } from './model';

export interface FakeSheetInit {
  readonly name: string;
  /** From A1; `null`/'' is an empty cell. */
  readonly values?: readonly (readonly (FakeValue | null)[])[];
  readonly numberFormats?: readonly (readonly (string | null)[])[];
  /** Solid fills by A1 address (`{ B3: '#FFFF00' }`). */
  readonly fills?: Readonly<Record<string, string>>;
  readonly protected?: boolean;
  /** Sheet-scoped defined names, e.g. Huibao's ownership mark. */
  readonly names?: Readonly<Record<string, string>>;
  /** `Worksheet.visibility` (default `Visible`). */
  readonly visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
  /** Merged ranges by local address (`B2:B4`), as `Range.merge` records them. */
  readonly merges?: readonly string[];
}

export interface FakeWorkbookInit {
  readonly sheets: readonly FakeSheetInit[];
  readonly settings?: Readonly<Record<string, unknown>>;
  /** The highest ExcelApi version the "host" supports (default 1.17). */
  readonly excelApi?: string;
  readonly displayLanguage?: string;
  /** `Office.context.officeTheme` (absent: a host without the theme API). */
  readonly officeTheme?: FakeOfficeTheme;
  /** Office.onReady's host; null models office.js loaded in a plain browser. */
  readonly host?: 'Excel' | null;
  /** UTF-8 bytes; default 5 MB, as Excel on the web; `Infinity` models Excel on Windows or Mac. */
  readonly requestLimitBytes?: number;
  /** UTF-8 bytes; default 5 MB, as Excel on the web; `Infinity` models Excel on Windows or Mac. */
  readonly responseLimitBytes?: number;
  readonly readCellLimit?: number;
}

export interface FakeOfficeTheme {
  readonly bodyBackgroundColor: string;
  readonly bodyForegroundColor: string;
  readonly controlBackgroundColor: string;
  readonly controlForegroundColor: string;
  /** Left out to model hosts older than `isDarkTheme`. */
  readonly isDarkTheme?: boolean;
}

export interface FakeExcelHandle {
  readonly book: FakeBook;
  readonly syncs: SyncRecord[];
  /** Functions registered with `Office.actions.associate`. */
  readonly actions: Map<string, (event?: unknown) => void>;
  sheet(name: string): FakeSheet | undefined;
  setCellEditMode(on: boolean): void;
  /** The user picks another Office theme: `officeTheme` changes and `OfficeThemeChanged` handlers are called. */
  setOfficeTheme(theme: FakeOfficeTheme): void;
  resetSyncs(): void;
  /** How many `Excel.run` batches ended with operations never synced (lost work in real Excel). */
  readonly unsyncedBatches: number;
}

function compareVersions(a: string, b: string): number {
  const [am, an] = a.split('.').map(Number);
  const [bm, bn] = b.split('.').map(Number);
  return am !== bm ? am - bm : (an || 0) - (bn || 0);
}

function buildSheet(init: FakeSheetInit): FakeSheet {
  const sheet = newSheet(init.name);
  sheet.protected = init.protected ?? false;
  init.values?.forEach((line, r) =>
    line.forEach((value, c) => {
      if (value === null || value === '') return;
      ensureCell(sheet, r, c).value = value;
    }),
  );
  init.numberFormats?.forEach((line, r) =>
    line.forEach((format, c) => {
      if (format) ensureCell(sheet, r, c).numberFormat = format;
    }),
  );
  for (const [address, color] of Object.entries(init.fills ?? {})) {
    const { row, col } = parseCellAddress(address);
    ensureCell(sheet, row, col).fill = { color: color.toUpperCase(), pattern: 'Solid' };
  }
  for (const [name, ref] of Object.entries(init.names ?? {})) sheet.names.set(name, ref);
  if (init.visibility) sheet.props.visibility = init.visibility;
  sheet.merges.push(...(init.merges ?? []));
  return sheet;
}

export function installFakeOffice(target: object, workbook: FakeWorkbookInit): FakeExcelHandle {
  const book: FakeBook = {
    sheets: workbook.sheets.map(buildSheet),
    settings: new Map(Object.entries(workbook.settings ?? {})),
    activeSheetId: null,
    selection: null,
  };
  book.activeSheetId = book.sheets[0]?.id ?? null;
  const state: FakeState = {
    book,
    syncs: [],
    options: {
      requestLimitBytes: workbook.requestLimitBytes ?? 5 * 1024 * 1024,
      responseLimitBytes: workbook.responseLimitBytes ?? 5 * 1024 * 1024,
      readCellLimit: workbook.readCellLimit ?? 5_000_000,
      cellEditMode: false,
      excelApi: workbook.excelApi ?? '1.17',
    },
  };
  const actions = new Map<string, (event?: unknown) => void>();
  let unsynced = 0;
  const maxApi = state.options.excelApi;
  const host = workbook.host === undefined ? 'Excel' : workbook.host;

  const excel = {
    async run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> {
      const context = new FakeRequestContext(state);
      const result = await batch(context);
      if (context.queue.pending > 0) unsynced++;
      return result;
    },
  };
  const themeHandlers = new Set<(event: unknown) => void>();
  const office = {
    HostType: { Excel: 'Excel' },
    EventType: { OfficeThemeChanged: 'officeThemeChanged' },
    onReady(callback?: (info: { host: string | null; platform: string | null }) => void) {
      const info = { host, platform: host ? 'OfficeOnline' : null };
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      displayLanguage: workbook.displayLanguage ?? 'zh-CN',
      officeTheme: workbook.officeTheme,
      document: {
        addHandlerAsync(
          type: string,
          handler: (event: unknown) => void,
          callback?: (r: unknown) => void,
        ): void {
          if (type === 'officeThemeChanged') themeHandlers.add(handler);
          callback?.({ status: 'succeeded' });
        },
        removeHandlerAsync(
          type: string,
          options: { handler?: (event: unknown) => void },
          callback?: (r: unknown) => void,
        ): void {
          if (type === 'officeThemeChanged' && options.handler) themeHandlers.delete(options.handler);
          callback?.({ status: 'succeeded' });
        },
      },
      requirements: {
        isSetSupported(name: string, minVersion?: string): boolean {
          if (!host || name !== 'ExcelApi') return false;
          return compareVersions(minVersion ?? '1.1', maxApi) <= 0;
        },
      },
    },
    actions: {
      associate(id: string, fn: (event?: unknown) => void): void {
        actions.set(id, fn);
      },
    },
  };
  Object.assign(target, { Excel: excel, Office: office });
  return {
    book,
    syncs: state.syncs,
    actions,
    sheet: (name) => book.sheets.find((s) => s.name === name),
    setCellEditMode(on) {
      state.options.cellEditMode = on;
    },
    setOfficeTheme(theme) {
      office.context.officeTheme = theme;
      for (const handler of themeHandlers) handler({ type: 'officeThemeChanged', officeTheme: theme });
    },
    resetSyncs() {
      state.syncs.length = 0;
    },
    get unsyncedBatches() {
      return unsynced;
    },
  };
}

/** Removes the globals again (between tests). */
export function uninstallFakeOffice(target: object): void {
  const t = target as { Excel?: unknown; Office?: unknown };
  delete t.Excel;
  delete t.Office;
}
