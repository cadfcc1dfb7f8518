/**
 * `huibao fill --template <t.txt> --workbook <w.xlsx> -o <report.txt> [--json <slots.json>] [--lang en]`: the
 * report with every mask filled from the workbook's indicators. Exit 0 when every mask was filled (warnings
 * allowed), 1 when some were not, 2 when the arguments or files cannot be used: a template without masks too (it is
 * not a masked report, most likely the wrong file), as for `skeleton`. The report is written in UTF-8.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { fillIndicatorsFromSnapshot, fillReport } from '../core/fill';
import { localiseFinding } from '../core/findings';
import type { Messages } from '../core/i18n';
import { findIndicatorSheets } from '../core/indicator-sheet';
import type { FillIndicator, FillResult, SlotStatus } from '../core/results';
import { DEFAULT_SETTINGS } from '../core/settings';
import type { WorkbookSnapshot } from '../core/snapshot';
import { isXlsxError, readXlsx } from '../xlsx';
import { UsageError, parseArgs, stringFlag } from './args';
import { EXIT, type Command } from './cli';
import {
  clashMessage,
  findPathClash,
  isOfficeName,
  readReason,
  sentence,
  outputRefusal,
  writeReason,
} from './paths';
import { readTemplate, reasonWithoutName } from './read-template';

const FLAGS = {
  template: { value: true, short: 't', file: true },
  workbook: { value: true, short: 'w', file: true },
  output: { value: true, short: 'o', file: true },
  json: { value: true, file: true },
  lang: { value: true },
  help: { value: false, short: 'h' },
} as const;

export { decodeTemplate, fileReason } from './read-template';

/** With community sheets the values to write are the street totals, which only the analysis computes. */
async function indicatorsOf(snapshot: WorkbookSnapshot): Promise<FillIndicator[]> {
  const layouts = findIndicatorSheets(snapshot);
  const single =
    layouts.filter((l) => l.kind === 'indicators').length <= 1 &&
    layouts.every((l) => l.kind !== 'catalogue');
  if (single) return fillIndicatorsFromSnapshot(snapshot);
  const [{ analyseWorkbook }, { fillIndicatorsOf }] = await Promise.all([
    import('../core/analyse'),
    import('../core/pipeline'),
  ]);
  return fillIndicatorsOf(analyseWorkbook(snapshot, DEFAULT_SETTINGS), snapshot);
}

function statusLabel(status: SlotStatus, messages: Messages): string {
  const key = (
    {
      filled: 'statusFilled',
      warning: 'statusWarning',
      error: 'statusError',
      unlinked: 'statusUnlinked',
    } as const
  )[status];
  return messages.t('fill', key);
}

/** One JSON record per mask, messages in the user's language. */
export function slotRecords(result: FillResult, messages: Messages): unknown[] {
  return result.slots.map((slot) => ({
    index: slot.index,
    mask: slot.mask,
    section: slot.section,
    source: slot.source,
    indicator: slot.indicator,
    value: slot.value,
    rendered: slot.rendered,
    status: slot.status,
    messages: slot.findings.map((f) => localiseFinding(f, messages.catalogue).message),
  }));
}

export const fillCommand: Command = async (argv, io) => {
  const { messages } = io;
  const args = parseArgs(argv, FLAGS);
  if (args.flags.help) {
    io.out(messages.t('fill', 'usage') + messages.t('cli', 'helpFill'));
    return EXIT.ok;
  }
  if (args.positional.length > 0) throw new UsageError(args.positional[0]);
  const templatePath = stringFlag(args, 'template');
  const workbookPath = stringFlag(args, 'workbook');
  const outputPath = stringFlag(args, 'output');
  const jsonPath = stringFlag(args, 'json');
  const missing = !templatePath ? '--template' : !workbookPath ? '--workbook' : !outputPath ? '-o' : null;
  if (missing || !templatePath || !workbookPath || !outputPath) {
    io.err(messages.t('fill', 'missingFlag', { flag: missing ?? '' }) + messages.t('fill', 'usage'));
    return EXIT.usage;
  }
  const clash = findPathClash(
    [
      { path: templatePath, label: messages.t('cli', 'roleTemplate') },
      { path: workbookPath, label: messages.t('cli', 'roleWorkbook') },
    ],
    [
      { path: outputPath, label: '-o' },
      ...(jsonPath === undefined ? [] : [{ path: jsonPath, label: '--json' }]),
    ],
  );
  if (clash) {
    io.err(clashMessage(clash, 'fill', messages));
    return EXIT.usage;
  }
  if (isOfficeName(outputPath)) {
    io.err(messages.t('cli', 'textAsOffice', { path: outputPath }));
    return EXIT.usage;
  }
  // Before anything is read: `fill` makes no folders, so each output's folder must be there.
  const outputs = jsonPath ? [outputPath, jsonPath] : [outputPath];
  const refusal = outputRefusal('fill', jsonPath, outputs, messages, false);
  if (refusal) {
    io.err(refusal);
    return EXIT.usage;
  }

  const read = await readTemplate(templatePath, messages);
  if (!read.ok) {
    io.err(messages.t('fill', 'cannotReadTemplate', { path: templatePath, reason: read.reason }));
    return EXIT.usage;
  }
  const template = read.text;
  let snapshot: WorkbookSnapshot;
  try {
    snapshot = await readXlsx(new Uint8Array(await readFile(workbookPath)), {
      source: basename(workbookPath),
    });
  } catch (error) {
    const reason = isXlsxError(error) ? error.localise(messages) : readReason(error, messages);
    io.err(
      messages.t('fill', 'cannotReadWorkbook', {
        path: workbookPath,
        reason: sentence(reasonWithoutName(reason, workbookPath), messages),
      }),
    );
    return EXIT.usage;
  }
  const indicators = await indicatorsOf(snapshot);
  if (indicators.length === 0) {
    io.err(messages.t('fill', 'noIndicators', { path: workbookPath }));
    return EXIT.usage;
  }

  const result = fillReport(template, indicators);
  if (result.slots.length === 0) {
    io.err(messages.t('fill', 'noMasks', { path: templatePath }));
    return EXIT.usage;
  }
  try {
    await writeFile(outputPath, result.text, 'utf8');
    if (jsonPath)
      await writeFile(jsonPath, `${JSON.stringify(slotRecords(result, messages), null, 2)}\n`, 'utf8');
  } catch (error) {
    const path = jsonPath && (error as { path?: string }).path === jsonPath ? jsonPath : outputPath;
    io.err(messages.t('fill', 'cannotWrite', { path, reason: writeReason(error, messages) }));
    return EXIT.usage;
  }
  if (read.encoding !== 'utf-8') {
    const encoding = messages.t('cli', read.encoding === 'gb18030' ? 'encodingGb18030' : 'encodingUtf16');
    io.err(messages.t('cli', 'templateEncoding', { path: templatePath, encoding, output: outputPath }));
  }
  for (const slot of result.slots) {
    for (const finding of slot.findings) {
      io.err(
        messages.t('fill', 'slotLine', {
          status: statusLabel(slot.status, messages),
          id: `M${String(slot.index + 1).padStart(3, '0')}`,
          message: localiseFinding(finding, messages.catalogue).message,
        }),
      );
    }
  }
  const count = (status: SlotStatus): number => result.slots.filter((s) => s.status === status).length;
  io.out(
    messages.t('fill', 'summary', {
      path: outputPath,
      total: result.slots.length,
      filled: count('filled') + count('warning'),
      warnings: count('warning'),
      errors: count('error'),
      unlinked: count('unlinked'),
    }),
  );
  if (jsonPath) io.out(messages.t('fill', 'jsonWritten', { path: jsonPath }));
  return count('error') + count('unlinked') === 0 ? EXIT.ok : EXIT.findings;
};
