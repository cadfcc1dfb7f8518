/**
 * Output safety shared by every command: before anything is written, each output is compared with each input and
 * with the other outputs by what it really is (symbolic links resolved, hard links by device and inode), so that a
 * command never writes over a file it reads and never writes two results to one file.
 */
import { accessSync, constants, lstatSync, readlinkSync, realpathSync, statSync } from 'node:fs';
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

/** The code of a file-system error, if it has one. */
function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

/** Why a file could not be written, in words people read (the system's codes are mapped, never shown). */
export function writeReason(error: unknown, messages: Messages): string {
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
  )[codeOf(error)];
  return messages.t('cli', key ?? 'writeOther');
}

/** Why a workbook could not be read (before its bytes are parsed), in words people read. */
export function readReason(error: unknown, messages: Messages): string {
  const code = codeOf(error);
  if (code === 'EISDIR') return messages.t('cli', 'readIsFolder');
  if (code === 'ENOENT') return messages.t('fill', 'reasonMissing');
  if (code === 'EACCES' || code === 'EPERM') return messages.t('fill', 'reasonPermission');
  if (code === 'ENOTDIR') return messages.t('fill', 'reasonNoFolder');
  return messages.t('cli', 'readOther');
}

/** A reason that ends a message, closed with the language's full stop unless it already ends a sentence. */
export function sentence(reason: string, messages: Messages): string {
  return /[。.！!？?]$/.test(reason) ? reason : reason + messages.t('cli', 'sentenceEnd');
}

/**
 * Why an output cannot be written, found before any input is read so that a long analysis is not thrown away at
 * the end (and its exit code with it); null when it looks writable. The folder is named when it is the problem.
 * `makesFolders`: the command creates missing folders (`run`, `skeleton`), so only what exists of the path must
 * be folders; otherwise the output's own folder must exist.
 */
export function outputProblem(path: string, messages: Messages, makesFolders: boolean): string | null {
  const abs = resolve(path);
  const target = statOrNull(abs);
  if (target?.isDirectory()) return messages.t('cli', 'writeIsFolder');
  if (target) return writable(abs) ? null : messages.t('cli', 'writePermission');
  let folder = dirname(abs);
  let stat = statOrNull(folder);
  if (!stat && !makesFolders) return messages.t('cli', 'folderMissing', { folder: shown(path, folder) });
  while (!stat && dirname(folder) !== folder) {
    folder = dirname(folder);
    stat = statOrNull(folder);
  }
  if (!stat) return null;
  if (!stat.isDirectory()) return messages.t('cli', 'folderIsFile', { folder: shown(path, folder) });
  return writable(folder) ? null : messages.t('cli', 'folderNoPermission', { folder: shown(path, folder) });
}

/** The folder as people typed it when it is a part of the typed path (`out/new`), else absolute. */
function shown(typed: string, folder: string): string {
  let at = typed.replace(/[\\/]+$/, '');
  for (;;) {
    const parent = dirname(at);
    if (resolve(parent) === folder) return parent;
    if (parent === at) return folder;
    at = parent;
  }
}

function statOrNull(path: string): ReturnType<typeof statSync> | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Why a command stops before it reads anything: its `--json` is named like an Office file (Excel could not open the
 * JSON it would get), or one of its `outputs` cannot be written (see `unwritableOutput`); null when it may go on.
 */
export function outputRefusal(
  command: string,
  jsonPath: string | undefined,
  outputs: readonly string[],
  messages: Messages,
  makesFolders: boolean,
): string | null {
  if (jsonPath !== undefined && isOfficeName(jsonPath)) {
    return messages.t('cli', 'jsonAsOffice', { command, path: jsonPath });
  }
  return unwritableOutput(command, outputs, messages, makesFolders);
}

/** The message for the first output that cannot be written (see `outputProblem`), or null when all look writable. */
export function unwritableOutput(
  command: string,
  paths: readonly string[],
  messages: Messages,
  makesFolders: boolean,
): string | null {
  for (const path of paths) {
    const problem = outputProblem(path, messages, makesFolders);
    if (problem)
      return messages.t('cli', 'cannotWrite', { command, path, reason: sentence(problem, messages) });
  }
  return null;
}
