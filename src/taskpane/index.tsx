/** The task pane's entry: the Office.js host and its error mapping from src/excel, everything else from boot. */
import { createExcelWorkbookHost, onOfficeThemeChange, whenOfficeReady } from '../excel/office-host';
import { boot } from './boot';
import { mapOfficeError } from './office-error-mapper';

/** How long a plain browser tab waits for office.js (fetched without blocking by taskpane.html) before browser mode. */
const OFFICE_SCRIPT_WAIT_MS = 2500;

/**
 * Office's answer. In a plain browser tab taskpane.html fetches office.js asynchronously and leaves its promise here;
 * if the CDN hangs or fails, the pane starts in browser mode instead of waiting for the network to give up.
 */
async function officeReady(): ReturnType<typeof whenOfficeReady> {
  const script = (window as { __huibaoOfficeScript?: Promise<boolean> }).__huibaoOfficeScript;
  if (script) {
    const timeout = new Promise<boolean>((resolve) =>
      setTimeout(() => resolve(false), OFFICE_SCRIPT_WAIT_MS),
    );
    if (!(await Promise.race([script, timeout]))) return { host: null, displayLanguage: null, dark: null };
  }
  return whenOfficeReady();
}

const root = document.getElementById('root');
if (root) {
  void boot(root, {
    whenOfficeReady: officeReady,
    createExcelHost: () => createExcelWorkbookHost(),
    mapOfficeError,
    onThemeChange: onOfficeThemeChange,
  });
}
