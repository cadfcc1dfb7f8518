/**
 * The one module that touches the Office globals (`Office`, `Excel`), guarded so the same bundle runs in Excel, in
 * a plain browser (office.js absent, or present with no host) and under the test fake. Everything else in
 * src/excel receives a request context and is typed against @types/office-js.
 */
import type { WorkbookHost } from '../core/workbook-host';
import { createExcelWorkbookHostWith, type ExcelHostOptions } from './excel-workbook-host';
import { HuibaoHostError } from './office-errors';
import { MIN_EXCEL_API } from './requirements';

export { MIN_EXCEL_API, MIN_EXCEL_API_REASON } from './requirements';

interface OfficeGlobals {
  readonly Office?: typeof Office;
  readonly Excel?: typeof Excel;
}

const globals = (): OfficeGlobals => globalThis as unknown as OfficeGlobals;

export interface OfficeReady {
  readonly host: 'excel' | null;
  readonly displayLanguage: string | null;
  /** Office's theme is dark (Black or Dark Gray); null outside Office or when Office does not say. */
  readonly dark: boolean | null;
}

/** A `#RRGGBB` colour is dark when its relative luminance is below the middle. */
function isDarkColour(colour: string | undefined): boolean | null {
  const m = /^#?([0-9a-f]{6})$/i.exec(colour?.trim() ?? '');
  if (!m) return null;
  const n = parseInt(m[1], 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
}

/** Dark from `isDarkTheme` where the host has it, else from the body background colour (older hosts). */
function themeIsDark(theme: Partial<Office.OfficeTheme> | undefined): boolean | null {
  if (!theme) return null;
  if (typeof theme.isDarkTheme === 'boolean') return theme.isDarkTheme;
  return isDarkColour(theme.bodyBackgroundColor);
}

/** Office's theme is dark; null outside Office, before Office is ready, or on a host without `officeTheme`. */
export function officeThemeIsDark(): boolean | null {
  try {
    return themeIsDark(globals().Office?.context?.officeTheme);
  } catch {
    // Some hosts throw on officeTheme rather than leave it undefined.
    return null;
  }
}

/**
 * Calls `onChange` when Office's theme changes, on hosts that raise `OfficeThemeChanged` for documents (not all
 * do: where the event or `addHandlerAsync` is missing, or registration fails, nothing is called). Returns a
 * function that removes the handler.
 */
export function onOfficeThemeChange(onChange: (dark: boolean) => void): () => void {
  const office = globals().Office;
  const document = office?.context?.document;
  const type = office?.EventType?.OfficeThemeChanged;
  if (!document || typeof document.addHandlerAsync !== 'function' || !type) return () => undefined;
  // Typed for binding events in @types/office-js; a theme event carries `officeTheme`.
  const handler = (event?: unknown): void => {
    const theme = (event as { officeTheme?: Partial<Office.OfficeTheme> } | undefined)?.officeTheme;
    const dark = themeIsDark(theme) ?? officeThemeIsDark();
    if (dark !== null) onChange(dark);
  };
  try {
    document.addHandlerAsync(type, handler, () => undefined);
  } catch {
    return () => undefined;
  }
  return () => {
    try {
      document.removeHandlerAsync(type, { handler }, () => undefined);
    } catch {
      // Removing is best effort: the pane is going away.
    }
  };
}

/** Resolves quickly with host null when office.js is absent or does not answer (a plain browser). */
export function whenOfficeReady(timeoutMs = 1500): Promise<OfficeReady> {
  const office = globals().Office;
  const none: OfficeReady = { host: null, displayLanguage: null, dark: null };
  if (!office || typeof office.onReady !== 'function') return Promise.resolve(none);
  const ready = office.onReady().then(
    (info): OfficeReady => {
      const isExcel = info?.host === office.HostType?.Excel || String(info?.host) === 'Excel';
      return {
        host: isExcel ? 'excel' : null,
        displayLanguage: isExcel ? (office.context?.displayLanguage ?? null) : null,
        dark: isExcel ? officeThemeIsDark() : null,
      };
    },
    (): OfficeReady => none,
  );
  const timeout = new Promise<OfficeReady>((resolve) => setTimeout(() => resolve(none), timeoutMs));
  return Promise.race([ready, timeout]);
}

/** `Office.context.requirements.isSetSupported('ExcelApi', version)`; false outside Office. */
export function isExcelApiSupported(version: string = MIN_EXCEL_API): boolean {
  const requirements = globals().Office?.context?.requirements;
  return !!requirements && requirements.isSetSupported('ExcelApi', version);
}

/** `Excel.run`, refusing early (with a mapped error) outside Excel or below the minimum requirement set. */
export function runExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  const excel = globals().Excel;
  if (!excel || typeof excel.run !== 'function') return Promise.reject(new HuibaoHostError('notInExcel'));
  if (!isExcelApiSupported(MIN_EXCEL_API)) {
    return Promise.reject(new HuibaoHostError('unsupported', { version: MIN_EXCEL_API }));
  }
  return excel.run(batch);
}

/** Registers a ribbon function command (`<FunctionName>` in the manifest). */
export function associateAction(id: string, handler: (event: Office.AddinCommands.Event) => void): void {
  globals().Office?.actions?.associate(id, handler);
}

export function createExcelWorkbookHost(options: ExcelHostOptions = {}): WorkbookHost {
  return createExcelWorkbookHostWith(runExcel, options);
}
