/**
 * Output safety shared by every command: before anything is written, each output is compared with each input and
 * with the other outputs by what it really is (symbolic links resolved, hard links by device and inode), so that a
 * command never writes over a file it reads and never writes two results to one file.
 */
import { lstatSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { Messages } from '../core/i18n';

/** A path named on the command line, with the flag or role that names it in messages (`-o`, `--json`, `工作簿`). */
export interface NamedPath {
  readonly path: string;
  readonly label: string;
}

interface Identity {
  /** The real path: of the file when it exists, else of its nearest existing folder plus the rest of the name. */
  readonly real: string;
  /** Device and inode of an existing file: the same for every hard link to it. */
  readonly inode?: string;
}

function realOrNearest(abs: string): string {
  const rest: string[] = [];
  let at = abs;
  for (;;) {
    try {
      return join(realpathSync(at), ...rest);
    } catch {
      const parent = dirname(at);
      if (parent === at) return abs;
      rest.unshift(basename(at));
      at = parent;
    }
  }
}

function identityOf(path: string): Identity {
  const abs = resolve(path);
  try {
    const stat = statSync(abs);
    // Some file systems report inode 0 for every file: then only the real path tells.
    const inode = stat.ino !== 0 ? `${stat.dev}:${stat.ino}` : undefined;
    return { real: realpathSync(abs), inode };
  } catch {
    // A link whose target does not exist yet: writing to it creates the target, so the target is what counts.
    try {
      if (lstatSync(abs).isSymbolicLink())
        return { real: realOrNearest(resolve(dirname(abs), readlinkSync(abs))) };
    } catch {
      // Not there at all: fall through.
    }
    return { real: realOrNearest(abs) };
  }
}

function sameFile(a: Identity, b: Identity): boolean {
  return a.real === b.real || (a.inode !== undefined && a.inode === b.inode);
}

export type PathClash =
  | { readonly kind: 'input'; readonly output: NamedPath; readonly input: NamedPath }
  | { readonly kind: 'outputs'; readonly first: NamedPath; readonly second: NamedPath };

/** The first output that is an input or another output, or null when every output is a file of its own. */
export function findPathClash(inputs: readonly NamedPath[], outputs: readonly NamedPath[]): PathClash | null {
  const inputIds = inputs.map((p) => identityOf(p.path));
  const outputIds = outputs.map((p) => identityOf(p.path));
  for (let o = 0; o < outputs.length; o++) {
    const i = inputIds.findIndex((id) => sameFile(id, outputIds[o]));
    if (i >= 0) return { kind: 'input', output: outputs[o], input: inputs[i] };
    const earlier = outputIds.slice(0, o).findIndex((id) => sameFile(id, outputIds[o]));
    if (earlier >= 0) return { kind: 'outputs', first: outputs[earlier], second: outputs[o] };
  }
  return null;
}

/** The message for a clash, naming both paths as they were typed. */
export function clashMessage(clash: PathClash, command: string, messages: Messages): string {
  return clash.kind === 'input'
    ? messages.t('cli', 'outputIsInput', {
        command,
        outFlag: clash.output.label,
        output: clash.output.path,
        inRole: clash.input.label,
        input: clash.input.path,
      })
    : messages.t('cli', 'outputsSame', {
        command,
        firstFlag: clash.first.label,
        first: clash.first.path,
        secondFlag: clash.second.label,
        second: clash.second.path,
      });
}

/** True when the name ends in `.xlsx` (any case): what the workbook writers produce. */
export function isXlsxName(path: string): boolean {
  return extname(path).toLowerCase() === '.xlsx';
}

/** Office document names that a plain-text report must not be written under. */
const OFFICE_EXTENSIONS = new Set(['.xlsx', '.xlsm', '.xls', '.docx', '.doc', '.pdf']);
export function isOfficeName(path: string): boolean {
  return OFFICE_EXTENSIONS.has(extname(path).toLowerCase());
}

/** Why a file could not be written, in words people read; the system's code is kept for those who search it. */
export function writeReason(error: unknown, messages: Messages): string {
  const code = (error as { code?: unknown } | null)?.code;
  const key = (
    {
      ENOENT: 'writeNoPlace',
      EACCES: 'writePermission',
      EPERM: 'writePermission',
      EROFS: 'writeReadOnly',
      ENOSPC: 'writeDiskFull',
      EDQUOT: 'writeDiskFull',
      EISDIR: 'writeIsFolder',
      ENOTDIR: 'writeNotFolder',
      // mkdir of the output's folder, where a file of that name is in the way
      EEXIST: 'writeNotFolder',
    } as const
  )[typeof code === 'string' ? code : ''];
  if (key && typeof code === 'string') return messages.t('cli', key, { code });
  return error instanceof Error ? error.message : String(error);
}

/** Why a workbook could not be read (before its bytes are parsed), in words people read. */
export function readReason(error: unknown, messages: Messages): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'EISDIR') return messages.t('cli', 'readIsFolder');
  if (code === 'ENOENT') return messages.t('fill', 'reasonMissing');
  if (code === 'EACCES' || code === 'EPERM') return messages.t('fill', 'reasonPermission');
  if (code === 'ENOTDIR') return messages.t('fill', 'reasonNoFolder');
  return error instanceof Error ? error.message : String(error);
}
