/** The task pane's entry: the Office.js host and its error mapping from src/excel, everything else from boot. */
import { createExcelWorkbookHost, onOfficeThemeChange, whenOfficeReady } from '../excel/office-host';
import { boot } from './boot';
import { mapOfficeError } from './office-error-mapper';

const root = document.getElementById('root');
if (root) {
  void boot(root, {
    whenOfficeReady: () => whenOfficeReady(),
    createExcelHost: () => createExcelWorkbookHost(),
    mapOfficeError,
    onThemeChange: onOfficeThemeChange,
  });
}
