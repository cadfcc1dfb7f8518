/**
 * The links of a sheet we write that lead to a cell of the workbook (`<hyperlink ref="C2" location="'社区'!D11">`),
 * built as text and spliced into the part excelize produced, like the cells (`sheet-data.ts`). excelize's
 * SetCellHyperLink looks through every link the sheet already has for one at the same cell, so n links cost about
 * n²/2 comparisons besides a crossing into wasm each: the 50,000 links of a 校验结果 sheet took some 50 s there.
 * Links to a URL still go through excelize, which also writes the relationship they need.
 *
 * The text is what excelize wrote for the same calls, byte for byte: attributes in its order (ref, location,
 * tooltip, the tooltip left out when empty), an explicit end tag, and Go's escaping of attribute values.
 */
import { cellAddress, quoteSheetName } from '../core/address';
import { MAX_SHEET_LINKS, type PlanCell } from '../core/plan';
import { endsTagName } from './xml-text';

/** Excel's limit of links on one worksheet; excelize refused the link after it. */
export { MAX_SHEET_LINKS };

// What Go's encoding/xml escapes in an attribute value; characters XML cannot carry (and lone surrogates, which
// reach Go as U+FFFD) become U+FFFD.
// eslint-disable-next-line no-control-regex
const GO_ESCAPED = /["'&<>\t\n\r]|[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udfff]/gu;
const GO_ESCAPE: Readonly<Record<string, string>> = {
  '"': '&#34;',
  "'": '&#39;',
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '\t': '&#x9;',
  '\n': '&#xA;',
  '\r': '&#xD;',
};

/** An attribute value as Go's encoding/xml writes it. */
export function goAttribute(text: string): string {
  return text.replace(GO_ESCAPED, (ch) => GO_ESCAPE[ch] ?? '\ufffd');
}

/**
 * The `<hyperlink>` elements for the cells' links within the workbook, in the cells' order; '' when there are none.
 * A later link at the same cell replaces the earlier one in its place, as SetCellHyperLink does.
 */
export function locationLinksXml(cells: readonly PlanCell[]): string {
  const links = new Map<string, string>();
  for (const cell of cells) {
    const link = cell.hyperlink;
    if (!link || 'url' in link) continue;
    const ref = cellAddress(cell.row, cell.col);
    const location = `${quoteSheetName(link.sheet)}!${link.cell}`;
    const tooltip = link.tooltip ? ` tooltip="${goAttribute(link.tooltip)}"` : '';
    links.set(ref, `<hyperlink ref="${ref}" location="${goAttribute(location)}"${tooltip}></hyperlink>`);
  }
  return [...links.values()].join('');
}

/** How many cells carry a link of either kind (a cell counts once). */
export function linkedCellCount(cells: readonly PlanCell[]): number {
  const refs = new Set<number>();
  // Columns stop at 16,384 (XFD), so row × 16,384 + column names a cell.
  for (const cell of cells) if (cell.hyperlink) refs.add(cell.row * 16_384 + cell.col);
  return refs.size;
}

// What may follow `<hyperlinks>` in a worksheet (CT_Worksheet's sequence), so the element goes right before the
// first of them that the part has.
const AFTER_HYPERLINKS = [
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

/**
 * Adds `<hyperlink>` elements to a worksheet part excelize wrote (no namespace prefix): after the links it already
 * has (to a URL), or in a new `<hyperlinks>` where the schema puts it. `from` is where to start looking, past the
 * cells, whose text cannot hold a tag but is long.
 */
export function insertLinks(xml: string, links: string, from = 0): string {
  if (links === '') return xml;
  const close = xml.indexOf('</hyperlinks>', from);
  if (close >= 0) return xml.slice(0, close) + links + xml.slice(close);
  let at = xml.indexOf('</worksheet>', from);
  for (const name of AFTER_HYPERLINKS) {
    const found = tagAt(xml, name, from);
    if (found >= 0 && (at < 0 || found < at)) at = found;
  }
  if (at < 0) return xml;
  return `${xml.slice(0, at)}<hyperlinks>${links}</hyperlinks>${xml.slice(at)}`;
}

/** Where the first `<name …>` tag starts at or after `from` (not a longer name that starts the same), or -1. */
function tagAt(xml: string, name: string, from: number): number {
  const open = `<${name}`;
  let at = xml.indexOf(open, from);
  while (at >= 0 && !endsTagName(xml, at + open.length)) at = xml.indexOf(open, at + open.length);
  return at;
}
