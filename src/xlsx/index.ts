/**
 * The file host's public API: .xlsx bytes → `WorkbookSnapshot`, and `WorkbookPlan` → .xlsx bytes. The only module
 * imported from outside `src/xlsx`, so no other module knows which libraries read or write the file.
 */
export { readXlsx, type ReadOptions } from './read-xlsx';
export { writeXlsx } from './write-xlsx';
export { configureXlsx, type XlsxConfig } from './excelize-runtime';
export { XlsxReadError, XlsxWriteError, isXlsxError } from './errors';
