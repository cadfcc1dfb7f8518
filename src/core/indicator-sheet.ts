/**
 * The indicator sheet layout (`指标` and its kin): which columns exist, where the header sits, and the rows below it.
 * Header names here are part of the file format, read in Chinese or English, so they live with the format.
 */
import { cellAddress } from './address';
import {
  type CellValue,
  type SheetSnapshot,
  type WorkbookSnapshot,
  cellAt,
  isPercentFormat,
  numberFormatAt,
} from './snapshot';

export const INDICATOR_COLUMNS = [
  { key: 'id', zh: '编号', en: 'ID' },
  { key: 'section', zh: '板块', en: 'Section' },
  { key: 'name', zh: '指标', en: 'Indicator' },
  { key: 'unit', zh: '单位', en: 'Unit' },
  { key: 'format', zh: '格式', en: 'Format' },
  { key: 'target', zh: '目标值', en: 'Target' },
  { key: 'actual', zh: '完成值', en: 'Actual' },
  { key: 'previous', zh: '上年值', en: 'Previous' },
  { key: 'aggregation', zh: '汇总方式', en: 'Aggregation' },
  { key: 'owner', zh: '责任部门', en: 'Owner' },
  { key: 'source', zh: '原文', en: 'Source' },
  { key: 'note', zh: '备注', en: 'Note' },
] as const;

export type IndicatorColumn = (typeof INDICATOR_COLUMNS)[number]['key'];

/** Other spellings people use for the same headers. */
const HEADER_ALIASES: Record<IndicatorColumn, readonly string[]> = {
  id: ['编号', '序号编码', '指标编号', 'id', 'code'],
  section: ['板块', '分类', '类别', 'section', 'category'],
  name: ['指标', '指标名称', '名称', 'indicator', 'name'],
  unit: ['单位', '计量单位', 'unit'],
  format: ['格式', '掩码', 'format', 'mask'],
  target: ['目标值', '目标', 'target'],
  actual: ['完成值', '实际值', '完成数', 'actual', 'value'],
  previous: ['上年值', '去年值', '上年同期', 'previous', 'previousyear', 'lastyear'],
  aggregation: ['汇总方式', '汇总', 'aggregation'],
  owner: ['责任部门', '责任单位', 'owner', 'department'],
  source: ['原文', '来源', 'source', 'sourcetext'],
  note: ['备注', 'note', 'notes', 'remark'],
};

const HEADER_SCAN_ROWS = 30;
export const CATALOGUE_SHEET_NAME = '指标目录';

function normaliseHeader(text: string): string {
  return text.replace(/[\s\u3000:：*（）()]/g, '').toLowerCase();
}

/** Which column a header cell names, if any: `完成值`, `完成值\nActual`, ` Actual `, `完成值(Actual)` all mean actual. */
export function headerColumnOf(value: CellValue): IndicatorColumn | null {
  if (typeof value !== 'string') return null;
  const candidates = [value, ...value.split(/[\r\n/]+/), ...value.split(/[(（]/)].map(normaliseHeader);
  for (const key of Object.keys(HEADER_ALIASES) as IndicatorColumn[]) {
    if (HEADER_ALIASES[key].some((alias) => candidates.includes(alias))) return key;
  }
  return null;
}

export type IndicatorSheetKind = 'indicators' | 'catalogue';

export interface IndicatorSheetLayout {
  readonly sheet: string;
  readonly kind: IndicatorSheetKind;
  /** 0-based row of the header. */
  readonly headerRow: number;
  /** 0-based first row of data (after a second, English header line when there is one). */
  readonly firstDataRow: number;
  readonly columns: Readonly<Partial<Record<IndicatorColumn, number>>>;
  /** Columns Huibao does not know; kept, never fatal. */
  readonly extraColumns: readonly { readonly header: string; readonly col: number }[];
}

function layoutOf(sheet: SheetSnapshot): IndicatorSheetLayout | null {
  const scan = Math.min(sheet.values.length, HEADER_SCAN_ROWS);
  for (let row = 0; row < scan; row++) {
    const line = sheet.values[row] ?? [];
    const columns: Partial<Record<IndicatorColumn, number>> = {};
    const extraColumns: { header: string; col: number }[] = [];
    for (let col = 0; col < line.length; col++) {
      const key = headerColumnOf(line[col]);
      if (key && columns[key] === undefined) columns[key] = col;
      else if (typeof line[col] === 'string' && String(line[col]).trim() !== '') {
        extraColumns.push({ header: String(line[col]).trim(), col });
      }
    }
    const hasKey = columns.id !== undefined || columns.name !== undefined;
    const isIndicators = hasKey && columns.actual !== undefined;
    const isCatalogue =
      columns.id !== undefined &&
      columns.actual === undefined &&
      (columns.aggregation !== undefined ||
        columns.target !== undefined ||
        sheet.name === CATALOGUE_SHEET_NAME);
    if (!isIndicators && !isCatalogue) continue;
    // A second header line of English names (the skeleton writes one) is not data.
    const next = sheet.values[row + 1] ?? [];
    const nextIsHeader =
      next.length > 0 &&
      Object.values(columns).every((col) => {
        const cell = next[col as number];
        return cell === null || cell === undefined || headerColumnOf(cell) !== null;
      }) &&
      Object.values(columns).some((col) => headerColumnOf(next[col as number]) !== null);
    return {
      sheet: sheet.name,
      kind: isIndicators && sheet.name !== CATALOGUE_SHEET_NAME ? 'indicators' : 'catalogue',
      headerRow: row,
      firstDataRow: nextIsHeader ? row + 2 : row + 1,
      columns,
      extraColumns,
    };
  }
  return null;
}

/** Every sheet that reads as an indicator sheet or a catalogue, in workbook order. */
export function findIndicatorSheets(snapshot: WorkbookSnapshot): IndicatorSheetLayout[] {
  const layouts: IndicatorSheetLayout[] = [];
  for (const sheet of snapshot.sheets) {
    if (sheet.writtenByHuibao) continue;
    const layout = layoutOf(sheet);
    if (layout) layouts.push(layout);
  }
  return layouts;
}

export interface IndicatorRow {
  readonly sheet: string;
  /** 0-based row in the sheet. */
  readonly row: number;
  /** Trimmed text of each known column ('' when blank); `actual`, `target`, `previous` raw values are below. */
  readonly text: Readonly<Record<IndicatorColumn, string>>;
  readonly actual: CellValue;
  readonly previous: CellValue;
  readonly target: CellValue;
  /** The actual/previous cells are formatted as percent in the workbook. */
  readonly actualIsPercentFormat: boolean;
  readonly previousIsPercentFormat: boolean;
  /** The target cell is formatted as percent (Excel stores a typed `95%` as 0.95). */
  readonly targetIsPercentFormat?: boolean;
  /** A1 address of each known column's cell in this row, for findings. */
  readonly cells: Readonly<Partial<Record<IndicatorColumn, string>>>;
}

function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return value.error;
  return String(value).trim();
}

/** The data rows under a layout's header; rows blank in every known column are skipped. */
export function readIndicatorRows(sheet: SheetSnapshot, layout: IndicatorSheetLayout): IndicatorRow[] {
  const rows: IndicatorRow[] = [];
  const keys = INDICATOR_COLUMNS.map((c) => c.key);
  for (let row = layout.firstDataRow; row < sheet.values.length; row++) {
    const text = {} as Record<IndicatorColumn, string>;
    const cells: Partial<Record<IndicatorColumn, string>> = {};
    let anything = false;
    for (const key of keys) {
      const col = layout.columns[key];
      if (col === undefined) {
        text[key] = '';
        continue;
      }
      const value = cellAt(sheet, row, col);
      text[key] = cellText(value);
      cells[key] = cellAddress(row, col);
      if (text[key] !== '') anything = true;
    }
    if (!anything) continue;
    const at = (key: IndicatorColumn): CellValue =>
      layout.columns[key] === undefined ? null : cellAt(sheet, row, layout.columns[key] as number);
    const percentAt = (key: IndicatorColumn): boolean =>
      layout.columns[key] !== undefined &&
      isPercentFormat(numberFormatAt(sheet, row, layout.columns[key] as number));
    rows.push({
      sheet: sheet.name,
      row,
      text,
      actual: at('actual'),
      previous: at('previous'),
      target: at('target'),
      actualIsPercentFormat: percentAt('actual'),
      previousIsPercentFormat: percentAt('previous'),
      targetIsPercentFormat: percentAt('target'),
      cells,
    });
  }
  return rows;
}
