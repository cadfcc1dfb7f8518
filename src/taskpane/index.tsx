/** The task pane's entry: the Office.js host and its error mapping from src/excel (a chunk), everything else from boot. */
import { boot, type OfficeStart } from './boot';

/** How long a plain browser tab waits for office.js (fetched without blocking by taskpane.html) before browser mode. */
const OFFICE_SCRIPT_WAIT_MS = 2500;

type ExcelConnection = typeof import('./excel-connection');

/** src/excel, fetched once office.js is there (inside Office at once, while Office starts). */
let excel: ExcelConnection | null = null;
const loadExcel = async (): Promise<ExcelConnection> =>
  (excel ??= await import(/* webpackChunkName: "excel" */ './excel-connection'));

/**
 * Office's answer. In a plain browser tab taskpane.html fetches office.js asynchronously and leaves its promise here;
 * if the CDN hangs or fails, the pane starts in browser mode instead of waiting for the network to give up.
 */
async function officeReady(): Promise<OfficeStart> {
  const script = (window as { __huibaoOfficeScript?: Promise<boolean> }).__huibaoOfficeScript;
  if (script) {
    const timeout = new Promise<boolean>((resolve) =>
      setTimeout(() => resolve(false), OFFICE_SCRIPT_WAIT_MS),
    );
    if (!(await Promise.race([script, timeout]))) return { host: null, displayLanguage: null, dark: null };
  }
  return (await loadExcel()).whenOfficeReady();
}

const root = document.getElementById('root');
if (root) {
  void boot(root, {
    whenOfficeReady: officeReady,
    // Called only once Office has said it is Excel, so after loadExcel().
    createExcelHost: () => (excel as ExcelConnection).createExcelWorkbookHost(),
    mapOfficeError: (error, messages) => excel?.mapOfficeError(error, messages) ?? null,
    onThemeChange: (listener) => excel?.onOfficeThemeChange(listener) ?? (() => undefined),
  });
}
