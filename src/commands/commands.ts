/**
 * The function-command page's script (manifest `<FunctionFile>`): registers `validateWorkbook` and `writeSummary`
 * with `Office.actions.associate`, runs them without the pane and always calls `event.completed()`.
 */
import { runPipeline } from '../core/pipeline';
import { associateAction, createExcelWorkbookHost, whenOfficeReady } from '../excel/office-host';
import { runRibbonCommand, type RibbonCommand } from './run-command';

/** The `<FunctionName>`s in manifest.xml. */
export const COMMAND_IDS: Readonly<Record<RibbonCommand, string>> = {
  validate: 'validateWorkbook',
  summary: 'writeSummary',
};

export function registerCommands(): void {
  for (const command of Object.keys(COMMAND_IDS) as RibbonCommand[]) {
    associateAction(COMMAND_IDS[command], (event) => {
      void (async () => {
        try {
          const ready = await whenOfficeReady();
          await runRibbonCommand(command, {
            host: createExcelWorkbookHost(),
            pipeline: runPipeline,
            now: () => new Date(),
            displayLanguage: ready.displayLanguage,
          });
        } finally {
          event.completed();
        }
      })();
    });
  }
}

void whenOfficeReady().then(registerCommands);
