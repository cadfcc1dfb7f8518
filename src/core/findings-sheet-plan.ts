/**
 * `校验结果`: one row per finding (validation and fill), errors first, then in workbook sheet order, each cell address a link to the cell, with an
 * autofilter and a frozen header so a long list stays usable.
 */
import { type Finding, type FindingCode, SEVERITY_ORDER, localiseFinding } from './findings';
import type { Messages } from './i18n';
import { MAX_SHEET_LINKS, type PlanCell, type SheetPlan } from './plan';
import { type StyleTable, wrappedRowHeight } from './plan-styles';
import type { Analysis, FillResult } from './results';

export const FINDINGS_SHEET = '校验结果';

/**
 * Fill findings that say what a validation finding already says about the same indicator: the fill's code and
 * the validation codes it repeats. Any other code repeats the same code (`mask-digits` is in both steps).
 */
const VALUE_PROBLEMS: readonly FindingCode[] = [
  'missing-value',
  'not-a-number',
  'excel-error',
  'negative-count',
  'not-integer',
  'percent-out-of-range',
];
const SAME_AS_VALIDATION: Readonly<Partial<Record<FindingCode, readonly FindingCode[]>>> = {
  // A mask left as it was because the value is missing or was rejected: validation says why, at the cell.
  'fill-missing': VALUE_PROBLEMS,
  'fill-not-a-number': VALUE_PROBLEMS,
  'approx-one-digit': ['approx-not-possible'],
  'fill-approx-value': ['approx-value'],
};

/**
 * Validation findings and the fill's, errors first. A fill finding is left out when validation already reports
 * the same thing (same code, or same meaning, see above) for the same indicator; so is an exact repeat.
 * `sheetOrder` is the workbook's sheet order, which findings follow within a severity.
 */
export function allFindings(
  analysis: Analysis,
  fill: FillResult | null,
  sheetOrder: readonly string[] = [],
): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  // `expected` and `params` belong to the key: findings with no sheet, cell or indicator (`fill-unlinked`, one per
  // mask) differ only there, and are not repeats.
  const key = (f: Finding) =>
    [
      f.code,
      f.sheet ?? '',
      f.cell ?? '',
      f.indicator?.id ?? '',
      f.found ?? '',
      f.expected ?? '',
      paramsKey(f),
    ].join('\u0001');
  const byIndicator = new Set(
    analysis.findings.filter((f) => f.indicator).map((f) => `${f.code}\u0001${f.indicator?.id ?? ''}`),
  );
  const repeatsValidation = (f: Finding) => {
    const id = f.indicator?.id;
    if (id === undefined) return false;
    return (SAME_AS_VALIDATION[f.code] ?? [f.code]).some((code) => byIndicator.has(`${code}\u0001${id}`));
  };
  const fillFindings = fill?.slots.flatMap((s) => s.findings) ?? [];
  for (const finding of [...analysis.findings, ...fillFindings.filter((f) => !repeatsValidation(f))]) {
    const k = key(finding);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(finding);
  }
  return out.sort(findingOrder(sheetOrder));
}

/** A finding's params as text, in key order so that the same params built in another order read the same. */
function paramsKey(f: Finding): string {
  const params = f.params;
  if (params === undefined) return '';
  return Object.keys(params)
    .sort()
    .map((name) => `${name}\u0002${params[name]}`)
    .join('\u0003');
}

/** Severity, then sheets in workbook order (workbook-level findings first, unknown sheets last), then row and column. */
export function findingOrder(sheetOrder: readonly string[]): (a: Finding, b: Finding) => number {
  const index = new Map(sheetOrder.map((name, k) => [name, k]));
  const sheetRank = (f: Finding) =>
    f.sheet === undefined || f.sheet === '' ? -1 : (index.get(f.sheet) ?? sheetOrder.length);
  return (a, b) =>
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    sheetRank(a) - sheetRank(b) ||
    (sheetRank(a) === sheetOrder.length ? (a.sheet ?? '').localeCompare(b.sheet ?? '') : 0) ||
    cellRank(a.cell)[0] - cellRank(b.cell)[0] ||
    cellRank(a.cell)[1] - cellRank(b.cell)[1];
}

function cellRank(cell: string | undefined): [number, number] {
  const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(cell ?? '');
  if (!match) return [-1, -1];
  let col = 0;
  for (const ch of match[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return [Number(match[2]), col];
}

/**
 * A message without the `sheet!cell：` it starts with, when the sheet and cell columns already say it; an
 * English message then starts with a capital.
 */
export function messageWithoutLocation(message: string, finding: Finding): string {
  const prefixes = [
    finding.sheet && finding.cell ? `${finding.sheet}!${finding.cell}` : null,
    finding.sheet ? finding.sheet : null,
  ].filter((p): p is string => p !== null && p !== '');
  for (const prefix of prefixes) {
    if (!message.startsWith(prefix)) continue;
    // A pattern made from the prefix would be compiled anew for every finding (seconds for 50,000 of them).
    const match = COLON_AFTER_PREFIX.exec(message.slice(prefix.length));
    // What followed the colon now opens the sentence (`indicator M005 …` → `Indicator M005 …`).
    if (match) return sentenceCase(message.slice(prefix.length + match[0].length));
  }
  return message;
}

const COLON_AFTER_PREFIX = /^\s*[：:]\s*/;

function sentenceCase(text: string): string {
  return /^[a-z]/.test(text) ? text[0].toUpperCase() + text.slice(1) : text;
}

const WIDTHS = [8, 14, 9, 8, 26, 14, 16, 56, 40];
const MESSAGE_COL = 7;
const HINT_COL = 8;
const SEVERITY_STYLE = { error: 'severityError', warning: 'severityWarning', info: 'severityInfo' } as const;
const SEVERITY_KEY = { error: 'severityError', warning: 'severityWarning', info: 'severityInfo' } as const;

export function buildFindingsSheet(
  findings: readonly Finding[],
  messages: Messages,
  _styles: StyleTable,
): SheetPlan {
  const t = (key: Parameters<typeof messages.t<'summary'>>[1]) => messages.t('summary', key);
  const headers = [
    t('colSeverity'),
    t('colSheet'),
    t('colCell'),
    t('colId'),
    t('colIndicator'),
    t('colFound'),
    t('colExpected'),
    t('colMessage'),
    t('colHint'),
  ];
  const cells: PlanCell[] = headers.map((value, col) => ({ row: 0, col, value, style: 'header' }));
  const rowHeights: { row: number; height: number }[] = [{ row: 0, height: 22 }];
  // Already in order (allFindings): severity, then the workbook's sheet order, then row and column.
  const sorted = [...findings];
  let linked = 0;
  sorted.forEach((finding, k) => {
    const row = k + 1;
    const local = localiseFinding(finding, messages.catalogue);
    // An empty string is a blank cell, not an empty text cell.
    const text = (col: number, value: string, style = 'cellTopWrap') =>
      cells.push({ row, col, value: value === '' ? null : value, style });
    const message = messageWithoutLocation(local.message, finding);
    cells.push({
      row,
      col: 0,
      value: messages.t('common', SEVERITY_KEY[finding.severity]),
      style: SEVERITY_STYLE[finding.severity],
    });
    text(1, finding.sheet ?? '');
    // Excel holds so many links on a sheet and no more: the rows past them give the cell as plain text.
    if (finding.sheet && finding.cell && linked < MAX_SHEET_LINKS) {
      linked++;
      cells.push({
        row,
        col: 2,
        value: finding.cell,
        style: 'link',
        hyperlink: {
          sheet: finding.sheet,
          cell: finding.cell,
          tooltip: messages.t('summary', 'linkTooltip', { sheet: finding.sheet, cell: finding.cell }),
        },
      });
    } else text(2, finding.cell ?? '', 'cellTop');
    text(3, finding.indicator?.id ?? '', 'cellTop');
    text(4, finding.indicator?.name ?? '');
    text(5, finding.found ?? '');
    text(6, finding.expected ?? '');
    text(MESSAGE_COL, message);
    text(HINT_COL, local.hint);
    // Every wrapped column counts: a found value can be the longest text of the row (`和平社区=7+N，…`).
    const wrapped: [number, string][] = [
      [4, finding.indicator?.name ?? ''],
      [5, finding.found ?? ''],
      [6, finding.expected ?? ''],
      [MESSAGE_COL, message],
      [HINT_COL, local.hint],
    ];
    const height = Math.max(...wrapped.map(([col, value]) => wrappedRowHeight(value, WIDTHS[col], 10.5)));
    rowHeights.push({ row, height });
  });
  if (sorted.length === 0) {
    cells.push({ row: 1, col: 0, value: t('findingsNone'), style: 'cellTop' });
  }
  const lastRow = Math.max(1, sorted.length);
  const lastCol = headers.length - 1;
  return {
    name: FINDINGS_SHEET,
    cells,
    columnWidths: WIDTHS.map((width, col) => ({ col, width })),
    rowHeights,
    merges: sorted.length === 0 ? [{ row: 1, col: 0, lastRow: 1, lastCol }] : [],
    freeze: { rows: 1, cols: 0 },
    autoFilter: { row: 0, col: 0, lastRow, lastCol },
    tabColor: sorted.some((f) => f.severity === 'error') ? '#C00000' : '#548235',
    print: {
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: 1,
      fitToHeight: 0,
      repeatRows: { first: 0, last: 0 },
      printArea: { row: 0, col: 0, lastRow, lastCol },
      footer: messages.t('summary', 'footer'),
    },
  };
}
