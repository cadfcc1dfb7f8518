/**
 * `huibao run <workbook.xlsx> [--template <report.txt>] [-o <out.xlsx>] [--json <result.json>] [--lang en]`:
 * the whole job (validate → aggregate → fill → summary workbook) over a file. The output keeps every sheet of the
 * input and adds 汇总, 分单位 (with units), 校验结果 and 报告 (with a template); no output is ever written over an
 * input. `--street` and `--year` change only the title of 汇总. Exit codes as for `validate`, and 1 for a mask left
 * unfilled.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { type LocalisedFinding, localiseFinding } from '../core/findings';
import type { Messages } from '../core/i18n';
import { runPipeline, type PipelineOutput } from '../core/pipeline';
import { DEFAULT_SETTINGS, parseYear } from '../core/settings';
import type { WorkbookSnapshot } from '../core/snapshot';
import { isXlsxError, readXlsx, writeXlsx } from '../xlsx';
import { EXIT, type Command } from './cli';
import { parseArgs, stringFlag } from './args';
import { type Figures, figureLines, figuresOf, hasErrors } from './figures';
import {
  clashMessage,
  findPathClash,
  isXlsxName,
  readReason,
  sentence,
  outputRefusal,
  writeReason,
} from './paths';
import { readTemplate, reasonWithoutName } from './read-template';
import { computedUnitsOf } from './validate-command';
import { wrapText } from './wrap';

const FLAGS = {
  template: { value: true, short: 't', file: true },
  out: { value: true, short: 'o', file: true },
  json: { value: true, file: true },
  street: { value: true },
  year: { value: true },
  lang: { value: true },
  help: { value: false, short: 'h' },
} as const;

/** Inputs above this size get progress lines on stderr: reading and writing them takes seconds. */
const PROGRESS_ABOVE_BYTES = 1_000_000;

/** `街道.xlsx` → `街道-汇总.xlsx` beside it. */
export function defaultOutputPath(input: string): string {
  const ext = extname(input);
  return join(dirname(input), `${basename(input, ext)}-汇总.xlsx`);
}

/** The figures printed after a run: the same lines and words as `validate`, the report's findings apart. */
export function runSummaryLine(output: PipelineOutput, messages: Messages): string {
  return figureLines(runFigures(output), messages);
}

function runFigures(output: PipelineOutput): Figures {
  return figuresOf(output.analysis, output.fill, output.findings ?? output.analysis.findings);
}

/** What `--json` writes: where things went, the counts, every finding in the user's language, the fill. */
export function runJson(
  output: PipelineOutput,
  paths: { input: string; output: string },
  findings: readonly LocalisedFinding[],
): unknown {
  return {
    input: paths.input,
    output: paths.output,
    templateFrom: output.templateFrom,
    counts: output.analysis.counts,
    // What the printed lines say: the numeric indicators 汇总 counts, data and report findings apart.
    figures: runFigures(output),
    units: output.analysis.units,
    findings,
    indicators: output.analysis.indicators.map((i) => ({
      id: i.id,
      name: i.name,
      section: i.section,
      unit: i.unit,
      target: i.target.text,
      actual: i.actual ?? (i.actualText === '' ? null : i.actualText),
      previous: i.previous,
      status: i.status,
      completion: i.completion,
      yoy: i.yoy,
      complete: i.complete,
      ...(i.missingUnits && i.missingUnits.length > 0 ? { missingUnits: i.missingUnits } : {}),
      units: Object.fromEntries(
        Object.entries(i.units).map(([unit, v]) => [unit, v.value ?? (v.text === '' ? null : v.text)]),
      ),
      ...computedUnitsOf(i),
    })),
    report: output.fill
      ? {
          text: output.fill.text,
          slots: output.fill.slots.map((s) => ({
            index: s.index,
            mask: s.mask,
            indicator: s.indicator?.id ?? null,
            value: s.value,
            rendered: s.rendered,
            status: s.status,
          })),
        }
      : null,
  };
}

export const runCommand: Command = async (argv, io) => {
  const { messages } = io;
  const args = parseArgs(argv, FLAGS);
  if (args.flags.help) {
    io.out(messages.t('summary', 'runUsage') + messages.t('cli', 'helpRun'));
    return EXIT.ok;
  }
  // `huibao run ""` (an unset shell variable) gives no workbook, as much as leaving it out does.
  if (args.positional.length === 0 || (args.positional.length === 1 && args.positional[0].trim() === '')) {
    io.err(messages.t('summary', 'runNoInput'));
    io.err(messages.t('summary', 'runUsage'));
    return EXIT.usage;
  }
  if (args.positional.length > 1) {
    io.err(messages.t('summary', 'runTooManyInputs', { extra: args.positional.slice(1).join(' ') }));
    return EXIT.usage;
  }
  const input = args.positional[0];
  const outPath = stringFlag(args, 'out') ?? defaultOutputPath(input);
  const templatePath = stringFlag(args, 'template');
  const jsonPath = stringFlag(args, 'json');
  const clash = findPathClash(
    [
      { path: input, label: messages.t('cli', 'roleWorkbook') },
      ...(templatePath === undefined
        ? []
        : [{ path: templatePath, label: messages.t('cli', 'roleTemplate') }]),
    ],
    [
      { path: outPath, label: '-o' },
      ...(jsonPath === undefined ? [] : [{ path: jsonPath, label: '--json' }]),
    ],
  );
  if (clash) {
    io.err(clashMessage(clash, 'run', messages));
    return EXIT.usage;
  }
  if (!isXlsxName(outPath)) {
    io.err(messages.t('cli', 'notXlsxOutput', { command: 'run', flag: '-o', path: outPath }));
    return EXIT.usage;
  }
  // Before the long part, which would otherwise be thrown away: missing folders are made (as for skeleton), so
  // only a file in their way, or a folder given as an output, stops the run.
  const refusal = outputRefusal('run', jsonPath, jsonPath ? [outPath, jsonPath] : [outPath], messages, true);
  if (refusal) {
    io.err(refusal);
    return EXIT.usage;
  }

  const street = stringFlag(args, 'street')?.trim() ?? '';
  const yearText = stringFlag(args, 'year');
  const year = yearText === undefined ? null : parseYear(yearText);
  if (year === undefined) {
    io.err(messages.t('summary', 'runBadYear', { year: yearText ?? '' }));
    return EXIT.usage;
  }

  let template: string | null = null;
  if (templatePath !== undefined) {
    const read = await readTemplate(templatePath, messages);
    if (!read.ok) {
      io.err(
        read.missing
          ? messages.t('summary', 'runTemplateNotFound', { path: templatePath })
          : messages.t('summary', 'runTemplateUnreadable', {
              path: templatePath,
              reason: sentence(read.reason, messages),
            }),
      );
      return EXIT.usage;
    }
    // Windows line ends are not part of the report: 报告 is written one paragraph per row.
    template = read.text.replace(/\r\n?/g, '\n');
  }

  let bytes: Uint8Array;
  try {
    bytes = await readFile(input);
  } catch (error) {
    const code = (error as { code?: string } | null)?.code;
    io.err(
      code === 'ENOENT'
        ? messages.t('summary', 'runNotFound', { path: input })
        : messages.t('summary', 'runUnreadable', {
            path: input,
            reason: sentence(readReason(error, messages), messages),
          }),
    );
    return EXIT.usage;
  }
  const progress = bytes.length > PROGRESS_ABOVE_BYTES;
  if (progress) io.err(messages.t('summary', 'progressReading', { path: input }));
  let snapshot: WorkbookSnapshot;
  try {
    snapshot = await readXlsx(bytes, { source: basename(input) });
  } catch (error) {
    const reason = isXlsxError(error) ? error.localise(messages) : readReason(error, messages);
    io.err(
      messages.t('summary', 'runUnreadable', {
        path: input,
        reason: sentence(reasonWithoutName(reason, input), messages),
      }),
    );
    return EXIT.usage;
  }

  if (progress) io.err(messages.t('summary', 'progressAnalysing'));
  const output = runPipeline({
    snapshot,
    template,
    settings: { ...DEFAULT_SETTINGS, lang: messages.lang, streetName: street, year },
    generatedAt: new Date(),
  });
  if (output.analysis.findings.some((f) => f.code === 'no-indicator-sheet')) {
    // Nothing to total: a 汇总 of nothing would only look like a result.
    io.err(messages.t('cli', 'noIndicatorSheet', { command: 'run', path: input }));
    return EXIT.usage;
  }
  if (output.templateFrom === 'sheet') io.err(messages.t('summary', 'runTemplateFromSheet'));
  if (output.templateFrom === null) io.err(messages.t('summary', 'runNoTemplate'));

  if (progress) io.err(messages.t('summary', 'progressWriting', { path: outPath }));
  try {
    const written = await writeXlsx(output.plan, bytes);
    await mkdir(dirname(resolve(outPath)), { recursive: true });
    await writeFile(outPath, written);
  } catch (error) {
    const reason = isXlsxError(error) ? error.localise(messages) : writeReason(error, messages);
    io.err(messages.t('summary', 'runWriteFailed', { path: outPath, reason: sentence(reason, messages) }));
    return EXIT.usage;
  }
  io.out(messages.t('summary', 'runWrote', { path: outPath }));
  io.out(wrapText(runSummaryLine(output, messages), io.columns.out, 2));

  const findings = output.findings ?? output.analysis.findings;
  if (jsonPath) {
    const localised = findings.map((finding) => localiseFinding(finding, messages.catalogue));
    try {
      const json = runJson(output, { input, output: outPath }, localised);
      await mkdir(dirname(resolve(jsonPath)), { recursive: true });
      await writeFile(jsonPath, `${JSON.stringify(json, null, 2)}\n`, 'utf8');
    } catch (error) {
      io.err(
        messages.t('summary', 'runJsonFailed', {
          path: jsonPath,
          reason: sentence(writeReason(error, messages), messages),
        }),
      );
      return EXIT.usage;
    }
    io.out(messages.t('summary', 'runWroteJson', { path: jsonPath }));
  }
  const figures = runFigures(output);
  // README: 1 when the data has errors or some masks could not be filled.
  const unfilled = figures.report !== null && figures.report.filled < figures.report.slots;
  return hasErrors(figures) || unfilled ? EXIT.findings : EXIT.ok;
};
