/**
 * Makes sure excelize finds a styles part it can work with before it opens a base workbook. excelize reads only
 * `xl/styles.xml` and assumes it holds at least one font, fill, border and cell format: without them `NewStyle` and
 * `AddComment` dereference nil and the Go runtime exits (every later call then fails too). A styles part is
 * optional in SpreadsheetML, so some generators leave it out; this adds the smallest one (or the missing
 * collections of an existing one) and changes nothing else of the user's file.
 */
import { officeDocumentPath, relationships } from './read-xlsx';
import { readZipText, rewriteZip } from './zip-edit';
import { endsTagName, rootPrefix } from './xml-text';

/** The one path excelize reads styles from (it does not follow the workbook's relationship). */
export const STYLES_PATH = 'xl/styles.xml';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const STYLES_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles';
const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';

/** Child elements of `styleSheet`, in the order the schema requires. */
const ORDER = [
  'numFmts',
  'fonts',
  'fills',
  'borders',
  'cellStyleXfs',
  'cellXfs',
  'cellStyles',
  'dxfs',
  'tableStyles',
  'colors',
  'extLst',
] as const;

/** What excelize needs in each collection; fill 0 and 1 are the two every workbook reserves (none, gray125). */
const DEFAULTS: Readonly<
  Record<'fonts' | 'fills' | 'borders' | 'cellXfs', { child: string; items: string[] }>
> = {
  fonts: { child: 'font', items: ['<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'] },
  fills: {
    child: 'fill',
    items: [
      '<fill><patternFill patternType="none"/></fill>',
      '<fill><patternFill patternType="gray125"/></fill>',
    ],
  },
  borders: { child: 'border', items: ['<border><left/><right/><top/><bottom/><diagonal/></border>'] },
  cellXfs: { child: 'xf', items: ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'] },
};

const MINIMAL_STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${NS}">` +
  `<fonts count="1">${DEFAULTS.fonts.items.join('')}</fonts>` +
  `<fills count="2">${DEFAULTS.fills.items.join('')}</fills>` +
  `<borders count="1">${DEFAULTS.borders.items.join('')}</borders>` +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

const encoder = new TextEncoder();

function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/**
 * `base` with a styles part excelize can use, or `base` itself when it already has one. A workbook whose styles
 * relationship points somewhere other than `xl/styles.xml` is left as it is: adding a second styles part would make
 * it invalid (excelize then fails, and the runtime loader starts afresh for the next write).
 */
export function withUsableStyles(base: Uint8Array): Uint8Array {
  const rootRels = readZipText(base, ['_rels/.rels']).get('_rels/.rels') ?? null;
  const workbookPath = officeDocumentPath(rootRels) ?? 'xl/workbook.xml';
  const workbookRelsPath = relsPathOf(workbookPath);
  const texts = readZipText(base, [workbookRelsPath, '[Content_Types].xml', STYLES_PATH]);
  const styles = texts.get(STYLES_PATH);
  if (styles !== undefined) {
    const completed = completeStyles(styles);
    return completed === styles
      ? base
      : rewriteZip(base, new Map([[STYLES_PATH, encoder.encode(completed)]]));
  }
  const workbookRels = texts.get(workbookRelsPath);
  const contentTypes = texts.get('[Content_Types].xml');
  if (workbookRels === undefined || contentTypes === undefined) return base;
  const dir = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1);
  const rels = relationships(workbookRels, dir);
  const stylesRels = [...rels.values()].filter((rel) => rel.type.endsWith('/styles'));
  if (stylesRels.some((rel) => rel.target !== STYLES_PATH)) return base;

  const changes = new Map<string, Uint8Array>([[STYLES_PATH, encoder.encode(MINIMAL_STYLES)]]);
  if (stylesRels.length === 0) {
    let n = 1;
    while (rels.has(`rIdHuibaoStyles${n}`)) n++;
    const target = dir === 'xl/' ? 'styles.xml' : `/${STYLES_PATH}`;
    const rel = `<Relationship Id="rIdHuibaoStyles${n}" Type="${STYLES_REL}" Target="${target}"/>`;
    changes.set(workbookRelsPath, encoder.encode(insertBeforeClose(workbookRels, 'Relationships', rel)));
  }
  if (!/PartName="\/xl\/styles\.xml"/.test(contentTypes)) {
    const override = `<Override PartName="/${STYLES_PATH}" ContentType="${STYLES_TYPE}"/>`;
    changes.set('[Content_Types].xml', encoder.encode(insertBeforeClose(contentTypes, 'Types', override)));
  }
  return rewriteZip(base, changes);
}

/** The styles part with a default first item in each of the collections excelize needs that is missing or empty. */
export function completeStyles(xml: string): string {
  const prefix = rootPrefix(xml, 'styleSheet');
  let out = xml;
  for (const name of ['fonts', 'fills', 'borders', 'cellXfs'] as const) {
    const { child, items } = DEFAULTS[name];
    const span = elementSpan(out, prefix, name);
    if (span && hasChild(out.slice(span.start, span.end), prefix, child)) continue;
    const tag = (item: string): string => (prefix ? item.replace(/<(\/?)(?=[a-z])/g, `<$1${prefix}`) : item);
    const element = `<${prefix}${name} count="${items.length}">${items.map(tag).join('')}</${prefix}${name}>`;
    if (span) {
      out = out.slice(0, span.start) + element + out.slice(span.end);
      continue;
    }
    const later = ORDER.slice(ORDER.indexOf(name) + 1)
      .map((next) => elementSpan(out, prefix, next)?.start)
      .find((at): at is number => at !== undefined);
    if (later !== undefined) out = out.slice(0, later) + element + out.slice(later);
    else out = insertBeforeClose(out, `${prefix}styleSheet`, element);
  }
  return out;
}

/** Start and end (past the close tag) of the first top-level `<name>` element. */
function elementSpan(xml: string, prefix: string, name: string): { start: number; end: number } | null {
  const open = `<${prefix}${name}`;
  let at = xml.indexOf(open);
  while (at >= 0 && !endsTagName(xml, at + open.length)) at = xml.indexOf(open, at + open.length);
  if (at < 0) return null;
  const gt = xml.indexOf('>', at);
  if (xml.charCodeAt(gt - 1) === 47) return { start: at, end: gt + 1 }; // <fonts count="0"/>
  const close = `</${prefix}${name}>`;
  const closeAt = xml.indexOf(close, gt);
  return { start: at, end: closeAt < 0 ? xml.length : closeAt + close.length };
}

function hasChild(element: string, prefix: string, child: string): boolean {
  const open = `<${prefix}${child}`;
  for (let at = element.indexOf(open, 1); at >= 0; at = element.indexOf(open, at + open.length)) {
    if (endsTagName(element, at + open.length)) return true;
  }
  return false;
}

/** `content` inserted before `</root>`, opening a self-closed `<root/>` if need be. */
function insertBeforeClose(xml: string, root: string, content: string): string {
  const close = xml.lastIndexOf(`</${root}>`);
  if (close >= 0) return xml.slice(0, close) + content + xml.slice(close);
  const open = new RegExp(`<${root}(\\s[^>]*)?/>`).exec(xml);
  if (!open) return xml;
  const tag = open[0].slice(0, -2);
  return `${xml.slice(0, open.index)}${tag}>${content}</${root}>${xml.slice(open.index + open[0].length)}`;
}
