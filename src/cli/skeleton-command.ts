/**
 * `huibao skeleton <template.txt> -o <indicators.xlsx> [--lang en]`: the indicator workbook for a masked report,
 * one row per mask. It never overwrites an existing file: the skeleton is where people type their numbers. A template
 * without masks is not a usable input (exit 2, nothing written), as for `fill`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { scanMasks } from '../core/masks';
import { buildSkeletonPlan } from '../core/skeleton-plan';
import { isXlsxError, writeXlsx } from '../xlsx';
import { UsageError, parseArgs, stringFlag } from './args';
import { EXIT, type Command } from './cli';
import { clashMessage, findPathClash, isXlsxName, unwritableOutput, writeReason } from './paths';
import { readTemplate } from './read-template';

const FLAGS = {
  output: { value: true, short: 'o', file: true },
  lang: { value: true },
  help: { value: false, short: 'h' },
} as const;

export const skeletonCommand: Command = async (argv, io) => {
  const { messages } = io;
  const args = parseArgs(argv, FLAGS);
  if (args.flags.help) {
    io.out(messages.t('skeleton', 'usage') + messages.t('cli', 'helpSkeleton'));
    return EXIT.ok;
  }
  const [templatePath, ...extra] = args.positional;
  if (extra.length > 0) throw new UsageError(extra[0]);
  const outputPath = stringFlag(args, 'output');
  if (!templatePath || !outputPath) {
    const what = messages.t('skeleton', templatePath ? 'argOutput' : 'argTemplate');
    io.err(messages.t('skeleton', 'missingArg', { what }) + messages.t('skeleton', 'usage'));
    return EXIT.usage;
  }
  const clash = findPathClash(
    [{ path: templatePath, label: messages.t('cli', 'roleTemplate') }],
    [{ path: outputPath, label: '-o' }],
  );
  if (clash) {
    io.err(clashMessage(clash, 'skeleton', messages));
    return EXIT.usage;
  }
  if (!isXlsxName(outputPath)) {
    io.err(messages.t('cli', 'notXlsxOutput', { command: 'skeleton', flag: '-o', path: outputPath }));
    return EXIT.usage;
  }
  // Missing folders are made below; a file in their way, or a folder as the output, is told before reading.
  const unwritable = unwritableOutput('skeleton', [outputPath], messages, true);
  if (unwritable) {
    io.err(unwritable);
    return EXIT.usage;
  }
  const read = await readTemplate(templatePath, messages);
  if (!read.ok) {
    io.err(messages.t('skeleton', 'cannotRead', { path: templatePath, reason: read.reason }));
    return EXIT.usage;
  }
  const template = read.text;
  const scan = scanMasks(template);
  if (scan.masks.length === 0) {
    io.err(messages.t('skeleton', 'noMasks', { path: templatePath }));
    return EXIT.usage;
  }
  let bytes: Uint8Array;
  try {
    bytes = await writeXlsx(buildSkeletonPlan(scan, messages), null);
  } catch (error) {
    if (!isXlsxError(error)) throw error;
    io.err(messages.t('skeleton', 'cannotWrite', { path: outputPath, reason: error.localise(messages) }));
    return EXIT.usage;
  }
  try {
    // A folder that does not exist yet is made, as `run` does.
    await mkdir(dirname(resolve(outputPath)), { recursive: true });
    // `wx`: fail rather than replace a file that may already hold people's numbers.
    await writeFile(outputPath, bytes, { flag: 'wx' });
  } catch (error) {
    const exists = (error as { code?: string }).code === 'EEXIST';
    io.err(
      exists
        ? messages.t('skeleton', 'exists', { path: outputPath })
        : messages.t('skeleton', 'cannotWrite', { path: outputPath, reason: writeReason(error, messages) }),
    );
    return EXIT.usage;
  }
  const text = scan.masks.filter((m) => m.kind.startsWith('text-')).length;
  io.out(
    messages.t('skeleton', 'wrote', {
      path: outputPath,
      rows: scan.masks.length,
      total: scan.masks.length,
      numeric: scan.masks.length - text - scan.unclassified.length,
      text,
    }),
  );
  if (scan.unclassified.length > 0) {
    io.err(messages.t('skeleton', 'unclassified', { count: scan.unclassified.length }));
    for (const mask of scan.unclassified) {
      io.err(
        messages.t('skeleton', 'unclassifiedLine', { id: mask.id, line: mask.line + 1, source: mask.source }),
      );
    }
  }
  return EXIT.ok;
};
