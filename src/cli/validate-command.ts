/**
 * `huibao validate <workbook.xlsx> [--json <findings.json>|-] [--lang en]`: a thin shell over `analyseWorkbook`.
 * Prints findings grouped by sheet and the figures (the same lines as `run`); exit 0 without errors, 1 with errors,
 * 2 when the arguments or the file cannot be used, a workbook without any indicator sheet included. `--json -`
 * writes the JSON to standard output and the readable lines to standard error, so that it can be piped to `jq`.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { analyseWorkbook } from '../core/analyse';
import { type LocalisedFinding, localiseFinding } from '../core/findings';
import { textWidth } from '../core/plan-styles';
import type { Messages } from '../core/i18n';
import type { Analysis, IndicatorResult } from '../core/results';
import { DEFAULT_SETTINGS } from '../core/settings';
import type { WorkbookSnapshot } from '../core/snapshot';
import { isXlsxError, readXlsx } from '../xlsx';
import { EXIT, type Command } from './cli';
import { UsageError, parseArgs, stringFlag } from './args';
import { figureLines, figuresOf } from './figures';
import { wrapLine, wrapText } from './wrap';
import { clashMessage, findPathClash, readReason, sentence, outputRefusal, writeReason } from './paths';
import { reasonWithoutName } from './read-template';

const FLAGS = {
  json: { value: true, file: true },
  lang: { value: true },
  help: { value: false, short: 'h' },
} as const;

/** Terminals, like Excel's column widths, give CJK and full-width characters two columns. */
function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - textWidth(text)));
}

function severityLabel(severity: LocalisedFinding['severity'], messages: Messages): string {
  if (severity === 'error') return messages.t('common', 'severityError');
  if (severity === 'warning') return messages.t('common', 'severityWarning');
  return messages.t('common', 'severityInfo');
}

function cellKey(cell: string | undefined): number {
  const match = /^([A-Z]+)(\d+)$/.exec(cell ?? '');
  if (!match) return -1;
  let col = 0;
  for (const ch of match[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return Number(match[2]) * 1000 + col;
}

/** The message without its `sheet!cell：` prefix, which the table already shows. */
function withoutLocation(finding: LocalisedFinding): string {
  const prefix = finding.cell ? `${finding.sheet}!${finding.cell}` : (finding.sheet ?? '');
  if (prefix === '' || !finding.message.startsWith(prefix)) return finding.message;
  const rest = finding.message.slice(prefix.length).replace(/^[：:]\s*/, '');
  // English sentences lose their start with the prefix: give them back a capital.
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** `--json -`: the JSON on standard output. */
const STDOUT = '-';

/** Where a row's message starts: two spaces, the severity (8 columns), the cell (7); a hint's text after `→ `. */
const MESSAGE_COLUMN = 2 + 8 + 7;
const HINT_COLUMN = MESSAGE_COLUMN + 2;

/**
 * Findings grouped by sheet in workbook order (workbook-level ones first), each group by cell. With `columns` (a
 * terminal's width) long rows are wrapped, continuing under the message (or the hint) rather than at the margin.
 */
export function formatFindingsTable(
  findings: readonly LocalisedFinding[],
  sheetOrder: readonly string[],
  messages: Messages,
  columns?: number,
): string {
  const fit = (line: string, indent: number) =>
    columns === undefined ? line : wrapLine(line, columns, indent);
  const groups = new Map<string, LocalisedFinding[]>();
  for (const finding of findings) {
    const key = finding.sheet ?? '';
    const group = groups.get(key);
    if (group) group.push(finding);
    else groups.set(key, [finding]);
  }
  const order = [...groups.keys()].sort((a, b) => {
    const ia = a === '' ? -1 : sheetOrder.indexOf(a);
    const ib = b === '' ? -1 : sheetOrder.indexOf(b);
    return ia - ib;
  });
  const lines: string[] = [];
  for (const sheet of order) {
    const group = (groups.get(sheet) ?? []).slice().sort((a, b) => cellKey(a.cell) - cellKey(b.cell));
    const title = sheet === '' ? messages.t('validate', 'cliWorkbookLevel') : sheet;
    lines.push(fit(messages.t('validate', 'cliSheetHeading', { sheet: title, count: group.length }), 2));
    for (const finding of group) {
      const row = `  ${pad(severityLabel(finding.severity, messages), 8)}${pad(finding.cell ?? '', 7)}`;
      lines.push(fit(row + withoutLocation(finding), MESSAGE_COLUMN));
      if (finding.hint) lines.push(fit(`${' '.repeat(MESSAGE_COLUMN)}→ ${finding.hint}`, HINT_COLUMN));
    }
    lines.push('');
  }
  return lines.join('\n');
}

export function summaryLine(analysis: Analysis, messages: Messages): string {
  return figureLines(figuresOf(analysis, null), messages);
}

/**
 * `computedUnits`, for the JSON of `validate` and `run`: the units whose figure in `units` is their own parts' rate
 * rather than what they typed (see `UnitValue.computed`); left out when none is.
 */
export function computedUnitsOf(indicator: IndicatorResult): { computedUnits?: string[] } {
  const units = indicator.units;
  const computed = Object.keys(units).filter((unit) => units[unit].computed === true);
  return computed.length > 0 ? { computedUnits: computed } : {};
}

/** The JSON the command writes: localised findings and one entry per indicator. */
export function validationJson(analysis: Analysis, findings: readonly LocalisedFinding[]): unknown {
  const unitValue = (indicator: IndicatorResult, unit: string): number | string | null => {
    const value = indicator.units[unit];
    if (!value) return null;
    return value.value ?? (value.text === '' ? null : value.text);
  };
  return {
    // What the printed lines say, as `run --json` has them.
    figures: figuresOf(analysis, null),
    findings,
    indicators: analysis.indicators.map((indicator) => ({
      id: indicator.id,
      name: indicator.name,
      unit: indicator.unit,
      target: indicator.target.text,
      actual: indicator.actual ?? (indicator.actualText === '' ? null : indicator.actualText),
      status: indicator.status,
      completion: indicator.completion,
      complete: indicator.complete,
      units: Object.fromEntries(
        Object.keys(indicator.units).map((unit) => [unit, unitValue(indicator, unit)]),
      ),
      ...computedUnitsOf(indicator),
    })),
  };
}

export const validateCommand: Command = async (argv, io) => {
  const { messages } = io;
  const args = parseArgs(argv, FLAGS);
  if (args.flags.help) {
    io.out(messages.t('validate', 'cliUsage') + messages.t('cli', 'helpValidate'));
    return EXIT.ok;
  }
  if (args.positional.length > 1) throw new UsageError(args.positional[1]);
  const path = args.positional[0];
  // `huibao validate ""` (an unset shell variable) gives no file, as much as leaving it out does.
  if (path === undefined || path.trim() === '') {
    io.err(messages.t('cli', 'validateNoInput') + messages.t('validate', 'cliUsage'));
    return EXIT.usage;
  }
  const jsonPath = stringFlag(args, 'json');
  if (jsonPath !== undefined && jsonPath !== STDOUT) {
    const clash = findPathClash(
      [{ path, label: messages.t('cli', 'roleWorkbook') }],
      [{ path: jsonPath, label: '--json' }],
    );
    if (clash) {
      io.err(clashMessage(clash, 'validate', messages));
      return EXIT.usage;
    }
    // Before the workbook is read: a report printed in full and then lost to a missing folder helps nobody.
    const refusal = outputRefusal('validate', jsonPath, [jsonPath], messages, false);
    if (refusal) {
      io.err(refusal);
      return EXIT.usage;
    }
  }

  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    io.err(
      (error as { code?: unknown } | null)?.code === 'ENOENT'
        ? messages.t('validate', 'cliNotFound', { path })
        : messages.t('validate', 'cliUnreadable', {
            path,
            reason: sentence(readReason(error, messages), messages),
          }),
    );
    return EXIT.usage;
  }
  let snapshot: WorkbookSnapshot;
  try {
    snapshot = await readXlsx(bytes, { source: basename(path) });
  } catch (error) {
    const reason = isXlsxError(error) ? error.localise(messages) : readReason(error, messages);
    // The reader's reason may start with the file's name (`X：不是 .xlsx 工作簿`): the message names it once.
    io.err(
      messages.t('validate', 'cliUnreadable', {
        path,
        reason: sentence(reasonWithoutName(reason, path), messages),
      }),
    );
    return EXIT.usage;
  }

  const analysis = analyseWorkbook(snapshot, { ...DEFAULT_SETTINGS, lang: messages.lang });
  if (analysis.findings.some((f) => f.code === 'no-indicator-sheet')) {
    // Not data with an error but a file that is not an indicator workbook: as `fill` and `run`, exit 2.
    io.err(messages.t('cli', 'noIndicatorSheet', { command: 'validate', path }));
    return EXIT.usage;
  }
  const findings = analysis.findings.map((finding) => localiseFinding(finding, messages.catalogue));
  const json = (): string => `${JSON.stringify(validationJson(analysis, findings), null, 2)}\n`;
  // With the JSON on standard output, the lines for people go to standard error, out of the pipe's way.
  const toStdout = jsonPath === STDOUT;
  const say = toStdout ? io.err : io.out;
  const columns = toStdout ? io.columns.err : io.columns.out;
  if (toStdout) io.out(json());
  const sheetOrder = snapshot.sheets.map((sheet) => sheet.name);
  const unitsLine = messages.t('validate', 'cliUnits', {
    catalogue: analysis.catalogueSheet ?? '—',
    units:
      analysis.units.length > 0
        ? analysis.units.join(messages.t('validate', 'namesSeparator'))
        : messages.t('validate', 'cliNoUnits'),
  });
  say(`${wrapText(unitsLine, columns, 2)}\n\n`);
  say(
    findings.length > 0
      ? `${formatFindingsTable(findings, sheetOrder, messages, columns)}\n`
      : messages.t('validate', 'cliNoFindings'),
  );
  say(wrapText(summaryLine(analysis, messages), columns, 2));

  if (jsonPath && !toStdout) {
    try {
      await writeFile(jsonPath, json(), 'utf8');
    } catch (error) {
      // Checked before reading, so this is rare (the disk filled up meanwhile): still a file that could not be used.
      const reason = sentence(writeReason(error, messages), messages);
      io.err(messages.t('validate', 'cliJsonFailed', { path: jsonPath, reason }));
      return EXIT.usage;
    }
    io.out(messages.t('validate', 'cliWroteJson', { path: jsonPath }));
  }
  return analysis.findingCounts.error > 0 ? EXIT.findings : EXIT.ok;
};
