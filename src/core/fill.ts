/**
 * Filling a masked report: each mask gets its linked indicator's value, written by the number-writing policy
 * (numbers) or as typed (names, codes, hotlines). A mask without a usable value stays as it was and says why.
 */
import type { Finding } from './findings';
import { type IndicatorRow, findIndicatorSheets, readIndicatorRows } from './indicator-sheet';
import { type LinkOptions, type MaskLink, linkMasks } from './mask-linking';
import { type Mask, isTextMask, scanMasks, skeletonRows } from './masks';
import { type NumberWritingPolicy, DEFAULT_NUMBER_WRITING, writeNumber } from './number-writing';
import { parseUserNumber } from './parse-number';
import type { FillIndicator, FillResult, FilledSlot, SlotStatus } from './results';
import type { WorkbookSnapshot } from './snapshot';
import { sheetsNamedNotUnits } from './workbook-units';

/** The sheet the skeleton writes; people fill it in, so it is input even though Huibao wrote it. */
export const SKELETON_SHEET = '指标';

function indicatorFromRow(row: IndicatorRow): FillIndicator {
  const parsed = parseUserNumber(row.actual, { percentFormat: row.actualIsPercentFormat });
  return {
    id: row.text.id,
    name: row.text.name,
    section: row.text.section,
    unit: row.text.unit,
    format: row.text.format,
    source: row.text.source,
    value: parsed.ok ? parsed.value : null,
    text: row.text.actual,
    parseError: !parsed.ok && parsed.reason !== 'blank',
    at: { sheet: row.sheet, cell: row.cells.actual ?? row.cells.name ?? row.cells.id ?? '' },
    ...(parsed.ok && parsed.approxWord !== undefined ? { approxWord: parsed.approxWord } : {}),
  };
}

/**
 * Every indicator row of every indicator sheet, in workbook order. The skeleton sheet counts even when the host
 * knows Huibao wrote it: it was written to be filled in.
 */
export function fillIndicatorsFromSnapshot(snapshot: WorkbookSnapshot): FillIndicator[] {
  const readable: WorkbookSnapshot = {
    ...snapshot,
    sheets: snapshot.sheets.map((sheet) =>
      sheet.writtenByHuibao && sheet.name === SKELETON_SHEET ? { ...sheet, writtenByHuibao: false } : sheet,
    ),
  };
  const indicators: FillIndicator[] = [];
  const layouts = findIndicatorSheets(readable);
  // Not a sheet the analysis leaves out by its name (`街道合计`, `上年数据`).
  const candidates = layouts.filter((layout) => layout.kind === 'indicators');
  const skipped = new Set(sheetsNamedNotUnits(candidates, layouts, readable).map(({ sheet }) => sheet));
  for (const layout of candidates) {
    if (skipped.has(layout.sheet)) continue;
    const sheet = readable.sheets.find((s) => s.name === layout.sheet);
    if (!sheet) continue;
    for (const row of readIndicatorRows(sheet, layout)) indicators.push(indicatorFromRow(row));
  }
  return indicators;
}

export interface FillOptions extends LinkOptions {
  readonly policy?: NumberWritingPolicy;
}

/** Similarity links below this are filled but flagged for a person to check. */
const CHECK_SIMILARITY_BELOW = 0.75;

interface SlotDraft {
  value: number | string | null;
  rendered: string | null;
  status: SlotStatus;
  findings: Finding[];
}

function located(
  mask: Mask,
  link: MaskLink,
  finding: Omit<Finding, 'sheet' | 'cell' | 'indicator'>,
): Finding {
  return {
    ...finding,
    sheet: link.indicator.at.sheet,
    cell: link.indicator.at.cell,
    indicator: { id: link.indicator.id || mask.id, name: link.indicator.name },
    params: { mask: mask.format, maskId: mask.id, source: mask.source, ...finding.params },
  };
}

/** A place name typed with its suffix (`和平街道` into `**街道`) loses the suffix the sentence already has. */
function textFor(mask: Mask, text: string): string {
  const trimmed = text.trim();
  if (mask.kind === 'text-name' && mask.unit && trimmed.endsWith(mask.unit) && trimmed !== mask.unit) {
    return trimmed.slice(0, -mask.unit.length);
  }
  return trimmed;
}

function fillOne(mask: Mask, link: MaskLink, policy: NumberWritingPolicy): SlotDraft {
  const { indicator } = link;
  const findings: Finding[] = [];
  if (link.via === 'similarity' && (link.score < CHECK_SIMILARITY_BELOW || link.contested)) {
    findings.push(
      located(mask, link, {
        severity: 'warning',
        code: link.contested ? 'fill-link-contested' : 'fill-weak-link',
        params: { score: link.score.toFixed(2) },
      }),
    );
  }
  const numeric = !isTextMask(mask);
  if (indicator.text === '') {
    const code = indicator.fromUnits ? 'fill-missing-total' : 'fill-missing';
    findings.push(located(mask, link, { severity: 'error', code }));
    return { value: null, rendered: null, status: 'error', findings };
  }
  if (!numeric || (mask.kind === 'unknown' && indicator.parseError)) {
    const text = textFor(mask, indicator.text);
    return { value: text, rendered: text, status: findings.length > 0 ? 'warning' : 'filled', findings };
  }
  if (indicator.value === null) {
    findings.push(
      located(mask, link, { severity: 'error', code: 'fill-not-a-number', found: indicator.text }),
    );
    return { value: null, rendered: null, status: 'error', findings };
  }
  // `12.3万` typed into the cell was multiplied out by the parser: it is in base units, whatever the unit says.
  const valueIsBase = /\d\s*[万亿]/.test(indicator.text);
  const written = writeNumber(indicator.value, mask, { unit: indicator.unit, valueIsBase }, policy);
  if (indicator.approxWord !== undefined) {
    // The report now states an estimate as a figure: whoever fills it should know which one.
    findings.push(
      located(mask, link, {
        severity: 'warning',
        code: 'fill-approx-value',
        found: indicator.text,
        params: { rendered: written.text, word: indicator.approxWord },
      }),
    );
  }
  for (const issue of written.issues) {
    if (issue.code === 'mask-decimals' && indicator.computed === true) continue;
    findings.push(
      located(mask, link, {
        severity: 'warning',
        code: issue.code,
        found: issue.found,
        expected: issue.expected,
        params: { rendered: written.text, ...issue.params },
      }),
    );
  }
  return {
    value: indicator.value,
    rendered: written.text,
    status: findings.length > 0 ? 'warning' : 'filled',
    findings,
  };
}

/** Fills a template from indicators; every mask gets a slot saying what happened to it. */
export function fillReport(
  template: string,
  indicators: readonly FillIndicator[],
  options: FillOptions = {},
): FillResult {
  const policy = options.policy ?? DEFAULT_NUMBER_WRITING;
  const scan = scanMasks(template);
  const maskNames = options.maskNames ?? skeletonRows(scan).map((row) => row.name);
  const links = linkMasks(scan.masks, indicators, template, { maskNames });
  const drafts = scan.masks.map((mask): SlotDraft => {
    const link = links[mask.index];
    if (!link) {
      return {
        value: null,
        rendered: null,
        status: 'unlinked',
        findings: [
          {
            severity: 'error',
            code: 'fill-unlinked',
            params: { mask: mask.format, maskId: mask.id, source: mask.source, line: mask.line + 1 },
          },
        ],
      };
    }
    return fillOne(mask, link, policy);
  });

  // A place name repeated in the report (`**街道` three times) is one name: a blank or missing repeat takes the
  // first one's value, said plainly in the slot.
  for (const mask of scan.masks) {
    const draft = drafts[mask.index];
    if (mask.kind !== 'text-name' || draft.status === 'filled') continue;
    const donor = scan.masks.find(
      (other) =>
        other.kind === 'text-name' &&
        other.mask === mask.mask &&
        other.unit === mask.unit &&
        (drafts[other.index].status === 'filled' || drafts[other.index].status === 'warning'),
    );
    if (!donor) continue;
    const given = drafts[donor.index];
    drafts[mask.index] = { value: given.value, rendered: given.rendered, status: 'filled', findings: [] };
    const link = links[donor.index] as MaskLink;
    links[mask.index] = { ...link, score: 1 };
  }

  let text = '';
  let cursor = 0;
  const slots: FilledSlot[] = scan.masks.map((mask) => {
    const draft = drafts[mask.index];
    const original = template.slice(mask.replaceStart, mask.replaceEnd);
    const rendered = draft.rendered ?? original;
    text += template.slice(cursor, mask.replaceStart) + rendered;
    cursor = mask.replaceEnd;
    const link = links[mask.index];
    return {
      index: mask.index,
      mask: mask.mask,
      section: mask.section,
      source: mask.source,
      indicator: link ? { id: link.indicator.id, name: link.indicator.name, score: link.score } : null,
      value: draft.value,
      rendered,
      status: draft.status,
      findings: draft.findings,
    };
  });
  text += template.slice(cursor);
  return { text, paragraphs: text.split(/\r?\n/), slots };
}
