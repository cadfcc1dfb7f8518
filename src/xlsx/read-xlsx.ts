/**
 * .xlsx bytes → `WorkbookSnapshot`: unzip with fflate, then scan the workbook, shared strings, styles (for number
 * formats) and each worksheet with the hand-written scanner in `xml-text.ts`, straight into a `CellGrid` per sheet
 * (no per-cell objects). Dates stay numbers (their format is kept), error cells become `{ error }`, formulas keep
 * their cached value and are listed with a leading `=`.
 */
import { type CellGrid, GridBuilder, TextTable } from '../core/cell-grid';
import { columnIndex } from '../core/address';
import { type MergedRange, type SheetSnapshot, type WorkbookSnapshot, gridSheet } from '../core/snapshot';
import { XlsxReadError } from './errors';
import { ZipNoDirectoryError, entryData, plainBytes, zipEntries } from './zip-entries';
import { BUILTIN_FORMATS } from './number-formats';
import { OWNER_NAME } from './ownership';
import {
  attribute,
  attributeIn,
  endsTagName,
  richText,
  rootPrefix,
  unescapeAttribute,
  unescapeXml,
} from './xml-text';

export interface ReadOptions {
  /** Where the bytes came from, for messages (a file name). */
  readonly source?: string;
}

const decoder = new TextDecoder('utf-8');

export async function readXlsx(input: Uint8Array, options: ReadOptions = {}): Promise<WorkbookSnapshot> {
  const source = options.source ?? 'workbook.xlsx';
  const bytes = plainBytes(input);
  sniff(bytes, source);
  let zip: ReturnType<typeof zipEntries>;
  try {
    zip = zipEntries(bytes);
  } catch (error) {
    // The zip library's words (`zip: no end of central directory`) are not for people: say what is wrong instead.
    const damage = error instanceof ZipNoDirectoryError ? 'damageNoDirectory' : 'damageDirectory';
    throw new XlsxReadError('corrupt', { source }, { key: damage }, error);
  }
  // `zip -P` sets bit 0 on each entry it encrypts: inflating those would only report garbled data as damage.
  if (zip.list.some((entry) => (entry.flags & 1) !== 0)) throw new XlsxReadError('zipEncrypted', { source });
  const byName = new Map(zip.list.map((entry) => [entry.name, entry] as const));
  // Parts are inflated one at a time when needed, so only one worksheet's XML is in memory at once.
  const text = (path: string): string | null => {
    const entry = byName.get(path);
    if (!entry) return null;
    try {
      return decoder.decode(entryData(bytes, entry));
    } catch (error) {
      // `invalid distance`, `unexpected EOF`…: the part is named, the inflater's English is kept only as the cause.
      throw new XlsxReadError('corrupt', { source }, { key: 'damagePart', params: { part: path } }, error);
    }
  };
  const declared = officeDocumentPath(text('_rels/.rels'));
  // A zip whose main part is no workbook is some other document (.docx, .ods); .xlsb keeps its workbook in binary.
  if (declared?.endsWith('.bin')) throw new XlsxReadError('binaryWorkbook', { source });
  if ((declared && !/workbook\.xml$/i.test(declared)) || byName.has('mimetype')) {
    throw new XlsxReadError('notZip', { source });
  }
  const workbookPath = declared ?? 'xl/workbook.xml';
  const workbookXml = text(workbookPath);
  if (workbookXml === null) {
    // Declared but missing: an Excel file that lost a part. Neither declared nor there: some other zip.
    if (declared) {
      throw new XlsxReadError(
        'corrupt',
        { source },
        { key: 'damageMissingPart', params: { part: workbookPath } },
      );
    }
    throw new XlsxReadError('notWorkbook', { source });
  }
  const base = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1);
  const relsPath = `${base}_rels/${workbookPath.slice(base.length)}.rels`;
  const rels = relationships(text(relsPath), base);
  let sharedStrings: readonly string[] = [];
  let xfFormats: readonly (string | null)[] = [];
  for (const rel of rels.values()) {
    if (rel.type.endsWith('/sharedStrings')) sharedStrings = readSharedStrings(text(rel.target) ?? '');
    else if (rel.type.endsWith('/styles')) xfFormats = readStyles(text(rel.target) ?? '');
  }
  const entries = workbookSheets(workbookXml);
  const owned = ownedSheetIndexes(workbookXml);
  const sheets: SheetSnapshot[] = [];
  // One text table for the workbook, starting as its shared strings (so a shared string's index is its table index).
  const table = new TextTable(sharedStrings);
  entries.forEach((entry, index) => {
    const rel = rels.get(entry.rid);
    if (!rel || !rel.type.endsWith('/worksheet')) return; // chart sheets and dialog sheets hold no cells
    const xml = text(rel.target);
    if (xml === null) {
      throw new XlsxReadError(
        'corrupt',
        { source },
        { key: 'damageMissingPart', params: { part: rel.target } },
      );
    }
    const grid = readSheet(xml, sharedStrings.length, xfFormats, new GridBuilder(table));
    const merges = readMerges(xml);
    sheets.push(
      gridSheet(entry.name, grid, { hidden: entry.hidden, writtenByHuibao: owned.has(index), merges }),
    );
  });
  return { source: options.source, sheets };
}

/** Says what the bytes are when they are not an .xlsx, before trying to unzip them. */
function sniff(bytes: Uint8Array, source: string): void {
  if (bytes.length === 0) throw new XlsxReadError('empty', { source });
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5)) return;
  const cfb = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  if (cfb.every((b, i) => bytes[i] === b)) {
    // An encrypted .xlsx is an OLE container holding an `EncryptedPackage` stream; anything else is a legacy .xls.
    throw new XlsxReadError(containsUtf16(bytes, 'EncryptedPackage') ? 'encrypted' : 'legacyXls', { source });
  }
  throw new XlsxReadError('notZip', { source });
}

function containsUtf16(bytes: Uint8Array, word: string): boolean {
  const first = word.charCodeAt(0);
  const limit = Math.min(bytes.length, 1 << 20) - word.length * 2;
  outer: for (let i = 0; i <= limit; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    for (let k = 1; k < word.length; k++) {
      if (bytes[i + 2 * k] !== word.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

interface Relationship {
  readonly type: string;
  readonly target: string;
}

export function officeDocumentPath(xml: string | null): string | null {
  if (!xml) return null;
  for (const rel of relationships(xml, '').values()) {
    if (rel.type.endsWith('/officeDocument')) return rel.target;
  }
  return null;
}

/** Relationship id → type and zip path (targets are relative to `base` unless they start with `/`). */
export function relationships(xml: string | null, base: string): Map<string, Relationship> {
  const out = new Map<string, Relationship>();
  if (!xml) return out;
  let pos = 0;
  for (;;) {
    const at = xml.indexOf('<Relationship ', pos);
    if (at < 0) break;
    const end = xml.indexOf('>', at);
    const id = attributeIn(xml, at, end, ' Id="');
    const type = attributeIn(xml, at, end, ' Type="') ?? '';
    const target = unescapeAttribute(attributeIn(xml, at, end, ' Target="') ?? '');
    if (id) out.set(id, { type, target: resolvePath(base, target) });
    pos = end;
  }
  return out;
}

function resolvePath(base: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : base + target).split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return out.join('/');
}

interface SheetEntry {
  readonly name: string;
  readonly rid: string;
  /** `state="hidden"` or `state="veryHidden"` on the `<sheet>` element. */
  readonly hidden: boolean;
}

export function workbookSheets(xml: string): SheetEntry[] {
  const prefix = rootPrefix(xml, 'workbook');
  const open = `<${prefix}sheet`;
  const out: SheetEntry[] = [];
  let pos = xml.indexOf(`<${prefix}sheets`);
  if (pos < 0) return out;
  for (;;) {
    const at = xml.indexOf(open, pos);
    if (at < 0) break;
    pos = at + open.length;
    if (!endsTagName(xml, pos)) continue; // <sheets>
    const end = xml.indexOf('>', at);
    const name = attributeIn(xml, at, end, ' name="');
    const rid = attributeIn(xml, at, end, ':id="');
    const state = attributeIn(xml, at, end, ' state="');
    const hidden = state === 'hidden' || state === 'veryHidden';
    if (name !== null && rid !== null) out.push({ name: unescapeAttribute(name), rid, hidden });
  }
  return out;
}

/** Indexes (in workbook order) of the sheets carrying Huibao's sheet-scoped marker name. */
export function ownedSheetIndexes(xml: string): Set<number> {
  const out = new Set<number>();
  const marker = `name="${OWNER_NAME}"`;
  let pos = 0;
  for (;;) {
    const at = xml.indexOf(marker, pos);
    if (at < 0) break;
    const start = xml.lastIndexOf('<', at);
    const end = xml.indexOf('>', at);
    const scope = attributeIn(xml, start, end, ' localSheetId="');
    if (scope !== null) out.add(Number(scope));
    pos = end;
  }
  return out;
}

function readSharedStrings(xml: string): string[] {
  const prefix = rootPrefix(xml, 'sst');
  const open = `<${prefix}si>`;
  const close = `</${prefix}si>`;
  const out: string[] = [];
  let pos = 0;
  for (;;) {
    const at = xml.indexOf(open, pos);
    if (at < 0) break;
    const end = xml.indexOf(close, at);
    if (end < 0) break;
    out.push(richText(xml, at + open.length, end, prefix));
    pos = end + close.length;
  }
  return out;
}

/** Number format code of each cell style (`s` index), null for General. */
function readStyles(xml: string): (string | null)[] {
  const prefix = rootPrefix(xml, 'styleSheet');
  const custom = new Map<number, string>();
  const fmtOpen = `<${prefix}numFmt `;
  let pos = 0;
  for (;;) {
    const at = xml.indexOf(fmtOpen, pos);
    if (at < 0) break;
    const end = xml.indexOf('>', at);
    const id = attributeIn(xml, at, end, ' numFmtId="');
    const code = attributeIn(xml, at, end, ' formatCode="');
    if (id !== null && code !== null) custom.set(Number(id), unescapeAttribute(code));
    pos = end;
  }
  const out: (string | null)[] = [];
  const start = xml.indexOf(`<${prefix}cellXfs`);
  if (start < 0) return out;
  const stop = xml.indexOf(`</${prefix}cellXfs>`, start);
  const xfOpen = `<${prefix}xf`;
  pos = start;
  for (;;) {
    const at = xml.indexOf(xfOpen, pos);
    if (at < 0 || (stop >= 0 && at > stop)) break;
    pos = at + xfOpen.length;
    if (!endsTagName(xml, pos)) continue;
    const end = xml.indexOf('>', at);
    const id = Number(attributeIn(xml, at, end, ' numFmtId="') ?? 0);
    const code = custom.get(id) ?? BUILTIN_FORMATS[id] ?? null;
    out.push(code === 'General' ? null : code);
  }
  return out;
}

/** `B2:B4` → rows 1–3 of column 1; null for anything else (a single cell is no merge). */
function mergedRange(ref: string): MergedRange | null {
  const match = /^([A-Za-z]{1,3})(\d+):([A-Za-z]{1,3})(\d+)$/.exec(ref.trim());
  if (!match) return null;
  const left = columnIndex(match[1]);
  const right = columnIndex(match[3]);
  const top = Number(match[2]) - 1;
  const bottom = Number(match[4]) - 1;
  if (top < 0 || bottom < top || right < left || (top === bottom && left === right)) return null;
  return { top, left, bottom, right };
}

/** The `<mergeCells>` of a worksheet part (after its `<sheetData>`). */
function readMerges(xml: string): MergedRange[] {
  const p = rootPrefix(xml, 'worksheet');
  const open = `<${p}mergeCell `;
  const out: MergedRange[] = [];
  const dataEnd = xml.lastIndexOf(`</${p}sheetData>`);
  let pos = xml.indexOf(`<${p}mergeCells`, dataEnd < 0 ? 0 : dataEnd);
  if (pos < 0) return out;
  for (;;) {
    const at = xml.indexOf(open, pos);
    if (at < 0) break;
    const end = xml.indexOf('>', at);
    if (end < 0) break;
    const ref = attributeIn(xml, at, end, ' ref="');
    const range = ref === null ? null : mergedRange(ref);
    if (range) out.push(range);
    pos = end;
  }
  return out;
}

/** A worksheet part's cells into `grid` (texts of the shared-strings part are indexes below `sharedCount`). */
function readSheet(
  xml: string,
  sharedCount: number,
  xfFormats: readonly (string | null)[],
  grid: GridBuilder,
): CellGrid {
  const p = rootPrefix(xml, 'worksheet');
  const rowOpen = `<${p}row`;
  const cellOpen = `<${p}c`;
  const cellClose = `</${p}c>`;
  const vOpen = `<${p}v>`;
  const vClose = `</${p}v>`;
  const fOpen = `<${p}f`;
  const fClose = `</${p}f>`;
  const isOpen = `<${p}is>`;

  const dataStart = xml.indexOf(`<${p}sheetData`);
  const dataEnd = dataStart < 0 ? -1 : xml.indexOf(`</${p}sheetData>`, dataStart);
  let pos = dataStart;
  let row = -1;
  let col = -1;
  while (dataEnd > 0) {
    const lt = xml.indexOf('<', pos + 1);
    if (lt < 0 || lt >= dataEnd) break;
    if (xml.startsWith(rowOpen, lt) && endsTagName(xml, lt + rowOpen.length)) {
      const gt = xml.indexOf('>', lt);
      const r = attribute(xml.substring(lt, gt), ' r="');
      row = r !== null ? Number(r) - 1 : row + 1;
      col = -1;
      grid.touchRow(row);
      pos = gt;
      continue;
    }
    if (!(xml.startsWith(cellOpen, lt) && endsTagName(xml, lt + cellOpen.length))) {
      pos = lt;
      continue;
    }
    const gt = xml.indexOf('>', lt);
    // Attributes read in place (r → position, s → style index, t → type) without cutting out the tag.
    let refCol = -1;
    let refRow = -1;
    let style = -1;
    let type: string | null = null;
    for (let i = lt + cellOpen.length; i < gt;) {
      const ch = xml.charCodeAt(i);
      if (ch === 32 || ch === 47 || ch === 9 || ch === 10 || ch === 13) {
        i++;
        continue;
      }
      const eq = xml.indexOf('=', i);
      if (eq < 0 || eq >= gt) break;
      const quote = xml[eq + 1];
      const from = eq + 2;
      const to = xml.indexOf(quote, from);
      if (to < 0 || to > gt) break;
      if (eq - i === 1) {
        const attr = xml.charCodeAt(i);
        if (attr === 114) {
          let k = from;
          let letters = 0;
          for (
            let code = xml.charCodeAt(k);
            (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
            code = xml.charCodeAt(++k)
          ) {
            letters = letters * 26 + ((code & 0x1f) as number);
          }
          let digits = 0;
          for (let code = xml.charCodeAt(k); code >= 48 && code <= 57; code = xml.charCodeAt(++k)) {
            digits = digits * 10 + (code - 48);
          }
          if (letters > 0) refCol = letters - 1;
          if (digits > 0) refRow = digits - 1;
        } else if (attr === 115) {
          style = 0;
          for (let k = from; k < to; k++) style = style * 10 + (xml.charCodeAt(k) - 48);
        } else if (attr === 116) {
          type = xml.substring(from, to);
        }
      }
      i = to + 1;
    }
    col = refCol >= 0 ? refCol : col + 1;
    if (refRow >= 0 && refRow !== row) {
      // A cell outside its <row> (rare writers): follow the reference.
      row = refRow;
      grid.touchRow(row);
    }
    if (style >= 0) {
      const format = xfFormats[style] ?? null;
      if (format !== null) grid.setFormat(row, col, format);
    }
    if (xml.charCodeAt(gt - 1) === 47) {
      pos = gt; // <c r="B2" s="3"/>: styled but empty
      continue;
    }
    const end = xml.indexOf(cellClose, gt);
    if (end < 0) break; // truncated sheet: keep what was read

    // The cell's children in order: <f>, <v>, <is>; anything else (extLst) is stepped over.
    let raw: string | null = null;
    let formula: string | null = null;
    let inline = -1;
    let c = gt + 1;
    while (c < end) {
      if (xml.startsWith(vOpen, c)) {
        const close = xml.indexOf(vClose, c);
        raw = xml.substring(c + vOpen.length, close);
        c = close + vClose.length;
      } else if (xml.startsWith(fOpen, c) && endsTagName(xml, c + fOpen.length)) {
        const fGt = xml.indexOf('>', c);
        if (xml.charCodeAt(fGt - 1) === 47) {
          c = fGt + 1; // a shared formula's follower: only the leader carries the text
        } else {
          const close = xml.indexOf(fClose, fGt);
          formula = xml.substring(fGt + 1, close);
          c = close + fClose.length;
        }
      } else if (xml.startsWith(isOpen, c)) {
        inline = c;
        break;
      } else {
        const next = xml.indexOf('>', c);
        if (next < 0 || next >= end) break;
        c = next + 1;
      }
    }
    switch (type) {
      case null:
      case 'n':
        if (raw !== null && raw !== '') grid.setNumber(row, col, Number(raw));
        break;
      case 's': {
        const index = raw === null ? -1 : Number(raw);
        if (index >= 0 && index < sharedCount && Number.isInteger(index)) grid.setTextIndex(row, col, index);
        break;
      }
      case 'str':
        if (raw !== null) grid.setText(row, col, unescapeXml(raw));
        break;
      case 'inlineStr':
        if (inline >= 0) grid.setText(row, col, richText(xml, inline, end, p));
        break;
      case 'b':
        if (raw !== null) grid.setBoolean(row, col, raw.trim() === '1' || raw.trim() === 'true');
        break;
      case 'e':
        grid.setError(row, col, raw === null ? '#N/A' : unescapeXml(raw));
        break;
      default:
        if (raw !== null) grid.setText(row, col, unescapeXml(raw)); // `d` (ISO date) and unknown types: the text as stored
    }
    if (formula) grid.setFormula(row, col, `=${unescapeXml(formula)}`);
    pos = end;
  }
  return grid.build();
}
