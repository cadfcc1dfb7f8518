/**
 * `校验结果`: one row per finding (validation and fill), errors first, each cell address a link to the cell, with an
 * autofilter and a frozen header so a long list stays usable.
 */
import { type Finding, compareFindings, localiseFinding } from './findings';
import type { Messages } from './i18n';
import type { PlanCell, SheetPlan } from './plan';
import { type StyleTable, wrappedRowHeight } from './plan-styles';
import type { Analysis, FillResult } from './results';

export const FINDINGS_SHEET = '校验结果';

/** Validation findings and the fill's, without repeating one that both steps report, errors first. */
export function allFindings(analysis: Analysis, fill: FillResult | null): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  const key = (f: Finding) =>
    [f.code, f.sheet ?? '', f.cell ?? '', f.indicator?.id ?? '', f.found ?? ''].join('\u0001');
  for (const finding of [...analysis.findings, ...(fill?.slots.flatMap((s) => s.findings) ?? [])]) {
    const k = key(finding);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(finding);
  }
  return out.sort(compareFindings);
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
  const sorted = [...findings].sort(compareFindings);
  sorted.forEach((finding, k) => {
    const row = k + 1;
    const local = localiseFinding(finding, messages.catalogue);
    const text = (col: number, value: string, style = 'cellTopWrap') =>
      cells.push({ row, col, value, style });
    cells.push({
      row,
      col: 0,
      value: messages.t('common', SEVERITY_KEY[finding.severity]),
      style: SEVERITY_STYLE[finding.severity],
    });
    text(1, finding.sheet ?? '');
    if (finding.sheet && finding.cell) {
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
    text(MESSAGE_COL, local.message);
    text(HINT_COL, local.hint);
    const height = Math.max(
      wrappedRowHeight(local.message, WIDTHS[MESSAGE_COL], 10.5),
      wrappedRowHeight(local.hint, WIDTHS[HINT_COL], 10.5),
      wrappedRowHeight(finding.indicator?.name ?? '', WIDTHS[4], 10.5),
    );
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
