/**
 * What the pane needs of src/excel (the Office.js host and its error wording), one chunk loaded by index.tsx only
 * when office.js is there: a plain browser tab never fetches it, and it is not part of the JS before first paint.
 */
export { createExcelWorkbookHost, onOfficeThemeChange, whenOfficeReady } from '../excel/office-host';
export { mapOfficeError } from './office-error-mapper';
