/**
 * Post-write work on the few XML parts concerned (see `zip-edit.ts`): our sheets' cells (`sheet-data.ts`), icon-set
 * thresholds as numbers, Huibao's marker names hidden from the Name Manager, the active tab (and the one selected
 * tab), bar and column point colours (`chart-points.ts`), and a stray `filterMode` flag.
 */
import { strFromU8, unzipSync } from 'fflate';
import { addPointColors, chartPointParts, type ChartPoints } from './chart-points';
import { OWNER_NAME } from './ownership';
import { officeDocumentPath, relationships, workbookSheets } from './read-xlsx';
import type { SheetData } from './sheet-data';
import { insertLinks } from './sheet-links';
import { editZipText } from './zip-edit';
import { endsTagName, rootPrefix } from './xml-text';

export interface IconThresholds {
  readonly sheet: string;
  readonly range: string;
  readonly thresholds: readonly [number, number];
}

export interface Patches {
  readonly icons: readonly IconThresholds[];
  /** The cells of each sheet Huibao wrote, spliced in as XML. */
  readonly sheetData: ReadonlyMap<string, SheetData>;
  /** The `<hyperlink>` elements of each sheet Huibao wrote that lead within the workbook (`sheet-links.ts`). */
  readonly links?: ReadonlyMap<string, string>;
  /**
   * The sheet to open on. Set here rather than through excelize, whose SetActiveSheet rewrites every worksheet;
   * a user's sheet loses only its `tabSelected` flag, so two tabs are never selected (grouped) at once.
   */
  readonly activeSheet?: string;
  /** Point colours of bar and column charts, which excelize does not write (`chart-points.ts`). */
  readonly chartPoints?: readonly ChartPoints[];
}

export function applyPatches(bytes: Uint8Array, patches: Patches): Uint8Array {
  const small = unzipSync(bytes, {
    filter: (f) =>
      f.name === '_rels/.rels' || f.name.endsWith('workbook.xml.rels') || f.name.endsWith('workbook.xml'),
  });
  const text = (name: string): string | null => (small[name] ? strFromU8(small[name], false) : null);
  const workbookPath = officeDocumentPath(text('_rels/.rels')) ?? 'xl/workbook.xml';
  const base = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1);
  const rels = relationships(text(`${base}_rels/${workbookPath.slice(base.length)}.rels`), base);
  const entries = workbookSheets(text(workbookPath) ?? '');
  const pathOf = new Map(entries.map((s) => [s.name, rels.get(s.rid)?.target ?? ''] as const));
  const activeIndex = patches.activeSheet ? entries.findIndex((s) => s.name === patches.activeSheet) : -1;
  const activePath = activeIndex >= 0 ? pathOf.get(entries[activeIndex].name) : undefined;

  interface Work {
    icons: IconThresholds[];
    data: SheetData | null;
    links: string;
  }
  const bySheet = new Map<string, Work>();
  const touch = (sheet: string): Work => {
    const path = pathOf.get(sheet) ?? '';
    let entry = bySheet.get(path);
    if (!entry) bySheet.set(path, (entry = { icons: [], data: null, links: '' }));
    return entry;
  };
  for (const [sheet, data] of patches.sheetData) touch(sheet).data = data;
  for (const icon of patches.icons) touch(icon.sheet).icons.push(icon);
  for (const [sheet, links] of patches.links ?? []) if (links !== '') touch(sheet).links = links;
  const recalc = [...patches.sheetData.values()].some((d) => d.hasFormulas);

  const charts = chartPointParts(bytes, patches.chartPoints ?? [], pathOf);

  const names = new Set([workbookPath, ...bySheet.keys(), ...charts.keys()]);
  if (activePath) for (const path of pathOf.values()) names.add(path);
  return editZipText(bytes, names, (name, xml) => {
    if (name === workbookPath) return patchWorkbook(xml, recalc, activeIndex);
    const points = charts.get(name);
    if (points) return addPointColors(xml, points);
    const work = bySheet.get(name);
    const patched = work ? patchSheet(xml, work.icons, work.data, work.links) : xml;
    return activePath ? selectTab(patched, name === activePath) : patched;
  });
}

/**
 * Marks the sheet's first `<sheetView>` selected, or clears a set `tabSelected` from it, touching nothing else in the
 * part: on a user's sheet the only change is that one attribute. An active sheet without any sheet view gets one.
 */
export function selectTab(xml: string, selected: boolean): string {
  const p = rootPrefix(xml, 'worksheet');
  const open = `<${p}sheetView`;
  let at = xml.indexOf(open);
  // Step over `<sheetViews>`: the view itself is the tag whose name ends right after `sheetView`.
  while (at >= 0 && !endsTagName(xml, at + open.length)) at = xml.indexOf(open, at + open.length);
  if (at < 0) return selected ? withSheetView(xml, p) : xml;
  const end = xml.indexOf('>', at);
  if (end < 0) return xml;
  const tag = xml.slice(at, end);
  const current = / tabSelected="([^"]*)"/.exec(tag);
  const isSelected = current !== null && (current[1] === '1' || current[1] === 'true');
  if (isSelected === selected) return xml;
  let next: string;
  if (!selected) next = tag.replace(current?.[0] ?? '', '');
  else if (current) next = tag.replace(current[0], ' tabSelected="1"');
  else if (tag.endsWith('/')) next = `${tag.slice(0, -1)} tabSelected="1"/`;
  else next = `${tag} tabSelected="1"`;
  return xml.slice(0, at) + next + xml.slice(end);
}

/** Adds `<sheetViews>` with a selected view where the schema puts it: after `<sheetPr>` and `<dimension>`. */
function withSheetView(xml: string, p: string): string {
  const views = `<${p}sheetViews><${p}sheetView tabSelected="1" workbookViewId="0"/></${p}sheetViews>`;
  const root = new RegExp(`<${p}worksheet\\b[^>]*>`).exec(xml);
  if (!root) return xml;
  let at = root.index + root[0].length;
  for (const name of ['sheetPr', 'dimension']) {
    const element = new RegExp(
      `^\\s*(?:<${p}${name}\\b[^>]*/>|<${p}${name}\\b[^>]*>[\\s\\S]*?</${p}${name}>)`,
    ).exec(xml.slice(at));
    if (element) at += element[0].length;
  }
  return xml.slice(0, at) + views + xml.slice(at);
}

export function patchWorkbook(xml: string, recalc: boolean, activeTab: number): string {
  let out = xml.replace(
    new RegExp(`<definedName((?:(?!hidden=)[^>])*) name="${OWNER_NAME}"`, 'g'),
    `<definedName hidden="1"$1 name="${OWNER_NAME}"`,
  );
  if (activeTab >= 0) out = withActiveTab(out, activeTab);
  if (recalc) {
    out = out.replace(/<calcPr([^>]*?)(\/?)>/, (whole, attrs: string, slash: string) =>
      attrs.includes('fullCalcOnLoad') ? whole : `<calcPr${attrs} fullCalcOnLoad="1"${slash}>`,
    );
  }
  return out;
}

/**
 * Sets `activeTab` on the first workbook view. Workbooks written by some libraries (exceljs) have no `<bookViews>`
 * at all, or an empty one: the view is then created, where the schema puts it (right before `<sheets>`).
 */
function withActiveTab(xml: string, activeTab: number): string {
  const p = rootPrefix(xml, 'workbook');
  const view = new RegExp(`<${p}workbookView\\b([^>]*?)(/?)>`);
  if (view.test(xml)) {
    return xml.replace(view, (_whole, attrs: string, slash: string) => {
      const kept = attrs.replace(/ (activeTab|firstSheet)="[^"]*"/g, '');
      return `<${p}workbookView${kept} activeTab="${activeTab}"${slash}>`;
    });
  }
  const created = `<${p}workbookView activeTab="${activeTab}"/>`;
  const empty = new RegExp(`<${p}bookViews\\s*/>|<${p}bookViews\\s*>\\s*</${p}bookViews>`);
  if (empty.test(xml)) return xml.replace(empty, () => `<${p}bookViews>${created}</${p}bookViews>`);
  const sheets = new RegExp(`<${p}sheets[\\s>/]`).exec(xml);
  if (!sheets) return xml;
  return `${xml.slice(0, sheets.index)}<${p}bookViews>${created}</${p}bookViews>${xml.slice(sheets.index)}`;
}

function patchSheet(
  xml: string,
  icons: readonly IconThresholds[],
  data: SheetData | null,
  links: string,
): string {
  let out = xml.replace(/(<sheetPr[^>]*?) filterMode="(?:true|1)"/, '$1');
  for (const icon of icons) {
    const at = out.indexOf(`<conditionalFormatting sqref="${icon.range}"><cfRule type="iconSet"`);
    if (at < 0) continue;
    const end = out.indexOf('</iconSet>', at);
    const open = out.indexOf('>', out.indexOf('<iconSet', at));
    const [middle, top] = icon.thresholds;
    const cfvos = `<cfvo type="percent" val="0"/><cfvo type="num" val="${middle}"/><cfvo type="num" val="${top}"/>`;
    out = out.slice(0, open + 1) + cfvos + out.slice(end);
  }
  if (data) {
    // Functions as replacements, so `$&` or `$1` in cell text is never read as a pattern.
    out = out.replace(
      /<dimension ref="[^"]*"\s*(?:\/>|><\/dimension>)/,
      () => `<dimension ref="${data.dimension}"/>`,
    );
    out = out.replace(/<sheetData\s*\/>|<sheetData>[\s\S]*?<\/sheetData>/, () => data.xml);
  }
  // After the cells: their text holds no tags, and the search need not walk through it.
  return insertLinks(out, links, Math.max(0, out.indexOf('</sheetData>')));
}
