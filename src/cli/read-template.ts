/**
 * Reading a masked report template from disk, shared by `skeleton`, `fill` and `run`: text in UTF-8, UTF-16 with
 * a BOM (Notepad's "Unicode") or GB18030 (as older Chinese files are), a binary file (an .xlsx, a .docx, an image) refused before it is scanned for masks,
 * and file-system errors in words people read.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Messages } from '../core/i18n';

/** A file-system error in words people read; the code names the common cases. */
export function fileReason(error: unknown, messages: Messages): string {
  const code = (error as { code?: string } | null)?.code;
  if (code === 'ENOENT') return messages.t('fill', 'reasonMissing');
  if (code === 'EISDIR') return messages.t('fill', 'reasonDirectory');
  if (code === 'EACCES' || code === 'EPERM') return messages.t('fill', 'reasonPermission');
  if (code === 'ENOTDIR') return messages.t('fill', 'reasonNoFolder');
  // Never the system's own (English) text.
  return messages.t('cli', 'readOther');
}

/** A reader's reason that starts with the file's own name (`t.txt：不是 .xlsx…`), without it: the caller names it. */
export function reasonWithoutName(reason: string, path: string): string {
  const name = basename(path);
  for (const separator of ['：', ': ', ':']) {
    if (reason.startsWith(name + separator)) return reason.slice(name.length + separator.length).trimStart();
  }
  return reason;
}

/** How a template file was written: what `fill` tells when the report it writes (always UTF-8) differs. */
export type TemplateEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** UTF-16 is only taken with its BOM (Notepad's "Unicode" writes FF FE): without one it cannot be told reliably. */
export function templateEncoding(bytes: Uint8Array): TemplateEncoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

/** Template text: UTF-8, UTF-16 with a BOM, or GB18030 when the bytes are not UTF-8; BOM dropped, line ends kept. */
export function decodeTemplate(
  bytes: Uint8Array,
  encoding: TemplateEncoding = templateEncoding(bytes),
): string {
  return new TextDecoder(encoding).decode(bytes).replace(/^\uFEFF/, '');
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const PDF = [0x25, 0x50, 0x44, 0x46];
/** How much of the file is looked at, and the share of control characters above which it is not text. */
const SNIFF_BYTES = 8192;
const MAX_CONTROL_SHARE = 0.05;

/** True for bytes that are not a text template: a zip (.xlsx, .docx), an old Office file, a PDF, NULs, or mostly control characters. */
export function looksBinary(bytes: Uint8Array): boolean {
  const starts = (sig: readonly number[]) => sig.every((b, k) => bytes[k] === b);
  if (starts(ZIP) || starts(OLE) || starts(PDF)) return true;
  const encoding = templateEncoding(bytes);
  // An even length, so UTF-16 is not cut inside a character; a cut UTF-8 or GB18030 character is one U+FFFD.
  const head = bytes.subarray(0, SNIFF_BYTES);
  // UTF-16 text is half NULs; other text has none.
  if (!encoding.startsWith('utf-16') && head.includes(0)) return true;
  const text = decodeTemplate(head, encoding);
  if (text.length === 0) return false;
  let control = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if ((code < 0x20 && ch !== '\n' && ch !== '\r' && ch !== '\t') || ch === '\uFFFD') control++;
  }
  return control / text.length > MAX_CONTROL_SHARE;
}

export type TemplateRead =
  | { readonly ok: true; readonly text: string; readonly encoding: TemplateEncoding }
  | { readonly ok: false; readonly binary: boolean; readonly missing: boolean; readonly reason: string };

/** Reads a template file; never throws for a missing, unreadable or binary file. */
export async function readTemplate(path: string, messages: Messages): Promise<TemplateRead> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const missing = (error as { code?: string } | null)?.code === 'ENOENT';
    return { ok: false, binary: false, missing, reason: fileReason(error, messages) };
  }
  if (looksBinary(bytes)) {
    return { ok: false, binary: true, missing: false, reason: messages.t('fill', 'reasonNotText') };
  }
  const encoding = templateEncoding(bytes);
  return { ok: true, text: decodeTemplate(bytes, encoding), encoding };
}
