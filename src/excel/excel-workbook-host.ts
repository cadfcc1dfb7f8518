/**
 * `WorkbookHost` over Office.js: the pane and the ribbon commands use this and never call Excel directly.
 * `run` is Excel.run behind the guard in office-host.ts (injected, so this module touches no Office global).
 */
import type { Finding } from '../core/findings';
import type { WorkbookPlan } from '../core/plan';
import type { Settings } from '../core/settings';
import type { WorkbookSnapshot } from '../core/snapshot';
import type { HostProgress, WorkbookHost } from '../core/workbook-host';
import { clearHighlights, highlightFindings } from './highlights';
import { readWorkbookSnapshot } from './read-snapshot';
import { renderPlan } from './render-plan';
import { loadWorkbookSettings, saveWorkbookSettings } from './settings-store';

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelHostOptions {
  /** Shown in messages as where the data came from (`当前工作簿`). */
  readonly source?: string;
}

export async function selectCellIn(
  context: Excel.RequestContext,
  sheetName: string,
  cell: string,
): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.activate();
  sheet.getRange(cell).select();
  await context.sync();
}

export function createExcelWorkbookHostWith(run: ExcelRun, options: ExcelHostOptions = {}): WorkbookHost {
  return {
    kind: 'excel',
    readSnapshot(onProgress?: (progress: HostProgress) => void): Promise<WorkbookSnapshot> {
      return run((context) =>
        readWorkbookSnapshot(context, {
          source: options.source,
          onProgress: (fraction) => onProgress?.({ step: 'progressRead', fraction }),
        }),
      );
    },
    async writePlan(plan: WorkbookPlan, onProgress?: (progress: HostProgress) => void): Promise<void> {
      await run((context) =>
        renderPlan(context, plan, {
          onProgress: (fraction) => onProgress?.({ step: 'progressWrite', fraction }),
        }),
      );
    },
    selectCell(sheet: string, cell: string): Promise<void> {
      return run((context) => selectCellIn(context, sheet, cell));
    },
    async highlightFindings(findings: readonly Finding[]): Promise<void> {
      await run((context) => highlightFindings(context, findings));
    },
    async clearHighlights(): Promise<void> {
      await run((context) => clearHighlights(context));
    },
    loadSettings(): Promise<Partial<Settings>> {
      return run((context) => loadWorkbookSettings(context));
    },
    saveSettings(settings: Settings): Promise<void> {
      return run((context) => saveWorkbookSettings(context, settings));
    },
  };
}
