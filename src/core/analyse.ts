/**
 * `analyseWorkbook`: validate indicator sheets cell by cell, evaluate targets and the `校验规则` rules, and total the
 * units (communities/departments) into street figures with provenance. Pure: a snapshot in, an `Analysis` out.
 */
import { cellAddress, columnLetters } from './address';
import {
  NONE,
  combineColumns,
  pairedSums,
  combineNumbersAt,
  maskDecimals,
  ratioFigures,
  ratioValue,
  type TotalFigures,
  unitsWithoutPrevious,
} from './aggregate';
import {
  type CheckInto,
  type Definition,
  type ExpectedLabels,
  FRACTIONAL_COUNT,
  NEGATIVE_COUNT,
  PERCENT_OUT_OF_RANGE,
  RANGE_COUNT,
  RANGE_PERCENT,
  checkActualCell,
  checkActualInto,
  checkFormat,
  checkMask,
  checkYearOnYear,
  uncalculatedTargetFinding,
  isYearOnYearJump,
  definitionFromRow,
  missingValueFinding,
  percentOnNonPercentFinding,
  newDefinitionCache,
  percentPoints,
  previousValue,
  reportUnreadablePrevious,
  questionsPercent,
  rangeChecksOf,
  rangeFinding,
  rangeProblems,
  rangeProblemsFor,
  yearOnYear,
  yearOnYearFinding,
} from './checks';
import { type Finding, type FindingSink, type Severity } from './findings';
import { FindingLog, type SlotFindings } from './finding-log';
import { type Messages, messagesFor } from './i18n';
import type {
  Aggregation,
  Analysis,
  CellRef,
  IndicatorResult,
  IndicatorStatus,
  StatusCounts,
  UnitValue,
} from './results';
import {
  type CompiledRule,
  RuleSyntaxError,
  compileRule,
  evaluateRule,
  excelRound,
  type RuleOutcome,
} from './rules';
import type { Settings } from './settings';
import {
  type CellValue,
  SHOWS_DATE,
  SHOWS_PERCENT,
  type WorkbookSnapshot,
  formatShows,
  gridOf,
} from './snapshot';
import { CELL_EMPTY, CELL_NUMBER, CELL_TEXT, type CellGrid, type GridColumn } from './cell-grid';
import { type TotalTrend, closeEnough, evaluateTarget, incompleteOutcome, isBoundedTarget } from './targets';
import {
  type IndicatorSheetLayout,
  figuresBlank,
  isFooterKey,
  isTotalRowKey,
  sectionHeadingTitle,
} from './indicator-sheet';
import {
  type IndicatorTable,
  type WorkbookUnits,
  cellOf,
  cellText,
  discoverUnits,
  readRuleRows,
} from './workbook-units';
import { decimalPlaces, halfWidthLetters, roundFloat, toHalfWidth, trimText } from './parse-number';
import {
  reportCopiedUnits,
  reportMergedFigures,
  reportSkippedSheets,
  reportUnreadSheets,
} from './workbook-checks';
import { SLOT_ABSENT, SLOT_NUMBER, SLOT_PERCENT, UnitColumns } from './unit-columns';
import { UnitOwners, ownerNames } from './unit-owners';

interface DefinitionState {
  readonly def: Definition;
  /** Position in definition order: this definition's unit slots are `index × unitCount + unit`. */
  readonly index: number;
  /** The cell totals are reported at (the catalogue's 完成值, else its ID cell). */
  readonly totalCell: CellRef;
  total: TotalFigures | null;
  /**
   * Where the total's contributors come from, listed only when read: the units (those with a number, or for text
   * indicators any text, when `numericContributors` is false), a rate's parts, or fixed cells.
   */
  contributorsFrom: 'units' | 'ratio' | 'cells';
  numericContributors: boolean;
  parts: readonly [DefinitionState, DefinitionState] | null;
  cells: readonly CellRef[];
  previous: number | null;
  /** Last year's total built from the units (null when there is none). */
  previousTotal: number | null;
  /** Where its per-unit values are built from (set when the indicator gets lazy `units`). */
  unitsSource: UnitsSource | null;
  /** The per-unit values, their record and the contributors, once read. */
  unitValuesRead: readonly (UnitValue | undefined)[] | null;
  unitsRead: Record<string, UnitValue> | null;
  contributorsRead: readonly CellRef[] | null;
}

/**
 * Last year per unit, NaN where missing, in the unit columns' slots: numbers only, as they are never shown per unit,
 * in one allocation for the street.
 */
type UnitPrevious = Float64Array;

/** Tags of the per-cell findings the log keeps as a slot (see `unitCellFindings`). */
const TAG_YOY_JUMP = 1;
const TAG_RANGE = 2; // + the `rangeProblems` bit: 3, 4, 6
const TAG_MISSING = 5;

function labelsOf(messages: Messages): ExpectedLabels {
  return {
    number: messages.t('validate', 'expectedNumber'),
    integer: messages.t('validate', 'expectedInteger'),
    nonNegative: messages.t('validate', 'expectedNonNegative'),
    percentRange: messages.t('validate', 'expectedPercentRange'),
    exact: messages.t('validate', 'expectedExact'),
  };
}

function normaliseUnit(unit: string): string {
  return toHalfWidth(unit).replace(/\s/g, '');
}

/** Definitions from the catalogue (or first sheet), with findings for duplicates and unreadable targets. */
function readDefinitions(
  units: WorkbookUnits,
  byKey: Map<string, DefinitionState>,
  findings: FindingLog,
): DefinitionState[] {
  const layout = units.definitionLayout;
  if (!layout) return [];
  const states: DefinitionState[] = [];
  const cache = newDefinitionCache();
  const formatProblems = new Map<string, { def: Definition; count: number }>();
  // `cellOf(layout, row, 'id')`, without working out the letters for every row.
  const idLetters = columnLetters(layout.columns.id ?? layout.columns.name ?? 0);
  for (let i = 0; i < units.definitions.length; i++) {
    const row = units.definitions[i];
    const key = row.text.id !== '' ? row.text.id : row.text.name;
    if (key === '') continue;
    const idCell = idLetters + (row.row + 1);
    // IDs are compared as the units' are (`a01` and `Ａ０１` are A01): two that read alike are one ID given twice.
    const spelled = row.text.id === '' ? key : idKeyOf(key);
    const first = (byKey.get(key) ?? (spelled === key ? undefined : byKey.get(spelled)))?.def.definedAt.cell;
    if (first !== undefined) {
      findings.push({
        severity: 'error',
        code: 'duplicate-id',
        sheet: row.sheet,
        cell: idCell,
        indicator: { id: key, name: row.text.name },
        found: key,
        params: { other: first },
      });
      continue;
    }
    const def = definitionFromRow(row, key, idCell, cache);
    if (def.target.kind === 'unparsed') {
      findings.push({
        severity: 'warning',
        code: 'target-unparsed',
        sheet: row.sheet,
        cell: row.cells.target ?? idCell,
        indicator: def.ref,
        found: def.target.text,
      });
    }
    const target = def.target;
    if (isBoundedTarget(target) && target.approxWord !== undefined) {
      findings.push({
        severity: 'warning',
        code: 'target-approximate',
        sheet: row.sheet,
        cell: row.cells.target ?? idCell,
        indicator: def.ref,
        found: target.text,
        params: { value: String(target.min ?? target.max), word: target.approxWord },
      });
    }
    if (isBoundedTarget(target) && target.percent && questionsPercent(def)) {
      // `≥95%` for a count of 场次: one of the two is wrong, and meanwhile the verdict reads the target as 95 场次.
      findings.push({
        severity: 'warning',
        code: 'target-unit-mismatch',
        sheet: row.sheet,
        cell: row.cells.target ?? idCell,
        indicator: def.ref,
        found: target.text,
        params: { unit: def.unit },
      });
    }
    // Said once per distinct 格式, at its first row: a catalogue-wide convention (`数值`) is one mistake, not 10,000.
    if (def.formatProblem !== null) {
      const seen = formatProblems.get(def.format);
      if (seen) seen.count++;
      else formatProblems.set(def.format, { def, count: 1 });
    }
    const targetFormula = def.target.kind === 'none' ? definitionFormula(units, row.row, 'target') : null;
    if (targetFormula !== null) findings.push(uncalculatedTargetFinding(def, targetFormula));
    if (def.aggregationUnparsed) {
      findings.push({
        severity: 'warning',
        code: 'aggregation-unparsed',
        sheet: row.sheet,
        cell: row.cells.aggregation ?? idCell,
        indicator: def.ref,
        found: row.text.aggregation,
      });
    }
    const state: DefinitionState = {
      def,
      index: states.length,
      // The definition's own cell when the catalogue has no 完成值 (the usual case): one object, not two alike.
      totalCell:
        row.cells.actual === undefined ? def.definedAt : { sheet: row.sheet, cell: row.cells.actual },
      total: null,
      contributorsFrom: 'cells',
      numericContributors: true,
      parts: null,
      cells: NONE,
      previous: null,
      previousTotal: null,
      unitsSource: null,
      unitValuesRead: null,
      unitsRead: null,
      contributorsRead: null,
    };
    states.push(state);
    byKey.set(key, state);
    // Also under the spelling lookups compare (`A01` for a catalogue's `a01`), so that a unit's or a rule's `A01`
    // finds it; the ID as written stays the definition's own, for display.
    if (spelled !== key) byKey.set(spelled, state);
  }
  for (const { def, count } of formatProblems.values()) checkFormat(def, count, findings);
  return states;
}

/** The formula in a column of the definitions' sheet, null without one. */
function definitionFormula(units: WorkbookUnits, row: number, column: 'target'): string | null {
  const col = units.definitionLayout?.columns[column];
  if (!units.definitionSheet || col === undefined) return null;
  return gridOf(units.definitionSheet).formula(row, col);
}

/** The definition row's 完成值 cell holds a formula (for a blank: one nobody calculated). */
function definitionHasFormula(units: WorkbookUnits, def: Definition): boolean {
  const sheet = units.definitionSheet;
  const col = units.definitionLayout?.columns.actual;
  if (!sheet || col === undefined || def.row.actual !== null) return false;
  return gridOf(sheet).formula(def.row.row, col) !== null;
}

/**
 * The definition an ID names: as typed, or else as people mistype it (`m002`, full-width `Ｍ００２`, `1` for `001`)
 * when that spelling names one. Asked once per distinct text, so the second look costs nothing per cell.
 */
function stateOfId(byKey: ReadonlyMap<string, DefinitionState>, id: string): DefinitionState | undefined {
  const exact = byKey.get(id);
  if (exact) return exact;
  const normalised = idKeyOf(id);
  const spelled = normalised === id ? undefined : byKey.get(normalised);
  if (spelled) return spelled;
  // `1` for `001`: Excel drops the leading zeros of an ID typed as a number.
  return DIGITS.test(normalised) ? (numericIdsOf(byKey).get(Number(normalised)) ?? undefined) : undefined;
}

const DIGITS = /^\d{1,15}$/;

/**
 * An ID as lookups compare them, the same for a catalogue's and a unit's: full-width letters and digits half-width,
 * letters upper case (`ｍ００１` → `M001`). An ID already so (printable ASCII, no lower case) is returned as it is.
 */
function idKeyOf(id: string): string {
  for (let i = 0; i < id.length; i++) {
    const code = id.charCodeAt(i);
    if (code >= 0x80 || (code >= 97 && code <= 122)) return halfWidthLetters(toHalfWidth(id)).toUpperCase();
  }
  return id;
}

/** Definitions whose IDs are digits (`001`), by their number; null where two IDs are the same number. */
const numericIds = new WeakMap<ReadonlyMap<string, DefinitionState>, Map<number, DefinitionState | null>>();

function numericIdsOf(byKey: ReadonlyMap<string, DefinitionState>): Map<number, DefinitionState | null> {
  let ids = numericIds.get(byKey);
  if (!ids) {
    ids = new Map();
    for (const [id, state] of byKey) {
      if (!DIGITS.test(id)) continue;
      const number = Number(id);
      // A definition is under its ID and its spelling (see `readDefinitions`): only another one makes it ambiguous.
      ids.set(number, ids.has(number) && ids.get(number) !== state ? null : state);
    }
    numericIds.set(byKey, ids);
  }
  return ids;
}

/** No definition for this text (yet to be looked up: `KEY_UNSEEN`; or no ID at all once trimmed: `KEY_BLANK`). */
const KEY_UNKNOWN = -1;
const KEY_UNSEEN = -2;
const KEY_BLANK = -3;

/**
 * What `UnitReader` learns once per text of the workbook's table rather than once per cell: which definition a text
 * names when it is a key, the trimmed text, and which unit word it is when it is a unit. A street's 300,000 unit rows
 * hold a few thousand distinct texts.
 */
class TextLookups {
  /**
   * By text index: what `keyState` answers, `KEY_UNSEEN` until it is first asked or `seed`ed (read directly by the
   * unit loop).
   */
  readonly keyStates: Int32Array;
  /** By text index: what `unitId` answers, `UNIT_UNSEEN` until it is first asked. */
  readonly unitIds: Int32Array;
  private readonly trimmed: (string | undefined)[] = [];

  constructor(
    private readonly texts: readonly string[],
    private readonly byKey: ReadonlyMap<string, DefinitionState>,
    private readonly unitWords: UnitWords,
  ) {
    this.keyStates = new Int32Array(texts.length).fill(KEY_UNSEEN);
    this.unitIds = new Int32Array(texts.length).fill(UNIT_UNSEEN);
  }

  /** The definition index the text names (`KEY_UNKNOWN`, `KEY_BLANK` when none). */
  keyState(index: number): number {
    let code = this.keyStates[index];
    if (code === KEY_UNSEEN) {
      const key = this.trim(index);
      code = key === '' ? KEY_BLANK : (stateOfId(this.byKey, key)?.index ?? KEY_UNKNOWN);
      this.keyStates[index] = code;
    }
    return code;
  }

  /**
   * What `keyState` would answer for a text already known to be a definition's ID as typed (the definition sheet's
   * own ID cell), unless it was asked already.
   */
  seed(index: number, definition: number, id: string): void {
    if (this.keyStates[index] === KEY_UNSEEN && this.trim(index) === id) this.keyStates[index] = definition;
  }

  /** The text as a unit word: its `UnitWords` id once trimmed and normalised (0 for blank). */
  unitId(index: number): number {
    let id = this.unitIds[index];
    if (id === UNIT_UNSEEN) {
      id = this.unitWords.idOf(normaliseUnit(this.trim(index)));
      this.unitIds[index] = id;
    }
    return id;
  }

  trim(index: number): string {
    let text = this.trimmed[index];
    if (text === undefined) {
      text = trimText(this.texts[index]);
      this.trimmed[index] = text;
    }
    return text;
  }
}

const UNIT_UNSEEN = -1;

/** Normalised unit words as small numbers (0 for ''), so the unit loop compares two integers. */
class UnitWords {
  private readonly ids = new Map<string, number>([['', 0]]);

  idOf(normalised: string): number {
    let id = this.ids.get(normalised);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(normalised, id);
    }
    return id;
  }
}

/** What a number format shows, as `formatKindsOf` lists it: a percentage, a date (or time), or a plain number. */
const FORMAT_PLAIN = 0;
const FORMAT_PERCENT = 1;
const FORMAT_DATE = 2;

/**
 * Per number format of a grid (1 + its index, as the columns hold them), what it shows as one kind (`FORMAT_*`): a
 * format that shows both reads as a percentage, as the unit loop has always read it.
 */
function formatKindsOf(grid: CellGrid): Uint8Array {
  return formatShows(grid).map((shows) =>
    shows & SHOWS_PERCENT ? FORMAT_PERCENT : shows & SHOWS_DATE ? FORMAT_DATE : FORMAT_PLAIN,
  );
}

/** Rows of every unit sheet read per block (see `UnitReader.readAll`): 30 sheets × 256 rows of slots fit in cache. */
const ROW_BLOCK = 256;

/** One unit sheet as `UnitReader` reads it: its grid and the columns its usual rows are read from. */
class UnitSheet {
  readonly firstDataRow: number;
  /** Where the table ends: its footer (`填表人：`), or the grid's end (see `IndicatorSheetLayout.endRow`). */
  readonly endRow: number;
  /** Null when the sheet has no such column (or nothing in it): then every row is read in full. */
  readonly idKinds: Uint8Array | null;
  readonly idNumbers: Float64Array | null;
  readonly actualKinds: Uint8Array | null;
  readonly actualNumbers: Float64Array | null;
  readonly actualFormats: Uint32Array | null;
  /** The 完成值 column (−1 without one), where a blank may hide a formula nobody calculated. */
  readonly actualColumn: number;
  /** A missing column reads as empty cells: the same tests, no branch per row. */
  readonly unitKinds: Uint8Array;
  readonly unitNumbers: Float64Array | null;
  readonly previousKinds: Uint8Array;
  readonly previousNumbers: Float64Array | null;
  readonly previousFormats: Uint32Array | null;

  constructor(
    readonly u: number,
    readonly grid: CellGrid,
    layout: IndicatorSheetLayout,
    readonly lookup: TextLookups,
    readonly formatKinds: Uint8Array,
  ) {
    const { id, unit, actual, previous } = layout.columns;
    const column = (col: number | undefined): GridColumn | null =>
      col === undefined ? null : grid.column(col);
    const idColumn = column(id);
    const actualColumn = column(actual);
    const unitColumn = column(unit);
    const previousColumn = column(previous);
    const empty = unitColumn && previousColumn ? null : new Uint8Array(grid.rowCount);
    this.firstDataRow = layout.firstDataRow;
    this.endRow = layout.endRow;
    this.idKinds = idColumn?.kinds ?? null;
    this.idNumbers = idColumn?.numbers ?? null;
    this.actualKinds = actualColumn?.kinds ?? null;
    this.actualNumbers = actualColumn?.numbers ?? null;
    this.actualFormats = actualColumn?.formats ?? null;
    this.actualColumn = actual ?? -1;
    this.unitKinds = unitColumn?.kinds ?? (empty as Uint8Array);
    this.unitNumbers = unitColumn?.numbers ?? null;
    this.previousKinds = previousColumn?.kinds ?? (empty as Uint8Array);
    this.previousNumbers = previousColumn?.numbers ?? null;
    this.previousFormats = previousColumn?.formats ?? null;
  }
}

/**
 * `rangeChecks` bits beside `rangeChecksOf`'s: a number whose unit is not % (a percent-formatted cell there is for
 * `readRow` to question), and a number at all (a date-formatted cell there is for `readRow` to reject).
 */
const PERCENT_SUSPECT = 4;
const NUMERIC = 8;
/** The units' values are not what the total is made of (see `unitValuesUnused`): a blank one is no mistake. */
const BLANK_ALLOWED = 16;

/**
 * A rate whose total is recomputed from its parts' totals (`比率(分子,分母)`, both parts known and not rates
 * themselves), or with a catalogue an indicator it does not total (`不汇总`): what a unit types there is not used, so
 * a unit may leave it blank or leave the row out.
 */
function unitValuesUnused(
  def: Definition,
  byKey: ReadonlyMap<string, DefinitionState>,
  catalogue: boolean,
): boolean {
  const aggregation = def.aggregation;
  if (aggregation.kind === 'none') return catalogue;
  if (aggregation.kind !== 'ratio') return false;
  const numerator = stateOfId(byKey, aggregation.numerator)?.def.aggregation.kind;
  const denominator = stateOfId(byKey, aggregation.denominator)?.def.aggregation.kind;
  return (
    numerator !== undefined && numerator !== 'ratio' && denominator !== undefined && denominator !== 'ratio'
  );
}

/**
 * Reads every unit sheet into the unit columns, with the per-cell, unknown-ID, duplicate and unit-mismatch findings.
 * This is the one loop that runs for every unit cell, so it reads the sheets' grids column by column, and in two
 * ways: the usual row (a known ID text, the catalogue's unit or none, a valid plain number, last year's plain number
 * or nothing) in a small loop of integer tests (`readRows`), which compiles quickly and stays compiled; any other row
 * through `readRow`, which checks it as a person would read it. A key or unit that is a text of the table is looked up
 * once per text (`TextLookups`); a value is stored as it is (no object, no text); its range and year-on-year findings
 * are logged as a tag and a slot.
 */
class UnitReader {
  private readonly yoyRatio: number;
  private readonly unitCount: number;
  private readonly unitWords = new UnitWords();
  private readonly normalisedUnits = new Map<string, string>();
  private readonly lookups = new Map<readonly string[], TextLookups>();
  /**
   * What the loop reads of each definition, in flat arrays by position: one load per cell instead of a chain of them
   * through the state and definition objects (the loop is bound by memory, not arithmetic).
   */
  private readonly unitIds: Int32Array;
  private readonly rangeChecks: Uint8Array;

  constructor(
    private readonly tables: readonly IndicatorTable[],
    private readonly states: readonly DefinitionState[],
    private readonly byKey: ReadonlyMap<string, DefinitionState>,
    private readonly columns: UnitColumns,
    private readonly unitPrevious: UnitPrevious,
    settings: Settings,
    private readonly labels: ExpectedLabels,
    private readonly findings: FindingLog,
    /** What the definitions come from, as messages name it (`指标目录`, or the first indicator sheet). */
    private readonly reference: string,
    /** The grid of the sheet the definitions were read from (the catalogue, or the first unit), and its ID column. */
    definitionGrid: CellGrid | null,
    idCol: number | undefined,
    catalogue: boolean,
  ) {
    this.yoyRatio = settings.yoyJumpRatio;
    this.unitCount = tables.length;
    // Filled by index: `TypedArray.from` walks an iterator, one result object per definition.
    this.unitIds = new Int32Array(states.length);
    this.rangeChecks = new Uint8Array(states.length);
    // The definition sheet's ID cells are texts of the table the unit sheets share (when they share one): each names
    // its own definition, so the unit loop need not look 10,000 IDs up by text. (Another table's lookups are seeded
    // and never read: no harm.)
    const definitionIds = definitionGrid && idCol !== undefined ? definitionGrid.column(idCol) : null;
    const seeds = definitionGrid && definitionIds ? this.lookupOf(definitionGrid) : null;
    for (let i = 0; i < states.length; i++) {
      const def = states[i].def;
      this.unitIds[i] = this.unitWords.idOf(def.unit);
      this.rangeChecks[i] =
        rangeChecksOf(def) |
        (questionsPercent(def) ? PERCENT_SUSPECT : 0) |
        (def.numeric ? NUMERIC : 0) |
        (unitValuesUnused(def, byKey, catalogue) ? BLANK_ALLOWED : 0);
      // A duplicate's row has no state of its own: its text already names the first one.
      const row = def.row.row;
      if (seeds && definitionIds?.kinds[row] === CELL_TEXT) seeds.seed(definitionIds.numbers[row], i, def.id);
    }
  }

  /**
   * Every sheet, in blocks of rows: slots are indicator-major, so one sheet read top to bottom writes one slot in
   * every `unitCount` of four street-sized arrays (each pass through all of memory they span); a block of rows of
   * every sheet in turn writes them in runs that stay in cache. Findings come in another order, not in another list
   * (the log sorts them by sheet, row and column, and a cell's findings still come from one row's reading).
   */
  readAll(): void {
    const sheets: UnitSheet[] = [];
    let end = 0;
    for (let u = 0; u < this.unitCount; u++) {
      const sheet = this.sheetOf(u);
      sheets.push(sheet);
      end = Math.max(end, sheet.grid.rowCount);
    }
    for (let from = 0; from < end; from += ROW_BLOCK) {
      for (let u = 0; u < this.unitCount; u++) this.readRows(sheets[u], from, from + ROW_BLOCK);
    }
  }

  private lookupOf(grid: CellGrid): TextLookups {
    let lookup = this.lookups.get(grid.texts);
    if (!lookup) {
      lookup = new TextLookups(grid.texts, this.byKey, this.unitWords);
      this.lookups.set(grid.texts, lookup);
    }
    return lookup;
  }

  private sheetOf(u: number): UnitSheet {
    const { sheet, layout } = this.tables[u];
    const grid = gridOf(sheet);
    return new UnitSheet(u, grid, layout, this.lookupOf(grid), formatKindsOf(grid));
  }

  /** Rows `from` to `to` (those of them that are data rows) of one unit sheet: the usual ones here, the others through `readRow`. */
  private readRows(sheet: UnitSheet, from: number, to: number): void {
    const { u, grid, lookup, formatKinds } = sheet;
    const first = Math.max(from, sheet.firstDataRow);
    const last = Math.min(to, sheet.endRow);
    const { idKinds, idNumbers, actualKinds, actualNumbers, actualFormats, actualColumn } = sheet;
    if (idKinds === null || idNumbers === null || actualKinds === null || actualNumbers === null) {
      // No IDs or no values to read fast (a sheet keyed by name, a column with nothing in it).
      for (let r = first; r < last; r++) this.readRow(u, grid, lookup, formatKinds, r);
      return;
    }
    const { unitKinds, unitNumbers, previousKinds, previousNumbers, previousFormats } = sheet;
    const { unitCount, columns, unitIds, rangeChecks, unitPrevious, yoyRatio, findings } = this;
    // The lookups' and the columns' arrays, read and written here directly: this loop runs for every unit cell.
    const { keyStates, unitIds: textUnitIds } = lookup;
    const { slotKinds, rows, values } = columns;
    for (let r = first; r < last; r++) {
      let index = KEY_UNSEEN;
      if (idKinds[r] === CELL_TEXT) {
        const text = idNumbers[r];
        index = keyStates[text];
        if (index === KEY_UNSEEN) index = lookup.keyState(text);
      }
      const slot = index * unitCount + u;
      // Not a known ID, or a second row for it (a duplicate).
      if (index < 0 || slotKinds[slot] !== SLOT_ABSENT) {
        this.readRow(u, grid, lookup, formatKinds, r);
        continue;
      }
      const unitKind = unitKinds[r];
      if (unitKind !== CELL_EMPTY) {
        let unit = -1;
        if (unitKind === CELL_TEXT && unitNumbers !== null) {
          const text = unitNumbers[r];
          unit = textUnitIds[text];
          if (unit === UNIT_UNSEEN) unit = lookup.unitId(text);
        }
        const expected = unitIds[index];
        // Blank, the catalogue's, or a catalogue without one: fine; anything else is for `readRow` to report.
        if (unit < 0 || (unit !== expected && unit !== 0 && expected !== 0)) {
          this.readRow(u, grid, lookup, formatKinds, r);
          continue;
        }
      }
      // Last year first: a row `readRow` must take is left to it before anything of it is written.
      const previousKind = previousKinds[r];
      let previous = NaN;
      if (previousKind === CELL_NUMBER && previousNumbers !== null) {
        const previousRaw = previousNumbers[r];
        if (!Number.isFinite(previousRaw)) {
          this.readRow(u, grid, lookup, formatKinds, r);
          continue;
        }
        previous =
          previousFormats !== null && formatKinds[previousFormats[r]] === FORMAT_PERCENT
            ? percentPoints(previousRaw)
            : previousRaw;
        // An impossible last year (a negative count, a bounded rate outside 0–100%, see `impossiblePrevious`) is for
        // `readRow` to report; written out, as this runs for every cell with a 上年值.
        if (
          previous < 0
            ? (rangeChecks[index] & (RANGE_COUNT | RANGE_PERCENT)) !== 0
            : previous > 100 && (rangeChecks[index] & RANGE_PERCENT) !== 0
        ) {
          this.readRow(u, grid, lookup, formatKinds, r);
          continue;
        }
      } else if (previousKind !== CELL_EMPTY) {
        this.readRow(u, grid, lookup, formatKinds, r);
        continue;
      }
      const actualKind = actualKinds[r];
      const raw = actualNumbers[r];
      let value = NaN;
      if (actualKind === CELL_NUMBER && Number.isFinite(raw)) {
        const formatKind = actualFormats !== null ? formatKinds[actualFormats[r]] : FORMAT_PLAIN;
        const percent = formatKind === FORMAT_PERCENT;
        const checks = rangeChecks[index];
        if ((percent && checks & PERCENT_SUSPECT) || (formatKind === FORMAT_DATE && checks & NUMERIC)) {
          this.readRow(u, grid, lookup, formatKinds, r);
          continue;
        }
        value = percent ? percentPoints(raw) : raw;
        const problems = checks === 0 ? 0 : rangeProblemsFor(checks, value);
        if (problems === 0) {
          // `columns.setNumber`, written out.
          slotKinds[slot] = percent ? SLOT_PERCENT : SLOT_NUMBER;
          rows[slot] = r;
          values[slot] = value;
        } else {
          // As `readRow` does: no value, the number's text kept, a finding per problem.
          columns.setText(slot, r, null, percent ? `${value}%` : String(raw));
          value = NaN;
          if (problems & NEGATIVE_COUNT) findings.pushSlot(TAG_RANGE + NEGATIVE_COUNT, slot);
          if (problems & FRACTIONAL_COUNT) findings.pushSlot(TAG_RANGE + FRACTIONAL_COUNT, slot);
          if (problems & PERCENT_OUT_OF_RANGE) findings.pushSlot(TAG_RANGE + PERCENT_OUT_OF_RANGE, slot);
        }
      } else if (actualKind === CELL_EMPTY && grid.formula(r, actualColumn) === null) {
        // A blank nobody filled in (a formula's blank is for `readRow` to explain).
        columns.setText(slot, r, null, '');
        if ((rangeChecks[index] & BLANK_ALLOWED) === 0) findings.pushSlot(TAG_MISSING, slot);
      } else {
        this.readRow(u, grid, lookup, formatKinds, r);
        continue;
      }
      if (Number.isNaN(previous)) continue;
      unitPrevious[slot] = previous;
      // NaN (no value) fails the comparison: no jump.
      if (previous !== 0 && Math.abs(value - previous) > yoyRatio * Math.abs(previous)) {
        findings.pushSlot(TAG_YOY_JUMP, slot);
      }
    }
  }

  /** Definitions by their 指标 name, for rows without an ID (a name two definitions share names neither). */
  private byNameRead: Map<string, DefinitionState | null> | null = null;

  /** The definition with this name; null when several have it. */
  private stateNamed(name: string): DefinitionState | null | undefined {
    if (!this.byNameRead) {
      const byName = new Map<string, DefinitionState | null>();
      for (const state of this.states) {
        const own = state.def.name;
        if (own !== '') byName.set(own, byName.has(own) ? null : state);
      }
      this.byNameRead = byName;
    }
    return this.byNameRead.get(name);
  }

  /** Any row, read and checked in full: what `readRows` leaves to it, and every row of a sheet it cannot read fast. */
  private readRow(u: number, grid: CellGrid, lookup: TextLookups, formatKinds: Uint8Array, r: number): void {
    const { sheet, layout } = this.tables[u];
    const sheetName = sheet.name;
    const {
      id: idCol,
      name: nameCol,
      unit: unitCol,
      actual: actualCol,
      previous: previousCol,
    } = layout.columns;
    const { states, columns, findings, unitCount } = this;
    const idColumn = idCol === undefined ? null : grid.column(idCol);
    const unitColumn = unitCol === undefined ? null : grid.column(unitCol);
    const actualColumn = actualCol === undefined ? null : grid.column(actualCol);
    const previousColumn = previousCol === undefined ? null : grid.column(previousCol);
    const text = (col: number | undefined): string => (col === undefined ? '' : cellText(grid.cell(r, col)));
    // The `编号`, or the `指标` name when there is none; a row with neither is not an indicator row. A known ID
    // text gives the definition's position straight away (its state object is loaded only when needed).
    let index = KEY_UNSEEN;
    if (idColumn !== null && idColumn.kinds[r] === CELL_TEXT) index = lookup.keyState(idColumn.numbers[r]);
    if (index < 0) {
      let key = index === KEY_UNKNOWN ? lookup.trim(idColumn?.numbers[r] ?? 0) : text(idCol);
      // Without an ID the row is known by its 指标 name: a definition's, when just one definition has that name.
      const byName = key === '';
      if (byName) key = text(nameCol);
      if (key === '') return;
      const named = byName ? (this.byKey.get(key) ?? this.stateNamed(key)) : stateOfId(this.byKey, key);
      const state = named ?? undefined;
      if (!state) {
        // A `合计` row under the indicators is the sheet's own sum, a note between rows (`说明：以下为新增`) no row
        // either, nor a section heading (`一、党建` with no figure): none is an indicator (asked only of unknown keys).
        if (
          isTotalRowKey(key) ||
          isFooterKey(key) ||
          (sectionHeadingTitle(key) !== null && figuresBlank(grid, layout.columns, r))
        )
          return;
        findings.push({
          severity: 'error',
          code: named === null ? 'ambiguous-name' : byName ? 'unknown-name' : 'unknown-id',
          sheet: sheetName,
          cell: cellOf(layout, r, byName ? 'name' : 'id'),
          indicator: byName ? { id: '', name: key } : { id: key, name: text(nameCol) },
          found: key,
          params: { reference: this.reference },
        });
        return;
      }
      index = state.index;
    }
    const slot = index * unitCount + u;
    // A value already there for this unit means the ID came earlier in the same sheet.
    if (columns.has(slot)) {
      const def = states[index].def;
      findings.push({
        severity: 'error',
        code: 'duplicate-id',
        sheet: sheetName,
        cell: cellOf(layout, r, 'id'),
        indicator: def.ref,
        found: text(idCol) || text(nameCol),
        params: { other: cellOf(layout, columns.rows[slot], 'id') },
      });
      return;
    }
    const unit =
      unitColumn === null
        ? ''
        : unitColumn.kinds[r] === CELL_TEXT
          ? lookup.trim(unitColumn.numbers[r])
          : text(unitCol);
    const def = states[index].def;
    let mismatch = false;
    if (unit !== '' && unit !== def.unit && def.unit !== '') {
      let normalised = this.normalisedUnits.get(unit);
      if (normalised === undefined) {
        normalised = normaliseUnit(unit);
        this.normalisedUnits.set(unit, normalised);
      }
      if (normalised !== def.unit) {
        mismatch = true;
        findings.push({
          severity: 'error',
          code: 'unit-mismatch',
          sheet: sheetName,
          cell: cellOf(layout, r, 'unit'),
          indicator: def.ref,
          found: unit,
          expected: def.unit,
          params: { reference: this.reference },
        });
      }
    }
    if (actualCol === undefined) {
      columns.setText(slot, r, null, '');
    } else {
      const formatKind = actualColumn?.formats ? formatKinds[actualColumn.formats[r]] : FORMAT_PLAIN;
      const percent = formatKind === FORMAT_PERCENT;
      // A date-formatted number goes to `checkActualInto` with the rest, which tells a date from a figure.
      if (
        actualColumn !== null &&
        actualColumn.kinds[r] === CELL_NUMBER &&
        Number.isFinite(actualColumn.numbers[r]) &&
        formatKind !== FORMAT_DATE
      ) {
        const raw = actualColumn.numbers[r];
        const value = percent ? percentPoints(raw) : raw;
        if (percent && questionsPercent(def)) {
          findings.push(
            percentOnNonPercentFinding(
              def,
              { sheet: sheetName, cell: cellAddress(r, actualCol) },
              `${value}%`,
              value,
            ),
          );
        }
        const problems = rangeProblems(value, def);
        if (problems === 0) {
          columns.setNumber(slot, r, value, percent);
        } else {
          // A value with an error finding is null, its text kept: nothing is computed from it.
          columns.setText(slot, r, null, percent ? `${value}%` : String(raw));
          if (problems & NEGATIVE_COUNT) findings.pushSlot(TAG_RANGE + NEGATIVE_COUNT, slot);
          if (problems & FRACTIONAL_COUNT) findings.pushSlot(TAG_RANGE + FRACTIONAL_COUNT, slot);
          if (problems & PERCENT_OUT_OF_RANGE) findings.pushSlot(TAG_RANGE + PERCENT_OUT_OF_RANGE, slot);
        }
      } else {
        const raw = grid.cell(r, actualCol);
        columns.setText(slot, r, null, '');
        const into: CheckInto = { sheet: sheetName, cell: columns.cell(slot), value: null, text: '' };
        // No mask checks: the mask is for the street total. Only a blank asks whether a formula left it blank.
        checkActualInto(
          raw,
          {
            percentFormat: percent,
            dateFormat: formatKind === FORMAT_DATE,
            formula: raw === null && grid.formula(r, actualCol) !== null,
            maskChecks: false,
            blankAllowed: (this.rangeChecks[index] & BLANK_ALLOWED) !== 0,
          },
          def,
          into,
          this.labels,
          findings,
        );
        columns.setText(slot, r, into.value, into.text);
      }
    }
    // A value in another unit than the catalogue's cannot be added to the others: left out like a missing one.
    if (mismatch) columns.reject(slot);
    if (previousColumn === null) return;
    const previousKind = previousColumn.kinds[r];
    if (previousKind === CELL_EMPTY) return;
    const previousPercent = previousColumn.formats
      ? formatKinds[previousColumn.formats[r]] === FORMAT_PERCENT
      : false;
    const previous = readPrevious(
      grid.cell(r, previousCol as number),
      previousPercent,
      def,
      () => ({ sheet: sheetName, cell: cellAddress(r, previousCol as number) }),
      this.labels,
      findings,
    );
    if (previous === null) return;
    this.unitPrevious[slot] = previous;
    const actual = columns.values[slot];
    // NaN (no value) fails the comparison: no jump.
    if (previous !== 0 && Math.abs(actual - previous) > this.yoyRatio * Math.abs(previous)) {
      findings.pushSlot(TAG_YOY_JUMP, slot);
    }
  }
}

/**
 * Builds the findings `UnitReader` logs as a tag and a slot, exactly as the checks would have, and places them for
 * the sort (the slot's unit sheet, its row, its 完成值 column).
 */
function unitCellFindings(
  tables: readonly IndicatorTable[],
  states: readonly DefinitionState[],
  columns: UnitColumns,
  unitPrevious: UnitPrevious,
  labels: ExpectedLabels,
  sheetIndex: ReadonlyMap<string, number>,
): SlotFindings {
  const unitCount = tables.length;
  const sheetOf = tables.map(({ sheet }) => sheetIndex.get(sheet.name) ?? sheetIndex.size);
  const colOf = tables.map(({ layout: { columns: c } }) => (c.actual ?? c.id ?? c.name ?? 0) + 1);
  return {
    severity: (tag: number): Severity => (tag === TAG_YOY_JUMP ? 'warning' : 'error'),
    finding(tag: number, slot: number): Finding {
      const def = states[Math.floor(slot / unitCount)].def;
      const at = { sheet: columns.sheet(slot), cell: columns.cell(slot) };
      if (tag === TAG_YOY_JUMP) {
        return yearOnYearFinding(columns.values[slot], unitPrevious[slot], def, at);
      }
      if (tag === TAG_MISSING) return missingValueFinding(def, at);
      return rangeFinding(tag - TAG_RANGE, def, at, columns.text(slot), labels);
    },
    sheetIndex: (slot: number): number => sheetOf[slot % unitCount],
    row: (slot: number): number => columns.rows[slot] + 1,
    col: (slot: number): number => colOf[slot % unitCount],
  };
}

/**
 * `percent-looks-like-fraction`: a percentage typed as a fraction without `%` (0.95 for 95%) when the indicator's
 * other figures (other units, the target) are above 1. A warning only: 0.5% can be a real rate.
 */
function checkFractionPercents(
  def: Definition,
  index: number,
  columns: UnitColumns,
  findings: FindingLog,
): void {
  const unitCount = columns.unitCount;
  const values = columns.values;
  const first = index * unitCount;
  const target = def.target;
  let aboveOne = isBoundedTarget(target) && ((target.min ?? 0) > 1 || (target.max ?? 0) > 1);
  let fraction = false;
  for (let slot = first; slot < first + unitCount; slot++) {
    const value = values[slot];
    if (value > 1) aboveOne = true;
    else if (value > 0) fraction = true;
  }
  if (!aboveOne || !fraction) return;
  for (let slot = first; slot < first + unitCount; slot++) {
    const value = values[slot];
    if (!(value > 0 && value <= 1)) continue;
    const text = columns.text(slot);
    if (text.includes('%') || text.includes('％')) continue;
    findings.push({
      severity: 'warning',
      code: 'percent-looks-like-fraction',
      sheet: columns.sheet(slot),
      cell: columns.cell(slot),
      indicator: def.ref,
      found: text,
      params: { percent: String(roundFloat(value * 100)) },
    });
  }
}

/**
 * `catalogue-as-unit`: without a sheet named 指标目录, a renamed catalogue that kept its 完成值 column is an
 * indicator sheet, so the first unit (as the rule reads it). One that also has a 汇总方式 column and leaves
 * most of its 完成值 blank while the other units fill theirs is almost surely the catalogue: say so once.
 */
function reportCatalogueAsUnit(
  tables: readonly IndicatorTable[],
  columns: UnitColumns,
  findings: FindingLog,
): void {
  const first = tables[0];
  if (!first || first.layout.columns.aggregation === undefined || tables.length < 2) return;
  // Sheets made by the skeleton all have one: then it tells nothing.
  if (tables.some((table, u) => u > 0 && table.layout.columns.aggregation !== undefined)) return;
  const filled = (u: number): number => {
    let count = 0;
    for (let slot = u; slot < columns.values.length; slot += columns.unitCount) {
      if (columns.contributes(slot, false)) count++;
    }
    return count;
  };
  const rows = columns.values.length / columns.unitCount;
  let othersFilled = 0;
  for (let u = 1; u < tables.length; u++) othersFilled += filled(u);
  if (filled(0) * 2 >= rows || othersFilled * 2 < rows * (tables.length - 1)) return;
  findings.push({
    severity: 'warning',
    code: 'catalogue-as-unit',
    sheet: first.sheet.name,
    cell: cellAddress(first.layout.headerRow, first.layout.columns.aggregation),
  });
}

/**
 * `unit-missing-indicator`: a unit sheet lacks a row that at least one other unit has (and that the total is made of:
 * see `unitValuesUnused`), and that its owner (责任部门) does not give to other units alone (see `UnitOwners`).
 */
function reportMissingRows(
  tables: readonly IndicatorTable[],
  states: readonly DefinitionState[],
  columns: UnitColumns,
  findings: FindingLog,
  byKey: ReadonlyMap<string, DefinitionState>,
  catalogue: boolean,
  owners: UnitOwners,
): void {
  const appendCells = tables.map(({ layout, lastDataRow }) => cellOf(layout, lastDataRow + 1, 'id'));
  const unitCount = tables.length;
  // A state's index is its position: its object is loaded only for a definition some unit lacks.
  for (let index = 0; index < states.length; index++) {
    const start = index * unitCount;
    let present = 0;
    for (let u = 0; u < unitCount; u++) if (columns.has(start + u)) present++;
    if (present === 0 || present === unitCount) continue;
    if (unitValuesUnused(states[index].def, byKey, catalogue)) continue;
    const expected = owners.expectedOf(states[index].def.owner);
    for (let u = 0; u < unitCount; u++) {
      if (columns.has(start + u) || (expected !== null && expected[u] === 0)) continue;
      findings.push({
        severity: 'error',
        code: 'unit-missing-indicator',
        sheet: tables[u].sheet.name,
        cell: appendCells[u],
        indicator: states[index].def.ref,
      });
    }
  }
}

/**
 * What follows the unit loop for each definition: the fraction-percent check on its unit values, its street total,
 * the findings on that total, its verdict against the target and its indicator, all done for one definition before
 * the next, so that its state, definition and total are loaded once rather than once per step (10,000 definitions
 * are spread over megabytes of heap). Rates come after the other kinds, as their totals are made of their parts'.
 */
class Settlement {
  private readonly unitCount: number;
  private readonly hasPrevious: boolean;
  /** Per unit, 1 where its sheet has a 上年值 column. */
  private readonly previousColumns: Uint8Array;
  private readonly single: boolean;
  private readonly catalogue: boolean;
  // Looked up once: thousands of incomplete totals each name their missing units.
  private readonly listSeparator: string;
  private readonly sameByDefault: string;
  private readonly namesSeparator: string;
  private readonly unitsOf: UnitsSource | null;
  /** IDs of 不汇总 indicators of a catalogue that has no 完成值 column. */
  private readonly withoutActualColumn: string[] = [];
  private readonly counts: Record<IndicatorStatus, number> = {
    met: 0,
    'not-met': 0,
    exceeded: 0,
    'no-target': 0,
    missing: 0,
  };

  constructor(
    private readonly byKey: ReadonlyMap<string, DefinitionState>,
    private readonly units: WorkbookUnits,
    private readonly unitPrevious: UnitPrevious,
    private readonly settings: Settings,
    messages: Messages,
    private readonly labels: ExpectedLabels,
    private readonly columns: UnitColumns,
    private readonly findings: FindingLog,
    /** Sheets judged units but not read (`sheet-not-read`): every total over the units is missing them. */
    private readonly unreadUnits: readonly string[],
    /** Which units owe each indicator's figure, by its owner (责任部门): the one the unit checks used. */
    private readonly owners: UnitOwners,
  ) {
    this.unitCount = columns.unitCount;
    this.hasPrevious = units.units.some((table) => table.layout.columns.previous !== undefined);
    this.previousColumns = Uint8Array.from(units.units, (table) =>
      table.layout.columns.previous === undefined ? 0 : 1,
    );
    this.single = units.mode === 'single';
    this.catalogue = units.mode === 'catalogue';
    this.listSeparator = messages.t('validate', 'listSeparator');
    this.sameByDefault = messages.t('validate', 'sameByDefault');
    this.namesSeparator = messages.t('validate', 'namesSeparator');
    const unitNames = columns.unitNames;
    this.unitsOf =
      unitNames.length > 0
        ? {
            columns,
            template: Object.fromEntries(unitNames.map((name) => [name, null])) as Record<string, null>,
          }
        : null;
  }

  /** Every definition's indicator, in definition order. */
  settleAll(states: readonly DefinitionState[]): IndicatorResult[] {
    const indicators = new Array<IndicatorResult>(states.length);
    if (this.single) {
      // No 完成值 column at all (a catalogue, or one column per community): said once, not at every row's ID cell.
      const layout = this.units.definitionLayout;
      const noActualColumn = !!layout && layout.columns.actual === undefined;
      for (let i = 0; i < states.length; i++) {
        if (noActualColumn) this.noValue(states[i]);
        else this.singleValue(states[i]);
        indicators[i] = this.indicatorOf(states[i]);
      }
      if (noActualColumn && states.length > 0) this.reportNoActualColumn(states.length);
      return indicators;
    }
    for (let i = 0; i < states.length; i++) {
      if (states[i].def.aggregation.kind !== 'ratio') indicators[i] = this.settle(states[i], false);
    }
    for (let i = 0; i < states.length; i++) {
      if (states[i].def.aggregation.kind === 'ratio') indicators[i] = this.settle(states[i], true);
    }
    this.reportActualColumnMissing();
    this.reportSheetsWithoutPrevious();
    return indicators;
  }

  /**
   * `catalogue-actual-column-missing`: 不汇总 indicators take the catalogue's own 完成值, and it has no such column.
   * Once, where the column would go (not a `missing-value` at each ID cell, which the user would try to fill in).
   */
  private reportActualColumnMissing(): void {
    const ids = this.withoutActualColumn;
    const layout = this.units.definitionLayout;
    const sheet = this.units.definitionSheet;
    if (ids.length === 0 || !layout || !sheet) return;
    const shown = ids.length > 10 ? [...ids.slice(0, 10), '…'] : ids;
    this.findings.push({
      severity: 'error',
      code: 'catalogue-actual-column-missing',
      sheet: layout.sheet,
      // The header row's first column past the sheet's last one: where the new column would go.
      cell: cellAddress(layout.headerRow, gridOf(sheet).colCount),
      found: shown.join(this.namesSeparator),
      params: { count: ids.length },
    });
  }

  /** One definition of the units' modes, from its unit values to its indicator. */
  private settle(state: DefinitionState, ratio: boolean): IndicatorResult {
    if (state.def.isPercent) checkFractionPercents(state.def, state.index, this.columns, this.findings);
    if (ratio) this.ratioTotal(state);
    else this.simpleTotal(state);
    if (this.unreadUnits.length > 0) this.leaveOutUnread(state);
    this.reportTotal(state);
    return this.indicatorOf(state);
  }

  /**
   * Which units owe a rate from its parts: its own 责任部门's, else those owing either part (a rate of the
   * communities' counts is not missing from the 财政所).
   */
  private rateOwedBy(
    def: Definition,
    numerator: DefinitionState,
    denominator: DefinitionState,
  ): Uint8Array | null {
    const own = this.owners.expectedOf(def.owner);
    if (own !== null) return own;
    const top = this.owners.expectedOf(numerator.def.owner);
    const bottom = this.owners.expectedOf(denominator.def.owner);
    if (top === null || bottom === null) return null;
    const either = new Uint8Array(top.length);
    for (let u = 0; u < either.length; u++) either[u] = top[u] | bottom[u];
    return either;
  }

  /**
   * A total over the units lacks the unread ones, as it would lack a unit that left every value blank: incomplete,
   * naming them (a rate whose parts already name them keeps one mention). Not a rate of the office's own figures.
   */
  private leaveOutUnread(state: DefinitionState): void {
    const total = state.total;
    if (total === null || state.def.aggregation.kind === 'none') return;
    const missing = total.missingUnits;
    let owes: (sheet: string) => boolean;
    const parts = state.contributorsFrom === 'ratio' ? state.parts : null;
    if (parts) {
      // A rate from its parts (settled before it) lacks a sheet when one of them does: not one the office's own
      // figures or the parts' owners (各社区, for the 财政所) leave out.
      const [top, bottom] = parts;
      owes = (sheet) =>
        (top.total?.missingUnits.includes(sheet) ?? false) ||
        (bottom.total?.missingUnits.includes(sheet) ?? false);
    } else {
      // A sheet the owner does not name (a community, for the 财政所's figure) is not missing from it.
      const owner = state.def.owner;
      const owned = this.owners.namesSheets(owner);
      owes = (sheet) => !owned || ownerNames(owner, sheet);
    }
    const added = this.unreadUnits.filter((sheet) => !missing.includes(sheet) && owes(sheet));
    if (added.length === 0) return;
    state.total = { ...total, complete: false, missingUnits: [...missing, ...added] };
  }

  /** A single sheet's indicator with nowhere to hold its figure: no value, its 上年值 still read. */
  private noValue(state: DefinitionState): void {
    state.total = { value: null, text: '', complete: false, missingUnits: NONE, disagreement: null };
    state.cells = [];
    state.previous = this.ownPrevious(state.def);
  }

  /** `actual-column-missing`: a single indicator sheet without a 完成值 column, where the column would go. */
  private reportNoActualColumn(count: number): void {
    const layout = this.units.definitionLayout;
    const sheet = this.units.definitionSheet;
    if (!layout || !sheet) return;
    this.findings.push({
      severity: 'error',
      code: 'actual-column-missing',
      sheet: layout.sheet,
      cell: cellAddress(layout.headerRow, gridOf(sheet).colCount),
      params: { count },
    });
  }

  /** A single indicator sheet: each row's own value, checked as the units' values are. */
  private singleValue(state: DefinitionState): void {
    const def = state.def;
    const at = { sheet: def.row.sheet, cell: def.row.cells.actual ?? def.definedAt.cell };
    const value = this.ownTotal(state, at);
    const previous = this.ownPrevious(def);
    checkYearOnYear(value, previous, this.settings.yoyJumpRatio, def, at, this.findings);
    state.previous = previous;
  }

  /**
   * The definition row's own 完成值, checked at `at` as a unit's value is (masks too), as the state's total and only
   * contributor; its value.
   */
  private ownTotal(state: DefinitionState, at: CellRef): number | null {
    const def = state.def;
    const checked = checkActualCell(
      def.row.actual,
      {
        percentFormat: def.row.actualIsPercentFormat,
        dateFormat: def.row.actualIsDateFormat,
        formula: definitionHasFormula(this.units, def),
      },
      def,
      at,
      this.labels,
      this.findings,
    );
    state.total = {
      value: checked.value,
      text: checked.text,
      complete: checked.value !== null || (!def.numeric && checked.text !== ''),
      missingUnits: NONE,
      disagreement: null,
    };
    state.cells = [at];
    return checked.value;
  }

  /** Any kind but a rate: the units combined, or the catalogue's (else the first unit's) own figure. */
  private simpleTotal(state: DefinitionState): void {
    const def = state.def;
    const kind = def.aggregation.kind as Exclude<Aggregation['kind'], 'ratio'>;
    const columns = this.columns;
    if (kind !== 'none') {
      state.total = combineColumns(
        kind,
        columns,
        state.index,
        def.numeric,
        this.owners.expectedOf(def.owner),
      );
      state.contributorsFrom = 'units';
      state.numericContributors = def.numeric;
      if (this.hasPrevious && def.numeric) {
        state.previousTotal = combineNumbersAt(
          kind,
          this.unitPrevious,
          state.index * this.unitCount,
          this.unitCount,
        );
      }
      return;
    }
    if (this.catalogue) {
      if (this.units.definitionLayout?.columns.actual === undefined) {
        // Nowhere to type the office's own figure: said once for all such indicators (see `settleAll`).
        state.total = { value: null, text: '', complete: false, missingUnits: NONE, disagreement: null };
        this.withoutActualColumn.push(def.id);
        return;
      }
      // The office's own figure, from the catalogue's 完成值.
      this.ownTotal(state, state.totalCell);
      return;
    }
    // Without a catalogue, the first unit's (the defining sheet's) own value stands.
    const slot = state.index * this.unitCount;
    const has = columns.has(slot);
    const value = columns.value(slot);
    const text = columns.text(slot);
    state.total = {
      value,
      text,
      complete: has && (value !== null || (!def.numeric && text !== '')),
      missingUnits: NONE,
      disagreement: null,
    };
    state.cells = has ? [{ sheet: columns.sheet(slot), cell: columns.cell(slot) }] : [];
  }

  /** A rate from its parts' totals (settled before any rate). */
  private ratioTotal(state: DefinitionState): void {
    const def = state.def;
    // Only rates come here; the test tells TypeScript which aggregation this is.
    if (def.aggregation.kind !== 'ratio') return;
    const columns = this.columns;
    const numerator = stateOfId(this.byKey, def.aggregation.numerator);
    const denominator = stateOfId(this.byKey, def.aggregation.denominator);
    if (!numerator?.total || !denominator?.total) {
      this.findings.push({
        severity: 'warning',
        code: 'aggregation-unparsed',
        sheet: def.row.sheet,
        cell: def.row.cells.aggregation ?? def.definedAt.cell,
        indicator: def.ref,
        found: def.row.text.aggregation,
      });
      // Without its parts a rate is never averaged: the units' common value, or none (warned below).
      state.total = combineColumns('same', columns, state.index, true, this.owners.expectedOf(def.owner));
      state.contributorsFrom = 'units';
      state.numericContributors = true;
      return;
    }
    // Summed parts are paired unit by unit; other parts (a catalogue figure, a mean) are taken as they stand.
    const byUnits =
      columns.unitCount > 0 &&
      numerator.def.aggregation.kind === 'sum' &&
      denominator.def.aggregation.kind === 'sum';
    const paired = byUnits
      ? pairedSums(columns, numerator.index, denominator.index, this.rateOwedBy(def, numerator, denominator))
      : [numerator.total, denominator.total];
    state.total = ratioFigures(paired[0], paired[1], def.isPercent, maskDecimals(def.format));
    // A unit whose numerator is over its denominator has a pair known to be wrong. The rate stays the parts' totals'
    // (as the report prints them side by side), but it is not complete, so not judged until the pair is mended.
    const wrong = byUnits ? this.checkUnitRates(state, numerator, denominator) : null;
    if (wrong !== null) state.total = { ...state.total, complete: false };
    this.checkRateParts(state, paired[0], paired[1], numerator, denominator, byUnits);
    state.contributorsFrom = 'ratio';
    state.parts = [numerator, denominator];
    const numPrev = numerator.previousTotal;
    const denPrev = denominator.previousTotal;
    if (numPrev !== null && denPrev !== null && denPrev !== 0) {
      state.previousTotal = ratioValue(numPrev, denPrev, def.isPercent, maskDecimals(def.format));
    }
  }

  /**
   * Each unit's parts of a rate recomputed from them: `ratio-over-100` at a numerator larger than its denominator
   * (for a rate bounded by 100%, such as 结案率), `unit-ratio-mismatch` at a rate a unit typed that its own parts do not
   * give (the total does not use it, but a reader of the sheet would). Returns the units of the first kind, if any.
   */
  private checkUnitRates(
    state: DefinitionState,
    numerator: DefinitionState,
    denominator: DefinitionState,
  ): Set<number> | null {
    let wrong: Set<number> | null = null;
    const def = state.def;
    const columns = this.columns;
    const values = columns.values;
    const unitCount = this.unitCount;
    const decimals = maskDecimals(def.format);
    for (let u = 0; u < unitCount; u++) {
      const top = values[numerator.index * unitCount + u];
      const bottom = values[denominator.index * unitCount + u];
      if (Number.isNaN(top) || Number.isNaN(bottom)) continue;
      if (def.percentBounded && top > bottom && bottom >= 0) {
        const slot = numerator.index * unitCount + u;
        this.findings.push(
          ratioOver100Finding(state, numerator, denominator, top, bottom, {
            sheet: columns.sheet(slot),
            cell: columns.cell(slot),
          }),
        );
        (wrong ??= new Set()).add(u);
        continue;
      }
      const slot = state.index * unitCount + u;
      const typed = values[slot];
      if (Number.isNaN(typed) || bottom === 0) continue;
      const exact = (top / bottom) * (def.isPercent ? 100 : 1);
      // Rounded or cut to the places typed (95.8 or 96 for 95.83%) is the same rate; 0.95 for 95% is said elsewhere.
      if (isRateAsTyped(typed, exact)) continue;
      if (def.isPercent && typed > 0 && typed <= 1 && isRateAsTyped(typed * 100, exact)) continue;
      const shown = ratioValue(top, bottom, def.isPercent, decimals);
      const percentSign = def.isPercent ? '%' : '';
      const text = columns.text(slot);
      this.findings.push({
        severity: 'warning',
        code: 'unit-ratio-mismatch',
        sheet: columns.sheet(slot),
        cell: columns.cell(slot),
        indicator: def.ref,
        found: text !== '' ? text : `${typed}${percentSign}`,
        expected: `${shown}${percentSign}`,
        params: {
          numeratorId: numerator.def.id,
          numeratorName: numerator.def.name,
          denominatorId: denominator.def.id,
          denominatorName: denominator.def.name,
          top: String(top),
          bottom: String(bottom),
        },
      });
    }
    return wrong;
  }

  /**
   * A rate's total from its parts' totals: `ratio-zero-denominator` when the denominator totals 0 (the rate is then
   * 缺数, and this says why), `ratio-over-100` at the rate when parts not paired by unit give more than 100%.
   */
  private checkRateParts(
    state: DefinitionState,
    top: TotalFigures,
    bottom: TotalFigures,
    numerator: DefinitionState,
    denominator: DefinitionState,
    byUnits: boolean,
  ): void {
    const def = state.def;
    const at = { sheet: def.row.sheet, cell: def.row.cells.aggregation ?? def.definedAt.cell };
    if (top.value !== null && bottom.value === 0) {
      this.findings.push({
        severity: 'warning',
        code: 'ratio-zero-denominator',
        sheet: at.sheet,
        cell: at.cell,
        indicator: def.ref,
        found: `${top.text === '' ? top.value : top.text}/0`,
        params: { denominatorId: denominator.def.id, denominatorName: denominator.def.name },
      });
    } else if (
      !byUnits &&
      def.percentBounded &&
      top.value !== null &&
      bottom.value !== null &&
      bottom.value > 0 &&
      top.value > bottom.value
    ) {
      this.findings.push(ratioOver100Finding(state, numerator, denominator, top.value, bottom.value, at));
    }
  }

  /** The findings on a street total, and last year's figure it is compared with. */
  private reportTotal(state: DefinitionState): void {
    const def = state.def;
    const total = state.total;
    const findings = this.findings;
    if (!total) return;
    if (total.value !== null && def.aggregation.kind !== 'none' && def.maskDigits !== null) {
      // A computed total has no cell of its own: point at the mask it does not fit (`格式`), which is what to fix
      // when the figure is right.
      const at = { sheet: def.row.sheet, cell: def.row.cells.format ?? def.definedAt.cell };
      checkMask(total.value, total.text, def, at, findings, true);
    }
    if (total.disagreement && (def.rateNeedsRatio || def.aggregation.kind === 'ratio')) {
      // A rate without (usable) 比率(分子,分母) whose units differ: no total, and how to get one.
      findings.push({
        severity: 'warning',
        code: 'aggregation-rate-needs-ratio',
        sheet: def.row.sheet,
        cell: def.row.cells.aggregation ?? def.definedAt.cell,
        indicator: def.ref,
        found: total.disagreement.join(this.listSeparator),
      });
    } else if (total.disagreement) {
      findings.push({
        severity: 'error',
        code: 'aggregate-disagree',
        sheet: def.definedAt.sheet,
        cell: def.definedAt.cell,
        indicator: def.ref,
        found: total.disagreement.join(this.listSeparator),
        // Nobody wrote 一致: say where it came from (a blank 汇总方式 of an indicator without a unit).
        params: { why: def.row.text.aggregation === '' && def.unit === '' ? this.sameByDefault : '' },
      });
    }
    // The unread sheets are said once, by their own error, not again at every total (nor as `未填或有误`).
    const missing =
      this.unreadUnits.length > 0
        ? total.missingUnits.filter((unit) => !this.unreadUnits.includes(unit))
        : total.missingUnits;
    if (!total.complete && missing.length > 0) {
      findings.push({
        severity: 'warning',
        code: 'aggregate-incomplete',
        sheet: def.definedAt.sheet,
        cell: def.definedAt.cell,
        indicator: def.ref,
        params: { missing: missing.join(this.namesSeparator) },
      });
    }
    if (this.catalogue && total.value !== null && def.numeric && def.row.actual !== null) {
      // A figure typed into the catalogue's 完成值 for an indicator totalled from the units is not used: say so,
      // rather than let the user believe the report shows it.
      const own = previousValue(def.row.actual, def.row.actualIsPercentFormat, def);
      if (own !== null && Math.abs(own - total.value) > 1e-9 * Math.max(1, Math.abs(own))) {
        findings.push({
          severity: 'warning',
          code: 'catalogue-actual-ignored',
          sheet: def.row.sheet,
          cell: def.row.cells.actual ?? def.definedAt.cell,
          indicator: def.ref,
          found: cellText(def.row.actual),
          expected: total.text,
        });
      }
    }
    // The catalogue's own 上年值 wins; otherwise last year's total is built the same way as this year's. Without a
    // catalogue, the first unit's row is that unit's own (already read and checked in the unit loop): its 上年值 is
    // the street's only where its 完成值 is (`不汇总`).
    const own = this.catalogue
      ? this.ownPrevious(def)
      : def.aggregation.kind === 'none'
        ? this.firstUnitPrevious(state)
        : null;
    if (own === null && state.previousTotal !== null && state.contributorsFrom === 'units')
      this.checkPreviousCovers(state);
    state.previous = own ?? state.previousTotal;
    // The cell is worked out for a jump only: 10,000 catalogue rows with a 上年值 have few.
    if (
      own !== null &&
      this.catalogue &&
      total.value !== null &&
      isYearOnYearJump(total.value, own, this.settings.yoyJumpRatio)
    ) {
      const at = { sheet: def.row.sheet, cell: def.row.cells.previous ?? def.definedAt.cell };
      findings.push(yearOnYearFinding(total.value, own, def, at));
    }
  }

  /**
   * Last year's total covers this year's units, or there is none: a street 上年值 of the units that gave one against
   * this year's of them all read as growth (5 against 20: +300%). Said once, as an info, since 同比 is then left blank.
   */
  private checkPreviousCovers(state: DefinitionState): void {
    const start = state.index * this.unitCount;
    const gaps = unitsWithoutPrevious(this.columns.values, this.unitPrevious, start, this.unitCount);
    if (gaps === null) return;
    state.previousTotal = null;
    // A sheet without a 上年值 column is said once, for all its indicators (see `reportSheetsWithoutPrevious`).
    const named = gaps.filter((u) => this.previousColumns[u] === 1);
    if (named.length === 0) return;
    const def = state.def;
    this.findings.push({
      severity: 'info',
      code: 'previous-incomplete',
      sheet: def.definedAt.sheet,
      cell: def.definedAt.cell,
      indicator: def.ref,
      params: { missing: named.map((u) => this.columns.unitNames[u]).join(this.namesSeparator) },
    });
  }

  /**
   * `unit-previous-column-missing`: a unit sheet without a 上年值 column where others have one. Last year's street
   * total then covers some of the units only, so none is given: said once per such sheet, where the column would go.
   */
  reportSheetsWithoutPrevious(): void {
    // With a catalogue that has its own 上年值 column, the street's last year is there.
    if (!this.hasPrevious || (this.catalogue && this.units.definitionLayout?.columns.previous !== undefined))
      return;
    const tables = this.units.units;
    for (let u = 0; u < tables.length; u++) {
      if (this.previousColumns[u] === 1) continue;
      const { sheet, layout } = tables[u];
      this.findings.push({
        severity: 'info',
        code: 'unit-previous-column-missing',
        sheet: sheet.name,
        cell: cellAddress(layout.headerRow, gridOf(sheet).colCount),
      });
    }
  }

  /** The first unit's 上年值 as the unit loop read it, null when it has none (or none that could be). */
  private firstUnitPrevious(state: DefinitionState): number | null {
    const previous = this.unitPrevious[state.index * this.unitCount];
    return Number.isNaN(previous) ? null : previous;
  }

  /**
   * The definition row's own 上年值, null when it has none or none that reads as a number or could be last year's
   * figure (then said).
   */
  private ownPrevious(def: Definition): number | null {
    const raw = def.row.previous;
    if (raw === null) return null;
    return readPrevious(
      raw,
      def.row.previousIsPercentFormat,
      def,
      () => ({ sheet: def.row.sheet, cell: def.row.cells.previous ?? def.definedAt.cell }),
      this.labels,
      this.findings,
    );
  }

  /** The indicator as the analysis reports it: its total (or single value) against its target. */
  private indicatorOf(state: DefinitionState): IndicatorResult {
    const def = state.def;
    const total = state.total;
    const single = this.single;
    const actual = total?.value ?? null;
    const actualText = total?.text ?? '';
    // Text stands as an answer only for text indicators; a number's unreadable text is no value at all.
    const answer = def.numeric && actual === null ? '' : actualText;
    if (def.isPercent && actual !== null && actual > 1) this.checkFractionTarget(def);
    const judged = evaluateTarget(def.target, actual, answer, this.settings.exceededRatio);
    const outcome =
      total && !total.complete ? incompleteOutcome(judged, def.target, actual, trendOf(def)) : judged;
    this.counts[outcome.status]++;
    if (outcome.status === 'not-met') {
      this.findings.push({
        severity: 'warning',
        code: 'target-not-met',
        sheet: single ? state.totalCell.sheet : def.row.sheet,
        cell: single
          ? (def.row.cells.actual ?? def.definedAt.cell)
          : (def.row.cells.target ?? def.definedAt.cell),
        indicator: def.ref,
        // As the user reads it: percent points with `%` for a rate (a percent-formatted cell's text already has it).
        found: def.isPercent && !actualText.endsWith('%') ? `${actualText}%` : actualText,
        expected: def.target.text,
      });
    }
    const indicator = {
      id: def.id,
      name: def.name,
      section: def.section,
      unit: def.unit,
      format: def.format,
      owner: def.owner,
      note: def.note,
      source: def.source,
      target: def.target,
      aggregation: def.aggregation,
      actual,
      actualText,
      previous: state.previous,
      status: outcome.status,
      completion: outcome.completion,
      yoy: yearOnYear(actual, state.previous),
      direction: outcome.direction,
      complete: total?.complete ?? false,
      definedAt: def.definedAt,
      missingUnits: total?.missingUnits ?? NONE,
    };
    return this.unitsOf
      ? withLazyUnits(indicator, state, this.unitsOf)
      : { ...indicator, units: {}, contributors: state.cells };
  }

  /**
   * `target-looks-like-fraction`: a rate's floor or range written as a fraction without `%` (`≥0.95` for 95%) while
   * its figure is in points (96): judged as written (0.95%), which no one means, so said at the target cell.
   */
  private checkFractionTarget(def: Definition): void {
    const target = def.target;
    // A ceiling may well be under 1% (`≤0.5` for 发案率): only floors and ranges are questioned.
    if (target.kind === 'at-most' || !isBoundedTarget(target) || target.percent) return;
    const bound = target.min ?? target.max;
    const other = target.max ?? target.min;
    if (bound === undefined || other === undefined || !(bound > 0 && bound < 1 && other > 0 && other <= 1))
      return;
    this.findings.push({
      severity: 'warning',
      code: 'target-looks-like-fraction',
      sheet: def.row.sheet,
      cell: def.row.cells.target ?? def.definedAt.cell,
      indicator: def.ref,
      found: target.text,
      // The target as it would be written in points: `≥0.9` → `≥90%`, `0.8~0.9` → `80%~90%`.
      params: { suggestion: target.text.replace(/\d+(?:\.\d+)?/g, (n) => `${roundFloat(Number(n) * 100)}%`) },
    });
  }

  statusCounts(total: number): StatusCounts {
    const counts = this.counts;
    return {
      total,
      met: counts.met,
      notMet: counts['not-met'],
      exceeded: counts.exceeded,
      noTarget: counts['no-target'],
      missing: counts.missing,
    };
  }
}

/**
 * What makes a 上年值 impossible (a `rangeProblemsFor` bit): a negative count, a bounded rate outside 0–100%. A
 * fractional count is left alone, as last year's figure is only compared with.
 */
function impossiblePrevious(checks: number, previous: number): number {
  return rangeProblemsFor(checks, previous) & (NEGATIVE_COUNT | PERCENT_OUT_OF_RANGE);
}

/**
 * A `上年值` cell (a unit's or the definition row's own) as a number in the indicator's unit, null when it is blank,
 * unreadable (`previous-not-a-number`) or impossible (`previous-out-of-range`): nothing is compared with it then.
 * `at` is worked out only for a finding.
 */
function readPrevious(
  raw: CellValue,
  percentFormat: boolean,
  def: Definition,
  at: () => CellRef,
  labels: ExpectedLabels,
  findings: FindingSink,
): number | null {
  const previous = previousValue(raw, percentFormat, def);
  if (previous === null) {
    reportUnreadablePrevious(raw, def, at(), findings);
    return null;
  }
  const impossible = impossiblePrevious(rangeChecksOf(def), previous);
  if (impossible === 0) return previous;
  const where = at();
  findings.push({
    severity: 'warning',
    code: 'previous-out-of-range',
    sheet: where.sheet,
    cell: where.cell,
    indicator: def.ref,
    // As the cell shows it: a percent-formatted number in points with `%`.
    found: typeof raw === 'number' && percentFormat ? `${previous}%` : cellText(raw),
    expected: impossible & NEGATIVE_COUNT ? labels.nonNegative : labels.percentRange,
    params: { unit: def.unit },
  });
  return null;
}

/**
 * Whether a typed rate is the exact one rounded (half away from zero, as Excel does) or cut to the places it is
 * typed with: 96, 95.8 and 95.83 for 95.833…%, not 97 nor 95.9.
 */
function isRateAsTyped(typed: number, exact: number): boolean {
  const places = decimalPlaces(typed);
  // More places than anyone types: a formula's result (`=C3/C2*100`), the same rate but for binary noise.
  if (places > 10) return Math.abs(typed - exact) <= 1e-9 * Math.max(1, Math.abs(exact));
  if (closeEnough(typed, excelRound(exact, places))) return true;
  const factor = 10 ** places;
  // Cut, from the product cleared of binary noise (0.29 × 100 is 28.999999999999996, to be cut to 29).
  return closeEnough(typed, Math.trunc(roundFloat(exact * factor)) / factor);
}

/** `ratio-over-100`: a rate bounded by 100% whose numerator is larger than its denominator. */
function ratioOver100Finding(
  rate: DefinitionState,
  numerator: DefinitionState,
  denominator: DefinitionState,
  top: number,
  bottom: number,
  at: CellRef,
): Finding {
  return {
    severity: 'error',
    code: 'ratio-over-100',
    sheet: at.sheet,
    cell: at.cell,
    indicator: numerator.def.ref,
    found: String(top),
    expected: `≤${bottom}`,
    params: {
      rateId: rate.def.id,
      rateName: rate.def.name,
      denominatorId: denominator.def.id,
      denominatorName: denominator.def.name,
      top: String(top),
      bottom: String(bottom),
    },
  };
}

type Lookup = (id: string) => number | null;

interface RuleEntry {
  readonly rule: CompiledRule;
  readonly severity: Severity;
  readonly description: string;
  /** The rule's own cell in the rules sheet. */
  readonly at: CellRef;
}

/** A rule's 级别 as a severity: null for a word it does not know (blank is an error, the default). */
function severityOf(level: string): Severity | null {
  const key = level.trim().toLowerCase();
  if (key === '警告' || key === 'warning' || key === 'warn' || key === '注意') return 'warning';
  if (key === '提示' || key === 'info' || key === '信息') return 'info';
  if (key === '' || key === '错误' || key === 'error' || key === '严重错误') return 'error';
  return null;
}

function readRules(
  units: WorkbookUnits,
  known: ReadonlySet<string>,
  /** The ID is a text indicator (`Definition.numeric` false): no unit, no numeric target. */
  isText: (id: string) => boolean,
  messages: Messages,
  findings: FindingLog,
): RuleEntry[] {
  const sheet = units.rulesSheet;
  if (!sheet) return [];
  const entries: RuleEntry[] = [];
  for (const row of readRuleRows(sheet)) {
    try {
      const severity = severityOf(row.level);
      const rule = compileRule(row.text, known);
      entries.push({
        rule,
        severity: severity ?? 'error',
        description: row.description,
        at: { sheet: sheet.name, cell: cellAddress(row.row, row.col) },
      });
      // A text indicator is never totalled and its values need not be numbers: said once here, at the rule, as
      // otherwise the rule just never fails and nobody learns why.
      const textIds = rule.ids.filter(isText);
      if (textIds.length > 0) {
        findings.push({
          severity: 'warning',
          code: 'rule-text-indicator',
          sheet: sheet.name,
          cell: cellAddress(row.row, row.col),
          found: row.text,
          params: { rule: row.text, ids: textIds.join(messages.t('validate', 'namesSeparator')) },
        });
      }
      if (severity === null) {
        findings.push({
          severity: 'warning',
          code: 'rule-level-unknown',
          sheet: sheet.name,
          cell: cellAddress(row.row, row.levelCol),
          found: row.level,
          params: { rule: row.text },
        });
      }
    } catch (error) {
      if (!(error instanceof RuleSyntaxError)) throw error;
      findings.push({
        severity: 'error',
        code: 'rule-invalid',
        sheet: sheet.name,
        cell: cellAddress(row.row, row.col),
        found: row.text,
        params: { detail: messages.t('validate', error.problem.code, error.problem.params) },
      });
    }
  }
  return entries;
}

/**
 * Where rules divided by 0 (the units, or the street total), to be said once per rule: such a rule is not checked
 * there, which would otherwise go unsaid.
 */
class RuleDivisions {
  private readonly scopes = new Map<RuleEntry, string[]>();

  note(entry: RuleEntry, scope: string): void {
    const scopes = this.scopes.get(entry);
    if (scopes) scopes.push(scope);
    else this.scopes.set(entry, [scope]);
  }

  report(messages: Messages, findings: FindingLog): void {
    for (const [entry, scopes] of this.scopes) {
      findings.push({
        severity: 'warning',
        code: 'rule-division-by-zero',
        sheet: entry.at.sheet,
        cell: entry.at.cell,
        found: entry.rule.text,
        params: { rule: entry.rule.text, scopes: scopes.join(messages.t('validate', 'namesSeparator')) },
      });
    }
  }
}

/** A figure in a rule's detail: 15 significant digits, clear of binary noise (0.1 + 0.2 shows as 0.3). */
function formatNumber(value: number): string {
  return String(Number(value.toPrecision(15)));
}

/** One `rule-failed` per ID cell the rule names, so each cell can be marked. */
function reportRule(
  entry: RuleEntry,
  outcome: RuleOutcome,
  lookup: Lookup,
  cellOfId: (id: string) => CellRef | null,
  nameOf: (id: string) => string,
  scope: string,
  messages: Messages,
  findings: FindingLog,
): void {
  if (outcome.result !== 'fail') return;
  const values = entry.rule.ids
    .map((id) => `${id} = ${formatNumber(lookup(id) as number)}`)
    .join(messages.t('validate', 'listSeparator'));
  // `M048 <= M047` already shows both sides in its values: the sides only add something for expressions.
  const root = entry.rule.root;
  const bareSides = root.type === 'compare' && root.left.type === 'id' && root.right.type === 'id';
  let detail =
    outcome.left !== undefined && outcome.right !== undefined && !bareSides
      ? messages.t('validate', 'ruleDetailSides', {
          values,
          left: formatNumber(outcome.left),
          right: formatNumber(outcome.right),
        })
      : values;
  if (scope !== '') detail = `${scope}${messages.t('validate', 'scopeSeparator')}${detail}`;
  const description =
    entry.description !== '' ? entry.description : messages.t('validate', 'ruleDefaultHint');
  for (const id of entry.rule.ids) {
    const at = cellOfId(id);
    if (!at) continue;
    findings.push({
      severity: entry.severity,
      code: 'rule-failed',
      sheet: at.sheet,
      cell: at.cell,
      indicator: { id, name: nameOf(id) },
      found: entry.rule.text,
      params: { rule: entry.rule.text, detail, description },
    });
  }
}

/**
 * One indicator's `UnitValue`s in unit order (undefined where a unit has no row and no rate from its parts), built
 * once, when first read: its `units` record and its contributors are made of these same objects. A rate totalled
 * from its parts shows each unit's own parts' rate where they give one (`unitRateOf`), so that a unit's figure and
 * the street's are worked out alike.
 */
function unitValuesOf(state: DefinitionState, columns: UnitColumns): readonly (UnitValue | undefined)[] {
  if (state.unitValuesRead) return state.unitValuesRead;
  const start = state.index * columns.unitCount;
  const values = new Array<UnitValue | undefined>(columns.unitCount);
  const parts = ratePartsOf(state);
  const decimals = parts ? maskDecimals(state.def.format) : null;
  for (let u = 0; u < columns.unitCount; u++) {
    values[u] = (parts && unitRateOf(state, parts, decimals, columns, u)) ?? columns.unitValue(start + u);
  }
  state.unitValuesRead = values;
  return values;
}

/**
 * A rate's numerator and denominator when its total was made of theirs and neither is a rate itself (what
 * `unitValuesUnused` lets units leave blank); null for any other indicator.
 */
function ratePartsOf(state: DefinitionState): readonly [DefinitionState, DefinitionState] | null {
  const parts = state.contributorsFrom === 'ratio' ? state.parts : null;
  if (!parts) return null;
  return parts[0].def.aggregation.kind !== 'ratio' && parts[1].def.aggregation.kind !== 'ratio'
    ? parts
    : null;
}

/**
 * Unit `u`'s rate from its own parts, rounded as the street's (`ratioValue`), marked `computed`, with what it typed
 * as `text`; undefined when a part is not a number or the denominator is 0 (the typed rate, if any, then stands).
 * A unit that left the rate's row out still has its parts' rate, at its numerator's cell.
 */
function unitRateOf(
  state: DefinitionState,
  parts: readonly [DefinitionState, DefinitionState],
  decimals: number | null,
  columns: UnitColumns,
  u: number,
): UnitValue | undefined {
  const unitCount = columns.unitCount;
  const top = columns.values[parts[0].index * unitCount + u];
  const bottom = columns.values[parts[1].index * unitCount + u];
  if (Number.isNaN(top) || Number.isNaN(bottom) || bottom === 0) return undefined;
  const slot = state.index * unitCount + u;
  const at = columns.has(slot) ? slot : parts[0].index * unitCount + u;
  return {
    sheet: columns.sheet(at),
    cell: columns.cell(at),
    value: ratioValue(top, bottom, state.def.isPercent, decimals),
    text: columns.text(slot),
    computed: true,
  };
}

/**
 * One indicator's values keyed by unit. Copying a template that already has every unit's key, then filling it, is
 * several times cheaper than adding 30 keys one by one to fresh objects; a unit without a figure (no row, and no rate
 * from its parts) is left out, as the contract says.
 */
function unitRecordOf(
  state: DefinitionState,
  columns: UnitColumns,
  template: Readonly<Record<string, null>>,
): Record<string, UnitValue> {
  if (state.unitsRead) return state.unitsRead;
  const unitNames = columns.unitNames;
  const values = unitValuesOf(state, columns);
  let complete = true;
  for (let u = 0; u < unitNames.length; u++) if (values[u] === undefined) complete = false;
  const record = (complete ? { ...template } : {}) as unknown as Record<string, UnitValue>;
  for (let u = 0; u < unitNames.length; u++) {
    const value = values[u];
    if (value) record[unitNames[u]] = value;
  }
  state.unitsRead = record;
  return record;
}

/** The cells a total was computed from, listed when first read: the units' own `UnitValue`s, a rate's parts'. */
function contributorsOf(state: DefinitionState, columns: UnitColumns): readonly CellRef[] {
  if (state.contributorsRead) return state.contributorsRead;
  let list: readonly CellRef[];
  if (state.contributorsFrom === 'cells') {
    list = state.cells;
  } else if (state.contributorsFrom === 'ratio' && state.parts) {
    list = contributorsOf(state.parts[0], columns).concat(contributorsOf(state.parts[1], columns));
  } else {
    const values = unitValuesOf(state, columns);
    const start = state.index * columns.unitCount;
    let all = true;
    for (let u = 0; u < columns.unitCount && all; u++)
      all = columns.contributes(start + u, state.numericContributors);
    // When every unit contributes (the usual case) the list is the indicator's own, not a copy of it.
    if (all) {
      list = values as readonly UnitValue[];
    } else {
      const units: UnitValue[] = [];
      for (let u = 0; u < columns.unitCount; u++) {
        if (columns.contributes(start + u, state.numericContributors)) units.push(values[u] as UnitValue);
      }
      list = units;
    }
  }
  state.contributorsRead = list;
  return list;
}

/** What one analysis's `units` records are built from. */
interface UnitsSource {
  readonly columns: UnitColumns;
  /** Every unit's name as a key, in unit order. */
  readonly template: Readonly<Record<string, null>>;
}

/** Returns the object it is given as `this`, so that a subclass adds its private field to an object made elsewhere. */
class Stamped {
  constructor(object: object) {
    return object;
  }
}

/**
 * Ties an indicator to its definition's state through a private field: invisible to `Object.keys`, spreading,
 * `JSON.stringify` and deep equality, like the entry of a WeakMap, but a property of the object, with no table to
 * grow and sweep (10,000 entries per analysis cost more than building the indicators themselves).
 */
class LazyUnits extends Stamped {
  readonly #state: DefinitionState;

  private constructor(indicator: object, state: DefinitionState) {
    super(indicator);
    this.#state = state;
  }

  static stamp(indicator: object, state: DefinitionState): void {
    new LazyUnits(indicator, state);
  }

  static stateOf(indicator: object): DefinitionState | undefined {
    return #state in indicator ? (indicator as LazyUnits).#state : undefined;
  }
}

/**
 * `units` and `contributors` are built when read (30 objects per indicator that many runs never look at), as own
 * enumerable getters, so spreading an indicator or `JSON.stringify` still sees them. The descriptors and getters are
 * the same for every indicator of every analysis: V8 then gives all indicators one shape (a getter that differs
 * from one analysis to the next would turn every later indicator into a slow dictionary object).
 */
const UNITS_PROPERTY: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: object): Readonly<Record<string, UnitValue>> {
    const state = LazyUnits.stateOf(this);
    const source = state?.unitsSource;
    return state && source ? unitRecordOf(state, source.columns, source.template) : {};
  },
};

const CONTRIBUTORS_PROPERTY: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: object): readonly CellRef[] {
    const state = LazyUnits.stateOf(this);
    const source = state?.unitsSource;
    return state && source ? contributorsOf(state, source.columns) : [];
  },
};

function withLazyUnits<T extends object>(
  indicator: T,
  state: DefinitionState,
  source: UnitsSource,
): T & Pick<IndicatorResult, 'units' | 'contributors'> {
  state.unitsSource = source;
  LazyUnits.stamp(indicator, state);
  Object.defineProperty(indicator, 'units', UNITS_PROPERTY);
  Object.defineProperty(indicator, 'contributors', CONTRIBUTORS_PROPERTY);
  return indicator as T & Pick<IndicatorResult, 'units' | 'contributors'>;
}

/**
 * How a definition's total moves as missing units come in: a sum only up when its values cannot be negative (a
 * count; an amount in 元 can be a deficit), a maximum up and a minimum down whatever their values.
 */
function trendOf(def: Definition): TotalTrend {
  const kind = def.aggregation.kind;
  return kind === 'sum' && !def.isCount ? null : TRENDS[kind];
}

/** How each kind of total moves as missing units come in (see `incompleteOutcome`). */
const TRENDS: Readonly<Record<Aggregation['kind'], TotalTrend>> = {
  sum: 'up',
  max: 'up',
  min: 'down',
  mean: null,
  same: null,
  none: null,
  ratio: null,
};

export function analyseWorkbook(snapshot: WorkbookSnapshot, settings: Settings): Analysis {
  const messages = messagesFor(settings.lang);
  const labels = labelsOf(messages);
  const units = discoverUnits(snapshot);
  const sheetIndex = new Map(snapshot.sheets.map((sheet, i) => [sheet.name, i] as const));
  const byKey = new Map<string, DefinitionState>();
  const states: DefinitionState[] = [];
  const unitNames = units.units.map((table) => table.sheet.name);
  const columns = new UnitColumns(
    units.definitions.length,
    unitNames,
    units.units.map(({ layout: { columns: c } }) => columnLetters(c.actual ?? c.id ?? c.name ?? 0)),
  );
  const unitPrevious: UnitPrevious = new Float64Array(units.definitions.length * unitNames.length).fill(NaN);
  const findings = new FindingLog(
    unitCellFindings(units.units, states, columns, unitPrevious, labels, sheetIndex),
  );
  // No cell: nothing should link or highlight into a sheet the user hid.
  for (const sheet of units.hiddenSheets)
    findings.push({ severity: 'warning', code: 'hidden-sheet-skipped', sheet });
  reportSkippedSheets(units.skippedSheets, findings);
  if (units.mode === 'none') {
    findings.push({
      severity: 'error',
      code: 'no-indicator-sheet',
      params: { source: snapshot.source ?? '' },
    });
  }
  const read = readDefinitions(units, byKey, findings);
  const unread = reportUnreadSheets(
    snapshot,
    units.unreadSheets,
    (id) => stateOfId(byKey, id) !== undefined,
    findings,
  );
  reportCopiedUnits(unitNames, findings);
  reportMergedFigures(units, findings);
  for (let i = 0; i < read.length; i++) states.push(read[i]);
  const single = units.mode === 'single';
  // Built once: the unit checks and the totals ask the same owners the same questions (cached per owner text).
  const owners = new UnitOwners(unitNames, unread);

  if (!single && units.mode !== 'none') {
    const reference =
      units.mode === 'catalogue'
        ? messages.t('validate', 'referenceCatalogue', { sheet: units.catalogueSheet ?? '' })
        : messages.t('validate', 'referenceFirstSheet', { sheet: units.definitionSheet?.name ?? '' });
    new UnitReader(
      units.units,
      states,
      byKey,
      columns,
      unitPrevious,
      settings,
      labels,
      findings,
      reference,
      units.definitionSheet ? gridOf(units.definitionSheet) : null,
      units.definitionLayout?.columns.id,
      units.mode === 'catalogue',
    ).readAll();
    reportMissingRows(units.units, states, columns, findings, byKey, units.mode === 'catalogue', owners);
    if (units.mode === 'units') reportCatalogueAsUnit(units.units, columns, findings);
  }
  const settlement = new Settlement(
    byKey,
    units,
    unitPrevious,
    settings,
    messages,
    labels,
    columns,
    findings,
    // Only totals over units miss a unit; a single sheet's figures are its own.
    units.mode === 'catalogue' || units.mode === 'units' ? unread : NONE,
    owners,
  );
  const indicators = settlement.settleAll(states);

  // Rules: per unit, then on the totals (or once on the single sheet).
  const isText = (id: string): boolean => byKey.get(id)?.def.numeric === false;
  const rules = units.rulesSheet ? readRules(units, new Set(byKey.keys()), isText, messages, findings) : [];
  if (rules.length > 0) {
    const divisions = new RuleDivisions();
    const nameOf = (id: string): string => byKey.get(id)?.def.name ?? '';
    const unitCount = columns.unitCount;
    for (let u = 0; u < unitCount; u++) {
      const slotOf = (id: string): number => {
        const state = byKey.get(id);
        return state && columns.has(state.index * unitCount + u) ? state.index * unitCount + u : -1;
      };
      const lookup: Lookup = (id) => {
        const slot = slotOf(id);
        return slot < 0 ? null : columns.value(slot);
      };
      const cellOfId = (id: string): CellRef | null => {
        const slot = slotOf(id);
        return slot < 0 ? null : { sheet: columns.sheet(slot), cell: columns.cell(slot) };
      };
      for (const entry of rules) {
        const outcome = evaluateRule(entry.rule, lookup);
        if (outcome.result === 'unknown' && outcome.divisionByZero) divisions.note(entry, unitNames[u]);
        reportRule(entry, outcome, lookup, cellOfId, nameOf, '', messages, findings);
      }
    }
    const totalLookup: Lookup = (id) => byKey.get(id)?.total?.value ?? null;
    const totalCell = (id: string): CellRef | null => byKey.get(id)?.totalCell ?? null;
    const scope = single ? '' : messages.t('validate', 'scopeTotal');
    for (const entry of rules) {
      const outcome = evaluateRule(entry.rule, totalLookup);
      if (outcome.result === 'unknown' && outcome.divisionByZero)
        divisions.note(entry, single ? (units.definitionSheet?.name ?? '') : scope);
      // A total some units are missing from can still change: its failure is a warning that says so, not a verdict.
      const incomplete = !single && entry.rule.ids.some((id) => byKey.get(id)?.total?.complete === false);
      reportRule(
        incomplete ? { ...entry, severity: entry.severity === 'error' ? 'warning' : entry.severity } : entry,
        outcome,
        totalLookup,
        totalCell,
        nameOf,
        incomplete ? messages.t('validate', 'scopeTotalIncomplete') : scope,
        messages,
        findings,
      );
    }
    divisions.report(messages, findings);
  }

  // The list is sorted and its findings built when first read; the counts are known now.
  let list: Finding[] | null = null;
  return {
    indicators,
    get findings(): readonly Finding[] {
      return (list ??= findings.materialise(sheetIndex));
    },
    units: unitNames,
    catalogueSheet: units.catalogueSheet,
    counts: settlement.statusCounts(indicators.length),
    findingCounts: { ...findings.counts },
  };
}
