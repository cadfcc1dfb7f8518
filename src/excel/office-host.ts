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
}

/** Resolves quickly with host null when office.js is absent or does not answer (a plain browser). */
export function whenOfficeReady(timeoutMs = 1500): Promise<OfficeReady> {
  const office = globals().Office;
  if (!office || typeof office.onReady !== 'function')
    return Promise.resolve({ host: null, displayLanguage: null });
  const ready = office.onReady().then(
    (info): OfficeReady => {
      const isExcel = info?.host === office.HostType?.Excel || String(info?.host) === 'Excel';
      return {
        host: isExcel ? 'excel' : null,
        displayLanguage: isExcel ? (office.context?.displayLanguage ?? null) : null,
      };
    },
    (): OfficeReady => ({ host: null, displayLanguage: null }),
  );
  const timeout = new Promise<OfficeReady>((resolve) =>
    setTimeout(() => resolve({ host: null, displayLanguage: null }), timeoutMs),
  );
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
