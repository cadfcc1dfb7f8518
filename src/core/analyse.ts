/**
 * `analyseWorkbook`: validate indicator sheets cell by cell, evaluate targets and the `校验规则` rules, and total the
 * units (communities/departments) into street figures with provenance. Pure: a snapshot in, an `Analysis` out.
 */
import { cellAddress, columnLetters } from './address';
import { combineNumbers, combineUnits, maskDecimals, ratioTotal, ratioValue, type Total } from './aggregate';
import {
  type Definition,
  type ExpectedLabels,
  type CheckInto,
  checkActualCell,
  checkActualInto,
  checkMask,
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
import {
  type IndicatorTable,
  type WorkbookUnits,
  cellOf,
  discoverUnits,
  readRuleRows,
  visitUnitRows,
} from './workbook-units';
import { toHalfWidth } from './parse-number';

interface DefinitionState {
  readonly def: Definition;
  /** Per unit, in unit order; undefined where the unit sheet has no row for it. */
  readonly unitValues: (UnitValue | undefined)[];
  /** Last year per unit, NaN where missing (numbers only: they are never shown per unit). */
  readonly unitPrevious: Float64Array;
  /** The cell totals are reported at (the catalogue's 完成值, else its ID cell). */
  readonly totalCell: CellRef;
  total: Total | null;
  previous: number | null;
}

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
function readDefinitions(units: WorkbookUnits, findings: Finding[]): DefinitionState[] {
  const layout = units.definitionLayout;
  if (!layout) return [];
  const states: DefinitionState[] = [];
  const firstAt = new Map<string, string>();
  const cache = newDefinitionCache();
  const unitCount = units.units.length;
  for (const row of units.definitions) {
    const key = row.text.id !== '' ? row.text.id : row.text.name;
    if (key === '') continue;
    const idCell = cellOf(layout, row.row, 'id');
    const first = firstAt.get(key);
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
    firstAt.set(key, idCell);
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
    states.push({
      def,
      // Filled, not holey: reading a hole is a slow path, and this array is read once per unit cell.
      unitValues: Array.from({ length: unitCount }, () => undefined),
      unitPrevious: new Float64Array(unitCount).fill(NaN),
      totalCell: { sheet: row.sheet, cell: row.cells.actual ?? idCell },
      total: null,
      previous: null,
    });
  }
  return states;
}

/** Reads every unit sheet into the states, with the per-cell, unknown-ID, duplicate and unit-mismatch findings. */
function readUnits(
  tables: readonly IndicatorTable[],
  states: readonly DefinitionState[],
  byKey: ReadonlyMap<string, DefinitionState>,
  settings: Settings,
  labels: ExpectedLabels,
  findings: Finding[],
): void {
  const addressCache = new Map<string, string[]>();
  for (let u = 0; u < tables.length; u++) {
    const table = tables[u];
    const { sheet, layout } = table;
    // Addresses are only built for findings and the actual cells.
    const actualCol = layout.columns.actual;
    const actualLetters = columnLetters(actualCol ?? layout.columns.id ?? layout.columns.name ?? 0);
    // Unit sheets share a layout, so `D17` is the same string in all of them: one per address, not per sheet.
    let addresses = addressCache.get(actualLetters);
    if (!addresses) {
      addresses = [];
      addressCache.set(actualLetters, addresses);
    }
    const cellNames = addresses;
    let position = 0;
    visitUnitRows(table, (row) => {
      if (row.key === '') return;
      // Unit sheets usually list the catalogue's IDs in its order: try the same position before the map.
      const guess = states[position++];
      const state = guess !== undefined && guess.def.id === row.key ? guess : byKey.get(row.key);
      if (!state) {
        findings.push({
          severity: 'error',
          code: 'unknown-id',
          sheet: sheet.name,
          cell: cellOf(layout, row.row, 'id'),
          indicator: { id: row.key, name: row.name },
          found: row.key,
        });
        return;
      }
      const def = state.def;
      // A value already there for this unit means the ID came earlier in the same sheet.
      const first = state.unitValues[u];
      if (first !== undefined) {
        findings.push({
          severity: 'error',
          code: 'duplicate-id',
          sheet: sheet.name,
          cell: cellOf(layout, row.row, 'id'),
          indicator: { id: def.id, name: def.name },
          found: row.key,
          params: { other: cellOf(layout, Number(/\d+$/.exec(first.cell)?.[0] ?? 1) - 1, 'id') },
        });
        return;
      }
      if (
        row.unit !== '' &&
        row.unit !== def.unit &&
        def.unit !== '' &&
        normaliseUnit(row.unit) !== def.unit
      ) {
        findings.push({
          severity: 'error',
          code: 'unit-mismatch',
          sheet: sheet.name,
          cell: cellOf(layout, row.row, 'unit'),
          indicator: { id: def.id, name: def.name },
          found: row.unit,
          expected: def.unit,
        });
      }
      // The unit's value is built in place: it is also the cell findings point at.
      const entry: CheckInto = {
        sheet: sheet.name,
        cell: (cellNames[row.row] ??= actualLetters + (row.row + 1)),
        value: null,
        text: '',
      };
      if (actualCol !== undefined) {
        checkActualInto(row.actual, row.actualIsPercentFormat, def, entry, labels, findings, false);
      }
      state.unitValues[u] = entry;
      if (row.previous !== null) {
        const previous = previousValue(row.previous, row.previousIsPercentFormat, def);
        state.unitPrevious[u] = previous ?? NaN;
        checkYearOnYear(entry.value, previous, settings.yoyJumpRatio, def, entry, findings);
      }
    });
  }
}

/** `unit-missing-indicator`: a unit sheet lacks a row that at least one other unit has. */
function reportMissingRows(
  tables: readonly IndicatorTable[],
  states: readonly DefinitionState[],
  findings: Finding[],
): void {
  const appendCells = tables.map(({ layout, lastDataRow }) => cellOf(layout, lastDataRow + 1, 'id'));
  for (const state of states) {
    let present = 0;
    for (let u = 0; u < tables.length; u++) if (state.unitValues[u] !== undefined) present++;
    if (present === 0 || present === tables.length) continue;
    for (let u = 0; u < tables.length; u++) {
      if (state.unitValues[u] !== undefined) continue;
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

function totalOf(state: DefinitionState, unitNames: readonly string[]): Total {
  const def = state.def;
  const kind =
    def.aggregation.kind === 'ratio' || def.aggregation.kind === 'none' ? 'sum' : def.aggregation.kind;
  return combineUnits(kind, state.unitValues, unitNames, def.numeric);
}

/** Street totals for every definition: simple kinds first, then rates from their parts' totals. */
function computeTotals(
  states: readonly DefinitionState[],
  byKey: ReadonlyMap<string, DefinitionState>,
  units: WorkbookUnits,
  settings: Settings,
  messages: Messages,
  labels: ExpectedLabels,
  findings: Finding[],
): void {
  const unitNames = units.units.map((table) => table.sheet.name);
  const hasPrevious = units.units.some((table) => table.layout.columns.previous !== undefined);
  const previousTotals = new Map<string, number | null>();
  for (const state of states) {
    const def = state.def;
    if (def.aggregation.kind === 'ratio') continue;
    if (def.aggregation.kind === 'none') {
      if (units.mode === 'catalogue') {
        // The office's own figure, from the catalogue's 完成值 (missing when the catalogue has no such column).
        const checked = checkActualCell(
          def.row.actual,
          def.row.actualIsPercentFormat,
          def,
          state.totalCell,
          labels,
          findings,
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
    state.total = totalOf(state, unitNames);
    if (hasPrevious && def.numeric) {
      previousTotals.set(def.id, combineNumbers(def.aggregation.kind, state.unitPrevious));
    }
  }
  for (const state of states) {
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
      state.total = combineUnits('mean', state.unitValues, unitNames, true);
      continue;
    }
    state.total = ratioTotal(numerator.total, denominator.total, def.isPercent, maskDecimals(def.format));
    const numPrev = previousTotals.get(numerator.def.id) ?? null;
    const denPrev = previousTotals.get(denominator.def.id) ?? null;
    if (numPrev !== null && denPrev !== null && denPrev !== 0) {
      previousTotals.set(def.id, ratioValue(numPrev, denPrev, def.isPercent, maskDecimals(def.format)));
    }
  }
  for (const state of states) {
    const def = state.def;
    const total = state.total;
    if (!total) continue;
    if (total.value !== null && def.aggregation.kind !== 'none') {
      // A computed total has no cell of its own: point at the mask it does not fit (`格式`), which is what to fix
      // when the figure is right.
      const at = { sheet: def.row.sheet, cell: def.row.cells.format ?? def.definedAt.cell };
      checkMask(total.value, total.text, def, at, findings);
    }
    if (total.disagreement) {
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
    state.previous = own ?? previousTotals.get(def.id) ?? null;
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
 * Errors first, then warnings, then info; within a severity by sheet in workbook order, then row, then column.
 * Keys are computed once per finding: a large street can yield 100,000 warnings, and comparing sheet names with
 * `localeCompare` inside the sort took seconds.
 */
function sortFindings(findings: Finding[], snapshot: WorkbookSnapshot): void {
  const sheetIndex = new Map(snapshot.sheets.map((sheet, i) => [sheet.name, i] as const));
  const keys = findings.map((finding, index) => {
    const match = finding.cell ? /^([A-Z]+)(\d+)$/.exec(finding.cell) : null;
    let col = 0;
    if (match) for (let i = 0; i < match[1].length; i++) col = col * 26 + match[1].charCodeAt(i) - 64;
    return {
      finding,
      index,
      severity: SEVERITY_ORDER[finding.severity],
      sheet: finding.sheet === undefined ? -1 : (sheetIndex.get(finding.sheet) ?? sheetIndex.size),
      row: match ? Number(match[2]) : -1,
      col,
    };
  });
  keys.sort(
    (a, b) =>
      a.severity - b.severity || a.sheet - b.sheet || a.row - b.row || a.col - b.col || a.index - b.index,
  );
  for (let i = 0; i < keys.length; i++) findings[i] = keys[i].finding;
}

function countStatuses(indicators: readonly IndicatorResult[]): StatusCounts {
  const counts: Record<IndicatorStatus, number> = {
    met: 0,
    'not-met': 0,
    exceeded: 0,
    'no-target': 0,
    missing: 0,
  };
  for (const indicator of indicators) counts[indicator.status]++;
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
  const states = readDefinitions(units, findings);
  const byKey = new Map<string, DefinitionState>();
  for (const state of states) byKey.set(state.def.id, state);
  const single = units.mode === 'single';
  const unitNames = units.units.map((table) => table.sheet.name);

  if (single) {
    for (const state of states) {
      const def = state.def;
      const at = { sheet: def.row.sheet, cell: def.row.cells.actual ?? def.definedAt.cell };
      const checked = checkActualCell(
        def.row.actual,
        def.row.actualIsPercentFormat,
        def,
        at,
        labels,
        findings,
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
    readUnits(units.units, states, byKey, settings, labels, findings);
    reportMissingRows(units.units, states, findings);
    computeTotals(states, byKey, units, settings, messages, labels, findings);
  }

  // Targets against the totals (or the single sheet's values).
  const recordTemplate = Object.fromEntries(unitNames.map((name) => [name, null])) as Record<string, null>;
  const indicators: IndicatorResult[] = [];
  for (const state of states) {
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
        found: actualText,
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
  const rules = readRules(units, new Set(byKey.keys()), messages, findings);
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
  for (const finding of findings) findingCounts[finding.severity]++;
  return {
    indicators,
    findings,
    units: unitNames,
    catalogueSheet: units.catalogueSheet,
    counts: countStatuses(indicators),
    findingCounts,
  };
}
