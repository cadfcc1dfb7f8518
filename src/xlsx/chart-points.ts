/**
 * Per-point colours (`ChartSeriesPlan.pointColors`) for bar and column charts. excelize writes a series' data points
 * only for pie and doughnut charts, so after the write the chart parts of Huibao's sheets are found (sheet →
 * drawing → the graphic frame named after the plan's chart → chart part) and `<c:dPt>` elements are added to them.
 */
import { relationships } from './read-xlsx';
import { attribute, rootPrefix, unescapeAttribute } from './xml-text';
import { readZipText } from './zip-edit';

/** The point colours of one chart: per series (in plan order), `#RRGGBB` per category, or none. */
export interface ChartPoints {
  readonly sheet: string;
  /** `ChartPlan.name`, which excelize writes as the name of the chart's graphic frame. */
  readonly chart: string;
  readonly series: readonly (readonly string[] | undefined)[];
}

const DRAWING_MAIN = 'http://schemas.openxmlformats.org/drawingml/2006/main';

function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function dirOf(part: string): string {
  return part.slice(0, part.lastIndexOf('/') + 1);
}

/** The drawing part a worksheet's relationships point to, if any. */
function drawingOf(sheetPath: string, sheetRels: string | null): string | null {
  for (const rel of relationships(sheetRels, dirOf(sheetPath)).values()) {
    if (rel.type.endsWith('/drawing')) return rel.target;
  }
  return null;
}

/** Chart part paths of a drawing by the name of their graphic frame, in document order. */
function chartsByName(
  drawingPath: string,
  drawing: string,
  drawingRels: string | null,
): Map<string, string[]> {
  const rels = relationships(drawingRels, dirOf(drawingPath));
  const out = new Map<string, string[]>();
  const frames = /<(\w+:)?graphicFrame\b[\s\S]*?<\/\1?graphicFrame>/g;
  for (let frame = frames.exec(drawing); frame; frame = frames.exec(drawing)) {
    const nv = /<(?:\w+:)?cNvPr\b[^>]*>/.exec(frame[0]);
    const chart = /<(?:\w+:)?chart\b[^>]*>/.exec(frame[0]);
    const name = nv ? attribute(nv[0], ' name="') : null;
    const rid = chart ? attribute(chart[0], ':id="') : null;
    const target = rid ? rels.get(rid)?.target : undefined;
    if (name === null || !target) continue;
    const key = unescapeAttribute(name);
    out.set(key, [...(out.get(key) ?? []), target]);
  }
  return out;
}

/**
 * The chart parts that get point colours, with the colours of their series. `pathOf` maps sheet names to their
 * worksheet parts. Charts of one name on one sheet are matched in order.
 */
export function chartPointParts(
  zip: Uint8Array,
  points: readonly ChartPoints[],
  pathOf: ReadonlyMap<string, string>,
): Map<string, ChartPoints['series']> {
  const out = new Map<string, ChartPoints['series']>();
  const sheets = [...new Set(points.map((p) => pathOf.get(p.sheet)).filter((p): p is string => !!p))];
  if (sheets.length === 0) return out;
  const sheetRels = readZipText(zip, sheets.map(relsPathOf));
  const drawingOfSheet = new Map<string, string>();
  for (const sheet of sheets) {
    const drawing = drawingOf(sheet, sheetRels.get(relsPathOf(sheet)) ?? null);
    if (drawing) drawingOfSheet.set(sheet, drawing);
  }
  const drawings = [...new Set(drawingOfSheet.values())];
  const texts = readZipText(zip, [...drawings, ...drawings.map(relsPathOf)]);
  const chartsOfSheet = new Map<string, Map<string, string[]>>();
  for (const [sheet, drawing] of drawingOfSheet) {
    const xml = texts.get(drawing);
    if (xml) chartsOfSheet.set(sheet, chartsByName(drawing, xml, texts.get(relsPathOf(drawing)) ?? null));
  }
  for (const point of points) {
    const sheet = pathOf.get(point.sheet);
    const path = sheet ? chartsOfSheet.get(sheet)?.get(point.chart)?.shift() : undefined;
    if (path) out.set(path, point.series);
  }
  return out;
}

/**
 * Adds one `<c:dPt>` (solid fill) per colour to the chart's series, in order. Elements are placed in schema order
 * (CT_BarSer: …, spPr, invertIfNegative, pictureOptions, dPt*, dLbls, …): excelize writes `invertIfNegative` after
 * `dLbls`, so in a series that gets points it is moved up in front of them.
 */
export function addPointColors(xml: string, series: readonly (readonly string[] | undefined)[]): string {
  const c = rootPrefix(xml, 'chartSpace');
  const declared = new RegExp(`xmlns:(\\w+)="${DRAWING_MAIN}"`).exec(xml);
  const a = declared ? `${declared[1]}:` : 'a:';
  const aDeclaration = declared ? '' : ` xmlns:a="${DRAWING_MAIN}"`;
  const serOpen = `<${c}ser>`;
  const serClose = `</${c}ser>`;
  let out = '';
  let pos = 0;
  for (let index = 0; ; index++) {
    const start = xml.indexOf(serOpen, pos);
    if (start < 0) break;
    const end = xml.indexOf(serClose, start);
    if (end < 0) break;
    const colors = series[index];
    const body = xml.slice(start + serOpen.length, end);
    out +=
      xml.slice(pos, start) +
      serOpen +
      (colors?.length ? withPoints(body, colors, c, a, aDeclaration) : body);
    pos = end;
  }
  return out + xml.slice(pos);
}

function withPoints(
  body: string,
  colors: readonly string[],
  c: string,
  a: string,
  aDeclaration: string,
): string {
  const element = (name: string) =>
    new RegExp(`<${c}${name}\\b[^>]*/>|<${c}${name}\\b[^>]*>[\\s\\S]*?</${c}${name}>`, 'g');
  // Points already there are replaced by ours, never doubled (and their own invertIfNegative goes with them).
  let invert = '';
  const rest = body.replace(element('dPt'), '').replace(element('invertIfNegative'), (whole) => {
    invert = whole;
    return '';
  });
  const points = colors
    .map((color, index) => {
      const hex = color.replace(/^#/, '').toUpperCase();
      if (!/^[0-9A-F]{6}$/.test(hex)) return '';
      return (
        `<${c}dPt><${c}idx val="${index}"/><${c}invertIfNegative val="0"/><${c}bubble3D val="0"/>` +
        `<${c}spPr><${a}solidFill${aDeclaration}><${a}srgbClr val="${hex}"/></${a}solidFill></${c}spPr></${c}dPt>`
      );
    })
    .join('');
  // The first element that follows dPt in the schema, as a direct child of the series.
  const after = ['pictureOptions', 'dLbls', 'trendline', 'errBars', 'cat', 'val', 'shape', 'extLst']
    .map((name) => childStart(rest, `<${c}${name}`))
    .filter((at) => at >= 0);
  const at = after.length > 0 ? Math.min(...after) : rest.length;
  return rest.slice(0, at) + invert + points + rest.slice(at);
}

/** Where a direct child with this opening (`<c:cat`) starts in a series body, skipping nested elements. */
function childStart(body: string, open: string): number {
  let depth = 0;
  for (let i = body.indexOf('<'); i >= 0; i = body.indexOf('<', i + 1)) {
    if (depth === 0 && body.startsWith(open, i) && /[\s>/]/.test(body[i + open.length] ?? '')) return i;
    const gt = body.indexOf('>', i);
    if (gt < 0) return -1;
    if (body[i + 1] === '/') depth--;
    else if (body[gt - 1] !== '/' && body[i + 1] !== '?' && body[i + 1] !== '!') depth++;
    i = gt;
  }
  return -1;
}
