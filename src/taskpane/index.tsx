/** The task pane's entry: the Office.js host from src/excel, everything else from boot. */
import { createExcelWorkbookHost, whenOfficeReady } from '../excel/office-host';
import { boot } from './boot';

const root = document.getElementById('root');
if (root) {
  void boot(root, { whenOfficeReady, createExcelHost: createExcelWorkbookHost });
}
