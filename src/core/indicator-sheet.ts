/**
 * The indicator sheet layout (`指标` and its kin): which columns exist, where the header sits, and the rows below it.
 * Header names here are part of the file format, read in Chinese or English, so they live with the format.
 */
import { columnLetters } from './address';
import { trimText } from './parse-number';
import {
  CELL_BOOLEAN,
  CELL_EMPTY,
  CELL_ERROR,
  CELL_NUMBER,
  CELL_TEXT,
  type CellGrid,
  type GridColumn,
} from './cell-grid';
import {
  type CellValue,
  type SheetSnapshot,
  type WorkbookSnapshot,
  SHOWS_DATE,
  SHOWS_PERCENT,
  formatShows,
  gridOf,
  shareTexts,
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
  actual: [
    '完成值',
    '实际值',
    '完成数',
    '实际完成',
    '实际完成值',
    '完成数值',
    '本年完成',
    '本年完成值',
    'actual',
    'value',
  ],
  previous: ['上年值', '去年值', '上年同期', 'previous', 'previousyear', 'lastyear'],
  aggregation: ['汇总方式', '汇总', 'aggregation'],
  owner: ['责任部门', '责任单位', 'owner', 'department'],
  source: ['原文', '来源', 'source', 'sourcetext'],
  note: ['备注', 'note', 'notes', 'remark'],
};

const HEADER_SCAN_ROWS = 30;

/** `指标目录`, or the English `Catalogue` (`Catalog`, `Indicator catalogue`): the sheet named as the catalogue. */
const CATALOGUE_NAMES = new Set([
  '指标目录',
  'catalogue',
  'catalog',
  'indicatorcatalogue',
  'indicatorcatalog',
]);

export function isCatalogueSheetName(name: string): boolean {
  return CATALOGUE_NAMES.has(name.replace(/[\s\u3000]/g, '').toLowerCase());
}

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
  return yearOfActualHeader(value) !== null ? 'actual' : null;
}

/** `2022年完成值`, `2022完成数`: a year's figures (this year's or, beside a later year, last year's). */
const YEAR_ACTUAL = /^((?:19|20)\d\d)年?(?:完成值|完成数|实际值|实际完成值?)$/;

/** The year of a year-labelled 完成值 header, null for any other header. */
export function yearOfActualHeader(value: CellValue): number | null {
  if (typeof value !== 'string') return null;
  const match = YEAR_ACTUAL.exec(normaliseHeader(value));
  return match ? Number(match[1]) : null;
}

export type IndicatorSheetKind = 'indicators' | 'catalogue';

export interface IndicatorSheetLayout {
  readonly sheet: string;
  readonly kind: IndicatorSheetKind;
  /** 0-based row of the header. */
  readonly headerRow: number;
  /** 0-based first row of data (after a two-line header, and a further English header line when there is one). */
  readonly firstDataRow: number;
  /**
   * 0-based row where the table ends (exclusive): the first form footer under it (`填表人：`, `说明：`, see
   * `isFooterKey`), or the sheet's row count. Nothing from there down is read.
   */
  readonly endRow: number;
  readonly columns: Readonly<Partial<Record<IndicatorColumn, number>>>;
  /** Columns Huibao does not know; kept, never fatal. */
  readonly extraColumns: readonly { readonly header: string; readonly col: number }[];
}

/** What one header line (or two, read as one) says: the known columns and the others. */
interface HeaderRead {
  readonly columns: Partial<Record<IndicatorColumn, number>>;
  readonly extraColumns: { header: string; col: number }[];
  readonly isIndicators: boolean;
  readonly isCatalogue: boolean;
}

/**
 * Reads a header line's cells. `forced` gives some columns their meaning outright (a 完成值 under `上年` is last
 * year's), null for a column that is none of Huibao's.
 */
function readHeader(
  width: number,
  cellAt: (col: number) => CellValue,
  sheetName: string,
  forced?: ReadonlyMap<number, IndicatorColumn | null>,
): HeaderRead {
  const columns: Partial<Record<IndicatorColumn, number>> = {};
  const extraColumns: { header: string; col: number }[] = [];
  // Year-labelled 完成值 columns (`2022年完成值`, `2021年完成值`): the latest year is this year's.
  const years: { year: number; col: number }[] = [];
  for (let col = 0; col < width; col++) {
    const value = cellAt(col);
    const own = forced?.get(col);
    const year = own === undefined ? yearOfActualHeader(value) : null;
    if (year !== null) years.push({ year, col });
    const key = year === null ? (own === undefined ? headerColumnOf(value) : own) : null;
    if (key && columns[key] === undefined) columns[key] = col;
    else if (year === null && typeof value === 'string' && value.trim() !== '') {
      extraColumns.push({ header: value.trim(), col });
    }
  }
  years.sort((a, b) => b.year - a.year);
  // Only on a plain unit sheet: beside 目标值 or 汇总方式 a year's column may be a catalogue's reference figures
  // (last year's), which must not make it a unit; its header is then for the user to name.
  const yearsAreFigures =
    columns.target === undefined && columns.aggregation === undefined && !isCatalogueSheetName(sheetName);
  for (const { year, col } of years) {
    if (yearsAreFigures && columns.actual === undefined) columns.actual = col;
    else if (yearsAreFigures && columns.previous === undefined && year < years[0].year)
      columns.previous = col;
    else extraColumns.push({ header: String(cellAt(col)).trim(), col });
  }
  const hasKey = columns.id !== undefined || columns.name !== undefined;
  const isIndicators = hasKey && columns.actual !== undefined;
  const isCatalogue =
    columns.id !== undefined &&
    columns.actual === undefined &&
    (columns.aggregation !== undefined || columns.target !== undefined || isCatalogueSheetName(sheetName));
  return { columns, extraColumns, isIndicators, isCatalogue };
}

function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

/** `2023年`, `2023年度`: a group label over this year's (or, beside a later one, an earlier year's) columns. */
const YEAR_GROUP = /^((?:19|20)\d\d)年?度?$/;
/** `上年`, `去年同期`, `上年度`: a group label over last year's columns (`上年同期` is also a header of its own). */
const PREVIOUS_GROUP = /^(?:上年|去年|上一年|上年度)(?:同期)?$/;

/**
 * A header in two lines, as government forms draw it: `编号`, `指标`, `单位` merged down over both lines, and a
 * group label (`2023年`, `本年`, `上年`) merged across over `完成值`, `上年值` in the line below. The lower line
 * completes the upper one where it names a column; the upper line's own headers must have nothing under them but
 * blanks (their merged cells), which also tells a header from a first row of data. Under several year labels the
 * latest year's 完成值 is this year's and an earlier one's last year's; under `上年` it is last year's.
 */
function twoLineHeader(grid: CellGrid, row: number, width: number, sheetName: string): HeaderRead | null {
  const cells: CellValue[] = new Array<CellValue>(width).fill(null);
  const forced = new Map<number, IndicatorColumn | null>();
  const yearGroups: { year: number; col: number }[] = [];
  let group = '';
  let completes = false;
  for (let col = 0; col < width; col++) {
    const top = grid.cell(row, col);
    const bottom = grid.cell(row + 1, col);
    // A merged cell's value is in its first cell: a label carries on rightwards over blanks.
    if (!isBlank(top))
      group = typeof top === 'string' || typeof top === 'number' ? normaliseHeader(String(top)) : '';
    const bottomKey = typeof bottom === 'string' ? headerColumnOf(bottom) : null;
    if (bottomKey === null) {
      if (headerColumnOf(top) !== null && !isBlank(bottom)) return null;
      cells[col] = top;
      continue;
    }
    completes = true;
    cells[col] = bottom;
    if (bottomKey !== 'actual' || yearOfActualHeader(bottom) !== null) continue;
    if (PREVIOUS_GROUP.test(group)) forced.set(col, 'previous');
    const year = YEAR_GROUP.exec(group);
    if (year) yearGroups.push({ year: Number(year[1]), col });
  }
  if (!completes) return null;
  const latest = Math.max(...yearGroups.map(({ year }) => year));
  let previousSet = false;
  for (const { year, col } of yearGroups.sort((a, b) => b.year - a.year)) {
    if (year === latest) continue;
    forced.set(col, previousSet ? null : 'previous');
    previousSet = true;
  }
  const header = readHeader(width, (col) => cells[col], sheetName, forced);
  return header.isIndicators || header.isCatalogue ? header : null;
}

function layoutOf(sheet: SheetSnapshot): IndicatorSheetLayout | null {
  const grid = gridOf(sheet);
  const scan = Math.min(grid.rowCount, HEADER_SCAN_ROWS);
  const width = grid.colCount;
  for (let row = 0; row < scan; row++) {
    let header: HeaderRead | null = readHeader(width, (col) => grid.cell(row, col), sheet.name);
    // The last line of the header: the next one when the header takes two.
    let last = row;
    if (!header.isIndicators && !header.isCatalogue) {
      const { id, name } = header.columns;
      if ((id === undefined && name === undefined) || row + 1 >= grid.rowCount) continue;
      // A line that is a whole header by itself is the header (the line above is a title that names a column).
      const below = readHeader(width, (col) => grid.cell(row + 1, col), sheet.name);
      if (below.isIndicators || below.isCatalogue) continue;
      header = twoLineHeader(grid, row, width, sheet.name);
      if (!header) continue;
      last = row + 1;
    }
    const { columns, extraColumns, isIndicators } = header;
    // A further header line of English names (the skeleton writes one) is not data.
    const next = (col: number): CellValue => grid.cell(last + 1, col);
    const nextIsHeader =
      Object.values(columns).every((col) => {
        const cell = next(col as number);
        return cell === null || headerColumnOf(cell) !== null;
      }) && Object.values(columns).some((col) => headerColumnOf(next(col as number)) !== null);
    const { firstDataRow, endRow } = tableRowsOf(grid, columns, nextIsHeader ? last + 2 : last + 1);
    return {
      sheet: sheet.name,
      kind: isIndicators && !isCatalogueSheetName(sheet.name) ? 'indicators' : 'catalogue',
      headerRow: row,
      firstDataRow,
      endRow,
      columns,
      extraColumns,
    };
  }
  return null;
}

/**
 * Every sheet that reads as an indicator sheet or a catalogue, in workbook order. A hidden indicator sheet is left
 * out (it is an old copy or a scratch sheet, not a unit: see `scanIndicatorSheets`); a hidden catalogue is kept,
 * as offices hide the definitions they do not want edited.
 */
export function findIndicatorSheets(snapshot: WorkbookSnapshot): IndicatorSheetLayout[] {
  return scanIndicatorSheets(snapshot).layouts;
}

/** A visible sheet with an `编号` header but no column of figures: not read, though it may be a unit. */
export interface UnreadSheet {
  readonly sheet: string;
  /** 0-based row and column of its `编号` header. */
  readonly headerRow: number;
  readonly idCol: number;
}

/** One look at every sheet of a workbook. */
export interface IndicatorSheetScan {
  /** What `findIndicatorSheets` returns. */
  readonly layouts: IndicatorSheetLayout[];
  /** Names of the hidden sheets that read as indicator sheets, which `layouts` leaves out. */
  readonly hidden: string[];
  /** Visible sheets with an `编号` header that read as neither. */
  readonly unread: UnreadSheet[];
}

export function scanIndicatorSheets(snapshot: WorkbookSnapshot): IndicatorSheetScan {
  const layouts: IndicatorSheetLayout[] = [];
  const hidden: string[] = [];
  const unread: UnreadSheet[] = [];
  // Row sheets become grids here, the first look at a workbook, with one text table for all of them.
  shareTexts(snapshot);
  for (const sheet of snapshot.sheets) {
    if (sheet.writtenByHuibao) continue;
    const layout = layoutOf(sheet);
    if (!layout) {
      const header = sheet.hidden ? null : idHeaderOf(sheet);
      if (header) unread.push({ sheet: sheet.name, ...header });
      continue;
    }
    if (sheet.hidden && layout.kind === 'indicators') hidden.push(sheet.name);
    else layouts.push(layout);
  }
  return { layouts, hidden, unread };
}

/** Where a sheet's `编号` header is, if it has one near the top. */
function idHeaderOf(sheet: SheetSnapshot): { headerRow: number; idCol: number } | null {
  const grid = gridOf(sheet);
  const scan = Math.min(grid.rowCount, HEADER_SCAN_ROWS);
  for (let row = 0; row < scan; row++) {
    for (let col = 0; col < grid.colCount; col++) {
      if (headerColumnOf(grid.cell(row, col)) === 'id') return { headerRow: row, idCol: col };
    }
  }
  return null;
}

/** `合计`, `总 计`, `小计：`, `Total`: the label of a row that totals the rows above it (full-width spaces too). */
const TOTAL_LABEL = /^(?:合计|总计|小计|共计|total|subtotal|grandtotal)$/;
const TOTAL_FIRST = /^[\s\u3000合总小共tsg]/i;

/**
 * Whether a row's key (its `编号`, or its `指标` name when the ID is blank) labels a total row. People add one at the
 * bottom of a sheet (or under each 板块); it is not an indicator, and its figure is Huibao's to compute.
 */
export function isTotalRowKey(key: string): boolean {
  // Most keys are IDs like `M001`: a cheap look at the first character settles them.
  if (key.length > 16 || !TOTAL_FIRST.test(key)) return false;
  return TOTAL_LABEL.test(key.replace(/[\s\u3000:：]/g, '').toLowerCase());
}

/**
 * `填表人：张三`, `审核人:`, `说明：完成值为估算`, `注：`: the label of a form's footer line, a signature or a note,
 * which forms put under the table (and people put in its first column). Always with its colon: a footer's label is
 * followed by what it labels, and no indicator ID or name reads so.
 */
const FOOTER_LABEL =
  /^(?:填表人|填报人|制表人|统计人|审核人|审批人|复核人|负责人|单位负责人|主要负责人|分管领导|联系人|联系电话|电话|填报日期|填表日期|制表日期|报送日期|填报单位|填表说明|说明|备注|附注|注)[:：]/;
/** First characters of the labels above: most keys are IDs like `M001`, settled by this cheap look. */
const FOOTER_FIRST = /^[\s\u3000]*[填制统审复负单主分联电报说备附注]/;

/**
 * Whether a row's key (its `编号`, or its `指标` name when the ID is blank) is a form footer: the table ends there,
 * since notes and signatures go under a form's table (a note about one indicator goes in its 备注 column).
 */
export function isFooterKey(key: string): boolean {
  // Asked of every row of every sheet: an ID (`M001`, `001`) starts with a printable ASCII character, settled here.
  const first = key.charCodeAt(0);
  if (first > 32 && first < 0x80) return false;
  if (!FOOTER_FIRST.test(key)) return false;
  return FOOTER_LABEL.test(key.replace(/[\s\u3000]/g, ''));
}

/**
 * Where a table's rows run, from the line under its header: past a note right under the header (`注：金额单位为万元`)
 * up to the first footer under its rows (see `isFooterKey`), else to the grid's end.
 */
function tableRowsOf(
  grid: CellGrid,
  columns: Partial<Record<IndicatorColumn, number>>,
  from: number,
): { readonly firstDataRow: number; readonly endRow: number } {
  const id = columns.id === undefined ? null : grid.column(columns.id);
  const name = columns.name === undefined ? null : grid.column(columns.name);
  const texts = grid.texts;
  let first = from;
  let seenRow = false;
  for (let row = from; row < grid.rowCount; row++) {
    // The ID's text, or the name's where the ID is blank (as a total row is told).
    const key = id !== null && id.kinds[row] === CELL_TEXT ? id : name;
    if (key === null || key.kinds[row] !== CELL_TEXT) {
      seenRow ||= id !== null && id.kinds[row] !== CELL_EMPTY;
      continue;
    }
    if (!isFooterKey(texts[key.numbers[row]])) seenRow = true;
    // A note between rows (`注：以下为约束性指标` with more IDs under it) is read past, not the table's end.
    else if (seenRow && !idFollows(id, texts, row + 1, grid.rowCount))
      return { firstDataRow: first, endRow: row };
    else if (!seenRow) first = row + 1;
  }
  return { firstDataRow: first, endRow: grid.rowCount };
}

/** Chinese numerals as headings count (`一`, `十二`, `二十`). */
const NUMERALS = '[一二三四五六七八九十百]+';
/**
 * The numbering of a section heading as reports write it: `一、`, `一.`, `（一）`, `(2)`, `第一部分`, `第三章`, and
 * `1.`, `2、` before a title (not `1.1`, which catalogues use as an ID); or a Chinese numeral alone (`一` in the 编号
 * column, the title beside it).
 */
const HEADING = new RegExp(
  `^(?:${NUMERALS}\\s*[、.．]|[（(]\\s*(?:${NUMERALS}|\\d{1,2})\\s*[)）]|第\\s*(?:${NUMERALS}|\\d{1,2})\\s*(?:部分|章|节|篇|编)|\\d{1,2}\\s*[、.．](?=\\s*[^\\d\\s])|${NUMERALS}$)`,
);
/** First characters of the numberings above: most keys are IDs like `M001`, settled by this cheap look. */
const HEADING_FIRST = /^[一二三四五六七八九十百（(第0-9]/;

/**
 * The title of a section heading (`一、统筹推进基层党建工作` → `统筹推进基层党建工作`), '' for a title-less one (`一`),
 * null when the key does not read as a heading. Only the key's reading: a row is a heading only when its figure
 * columns are blank too (see `figuresBlank`), so that a real indicator numbered `1.` is never lost.
 */
export function sectionHeadingTitle(key: string): string | null {
  if (!HEADING_FIRST.test(key)) return null;
  const match = HEADING.exec(key);
  return match ? trimText(key.slice(match[0].length)) : null;
}

/** The columns a heading row has nothing in: those that make an indicator of a row. */
const FIGURE_COLUMNS = ['unit', 'format', 'target', 'actual', 'previous', 'aggregation'] as const;

/** Whether a row has nothing (or only spaces) in any figure column of the layout. */
export function figuresBlank(
  grid: CellGrid,
  columns: Readonly<Partial<Record<IndicatorColumn, number>>>,
  row: number,
): boolean {
  for (const key of FIGURE_COLUMNS) {
    const col = columns[key];
    if (col === undefined || grid.kind(row, col) === CELL_EMPTY) continue;
    const value = grid.cell(row, col);
    if (typeof value !== 'string' || trimText(value) !== '') return false;
  }
  return true;
}

/** An ID as catalogues write them (`M006`, `A-12`, `001`, or a number): what a footer's lines never are. */
const ID_LIKE = /^[A-Za-z\uFF21-\uFF3A\uFF41-\uFF5A]{0,6}[-_]?[0-9\uFF10-\uFF19]{1,8}$/;

/** Whether an ID follows in rows `from` … `to − 1` of the ID column: then the rows above it are still the table's. */
function idFollows(id: GridColumn | null, texts: readonly string[], from: number, to: number): boolean {
  if (id === null) return false;
  for (let row = from; row < to; row++) {
    const kind = id.kinds[row];
    if (kind === CELL_NUMBER) return true;
    if (kind === CELL_TEXT && ID_LIKE.test(trimText(texts[id.numbers[row]]))) return true;
  }
  return false;
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
  /** The actual cell is formatted as a date (Excel turned what was typed into one). */
  readonly actualIsDateFormat?: boolean;
  /** The target cell is formatted as percent (Excel stores a typed `95%` as 0.95). */
  readonly targetIsPercentFormat?: boolean;
  /** A1 address of each known column's cell in this row, for findings. */
  readonly cells: Readonly<Partial<Record<IndicatorColumn, string>>>;
}

/**
 * Trimmed text of the cells of a grid, as `cellText` (in workbook-units) gives them, read from the columns' arrays: a
 * catalogue of 10,000 rows has 120,000 such cells, and its sections, units and formats repeat a handful of texts, so
 * each text is trimmed once.
 */
class ColumnTexts {
  private readonly trimmed: (string | undefined)[];

  constructor(private readonly texts: readonly string[]) {
    this.trimmed = new Array<string | undefined>(texts.length);
  }

  at(column: GridColumn | null, row: number): string {
    if (column === null) return '';
    const value = column.numbers[row];
    switch (column.kinds[row]) {
      case CELL_TEXT: {
        let text = this.trimmed[value];
        if (text === undefined) {
          text = trimText(this.texts[value]);
          this.trimmed[value] = text;
        }
        return text;
      }
      case CELL_NUMBER:
        return String(value);
      case CELL_BOOLEAN:
        return value === 1 ? 'true' : 'false';
      case CELL_ERROR:
        return this.texts[value];
      default:
        return '';
    }
  }
}

/**
 * A row's cell addresses (`cells.target` → `F12`), worked out when read: a catalogue of 10,000 rows would otherwise
 * hold 80,000 address strings that only findings ever look at. Reads like a record of the sheet's known columns.
 */
class RowCells {
  constructor(
    readonly letters: Readonly<Partial<Record<IndicatorColumn, string>>>,
    readonly rowNumber: number,
  ) {}
}
for (const { key } of INDICATOR_COLUMNS) {
  Object.defineProperty(RowCells.prototype, key, {
    get(this: RowCells): string | undefined {
      const letters = this.letters[key];
      return letters === undefined ? undefined : letters + this.rowNumber;
    },
  });
}

/** Columns whose merged cells give one value to every row they cover: what describes an indicator, not its figures. */
const CARRIED_COLUMNS = [
  'section',
  'unit',
  'format',
  'target',
  'aggregation',
  'owner',
  'source',
  'note',
] as const;

/** One descriptive column with ranges merged down over data rows. */
interface CarriedColumn {
  readonly key: (typeof CARRIED_COLUMNS)[number];
  readonly column: GridColumn | null;
  /** By data row (from `firstDataRow`): the row whose cell holds the value, −1 where no merge covers it. */
  readonly sources: Int32Array;
}

/**
 * The descriptive columns of a layout with ranges merged down over its data rows: a 板块 or 单位 merged over the
 * rows it applies to is each row's (Excel keeps the value in the top-left cell only). Only a range's first column
 * counts: the rest of a range merged across is a wider cell, as is a heading merged over the whole line. A range
 * starting in the header is the header's.
 */
function carriedColumns(sheet: SheetSnapshot, grid: CellGrid, layout: IndicatorSheetLayout): CarriedColumn[] {
  const out: CarriedColumn[] = [];
  const merges = sheet.merges;
  if (!merges || merges.length === 0) return out;
  const { firstDataRow: first, endRow: end } = layout;
  for (const key of CARRIED_COLUMNS) {
    const col = layout.columns[key];
    if (col === undefined) continue;
    let sources: Int32Array | null = null;
    for (const { top, left, bottom } of merges) {
      if (left !== col || bottom === top || top < first || top >= end) continue;
      sources ??= new Int32Array(end - first).fill(-1);
      for (let row = top + 1; row <= bottom && row < end; row++) sources[row - first] = top;
    }
    if (sources) out.push({ key, column: grid.column(col), sources });
  }
  return out;
}

/** The data rows under a layout's header; rows blank in every known column, and total rows, are skipped. */
export function readIndicatorRows(sheet: SheetSnapshot, layout: IndicatorSheetLayout): IndicatorRow[] {
  const rows: IndicatorRow[] = [];
  const grid = gridOf(sheet);
  const columns = layout.columns;
  const letters: Partial<Record<IndicatorColumn, string>> = {};
  for (const { key } of INDICATOR_COLUMNS) {
    const col = columns[key];
    if (col !== undefined) letters[key] = columnLetters(col);
  }
  const column = (key: IndicatorColumn): GridColumn | null => {
    const col = columns[key];
    return col === undefined ? null : grid.column(col);
  };
  const id = column('id');
  const section = column('section');
  const name = column('name');
  const unit = column('unit');
  const format = column('format');
  const target = column('target');
  const actual = column('actual');
  const previous = column('previous');
  const aggregation = column('aggregation');
  const owner = column('owner');
  const source = column('source');
  const note = column('note');
  const texts = new ColumnTexts(grid.texts);
  const shows = formatShows(grid);
  const formatOf = (col: GridColumn | null, row: number): number =>
    col === null || col.formats === null ? 0 : shows[col.formats[row]];
  const carried = carriedColumns(sheet, grid, layout);
  // The title of the last section heading above the row ('' before any).
  let heading = '';
  for (let row = layout.firstDataRow; row < layout.endRow; row++) {
    const text: Record<IndicatorColumn, string> = {
      id: texts.at(id, row),
      section: texts.at(section, row),
      name: texts.at(name, row),
      unit: texts.at(unit, row),
      format: texts.at(format, row),
      target: texts.at(target, row),
      actual: texts.at(actual, row),
      previous: texts.at(previous, row),
      aggregation: texts.at(aggregation, row),
      owner: texts.at(owner, row),
      source: texts.at(source, row),
      note: texts.at(note, row),
    };
    // An absent column's text is '', so any text at all means a known column has something.
    if (
      text.id === '' &&
      text.section === '' &&
      text.name === '' &&
      text.unit === '' &&
      text.format === '' &&
      text.target === '' &&
      text.actual === '' &&
      text.previous === '' &&
      text.aggregation === '' &&
      text.owner === '' &&
      text.source === '' &&
      text.note === ''
    )
      continue;
    const key = text.id !== '' ? text.id : text.name;
    // A 合计 row, or a note between rows (see `tableRowsOf`): neither is an indicator.
    if (isTotalRowKey(key) || isFooterKey(key)) continue;
    // The row whose 目标值 cell is read: another one's when a merged range gives the row its target. Carried before
    // the heading test: a row whose 单位 is merged from the one above has a figure column, so is no heading.
    let targetRow = row;
    for (let k = 0; k < carried.length; k++) {
      const { key, column: col, sources } = carried[k];
      const source = sources[row - layout.firstDataRow];
      if (source < 0) continue;
      text[key] = texts.at(col, source);
      if (key === 'target') targetRow = source;
    }
    // A section heading (`一、党建`, nothing in its figure columns) is no indicator either; its title is the 板块 of
    // the rows under it that name none.
    if (
      text.unit === '' &&
      text.format === '' &&
      text.target === '' &&
      text.actual === '' &&
      text.previous === '' &&
      text.aggregation === ''
    ) {
      const title = sectionHeadingTitle(key);
      if (title !== null) {
        heading = title !== '' ? title : key === text.id && text.name !== '' ? text.name : key;
        continue;
      }
    }
    if (text.section === '') text.section = heading;
    const cells = new RowCells(letters, row + 1) as Readonly<Partial<Record<IndicatorColumn, string>>>;
    const actualShows = formatOf(actual, row);
    rows.push({
      sheet: sheet.name,
      row,
      text,
      actual: columns.actual === undefined ? null : grid.cell(row, columns.actual),
      previous: columns.previous === undefined ? null : grid.cell(row, columns.previous),
      target: columns.target === undefined ? null : grid.cell(targetRow, columns.target),
      actualIsPercentFormat: (actualShows & SHOWS_PERCENT) !== 0,
      actualIsDateFormat: (actualShows & SHOWS_DATE) !== 0,
      previousIsPercentFormat: (formatOf(previous, row) & SHOWS_PERCENT) !== 0,
      targetIsPercentFormat: (formatOf(target, targetRow) & SHOWS_PERCENT) !== 0,
      cells,
    });
  }
  return rows;
}
