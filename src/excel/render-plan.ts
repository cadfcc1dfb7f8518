/**
 * Renders a `WorkbookPlan` into the open workbook in a constant number of round trips:
 *   1. the sheet list;
 *   2. for each planned name already present: Huibao's ownership mark and protection;
 *   3. (and more only when the writes pass one request's budget, 3.5 MiB of UTF-8 JSON) replace our old sheets, add
 *      the new ones with the ownership mark, write cells, styles, layout, conditional formats, validation, print
 *      setup and charts.
 * Every write's size is estimated in UTF-8 bytes, never below what is sent (Chinese text is 3 bytes a character).
 * A user's sheet is never touched: one that has a planned name stops the run before anything is written.
 */
import type { WorkbookPlan } from '../core/plan';
import {
  batchBySize,
  BANDS_PER_REQUEST,
  jsonStringBytes,
  OP_BYTES,
  RANGE_BYTES,
  REQUEST_BUDGET_BYTES,
} from './chunking';
import { HuibaoHostError } from './office-errors';
import { isOwned, markOwned, queueOwnerMark } from './ownership';
import { cellActions, layoutActions, styleActions, type QueuedAction } from './render-cells';
import { extraActions } from './render-extras';

export interface RenderOptions {
  /** Per-request budget for queued writes in UTF-8 bytes (tests lower it to exercise chunking). */
  readonly budgetBytes?: number;
  readonly onProgress?: (fraction: number) => void;
}

export interface RenderReport {
  readonly syncs: number;
  /** Sheets written, in plan order. */
  readonly sheets: readonly string[];
  /** Earlier Huibao sheets replaced. */
  readonly replaced: readonly string[];
  /** The estimated size of each write request (the last syncs), in UTF-8 bytes: never below what is sent. */
  readonly requestEstimates: readonly number[];
}

/** Every write request also suspends calculation, and the last activates a sheet. */
const REQUEST_OVERHEAD_BYTES = 2 * (OP_BYTES + RANGE_BYTES);

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
  // Per old sheet a rename and a delete, per new one an add and the ownership name: each a sheet name at most.
  const nameBytes = Math.max(40, ...plan.sheets.map((s) => jsonStringBytes(s.name)));
  const structure: QueuedAction = {
    bytes: (clashes.length * 2 + plan.sheets.length * 2) * (RANGE_BYTES + OP_BYTES + nameBytes),
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

  const budget = options.budgetBytes ?? REQUEST_BUDGET_BYTES;
  const actions: QueuedAction[] = [structure];
  for (const sheetPlan of plan.sheets) {
    const ref = (): Excel.Worksheet => sheetFor(sheetPlan.name);
    actions.push(
      ...cellActions(ref, sheetPlan, plan.styles, (budget - REQUEST_OVERHEAD_BYTES) / BANDS_PER_REQUEST),
      ...styleActions(ref, sheetPlan, plan.styles),
      ...layoutActions(ref, sheetPlan),
    );
  }
  // Sheet-level parts after every sheet's cells, so charts read ranges that are already written.
  for (const sheetPlan of plan.sheets) {
    actions.push(...extraActions(() => sheetFor(sheetPlan.name), sheetPlan, plan.styles, sheetFor));
  }

  const batches = batchBySize(actions, budget - REQUEST_OVERHEAD_BYTES);
  const requestEstimates = batches.map(
    (batch) => batch.reduce((sum, action) => sum + action.bytes, 0) + REQUEST_OVERHEAD_BYTES,
  );
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
  return {
    syncs,
    sheets: plan.sheets.map((s) => s.name),
    replaced: clashes.map((c) => c.name),
    requestEstimates,
  };
}
