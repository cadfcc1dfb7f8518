/**
 * Post-write fixes for what excelize cannot express, applied to the few XML parts concerned (see `zip-edit.ts`):
 * cached results of core-built formulas (excelize drops them or stores numbers as text), icon-set thresholds
 * as numbers, Huibao's marker names hidden from the Name Manager, and a stray `filterMode` flag.
 */
import { strFromU8, unzipSync } from 'fflate';
import { OWNER_NAME } from './ownership';
import { officeDocumentPath, relationships, workbookSheets } from './read-xlsx';
import { editZipText } from './zip-edit';

export interface IconThresholds {
  readonly sheet: string;
  readonly range: string;
  readonly thresholds: readonly [number, number];
}

export interface FormulaResult {
  readonly sheet: string;
  readonly address: string;
  readonly value: string | number | boolean;
}

export interface Patches {
  readonly icons: readonly IconThresholds[];
  readonly formulaResults: readonly FormulaResult[];
  /** Sheets Huibao wrote, whose sheet-level flags are tidied. */
  readonly sheets: readonly string[];
  /**
   * The sheet to open on. Set here rather than through excelize, whose SetActiveSheet rewrites every worksheet;
   * a user's sheet loses only its `tabSelected` flag, so two tabs are never selected (grouped) at once.
   */
  readonly activeSheet?: string;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
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

  const bySheet = new Map<string, { icons: IconThresholds[]; results: FormulaResult[] }>();
  const touch = (sheet: string): { icons: IconThresholds[]; results: FormulaResult[] } => {
    const path = pathOf.get(sheet) ?? '';
    let entry = bySheet.get(path);
    if (!entry) bySheet.set(path, (entry = { icons: [], results: [] }));
    return entry;
  };
  for (const sheet of patches.sheets) touch(sheet);
  for (const icon of patches.icons) touch(icon.sheet).icons.push(icon);
  for (const result of patches.formulaResults) touch(result.sheet).results.push(result);

  const names = new Set([workbookPath, ...bySheet.keys()]);
  if (activePath) for (const path of pathOf.values()) names.add(path);
  return editZipText(bytes, names, (name, xml) => {
    if (name === workbookPath) return patchWorkbook(xml, patches.formulaResults.length > 0, activeIndex);
    const work = bySheet.get(name);
    const patched = work ? patchSheet(xml, work.icons, work.results) : xml;
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

function patchSheet(
  xml: string,
  icons: readonly IconThresholds[],
  results: readonly FormulaResult[],
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
  for (const result of results) {
    const pattern = new RegExp(
      `<c r="${result.address}"([^>]*?)>(<f>[\\s\\S]*?</f>|<f [^>]*>[\\s\\S]*?</f>)(?:<v>[^<]*</v>)?</c>`,
    );
    out = out.replace(pattern, (_whole, attrs: string, formula: string) => {
      const kept = attrs.replace(/ t="[^"]*"/, '');
      const value = result.value;
      if (typeof value === 'number') return `<c r="${result.address}"${kept}>${formula}<v>${value}</v></c>`;
      if (typeof value === 'boolean') {
        return `<c r="${result.address}"${kept} t="b">${formula}<v>${value ? 1 : 0}</v></c>`;
      }
      return `<c r="${result.address}"${kept} t="str">${formula}<v>${escapeXml(value)}</v></c>`;
    });
  }
  return out;
}
