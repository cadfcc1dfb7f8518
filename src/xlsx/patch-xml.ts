/**
 * Post-write work on the few XML parts concerned (see `zip-edit.ts`): our sheets' cells (`sheet-data.ts`), icon-set
 * thresholds as numbers, Huibao's marker names hidden from the Name Manager, the active tab, and a stray
 * `filterMode` flag.
 */
import { strFromU8, unzipSync } from 'fflate';
import { OWNER_NAME } from './ownership';
import { officeDocumentPath, relationships, workbookSheets } from './read-xlsx';
import type { SheetData } from './sheet-data';
import { editZipText } from './zip-edit';

export interface IconThresholds {
  readonly sheet: string;
  readonly range: string;
  readonly thresholds: readonly [number, number];
}

export interface Patches {
  readonly icons: readonly IconThresholds[];
  /** The cells of each sheet Huibao wrote, spliced in as XML. */
  readonly sheetData: ReadonlyMap<string, SheetData>;
  /**
   * The sheet to open on. Set here rather than through excelize, whose SetActiveSheet rewrites every worksheet;
   * a user's sheet loses only its `tabSelected` flag, so two tabs are never selected (grouped) at once.
   */
  readonly activeSheet?: string;
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
  }
  const bySheet = new Map<string, Work>();
  const touch = (sheet: string): Work => {
    const path = pathOf.get(sheet) ?? '';
    let entry = bySheet.get(path);
    if (!entry) bySheet.set(path, (entry = { icons: [], data: null }));
    return entry;
  };
  for (const [sheet, data] of patches.sheetData) touch(sheet).data = data;
  for (const icon of patches.icons) touch(icon.sheet).icons.push(icon);
  const recalc = [...patches.sheetData.values()].some((d) => d.hasFormulas);

  const names = new Set([workbookPath, ...bySheet.keys()]);
  if (activePath) for (const path of pathOf.values()) names.add(path);
  return editZipText(bytes, names, (name, xml) => {
    if (name === workbookPath) return patchWorkbook(xml, recalc, activeIndex);
    const work = bySheet.get(name);
    const patched = work ? patchSheet(xml, work.icons, work.data) : xml;
    return activePath ? selectTab(patched, name === activePath) : patched;
  });
}

/** Marks the first sheet view selected or not, touching nothing else in the part. */
function selectTab(xml: string, selected: boolean): string {
  const at = xml.indexOf('<sheetView');
  if (at < 0 || !/[\s>/]/.test(xml[at + '<sheetView'.length] ?? '')) return xml;
  const end = xml.indexOf('>', at);
  const tag = xml.slice(at, end);
  const without = tag.replace(/ tabSelected="[^"]*"/, '');
  const next = selected
    ? `${without.replace(/\/$/, '')} tabSelected="1"${without.endsWith('/') ? '/' : ''}`
    : without;
  return next === tag ? xml : xml.slice(0, at) + next + xml.slice(end);
}

function patchWorkbook(xml: string, recalc: boolean, activeTab: number): string {
  let out = xml.replace(
    new RegExp(`<definedName((?:(?!hidden=)[^>])*) name="${OWNER_NAME}"`, 'g'),
    `<definedName hidden="1"$1 name="${OWNER_NAME}"`,
  );
  if (activeTab >= 0) {
    out = out.replace(/<workbookView([^>]*?)(\/?)>/, (_whole, attrs: string, slash: string) => {
      const kept = attrs.replace(/ (activeTab|firstSheet)="[^"]*"/g, '');
      return `<workbookView${kept} activeTab="${activeTab}"${slash}>`;
    });
  }
  if (recalc) {
    out = out.replace(/<calcPr([^>]*?)(\/?)>/, (whole, attrs: string, slash: string) =>
      attrs.includes('fullCalcOnLoad') ? whole : `<calcPr${attrs} fullCalcOnLoad="1"${slash}>`,
    );
  }
  return out;
}

function patchSheet(xml: string, icons: readonly IconThresholds[], data: SheetData | null): string {
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
  return out;
}
