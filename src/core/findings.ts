/**
 * Findings as data, the way zod reports issues: a stable code, a location, what was found and what was expected.
 * The message and hint are built from the language catalogue at the edge, never stored in code.
 */
import type { Catalogue } from './i18n/catalogue';
import { formatTemplate } from './i18n/format';

export type Severity = 'error' | 'warning' | 'info';

export const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

export interface Finding {
  readonly severity: Severity;
  /** Stable kebab-case code, a key of the catalogue's `findings` section. */
  readonly code: FindingCode;
  readonly sheet?: string;
  /** A1 address of the offending cell. */
  readonly cell?: string;
  readonly indicator?: { readonly id: string; readonly name: string };
  readonly found?: string;
  readonly expected?: string;
  /** Anything else the message template names. */
  readonly params?: Readonly<Record<string, string | number>>;
}

/** Where checks put their findings: a list, or the analysis's log (which keeps most of them compact). */
export interface FindingSink {
  push(finding: Finding): unknown;
}

export interface LocalisedFinding extends Finding {
  readonly message: string;
  readonly hint: string;
}

export type FindingCode = keyof Catalogue['findings'] & string;

export function localiseFinding(finding: Finding, catalogue: Catalogue): LocalisedFinding {
  const entry = catalogue.findings[finding.code];
  const params: Record<string, string | number> = {
    sheet: finding.sheet ?? '',
    cell: finding.cell ?? '',
    id: finding.indicator?.id ?? '',
    name: finding.indicator?.name ?? '',
    found: finding.found ?? '',
    expected: finding.expected ?? '',
    ...finding.params,
  };
  return {
    ...finding,
    message: formatTemplate(entry.message, params),
    hint: formatTemplate(entry.hint, params),
  };
}

/** Errors first, then warnings, then info; within a severity by sheet and row. */
export function compareFindings(a: Finding, b: Finding): number {
  const bySeverity = SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
  if (bySeverity !== 0) return bySeverity;
  const bySheet = (a.sheet ?? '').localeCompare(b.sheet ?? '');
  if (bySheet !== 0) return bySheet;
  return cellOrder(a.cell) - cellOrder(b.cell);
}

function cellOrder(cell: string | undefined): number {
  if (!cell) return -1;
  const match = /^([A-Z]+)(\d+)$/.exec(cell);
  if (!match) return -1;
  let col = 0;
  for (const ch of match[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return Number(match[2]) * 1000 + col;
}
