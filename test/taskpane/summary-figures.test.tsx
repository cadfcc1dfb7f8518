/**
 * The pane's key figures are the 汇总 sheet's: on the example workbook, the labels and numbers the pane renders
 * equal the key-figure rows of the summary plan, in both languages (text masks left out of both: 74, not 81).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { catalogueFor, type Lang } from '../../src/core/i18n';
import type { PlanValue, SheetPlan } from '../../src/core/plan';
import { runPipeline } from '../../src/core/pipeline';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { SUMMARY_SHEET } from '../../src/core/summary-plan';
import { KeyFigures } from '../../src/taskpane/components/KeyFigures';
import { PaneTextProvider, paneText } from '../../src/taskpane/pane-text';
import { summaryView } from '../../src/taskpane/summary-figures';
import { readXlsx } from '../../src/xlsx';

const EXAMPLE = join(__dirname, '..', '..', 'examples', 'street-2022.xlsx');

let snapshot: WorkbookSnapshot;
beforeAll(async () => {
  snapshot = await readXlsx(readFileSync(EXAMPLE), { source: 'street-2022.xlsx' });
});

/** The summary sheet's key figures: the label row and the value row right under it, from 总体情况 on. */
function planFigures(sheet: SheetPlan, lang: Lang): { label: string; value: number }[] {
  const at = (row: number, col: number): PlanValue | undefined =>
    sheet.cells.find((c) => c.row === row && c.col === col)?.value;
  const row = sheet.cells.find((c) => c.value === catalogueFor(lang).summary.keyFigures)?.row;
  if (row === undefined) throw new Error('no key figures in the summary plan');
  const out: { label: string; value: number }[] = [];
  for (let col = 0; col < 30; col++) {
    const label = at(row, col);
    const value = at(row + 1, col);
    if (typeof label === 'string' && typeof value === 'number') out.push({ label, value });
  }
  return out;
}

/** What the pane shows: each figure's label and number, read from the rendered HTML. */
function paneFigures(html: string): { label: string; value: number }[] {
  // Each term before its number (dt then dd), as a definition list reads.
  return [...html.matchAll(/<dt[^>]*>([^<]+)<\/dt><dd[^>]*data-figure="[^"]+"[^>]*>(\d+)<\/dd>/g)].map(
    (m) => ({
      label: m[1],
      value: Number(m[2]),
    }),
  );
}

it.each<Lang>(['zh-CN', 'en-US'])(
  'shows the 汇总 sheet’s key figures, same words and numbers (%s)',
  (lang) => {
    const output = runPipeline({
      snapshot,
      settings: { ...DEFAULT_SETTINGS, lang },
      generatedAt: new Date(2023, 0, 15),
    });
    const summary = output.plan.sheets.find((s) => s.name === SUMMARY_SHEET);
    if (!summary) throw new Error('no 汇总 sheet in the plan');
    const expected = planFigures(summary, lang);
    expect(expected).toHaveLength(8);

    const view = summaryView(output.analysis);
    const html = renderToStaticMarkup(
      <PaneTextProvider value={paneText(lang)}>
        <KeyFigures figures={view.figures} />
      </PaneTextProvider>,
    );
    expect(paneFigures(html)).toEqual(expected);
    // The example's text masks (the street's name, coded mechanisms, the hotline) are left out, as in 汇总.
    expect(output.analysis.indicators).toHaveLength(81);
    expect(view.figures[0]).toEqual({ id: 'total', value: 74 });
    expect(view.indicators).toHaveLength(74);
  },
);
