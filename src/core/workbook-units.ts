/**
 * Which sheets of a workbook hold what: the catalogue (`指标目录`) with the definitions, the unit sheets (one per
 * community or department, the sheet name is the unit), and the `校验规则` sheet. Unit rows are read lean (only
 * the columns validation needs, addresses computed on demand) because a street can have 30 sheets of 10,000 rows.
 */
import { cellAddress } from './address';
import { CELL_EMPTY } from './cell-grid';
import {
  isCatalogueSheetName,
  type IndicatorColumn,
  type IndicatorRow,
  type IndicatorSheetLayout,
  type UnreadSheet,
  readIndicatorRows,
  scanIndicatorSheets,
} from './indicator-sheet';
import { type CellValue, type SheetSnapshot, type WorkbookSnapshot, gridOf } from './snapshot';

export const RULES_SHEET_NAME = '校验规则';

export interface IndicatorTable {
  readonly sheet: SheetSnapshot;
  readonly layout: IndicatorSheetLayout;
  /** 0-based last row with data (the header row when there is none). */
  readonly lastDataRow: number;
}

export type WorkbookMode =
  /** A catalogue holds the definitions; every indicator sheet is a unit. */
  | 'catalogue'
  /** Several indicator sheets without a catalogue: the first one's definitions stand. */
  | 'units'
  /** One indicator sheet, validated as it is. */
  | 'single'
  /** No indicator sheet at all. */
  | 'none';

export interface WorkbookUnits {
  readonly mode: WorkbookMode;
  /** The sheet the definitions come from (the catalogue, or the first / only indicator sheet). */
  readonly definitionSheet: SheetSnapshot | null;
  readonly definitionLayout: IndicatorSheetLayout | null;
  readonly definitions: readonly IndicatorRow[];
  /** The catalogue sheet's name when there is one. */
  readonly catalogueSheet: string | null;
  /** Unit sheets in workbook order (empty in `single` mode). */
  readonly units: readonly IndicatorTable[];
  readonly rulesSheet: SheetSnapshot | null;
  /**
   * Hidden sheets laid out as indicator sheets, in workbook order: never units (an old copy such as `旧版和平社区`
   * would otherwise be added to the street's figures), each worth one `hidden-sheet-skipped` note.
   */
  readonly hiddenSheets: readonly string[];
  /** Visible sheets with an `编号` header but no 完成值 column: never units, but perhaps meant to be (see the analysis). */
  readonly unreadSheets: readonly UnreadSheet[];
  /**
   * Sheets laid out as units whose names say they are not one (`街道合计`, `上年数据`), in workbook order: never
   * units while another sheet is, each worth one `total-sheet-skipped` or `year-sheet-skipped` warning.
   */
  readonly skippedSheets: readonly SkippedSheet[];
}

/** A sheet laid out as a unit that its name says is the street's totals, or another year's figures. */
export interface SkippedSheet {
  readonly sheet: string;
  readonly reason: 'total' | 'year';
  /** The words of the name that say so (`合计`, `上年`, `2022年`). */
  readonly found: string;
}

/**
 * Names of a sheet of the street's totals: `街道合计`, `总计`, `汇总表`, `小计`, `全街道`. Matched anywhere in the name
 * (spaces aside), as no community or department is named with them: a place name such as `东湖社区` or `汇龙社区`
 * holds none of these two-character words. (Huibao's own `汇总` sheet is marked as Huibao's and never looked at.)
 * Left out on purpose: `累计` (a unit's cumulative figures), `统计` and `总` alone (`总工会` is a department).
 */
const TOTAL_NAME = /合计|总计|汇总|小计|^全(?:街道?|镇|乡)/;
/** Names of a sheet of another year's figures: `上年数据`, `去年`, `往年`, `前年`, `上一年`, `历年`. */
const OTHER_YEAR_NAME = /上年|去年|往年|前年|上一年|历年/;
/** A year in a title or a header: `东社区2023年指标填报`, `2023完成值`. */
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g;
/**
 * A year in a sheet's name: `2022年数据`, `2022年度`, or the name a year alone (`2022`). Not a number of four digits
 * inside a name (`1950小区`, `2008花园社区` are places).
 */
const YEAR_IN_NAME = /(?<!\d)(?:19|20)\d\d(?:年|$)/g;

function yearsIn(text: string): number[] {
  return Array.from(text.matchAll(YEAR), (match) => Number(match[0].slice(0, 4)));
}

/**
 * The latest year the other indicator sheets (and the catalogue) name, in their sheet names or the rows above their
 * data (a title `东社区2023年指标填报`, a header line `2023年`); −∞ when none does.
 */
function latestYearBesides(
  sheet: string,
  layouts: readonly IndicatorSheetLayout[],
  sheets: ReadonlyMap<string, SheetSnapshot>,
): number {
  let latest = -Infinity;
  for (const layout of layouts) {
    // Not the catalogue's: its `2024年目标` is the target's year, not that of the figures the units hold.
    if (layout.sheet === sheet || layout.kind === 'catalogue') continue;
    for (const year of yearsIn(layout.sheet)) latest = Math.max(latest, year);
    const grid = gridOf(sheets.get(layout.sheet) as SheetSnapshot);
    for (let row = 0; row < layout.firstDataRow; row++) {
      for (let col = 0; col < grid.colCount; col++) {
        const value = grid.cell(row, col);
        if (typeof value === 'string') for (const year of yearsIn(value)) latest = Math.max(latest, year);
      }
    }
  }
  return latest;
}

/**
 * Why a sheet's name says it is not a unit, if it does: a totals sheet or a last year's copy laid out like a
 * community would otherwise be added in as one more (`培训场次` 5 + 4 + 19 with the street's own 19). Read
 * conservatively, as dropping a real unit is a mistake too (said by a warning, not silent): the total words above;
 * 上年, 去年 and their kin; and a year (`2022年数据`, `2022年东社区`) only when another sheet names a later one, as
 * `2023年东社区` may well be this year's unit.
 */
function skippedByName(
  layout: IndicatorSheetLayout,
  layouts: readonly IndicatorSheetLayout[],
  sheets: ReadonlyMap<string, SheetSnapshot>,
): SkippedSheet | null {
  const name = layout.sheet.replace(/[\s\u3000]/g, '');
  const total = TOTAL_NAME.exec(name);
  if (total) return { sheet: layout.sheet, reason: 'total', found: total[0] };
  const other = OTHER_YEAR_NAME.exec(name);
  if (other) return { sheet: layout.sheet, reason: 'year', found: other[0] };
  const year = name.match(YEAR_IN_NAME);
  if (year === null) return null;
  const own = Math.max(...year.map((text) => Number(text.slice(0, 4))));
  if (own >= latestYearBesides(layout.sheet, layouts, sheets)) return null;
  return { sheet: layout.sheet, reason: 'year', found: year[year.length - 1] };
}

/** A cell's trimmed text: '' when blank, the error value's text for an error. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return value.error;
  return typeof value === 'string' ? value.trim() : String(value).trim();
}

const text = cellText;

/** A1 address of a column's cell in a row; falls back to the key column when the sheet lacks that column. */
export function cellOf(layout: IndicatorSheetLayout, row: number, column: IndicatorColumn): string {
  const col = layout.columns[column] ?? layout.columns.id ?? layout.columns.name ?? 0;
  return cellAddress(row, col);
}

function lastDataRowOf(sheet: SheetSnapshot, layout: IndicatorSheetLayout): number {
  const cols = Object.values(layout.columns) as number[];
  const grid = gridOf(sheet);
  // Above the footer, when the sheet has one: a row to add goes there, not under the signatures.
  for (let r = layout.endRow - 1; r >= layout.firstDataRow; r--) {
    if (cols.some((c) => grid.kind(r, c) !== CELL_EMPTY && grid.cell(r, c) !== '')) return r;
  }
  return layout.firstDataRow - 1;
}

function isRulesSheet(sheet: SheetSnapshot): boolean {
  const name = sheet.name.replace(/\s/g, '').toLowerCase();
  return name === RULES_SHEET_NAME || name === 'rules' || name === 'validationrules';
}

/**
 * Of the indicator sheets that would be units (`candidates`, among all the sheets found: `layouts`), those whose names
 * say they are the street's totals or another year's, while another candidate is a unit (alone, one is the data).
 * The fill asks too, so that it reads no more sheets than the analysis.
 */
export function sheetsNamedNotUnits(
  candidates: readonly IndicatorSheetLayout[],
  layouts: readonly IndicatorSheetLayout[],
  snapshot: WorkbookSnapshot,
): SkippedSheet[] {
  const sheets = new Map(snapshot.sheets.map((sheet) => [sheet.name, sheet] as const));
  const named = candidates.map((layout) => skippedByName(layout, layouts, sheets));
  if (!named.some((skipped) => skipped === null)) return [];
  return named.filter((skipped): skipped is SkippedSheet => skipped !== null);
}

export function discoverUnits(snapshot: WorkbookSnapshot): WorkbookUnits {
  const { layouts, hidden: hiddenSheets, unread } = scanIndicatorSheets(snapshot);
  const sheetByName = new Map(snapshot.sheets.map((sheet) => [sheet.name, sheet] as const));
  const rulesSheet = snapshot.sheets.find((sheet) => !sheet.writtenByHuibao && isRulesSheet(sheet)) ?? null;
  // A visible catalogue before a hidden one (an old copy kept out of sight), unless the hidden one is `指标目录`.
  const catalogues = layouts.filter((layout) => layout.kind === 'catalogue');
  const catalogueLayout =
    layouts.find((layout) => isCatalogueSheetName(layout.sheet)) ??
    catalogues.find((layout) => !sheetByName.get(layout.sheet)?.hidden) ??
    catalogues[0] ??
    null;
  // A second visible catalogue-like sheet is not read either: a unit whose figures column has another name (the
  // skeleton gives units 目标值 and 汇总方式 too), or an old copy of the catalogue.
  const others: UnreadSheet[] = [];
  for (const layout of catalogues) {
    const idCol = layout.columns.id;
    if (layout === catalogueLayout || idCol === undefined || sheetByName.get(layout.sheet)?.hidden) continue;
    others.push({ sheet: layout.sheet, headerRow: layout.headerRow, idCol });
  }
  const candidates = layouts.filter((layout) => layout.kind === 'indicators' && layout !== catalogueLayout);
  const skippedSheets = sheetsNamedNotUnits(candidates, layouts, snapshot);
  const indicatorLayouts = candidates.filter(({ sheet }) => !skippedSheets.some((s) => s.sheet === sheet));
  // An unread sheet so named was no unit either way (`街道合计` with a column 合计数): nothing is missing.
  const unreadSheets = [...others, ...unread].filter(
    ({ sheet }) =>
      sheet !== rulesSheet?.name &&
      !TOTAL_NAME.test(sheet.replace(/[\s\u3000]/g, '')) &&
      !OTHER_YEAR_NAME.test(sheet.replace(/[\s\u3000]/g, '')),
  );
  const tableOf = (layout: IndicatorSheetLayout): IndicatorTable => {
    const sheet = sheetByName.get(layout.sheet) as SheetSnapshot;
    return { sheet, layout, lastDataRow: lastDataRowOf(sheet, layout) };
  };

  if (catalogueLayout && indicatorLayouts.length > 0) {
    const sheet = sheetByName.get(catalogueLayout.sheet) as SheetSnapshot;
    return {
      mode: 'catalogue',
      definitionSheet: sheet,
      definitionLayout: catalogueLayout,
      definitions: readIndicatorRows(sheet, catalogueLayout),
      catalogueSheet: catalogueLayout.sheet,
      units: indicatorLayouts.map(tableOf),
      rulesSheet,
      hiddenSheets,
      unreadSheets,
      skippedSheets,
    };
  }
  // A catalogue alone (perhaps with its own 完成值) is validated as a single sheet.
  const singles = indicatorLayouts.length > 0 ? indicatorLayouts : catalogueLayout ? [catalogueLayout] : [];
  if (singles.length === 0) {
    return {
      mode: 'none',
      definitionSheet: null,
      definitionLayout: null,
      definitions: [],
      catalogueSheet: null,
      units: [],
      rulesSheet,
      hiddenSheets,
      unreadSheets,
      skippedSheets,
    };
  }
  const first = singles[0];
  const firstSheet = sheetByName.get(first.sheet) as SheetSnapshot;
  return {
    mode: singles.length === 1 ? 'single' : 'units',
    definitionSheet: firstSheet,
    definitionLayout: first,
    definitions: readIndicatorRows(firstSheet, first),
    catalogueSheet: null,
    units: singles.length === 1 ? [] : singles.map(tableOf),
    rulesSheet,
    hiddenSheets,
    unreadSheets,
    skippedSheets,
  };
}

/** A range merged down a table's 完成值 or 上年值 column over data rows, holding something: one figure for several rows. */
export interface MergedFigure {
  /** 0-based first and last row of the range, and its column. */
  readonly top: number;
  readonly bottom: number;
  readonly col: number;
}

/**
 * The ranges of a table that merge a figure over several rows. Its value is the first row's only (Excel keeps it in
 * the top-left cell), so the rows below read as blank: unlike a merged 板块 or 单位 (see `readIndicatorRows`), a
 * figure is never copied into several indicators, and the merge is worth saying, as the blanks alone puzzle people.
 */
export function mergedFigures(sheet: SheetSnapshot, layout: IndicatorSheetLayout): MergedFigure[] {
  const out: MergedFigure[] = [];
  if (!sheet.merges) return out;
  const { actual, previous } = layout.columns;
  const grid = gridOf(sheet);
  for (const { top, left, bottom } of sheet.merges) {
    if (bottom === top || (left !== actual && left !== previous)) continue;
    const last = Math.min(bottom, layout.endRow - 1);
    if (top < layout.firstDataRow || last <= top || grid.kind(top, left) === CELL_EMPTY) continue;
    out.push({ top, bottom: last, col: left });
  }
  return out;
}

export interface RuleRow {
  /** 0-based row and column of the rule's own cell. */
  readonly row: number;
  readonly col: number;
  readonly text: string;
  readonly level: string;
  /** 0-based column of the rule's 级别 (−1 without one). */
  readonly levelCol: number;
  readonly description: string;
}

const RULE_HEADERS = new Set(['规则', '校验规则', 'rule', 'rules']);
const LEVEL_HEADERS = new Set(['级别', '等级', '严重性', 'level', 'severity']);
const NOTE_HEADERS = new Set(['说明', '描述', '备注', 'description', 'note', 'notes']);

function headerKey(value: CellValue | undefined): string {
  return text(value)
    .replace(/[\s\u3000:：]/g, '')
    .toLowerCase();
}

/** The rules of a `校验规则` sheet: a header row with `规则` (and `级别`, `说明`), or column A from the top. */
export function readRuleRows(sheet: SheetSnapshot): RuleRow[] {
  let headerRow = -1;
  let ruleCol = 0;
  let levelCol = 1;
  let noteCol = 2;
  const grid = gridOf(sheet);
  const width = grid.colCount;
  const scan = Math.min(grid.rowCount, 10);
  for (let r = 0; r < scan && headerRow < 0; r++) {
    const line = (c: number): CellValue => grid.cell(r, c);
    for (let c = 0; c < width; c++) {
      if (RULE_HEADERS.has(headerKey(line(c)))) {
        headerRow = r;
        ruleCol = c;
        levelCol = -1;
        noteCol = -1;
        for (let k = 0; k < width; k++) {
          const key = headerKey(line(k));
          if (LEVEL_HEADERS.has(key)) levelCol = k;
          else if (NOTE_HEADERS.has(key)) noteCol = k;
        }
        break;
      }
    }
  }
  const rules: RuleRow[] = [];
  for (let r = headerRow + 1; r < grid.rowCount; r++) {
    const ruleText = text(grid.cell(r, ruleCol));
    if (ruleText === '') continue;
    rules.push({
      row: r,
      col: ruleCol,
      text: ruleText,
      level: levelCol >= 0 ? text(grid.cell(r, levelCol)) : '',
      levelCol,
      description: noteCol >= 0 ? text(grid.cell(r, noteCol)) : '',
    });
  }
  return rules;
}
