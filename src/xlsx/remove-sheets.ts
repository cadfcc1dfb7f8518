/**
 * Takes Huibao's own sheets out of a workbook at the zip level before excelize opens it: the sheet entries, their
 * relationships, names scoped to them (other sheets' `localSheetId`s renumbered), content types, and the parts
 * only they use (drawings, charts, comments). excelize's own DeleteSheet rewrites every worksheet; this leaves the
 * user's sheets byte for byte as they were, on every re-run.
 */
import { officeDocumentPath, ownedSheetIndexes, relationships, workbookSheets } from './read-xlsx';
import { readZipText, rewriteZip } from './zip-edit';
import { zipEntries } from './zip-entries';

const encoder = new TextEncoder();

function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function dirOf(part: string): string {
  return part.slice(0, part.lastIndexOf('/') + 1);
}

/**
 * The workbook without those of `names` (lower case, as Excel compares sheet names) that carry Huibao's marker, or null when that would leave no sheet (the
 * caller then replaces them through excelize). Unchanged bytes when none of them is there.
 */
export function removeOwnedSheets(base: Uint8Array, names: ReadonlySet<string>): Uint8Array | null {
  const rootRels = readZipText(base, ['_rels/.rels']).get('_rels/.rels') ?? null;
  const workbookPath = officeDocumentPath(rootRels) ?? 'xl/workbook.xml';
  const workbookRelsPath = relsPathOf(workbookPath);
  const texts = readZipText(base, [workbookPath, workbookRelsPath, '[Content_Types].xml']);
  const workbook = texts.get(workbookPath);
  const workbookRels = texts.get(workbookRelsPath);
  const contentTypes = texts.get('[Content_Types].xml');
  if (!workbook || !workbookRels || !contentTypes) return base;

  const sheets = workbookSheets(workbook);
  const owned = ownedSheetIndexes(workbook);
  const removed = new Set<number>();
  sheets.forEach((sheet, index) => {
    if (owned.has(index) && names.has(sheet.name.toLowerCase())) removed.add(index);
  });
  if (removed.size === 0) return base;
  if (removed.size === sheets.length) return null;

  const rels = relationships(workbookRels, dirOf(workbookPath));
  const allNames = new Set(zipEntries(base).list.map((entry) => entry.name));
  const dropped = new Set<string>();
  const removedIds = new Set<string>();
  // Parts reachable from each removed sheet through its relationships.
  const queue: string[] = [];
  for (const index of removed) {
    removedIds.add(sheets[index].rid);
    const target = rels.get(sheets[index].rid)?.target;
    if (target) queue.push(target);
  }
  while (queue.length > 0) {
    const part = queue.pop() as string;
    if (dropped.has(part) || !allNames.has(part)) continue;
    dropped.add(part);
    const relsPath = relsPathOf(part);
    if (!allNames.has(relsPath)) continue;
    dropped.add(relsPath);
    const partRels = readZipText(base, [relsPath]).get(relsPath) ?? '';
    for (const rel of relationships(partRels, dirOf(part)).values()) {
      if (!/\/(worksheet|styles|theme|sharedStrings)$/.test(rel.type)) queue.push(rel.target);
    }
  }
  // The calculation chain lists cells by sheet; Excel rebuilds it when it is missing.
  for (const [id, rel] of rels) {
    if (rel.type.endsWith('/calcChain')) {
      removedIds.add(id);
      dropped.add(rel.target);
    }
  }

  const renumber = (old: number): number => old - [...removed].filter((r) => r < old).length;
  let nextWorkbook = workbook.replace(/<sheet\b[^>]*?\/>|<sheet\b[^>]*>\s*<\/sheet>/g, (tag) => {
    const rid = /\sr:id="([^"]*)"|:id="([^"]*)"/.exec(tag);
    const id = rid?.[1] ?? rid?.[2];
    return id && removedIds.has(id) ? '' : tag;
  });
  nextWorkbook = nextWorkbook.replace(
    /<definedName\b([^>]*)>([\s\S]*?)<\/definedName>|<definedName\b[^>]*\/>/g,
    (whole, attrs: string | undefined, body: string | undefined) => {
      const scope = /\slocalSheetId="(\d+)"/.exec(whole);
      if (!scope) return whole;
      const index = Number(scope[1]);
      if (removed.has(index)) return '';
      return attrs === undefined
        ? whole.replace(scope[0], ` localSheetId="${renumber(index)}"`)
        : `<definedName${attrs.replace(scope[0], ` localSheetId="${renumber(index)}"`)}>${body ?? ''}</definedName>`;
    },
  );
  nextWorkbook = nextWorkbook.replace(/<definedNames>\s*<\/definedNames>/, '');
  nextWorkbook = nextWorkbook.replace(/<workbookView\b[^>]*>/, (tag) => {
    const active = /\sactiveTab="(\d+)"/.exec(tag);
    let out = tag.replace(/\sfirstSheet="\d+"/, '');
    if (active) {
      const index = Number(active[1]);
      out = out.replace(active[0], ` activeTab="${removed.has(index) ? 0 : renumber(index)}"`);
    }
    return out;
  });
  const nextRels = workbookRels.replace(
    /<Relationship\b[^>]*?\/>|<Relationship\b[^>]*>\s*<\/Relationship>/g,
    (tag) => {
      const id = /\sId="([^"]*)"/.exec(tag)?.[1];
      return id && removedIds.has(id) ? '' : tag;
    },
  );
  const nextTypes = contentTypes.replace(/<Override\b[^>]*?\/>|<Override\b[^>]*>\s*<\/Override>/g, (tag) => {
    const part = /\sPartName="\/?([^"]*)"/.exec(tag)?.[1];
    return part && dropped.has(decodeURI(part)) ? '' : tag;
  });

  const changes = new Map<string, Uint8Array | null>();
  for (const part of dropped) if (allNames.has(part)) changes.set(part, null);
  changes.set(workbookPath, encoder.encode(nextWorkbook));
  changes.set(workbookRelsPath, encoder.encode(nextRels));
  changes.set('[Content_Types].xml', encoder.encode(nextTypes));
  return rewriteZip(base, changes);
}
