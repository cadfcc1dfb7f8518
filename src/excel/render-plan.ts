/**
 * Renders a `WorkbookPlan` into the open workbook in a constant number of round trips:
 *   1. the sheet list;
 *   2. for each planned name already present: Huibao's ownership mark and protection;
 *   3. (and more only when the data passes one request's budget) replace our old sheets, add the new ones with the
 *      ownership mark, write cells, styles, layout, conditional formats, validation, print setup and charts.
 * A user's sheet is never touched: one that has a planned name stops the run before anything is written.
 */
import type { WorkbookPlan } from '../core/plan';
import { batchBySize, REQUEST_BUDGET_BYTES } from './chunking';
import { HuibaoHostError } from './office-errors';
import { isOwned, markOwned, queueOwnerMark } from './ownership';
import { cellActions, layoutActions, styleActions, type QueuedAction } from './render-cells';
import { extraActions } from './render-extras';

export interface RenderOptions {
  /** Per-request budget for queued writes (tests lower it to exercise chunking). */
  readonly budgetBytes?: number;
  readonly onProgress?: (fraction: number) => void;
}

export interface RenderReport {
  readonly syncs: number;
  /** Sheets written, in plan order. */
  readonly sheets: readonly string[];
  /** Earlier Huibao sheets replaced. */
  readonly replaced: readonly string[];
}

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

export async function renderPlan(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  options: RenderOptions = {},
): Promise<RenderReport> {
  let syncs = 0;
  const progress = (fraction: number): void => options.onProgress?.(fraction);
  const worksheets = context.workbook.worksheets.load('items/name');
  await context.sync();
  syncs++;

  const existing = worksheets.items.map((sheet) => sheet.name);
  const clashes = worksheets.items
    .filter((sheet) => plan.sheets.some((p) => same(p.name, sheet.name)))
    .map((sheet) => ({
      sheet,
      name: sheet.name,
      mark: queueOwnerMark(sheet),
      protection: sheet.protection.load('protected'),
    }));
  if (clashes.length > 0) {
    await context.sync();
    syncs++;
  }
  for (const clash of clashes) {
    if (!isOwned(clash.mark)) throw new HuibaoHostError('sheetNameTaken', { sheet: clash.name });
    if (clash.protection.protected) throw new HuibaoHostError('sheetProtected', { sheet: clash.name });
  }
  progress(0.2);

  // Old sheets are renamed out of the way, the new ones added, then the old ones deleted: the workbook never has
  // zero sheets, and the new sheets take the planned names.
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const added = new Map<string, Excel.Worksheet>();
  const structure: QueuedAction = {
    bytes: 200 * (clashes.length * 3 + plan.sheets.length * 2),
    queue: () => {
      clashes.forEach((clash, i) => {
        let temp = `Huibao_old_${i + 1}`;
        for (let n = 2; taken.has(temp.toLowerCase()); n++) temp = `Huibao_old_${i + 1}_${n}`;
        taken.add(temp.toLowerCase());
        clash.sheet.name = temp;
      });
      for (const sheetPlan of plan.sheets) {
        const sheet = context.workbook.worksheets.add(sheetPlan.name);
        markOwned(sheet);
        added.set(sheetPlan.name.toLowerCase(), sheet);
      }
      for (const clash of clashes) clash.sheet.delete();
    },
  };
  const sheetFor = (name: string): Excel.Worksheet =>
    added.get(name.toLowerCase()) ?? context.workbook.worksheets.getItem(name);

  const actions: QueuedAction[] = [structure];
  for (const sheetPlan of plan.sheets) {
    const ref = (): Excel.Worksheet => sheetFor(sheetPlan.name);
    actions.push(
      ...cellActions(ref, sheetPlan, plan.styles),
      ...styleActions(ref, sheetPlan, plan.styles),
      ...layoutActions(ref, sheetPlan),
    );
  }
  // Sheet-level parts after every sheet's cells, so charts read ranges that are already written.
  for (const sheetPlan of plan.sheets) {
    actions.push(...extraActions(() => sheetFor(sheetPlan.name), sheetPlan, plan.styles, sheetFor));
  }

  const batches = batchBySize(actions, options.budgetBytes ?? REQUEST_BUDGET_BYTES);
  for (const [i, batch] of batches.entries()) {
    context.application.suspendApiCalculationUntilNextSync();
    for (const action of batch) action.queue();
    if (i === batches.length - 1 && plan.activeSheet) sheetFor(plan.activeSheet).activate();
    // One sync per batch is the point of batching: each stays under Excel's request limit.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    syncs++;
    progress(0.2 + (0.8 * (i + 1)) / batches.length);
  }
  return { syncs, sheets: plan.sheets.map((s) => s.name), replaced: clashes.map((c) => c.name) };
}
