/**
 * `analyseWorkbook`: validate indicator sheets cell by cell, evaluate targets and the `校验规则` rules, and total the
 * units (communities/departments) into street figures with provenance. Pure: a snapshot in, an `Analysis` out.
 */
import { cellAddress, columnLetters } from './address';
import {
  combineNumbersAt,
  combineOwnedUnits,
  maskDecimals,
  ratioTotal,
  ratioValue,
  type Total,
} from './aggregate';
import {
  type Definition,
  type ExpectedLabels,
  checkActualCell,
  checkMask,
  checkUnitCell,
  checkYearOnYear,
  definitionFromRow,
  newDefinitionCache,
  previousValue,
  yearOnYear,
} from './checks';
import { type Finding, SEVERITY_ORDER, type Severity } from './findings';
import { type Messages, messagesFor } from './i18n';
import type { Analysis, CellRef, IndicatorResult, IndicatorStatus, StatusCounts, UnitValue } from './results';
import { type CompiledRule, RuleSyntaxError, compileRule, evaluateRule, type RuleOutcome } from './rules';
import type { Settings } from './settings';
import type { WorkbookSnapshot } from './snapshot';
import { evaluateTarget } from './targets';
import { percentFormatTest } from './indicator-sheet';
import {
  type IndicatorTable,
  type WorkbookUnits,
  cellOf,
  cellText,
  discoverUnits,
  readRuleRows,
} from './workbook-units';
import { toHalfWidth } from './parse-number';

interface DefinitionState {
  readonly def: Definition;
  /**
   * Per unit, in unit order; undefined where the unit sheet has no row for it. Handed to the total as its
   * contributors when every unit has a value, so it is not changed after the totals.
   */
  readonly unitValues: (UnitValue | undefined)[];
  /** Where this definition's last-year values start in `UnitPrevious` (its position × the number of units). */
  readonly offset: number;
  /** The cell totals are reported at (the catalogue's 完成值, else its ID cell). */
  readonly totalCell: CellRef;
  total: Total | null;
  previous: number | null;
  /** Last year's total built from the units (null when there is none). */
  previousTotal: number | null;
}

/**
 * Last year per unit, NaN where missing, for every definition one after the other (`offset + unit`): numbers only,
 * as they are never shown per unit, in one allocation for the street.
 */
type UnitPrevious = Float64Array;

function labelsOf(messages: Messages): ExpectedLabels {
  return {
    number: messages.t('validate', 'expectedNumber'),
    integer: messages.t('validate', 'expectedInteger'),
    nonNegative: messages.t('validate', 'expectedNonNegative'),
    percentRange: messages.t('validate', 'expectedPercentRange'),
  };
}

function normaliseUnit(unit: string): string {
  return toHalfWidth(unit).replace(/\s/g, '');
}

/** Definitions from the catalogue (or first sheet), with findings for duplicates and unreadable targets. */
function readDefinitions(
  units: WorkbookUnits,
  byKey: Map<string, DefinitionState>,
  findings: Finding[],
): DefinitionState[] {
  const layout = units.definitionLayout;
  if (!layout) return [];
  const states: DefinitionState[] = [];
  const cache = newDefinitionCache();
  const unitCount = units.units.length;
  // `cellOf(layout, row, 'id')`, without working out the letters for every row.
  const idLetters = columnLetters(layout.columns.id ?? layout.columns.name ?? 0);
  for (let i = 0; i < units.definitions.length; i++) {
    const row = units.definitions[i];
    const key = row.text.id !== '' ? row.text.id : row.text.name;
    if (key === '') continue;
    const idCell = idLetters + (row.row + 1);
    const first = byKey.get(key)?.def.definedAt.cell;
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
        indicator: { id: key, name: def.name },
        found: def.target.text,
      });
    }
    if (def.aggregationUnparsed) {
      findings.push({
        severity: 'warning',
        code: 'aggregation-unparsed',
        sheet: row.sheet,
        cell: row.cells.aggregation ?? idCell,
        indicator: { id: key, name: def.name },
        found: row.text.aggregation,
      });
    }
    const state: DefinitionState = {
      def,
      // Filled, not holey: reading a hole is a slow path, and this array is read once per unit cell.
      unitValues: new Array<UnitValue | undefined>(unitCount).fill(undefined),
      offset: states.length * unitCount,
      totalCell: { sheet: row.sheet, cell: row.cells.actual ?? idCell },
      total: null,
      previous: null,
      previousTotal: null,
    };
    states.push(state);
    byKey.set(key, state);
  }
  return states;
}

/** The cell holds a formula (`formulas` parallel to the values). */
function hasFormula(
  formulas: readonly (readonly (string | null | undefined)[])[],
  row: number,
  col: number,
): boolean {
  const formula = formulas[row]?.[col];
  return formula !== null && formula !== undefined && formula !== '';
}

/** The definition row's 完成值 cell holds a formula (for a blank: one nobody calculated). */
function definitionHasFormula(units: WorkbookUnits, def: Definition): boolean {
  const formulas = units.definitionSheet?.formulas;
  const col = units.definitionLayout?.columns.actual;
  if (!formulas || col === undefined || def.row.actual !== null) return false;
  return hasFormula(formulas, def.row.row, col);
}

/**
 * Reads every unit sheet into the states, with the per-cell, unknown-ID, duplicate and unit-mismatch findings. The rows
 * are read straight from the sheet (what `visitUnitRows` gives, with the name and unit read only when needed):
 * this is the one loop that runs for every unit cell.
 */
function readUnits(
  tables: readonly IndicatorTable[],
  states: readonly DefinitionState[],
  byKey: ReadonlyMap<string, DefinitionState>,
  unitPrevious: UnitPrevious,
  settings: Settings,
  labels: ExpectedLabels,
  findings: Finding[],
): void {
  const addressCache = new Map<string, string[]>();
  const yoyRatio = settings.yoyJumpRatio;
  const normalisedUnits = new Map<string, string>();
  for (let u = 0; u < tables.length; u++) {
    const table = tables[u];
    const { sheet, layout } = table;
    const sheetName = sheet.name;
    const {
      id: idCol,
      name: nameCol,
      unit: unitCol,
      actual: actualCol,
      previous: previousCol,
    } = layout.columns;
    // Addresses are only built for findings and the actual cells.
    const actualLetters = columnLetters(actualCol ?? idCol ?? nameCol ?? 0);
    // Unit sheets share a layout, so `D17` is the same string in all of them: one per address, not per sheet.
    let cellNames = addressCache.get(actualLetters);
    if (!cellNames) {
      cellNames = [];
      addressCache.set(actualLetters, cellNames);
    }
    const isPercent = percentFormatTest();
    const rows = sheet.values;
    const formats = sheet.numberFormats;
    const formulas = sheet.formulas;
    let position = 0;
    for (let r = layout.firstDataRow; r < rows.length; r++) {
      const line = rows[r];
      if (!line) continue;
      // The `编号`, or the `指标` name when there is none; a row with neither is not an indicator row.
      let key = idCol === undefined ? '' : cellText(line[idCol]);
      if (key === '' && nameCol !== undefined) key = cellText(line[nameCol]);
      if (key === '') continue;
      // Unit sheets usually list the catalogue's IDs in its order: try the same position before the map.
      const guess = states[position++];
      const state = guess !== undefined && guess.def.id === key ? guess : byKey.get(key);
      if (!state) {
        findings.push({
          severity: 'error',
          code: 'unknown-id',
          sheet: sheetName,
          cell: cellOf(layout, r, 'id'),
          indicator: { id: key, name: nameCol === undefined ? '' : cellText(line[nameCol]) },
          found: key,
        });
        continue;
      }
      const def = state.def;
      // A value already there for this unit means the ID came earlier in the same sheet.
      const first = state.unitValues[u];
      if (first !== undefined) {
        findings.push({
          severity: 'error',
          code: 'duplicate-id',
          sheet: sheetName,
          cell: cellOf(layout, r, 'id'),
          indicator: { id: def.id, name: def.name },
          found: key,
          params: { other: cellOf(layout, Number(/\d+$/.exec(first.cell)?.[0] ?? 1) - 1, 'id') },
        });
        continue;
      }
      const unit = unitCol === undefined ? '' : cellText(line[unitCol]);
      let mismatch = false;
      if (unit !== '' && unit !== def.unit && def.unit !== '') {
        let normalised = normalisedUnits.get(unit);
        if (normalised === undefined) {
          normalised = normaliseUnit(unit);
          normalisedUnits.set(unit, normalised);
        }
        if (normalised !== def.unit) {
          mismatch = true;
          findings.push({
            severity: 'error',
            code: 'unit-mismatch',
            sheet: sheetName,
            cell: cellOf(layout, r, 'unit'),
            indicator: { id: def.id, name: def.name },
            found: unit,
            expected: def.unit,
          });
        }
      }
      // The unit's value is also the cell findings point at.
      const cell = (cellNames[r] ??= actualLetters + (r + 1));
      const formatLine = formats?.[r];
      const raw = actualCol === undefined ? null : (line[actualCol] ?? null);
      let entry: UnitValue =
        actualCol === undefined
          ? { sheet: sheetName, cell, value: null, text: '' }
          : checkUnitCell(
              raw,
              formatLine ? isPercent(formatLine[actualCol]) : false,
              def,
              sheetName,
              cell,
              labels,
              findings,
              // Only a blank cell asks whether a formula left it blank.
              raw === null && formulas !== undefined && hasFormula(formulas, r, actualCol),
            );
      // A value in another unit than the catalogue's cannot be added to the others: left out like a missing one.
      if (mismatch && entry.value !== null) entry = { ...entry, value: null };
      state.unitValues[u] = entry;
      if (previousCol === undefined) continue;
      const previousRaw = line[previousCol] ?? null;
      if (previousRaw === null) continue;
      const previous = previousValue(
        previousRaw,
        formatLine ? isPercent(formatLine[previousCol]) : false,
        def,
      );
      unitPrevious[state.offset + u] = previous ?? NaN;
      checkYearOnYear(entry.value, previous, yoyRatio, def, entry, findings);
    }
  }
}

/** `unit-missing-indicator`: a unit sheet lacks a row that at least one other unit has. */
function reportMissingRows(
  tables: readonly IndicatorTable[],
  states: readonly DefinitionState[],
  findings: Finding[],
): void {
  const appendCells = tables.map(({ layout, lastDataRow }) => cellOf(layout, lastDataRow + 1, 'id'));
  const unitCount = tables.length;
  for (let i = 0; i < states.length; i++) {
    const state = states[i];
    const values = state.unitValues;
    let present = 0;
    for (let u = 0; u < unitCount; u++) if (values[u] !== undefined) present++;
    if (present === 0 || present === unitCount) continue;
    for (let u = 0; u < unitCount; u++) {
      if (values[u] !== undefined) continue;
      findings.push({
        severity: 'error',
        code: 'unit-missing-indicator',
        sheet: tables[u].sheet.name,
        cell: appendCells[u],
        indicator: { id: state.def.id, name: state.def.name },
      });
    }
  }
}

/** Street totals for every definition: simple kinds first, then rates from their parts' totals. */
function computeTotals(
  states: readonly DefinitionState[],
  byKey: ReadonlyMap<string, DefinitionState>,
  units: WorkbookUnits,
  unitPrevious: UnitPrevious,
  settings: Settings,
  messages: Messages,
  labels: ExpectedLabels,
  findings: Finding[],
): void {
  const unitNames = units.units.map((table) => table.sheet.name);
  const unitCount = unitNames.length;
  const hasPrevious = units.units.some((table) => table.layout.columns.previous !== undefined);
  for (let i = 0; i < states.length; i++) {
    const state = states[i];
    const def = state.def;
    const kind = def.aggregation.kind;
    if (kind === 'ratio') continue;
    if (kind === 'none') {
      if (units.mode === 'catalogue') {
        // The office's own figure, from the catalogue's 完成值 (missing when the catalogue has no such column).
        const checked = checkActualCell(
          def.row.actual,
          def.row.actualIsPercentFormat,
          def,
          state.totalCell,
          labels,
          findings,
          true,
          definitionHasFormula(units, def),
        );
        state.total = {
          value: checked.value,
          text: checked.text,
          complete: checked.value !== null || (!def.numeric && checked.text !== ''),
          missingUnits: [],
          contributors: [state.totalCell],
          disagreement: null,
        };
      } else {
        // Without a catalogue, the first unit's (the defining sheet's) own value stands.
        const own = state.unitValues[0];
        state.total = {
          value: own?.value ?? null,
          text: own?.text ?? '',
          complete: own !== undefined && (own.value !== null || (!def.numeric && own.text !== '')),
          missingUnits: [],
          contributors: own ? [{ sheet: own.sheet, cell: own.cell }] : [],
          disagreement: null,
        };
      }
      continue;
    }
    state.total = combineOwnedUnits(kind, state.unitValues, unitNames, def.numeric);
    if (hasPrevious && def.numeric) {
      state.previousTotal = combineNumbersAt(kind, unitPrevious, state.offset, unitCount);
    }
  }
  for (let i = 0; i < states.length; i++) {
    const state = states[i];
    const def = state.def;
    if (def.aggregation.kind !== 'ratio') continue;
    const numerator = byKey.get(def.aggregation.numerator);
    const denominator = byKey.get(def.aggregation.denominator);
    if (!numerator?.total || !denominator?.total) {
      findings.push({
        severity: 'warning',
        code: 'aggregation-unparsed',
        sheet: def.row.sheet,
        cell: def.row.cells.aggregation ?? def.definedAt.cell,
        indicator: { id: def.id, name: def.name },
        found: def.row.text.aggregation,
      });
      // Without its parts a rate is never averaged: the units' common value, or none (warned below).
      state.total = combineOwnedUnits('same', state.unitValues, unitNames, true);
      continue;
    }
    state.total = ratioTotal(numerator.total, denominator.total, def.isPercent, maskDecimals(def.format));
    const numPrev = numerator.previousTotal;
    const denPrev = denominator.previousTotal;
    if (numPrev !== null && denPrev !== null && denPrev !== 0) {
      state.previousTotal = ratioValue(numPrev, denPrev, def.isPercent, maskDecimals(def.format));
    }
  }
  for (let i = 0; i < states.length; i++) {
    const state = states[i];
    const def = state.def;
    const total = state.total;
    if (!total) continue;
    if (total.value !== null && def.aggregation.kind !== 'none' && def.maskDigits !== null) {
      // A computed total has no cell of its own: point at the mask it does not fit (`格式`), which is what to fix
      // when the figure is right.
      const at = { sheet: def.row.sheet, cell: def.row.cells.format ?? def.definedAt.cell };
      checkMask(total.value, total.text, def, at, findings);
    }
    if (total.disagreement && (def.rateNeedsRatio || def.aggregation.kind === 'ratio')) {
      // A rate without (usable) 比率(分子,分母) whose units differ: no total, and how to get one.
      findings.push({
        severity: 'warning',
        code: 'aggregation-rate-needs-ratio',
        sheet: def.row.sheet,
        cell: def.row.cells.aggregation ?? def.definedAt.cell,
        indicator: { id: def.id, name: def.name },
        found: total.disagreement.join(messages.t('validate', 'listSeparator')),
      });
    } else if (total.disagreement) {
      findings.push({
        severity: 'error',
        code: 'aggregate-disagree',
        sheet: def.definedAt.sheet,
        cell: def.definedAt.cell,
        indicator: { id: def.id, name: def.name },
        found: total.disagreement.join(messages.t('validate', 'listSeparator')),
      });
    }
    if (!total.complete && total.missingUnits.length > 0) {
      findings.push({
        severity: 'warning',
        code: 'aggregate-incomplete',
        sheet: def.definedAt.sheet,
        cell: def.definedAt.cell,
        indicator: { id: def.id, name: def.name },
        params: { missing: total.missingUnits.join(messages.t('validate', 'namesSeparator')) },
      });
    }
    // The catalogue's own 上年值 wins; otherwise last year's total is built the same way as this year's.
    const own =
      def.row.previous !== null
        ? previousValue(def.row.previous, def.row.previousIsPercentFormat, def)
        : null;
    state.previous = own ?? state.previousTotal;
    if (own !== null && units.mode === 'catalogue') {
      const at = { sheet: def.row.sheet, cell: def.row.cells.previous ?? def.definedAt.cell };
      checkYearOnYear(total.value, own, settings.yoyJumpRatio, def, at, findings);
    }
  }
}

type Lookup = (id: string) => number | null;

interface RuleEntry {
  readonly rule: CompiledRule;
  readonly severity: Severity;
  readonly description: string;
}

function severityOf(level: string): Severity {
  const key = level.trim().toLowerCase();
  if (key === '警告' || key === 'warning' || key === 'warn' || key === '注意') return 'warning';
  if (key === '提示' || key === 'info' || key === '信息') return 'info';
  return 'error';
}

function readRules(
  units: WorkbookUnits,
  known: ReadonlySet<string>,
  messages: Messages,
  findings: Finding[],
): RuleEntry[] {
  const sheet = units.rulesSheet;
  if (!sheet) return [];
  const entries: RuleEntry[] = [];
  for (const row of readRuleRows(sheet)) {
    try {
      entries.push({
        rule: compileRule(row.text, known),
        severity: severityOf(row.level),
        description: row.description,
      });
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

function formatNumber(value: number): string {
  return String(Number(value.toPrecision(10)));
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
  findings: Finding[],
): void {
  if (outcome.result !== 'fail') return;
  const values = entry.rule.ids
    .map((id) => `${id} = ${formatNumber(lookup(id) as number)}`)
    .join(messages.t('validate', 'listSeparator'));
  let detail =
    outcome.left !== undefined && outcome.right !== undefined
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
 * One indicator's values keyed by unit. Copying a template that already has every unit's key, then filling it,
 * is several times cheaper than adding 30 keys one by one to 10,000 fresh objects; a unit without a row is
 * left out, as the contract says.
 */
function unitRecordOf(
  values: readonly (UnitValue | undefined)[],
  unitNames: readonly string[],
  template: Readonly<Record<string, null>>,
): Record<string, UnitValue> {
  let complete = true;
  for (let u = 0; u < unitNames.length; u++) if (values[u] === undefined) complete = false;
  if (complete) {
    const record = { ...template } as unknown as Record<string, UnitValue>;
    for (let u = 0; u < unitNames.length; u++) record[unitNames[u]] = values[u] as UnitValue;
    return record;
  }
  const record: Record<string, UnitValue> = {};
  for (let u = 0; u < unitNames.length; u++) {
    const value = values[u];
    if (value) record[unitNames[u]] = value;
  }
  return record;
}

/**
 * Row and column of an A1 address as the sort reads it (`/^([A-Z]+)(\d+)$/`: row −1 and column 0 when it is not
 * one), scanned by hand: a large street can yield 150,000 findings.
 */
function addressKey(cell: string | undefined, rows: Float64Array, cols: Float64Array, i: number): void {
  rows[i] = -1;
  cols[i] = 0;
  if (!cell) return;
  const length = cell.length;
  let col = 0;
  let p = 0;
  for (; p < length; p++) {
    const code = cell.charCodeAt(p);
    if (code < 65 || code > 90) break;
    col = col * 26 + code - 64;
  }
  if (p === 0 || p === length) return;
  let row = 0;
  for (let q = p; q < length; q++) {
    const code = cell.charCodeAt(q);
    if (code < 48 || code > 57) return;
    row = row * 10 + code - 48;
  }
  // Beyond 15 digits the running sum can round differently from `Number`.
  rows[i] = length - p > 15 ? Number(cell.slice(p)) : row;
  cols[i] = col;
}

/**
 * Errors first, then warnings, then info; within a severity by sheet in workbook order, then row, then column,
 * then the order they were found in. Keys are computed once per finding into typed arrays, and findings mostly
 * arrive in order (sheet by sheet, row by row), so a sorted list is left alone and the sort merges long runs.
 */
function sortFindings(findings: Finding[], snapshot: WorkbookSnapshot): void {
  const n = findings.length;
  if (n < 2) return;
  const sheetIndex = new Map(snapshot.sheets.map((sheet, i) => [sheet.name, i] as const));
  const severities = new Float64Array(n);
  const sheets = new Float64Array(n);
  const rows = new Float64Array(n);
  const cols = new Float64Array(n);
  let lastSheet: string | undefined;
  let lastSheetIndex = -1;
  for (let i = 0; i < n; i++) {
    const finding = findings[i];
    severities[i] = SEVERITY_ORDER[finding.severity];
    const sheet = finding.sheet;
    if (sheet === undefined) {
      sheets[i] = -1;
    } else {
      if (sheet !== lastSheet) {
        lastSheet = sheet;
        lastSheetIndex = sheetIndex.get(sheet) ?? sheetIndex.size;
      }
      sheets[i] = lastSheetIndex;
    }
    addressKey(finding.cell, rows, cols, i);
  }
  const compare = (a: number, b: number): number =>
    severities[a] - severities[b] || sheets[a] - sheets[b] || rows[a] - rows[b] || cols[a] - cols[b] || a - b;
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) sorted = compare(i - 1, i) < 0;
  if (sorted) return;
  const order: number[] = [];
  for (let i = 0; i < n; i++) order.push(i);
  order.sort(compare);
  const copy = findings.slice();
  for (let i = 0; i < n; i++) findings[i] = copy[order[i]];
}

function countStatuses(indicators: readonly IndicatorResult[]): StatusCounts {
  const counts: Record<IndicatorStatus, number> = {
    met: 0,
    'not-met': 0,
    exceeded: 0,
    'no-target': 0,
    missing: 0,
  };
  for (let i = 0; i < indicators.length; i++) counts[indicators[i].status]++;
  return {
    total: indicators.length,
    met: counts.met,
    notMet: counts['not-met'],
    exceeded: counts.exceeded,
    noTarget: counts['no-target'],
    missing: counts.missing,
  };
}

export function analyseWorkbook(snapshot: WorkbookSnapshot, settings: Settings): Analysis {
  const messages = messagesFor(settings.lang);
  const labels = labelsOf(messages);
  const findings: Finding[] = [];
  const units = discoverUnits(snapshot);
  if (units.mode === 'none') {
    findings.push({
      severity: 'error',
      code: 'no-indicator-sheet',
      params: { source: snapshot.source ?? '' },
    });
  }
  const byKey = new Map<string, DefinitionState>();
  const states = readDefinitions(units, byKey, findings);
  const single = units.mode === 'single';
  const unitNames = units.units.map((table) => table.sheet.name);
  const unitPrevious: UnitPrevious = new Float64Array(states.length * unitNames.length).fill(NaN);

  if (single) {
    for (let i = 0; i < states.length; i++) {
      const state = states[i];
      const def = state.def;
      const at = { sheet: def.row.sheet, cell: def.row.cells.actual ?? def.definedAt.cell };
      const checked = checkActualCell(
        def.row.actual,
        def.row.actualIsPercentFormat,
        def,
        at,
        labels,
        findings,
        true,
        definitionHasFormula(units, def),
      );
      const previous =
        def.row.previous !== null
          ? previousValue(def.row.previous, def.row.previousIsPercentFormat, def)
          : null;
      checkYearOnYear(checked.value, previous, settings.yoyJumpRatio, def, at, findings);
      state.total = {
        value: checked.value,
        text: checked.text,
        complete: checked.value !== null || (!def.numeric && checked.text !== ''),
        missingUnits: [],
        contributors: [at],
        disagreement: null,
      };
      state.previous = previous;
    }
  } else if (units.mode !== 'none') {
    readUnits(units.units, states, byKey, unitPrevious, settings, labels, findings);
    reportMissingRows(units.units, states, findings);
    computeTotals(states, byKey, units, unitPrevious, settings, messages, labels, findings);
  }

  // Targets against the totals (or the single sheet's values).
  const recordTemplate = Object.fromEntries(unitNames.map((name) => [name, null])) as Record<string, null>;
  const indicators: IndicatorResult[] = [];
  for (let i = 0; i < states.length; i++) {
    const state = states[i];
    const def = state.def;
    const total = state.total;
    const actual = total?.value ?? null;
    const actualText = total?.text ?? '';
    // Text stands as an answer only for text indicators; a number's unreadable text is no value at all.
    const answer = def.numeric && actual === null ? '' : actualText;
    const outcome = evaluateTarget(def.target, actual, answer, settings.exceededRatio);
    if (outcome.status === 'not-met') {
      findings.push({
        severity: 'warning',
        code: 'target-not-met',
        sheet: single ? state.totalCell.sheet : def.row.sheet,
        cell: single
          ? (def.row.cells.actual ?? def.definedAt.cell)
          : (def.row.cells.target ?? def.definedAt.cell),
        indicator: { id: def.id, name: def.name },
        // As the user reads it: percent points with `%` for a rate (a percent-formatted cell's text already has it).
        found: def.isPercent && !actualText.endsWith('%') ? `${actualText}%` : actualText,
        expected: def.target.text,
      });
    }
    const unitRecord = unitRecordOf(state.unitValues, unitNames, recordTemplate);
    indicators.push({
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
      units: unitRecord,
      contributors: total?.contributors ?? [],
      missingUnits: total?.missingUnits ?? [],
    });
  }

  // Rules: per unit, then on the totals (or once on the single sheet).
  const rules = units.rulesSheet ? readRules(units, new Set(byKey.keys()), messages, findings) : [];
  if (rules.length > 0) {
    const nameOf = (id: string): string => byKey.get(id)?.def.name ?? '';
    for (let u = 0; u < units.units.length; u++) {
      const lookup: Lookup = (id) => byKey.get(id)?.unitValues[u]?.value ?? null;
      const cellOfId = (id: string): CellRef | null => byKey.get(id)?.unitValues[u] ?? null;
      for (const entry of rules) {
        reportRule(entry, evaluateRule(entry.rule, lookup), lookup, cellOfId, nameOf, '', messages, findings);
      }
    }
    const totalLookup: Lookup = (id) => byKey.get(id)?.total?.value ?? null;
    const totalCell = (id: string): CellRef | null => byKey.get(id)?.totalCell ?? null;
    const scope = single ? '' : messages.t('validate', 'scopeTotal');
    for (const entry of rules) {
      reportRule(
        entry,
        evaluateRule(entry.rule, totalLookup),
        totalLookup,
        totalCell,
        nameOf,
        scope,
        messages,
        findings,
      );
    }
  }

  sortFindings(findings, snapshot);
  const findingCounts = { error: 0, warning: 0, info: 0 };
  for (let i = 0; i < findings.length; i++) findingCounts[findings[i].severity]++;
  return {
    indicators,
    findings,
    units: unitNames,
    catalogueSheet: units.catalogueSheet,
    counts: countStatuses(indicators),
    findingCounts,
  };
}
