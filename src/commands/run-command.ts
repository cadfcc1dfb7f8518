/**
 * The ribbon's `校验` and `生成汇总`, run without the pane: read the workbook, run the same pipeline as the pane,
 * write Huibao's sheets (only `校验结果` for 校验), mark findings when the workbook's settings ask for it, and report
 * on the `汇报状态` sheet, which is activated. A failure is reported there too, in plain words with the details.
 */
import { languageFrom, messagesFor, type Lang, type Messages } from '../core/i18n';
import type { PipelineInput, PipelineOutput } from '../core/pipeline';
import type { WorkbookPlan } from '../core/plan';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import type { WorkbookHost } from '../core/workbook-host';
import { describeOfficeError } from '../excel/office-errors';
import { STATUS_STYLES, statusSheetPlan, type StatusInfo } from './status-plan';

export type RibbonCommand = 'validate' | 'summary';

/** The sheet the validate command writes (named in Chinese in both languages, like all of Huibao's sheets). */
export const RESULTS_SHEET = '校验结果';

export interface CommandDeps {
  readonly host: WorkbookHost;
  readonly pipeline: (input: PipelineInput) => PipelineOutput;
  readonly now: () => Date;
  readonly displayLanguage: string | null;
}

export interface CommandOutcome {
  readonly ok: boolean;
  /** The result line written on the status sheet. */
  readonly message: string;
}

function stamp(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function withStatus(plan: WorkbookPlan, messages: Messages, info: StatusInfo): WorkbookPlan {
  const status = statusSheetPlan(messages, info);
  return {
    styles: { ...plan.styles, ...STATUS_STYLES },
    sheets: [...plan.sheets, status],
    activeSheet: status.name,
  };
}

export async function runRibbonCommand(command: RibbonCommand, deps: CommandDeps): Promise<CommandOutcome> {
  let lang: Lang = languageFrom(deps.displayLanguage);
  let messages = messagesFor(lang);
  const commandName = (): string =>
    messages.t('commands', command === 'validate' ? 'commandValidate' : 'commandSummary');
  const time = stamp(deps.now());
  try {
    const stored = await deps.host.loadSettings();
    const settings: Settings = { ...DEFAULT_SETTINGS, lang, ...stored };
    lang = settings.lang;
    messages = messagesFor(lang);
    const snapshot = await deps.host.readSnapshot();
    const output = deps.pipeline({ snapshot, settings, generatedAt: deps.now(), template: null });
    const counts = output.analysis.findingCounts;
    const sheets =
      command === 'validate'
        ? output.plan.sheets.filter((s) => s.name === RESULTS_SHEET)
        : output.plan.sheets;
    const result =
      command === 'validate'
        ? messages.t('commands', 'validateDone', {
            errors: counts.error,
            warnings: counts.warning,
            infos: counts.info,
          })
        : messages.t('commands', 'summaryDone', {
            sheets: sheets
              .map((s) => (lang === 'zh-CN' ? `「${s.name}」` : `"${s.name}"`))
              .join(lang === 'zh-CN' ? '、' : ', '),
          });
    const link = sheets[0]?.name;
    await deps.host.writePlan(
      withStatus({ ...output.plan, sheets }, messages, {
        command: commandName(),
        time,
        result,
        link,
        ok: true,
      }),
    );
    if (settings.highlightFindings)
      await deps.host.highlightFindings(output.findings ?? output.analysis.findings);
    // A workbook that kept no settings keeps them from its first sheets on (as the pane does): its sheets' language
    // travels with it.
    if (Object.keys(stored).length === 0) await deps.host.saveSettings(settings);
    return { ok: true, message: result };
  } catch (error) {
    const mapped = describeOfficeError(error, messages);
    const result = messages.t('commands', 'failed', { command: commandName(), title: mapped.title });
    const info: StatusInfo = {
      command: commandName(),
      time,
      result,
      why: mapped.why,
      action: mapped.action,
      details: mapped.details,
      ok: false,
    };
    try {
      await deps.host.writePlan(withStatus({ styles: {}, sheets: [] }, messages, info));
    } catch {
      // Nowhere left to report (e.g. the workbook structure is protected); the ribbon shows nothing more.
    }
    return { ok: false, message: result };
  }
}
