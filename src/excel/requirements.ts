/**
 * The Office requirement Huibao's Excel host needs. ExcelApi 1.9 is the floor because the plan's page setup
 * (`worksheet.pageLayout`), auto filter (`worksheet.autoFilter`) and the fill pattern that tells "no fill" from
 * white (`RangeFill.pattern`, needed to undo highlights exactly) arrived in 1.9; charts from ranges
 * (`series.setValues`, 1.7), freeze panes (`freezeAt`, 1.7), tab colours and hyperlinks (1.7), icon sets and data
 * bars (1.6), gridlines (1.8) and `workbook.settings` / sheet-scoped names (1.4) are all below it.
 * Worksheet custom properties (1.12) are not used: ownership is a sheet-scoped defined name, as in the file host.
 */
export const MIN_EXCEL_API = '1.9';

export const MIN_EXCEL_API_REASON =
  'ExcelApi 1.9: page layout, auto filter and RangeFill.pattern (exact undo of highlights); charts, freeze panes, hyperlinks (1.7), conditional formats (1.6), settings (1.4) are below it.';
