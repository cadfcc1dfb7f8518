/**
 * Rewrites a few entries of a zip and copies every other entry's compressed bytes as they are, so patching two XML
 * parts of a large workbook costs what those parts cost, not a recompression of the whole file.
 */
import { deflateSync } from 'fflate';
import { entryData, zipEntries, type ZipEntry } from './zip-entries';

const utf8 = new TextDecoder('utf-8');
const encoder = new TextEncoder();

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * Calls `edit` with the text of each entry named in `names` (missing ones are skipped); where it returns a
 * different string the entry is replaced. Returns the original bytes when nothing changed.
 */
export function editZipText(
  zip: Uint8Array,
  names: ReadonlySet<string>,
  edit: (name: string, text: string) => string,
): Uint8Array {
  const { list } = zipEntries(zip);
  const replaced = new Map<string, Uint8Array>();
  for (const entry of list) {
    if (!names.has(entry.name)) continue;
    const before = utf8.decode(entryData(zip, entry));
    const after = edit(entry.name, before);
    if (after !== before) replaced.set(entry.name, encoder.encode(after));
  }
  return rewriteZip(zip, replaced);
}

/** The text of the named entries that exist. */
export function readZipText(zip: Uint8Array, names: readonly string[]): Map<string, string> {
  const wanted = new Set(names);
  const out = new Map<string, string>();
  for (const entry of zipEntries(zip).list) {
    if (wanted.has(entry.name)) out.set(entry.name, utf8.decode(entryData(zip, entry)));
  }
  return out;
}

/**
 * A copy of `zip` with the entries in `changes` replaced (new bytes) or dropped (null), and those it does not hold
 * yet added at the end; every other entry is copied compressed as it is. Returns the original bytes when there is
 * nothing to change.
 */
export function rewriteZip(zip: Uint8Array, changes: ReadonlyMap<string, Uint8Array | null>): Uint8Array {
  if (changes.size === 0) return zip;
  const { list, centralOffset } = zipEntries(zip);
  const ordered = [...list].sort((a, b) => a.localOffset - b.localOffset);
  const ends = new Map<ZipEntry, number>();
  ordered.forEach((entry, i) =>
    ends.set(entry, i + 1 < ordered.length ? ordered[i + 1].localOffset : centralOffset),
  );
  const parts: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of ordered) {
    const content = changes.get(entry.name);
    if (content === null) continue; // dropped
    if (!content) {
      // Copied whole: local header, data and any data descriptor.
      const segment = zip.subarray(entry.localOffset, ends.get(entry));
      // A fresh copy: `slice` on a Node Buffer is a view into the caller's bytes, and a view shares its
      // ArrayBuffer (a pooled one may start anywhere), so the offset must only ever be written into this copy.
      const central = new Uint8Array(entry.central);
      new DataView(central.buffer, central.byteOffset, central.byteLength).setUint32(42, offset, true);
      parts.push(segment);
      centrals.push(central);
      offset += segment.length;
      continue;
    }
    const old = new DataView(entry.central.buffer, entry.central.byteOffset, entry.central.byteLength);
    const written = storedEntry(
      entry.name,
      content,
      old.getUint16(12, true),
      old.getUint16(14, true),
      offset,
    );
    parts.push(written.local);
    centrals.push(written.central);
    offset += written.local.length;
  }
  const known = new Set(list.map((entry) => entry.name));
  for (const [name, content] of changes) {
    if (content === null || known.has(name)) continue;
    const written = storedEntry(name, content, 0, NEW_ENTRY_DATE, offset);
    parts.push(written.local);
    centrals.push(written.central);
    offset += written.local.length;
  }
  const centralSize = centrals.reduce((sum, c) => sum + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, centrals.length, true);
  ev.setUint16(10, centrals.length, true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true);
  const out = new Uint8Array(offset + centralSize + end.length);
  let at = 0;
  for (const part of [...parts, ...centrals, end]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** 1980-01-01 in DOS date format, for entries we add (excelize rewrites the whole zip afterwards anyway). */
const NEW_ENTRY_DATE = (0 << 9) | (1 << 5) | 1;

/** Local header + deflated data, and the central directory record, of one entry written at `offset`. */
function storedEntry(
  entryName: string,
  content: Uint8Array,
  time: number,
  date: number,
  offset: number,
): { local: Uint8Array; central: Uint8Array } {
  const name = encoder.encode(entryName);
  const data = deflateSync(content, { level: 6 });
  const crc = crc32(content);
  const local = new Uint8Array(30 + name.length + data.length);
  const lv = new DataView(local.buffer);
  lv.setUint32(0, 0x04034b50, true);
  lv.setUint16(4, 20, true);
  lv.setUint16(6, 0x0800, true); // UTF-8 names, sizes in the header
  lv.setUint16(8, 8, true);
  lv.setUint16(10, time, true);
  lv.setUint16(12, date, true);
  lv.setUint32(14, crc, true);
  lv.setUint32(18, data.length, true);
  lv.setUint32(22, content.length, true);
  lv.setUint16(26, name.length, true);
  local.set(name, 30);
  local.set(data, 30 + name.length);
  const central = new Uint8Array(46 + name.length);
  const cv = new DataView(central.buffer);
  cv.setUint32(0, 0x02014b50, true);
  cv.setUint16(4, 20, true);
  cv.setUint16(6, 20, true);
  cv.setUint16(8, 0x0800, true);
  cv.setUint16(10, 8, true);
  cv.setUint16(12, time, true);
  cv.setUint16(14, date, true);
  cv.setUint32(16, crc, true);
  cv.setUint32(20, data.length, true);
  cv.setUint32(24, content.length, true);
  cv.setUint16(28, name.length, true);
  cv.setUint32(42, offset, true);
  central.set(name, 46);
  return { local, central };
}
