/**
 * A zip's central directory and single-entry inflation, so readers inflate one part at a time (peak memory is
 * one worksheet, not the whole workbook) and editors can copy untouched entries as they are.
 */
import { inflateSync } from 'fflate';

const utf8 = new TextDecoder('utf-8');

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  /** General-purpose bit flags; bit 0 set: the entry is encrypted (`zip -P`), its data unreadable without a key. */
  readonly flags: number;
  readonly compressedSize: number;
  readonly localOffset: number;
  readonly central: Uint8Array;
}

/**
 * The caller's bytes as a plain `Uint8Array` view over the same memory (no copy), keeping its byteOffset and
 * byteLength. A Node `Buffer` is a Uint8Array whose `slice` returns a view instead of a copy, and a small one
 * shares Node's pool with other buffers; working on a plain view means no method of ours can write into them.
 */
export function plainBytes(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The end-of-central-directory record is missing: most often a file cut short (a download or copy not finished). */
export class ZipNoDirectoryError extends Error {
  override readonly name = 'ZipNoDirectoryError';
}

export function zipEntries(zip: Uint8Array): { list: ZipEntry[]; centralOffset: number } {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipNoDirectoryError('zip: no end of central directory');
  const count = view.getUint16(eocd + 10, true);
  const centralOffset = view.getUint32(eocd + 16, true);
  const list: ZipEntry[] = [];
  let pos = centralOffset;
  for (let i = 0; i < count; i++) {
    if (view.getUint32(pos, true) !== 0x02014b50) throw new Error('zip: bad central directory');
    const nameLength = view.getUint16(pos + 28, true);
    const extraLength = view.getUint16(pos + 30, true);
    const commentLength = view.getUint16(pos + 32, true);
    const size = 46 + nameLength + extraLength + commentLength;
    list.push({
      name: utf8.decode(zip.subarray(pos + 46, pos + 46 + nameLength)),
      method: view.getUint16(pos + 10, true),
      flags: view.getUint16(pos + 8, true),
      compressedSize: view.getUint32(pos + 20, true),
      localOffset: view.getUint32(pos + 42, true),
      central: zip.subarray(pos, pos + size),
    });
    pos += size;
  }
  return { list, centralOffset };
}

export function entryData(zip: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const start =
    entry.localOffset +
    30 +
    view.getUint16(entry.localOffset + 26, true) +
    view.getUint16(entry.localOffset + 28, true);
  const raw = zip.subarray(start, start + entry.compressedSize);
  return entry.method === 0 ? raw : inflateSync(raw);
}
