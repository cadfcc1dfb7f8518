/**
 * The real pipeline through the Excel host: the example street workbook (read here with SheetJS, an independent
 * reader) put into the strict fake, read back, analysed, and the summary plan rendered — twice.
 */
import { readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { runPipeline } from '../../src/core/pipeline';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { createExcelWorkbookHost } from '../../src/excel/office-host';
import { installFakeOffice, uninstallFakeOffice, type FakeSheetInit } from '../fake-excel';

afterEach(() => uninstallFakeOffice(globalThis));

function exampleSheets(): FakeSheetInit[] {
  const book = XLSX.read(readFileSync('examples/street-2022.xlsx'));
  return book.SheetNames.map((name) => ({
    name,
    values: XLSX.utils.sheet_to_json<(string | number | boolean | null)[]>(book.Sheets[name], {
      header: 1,
      raw: true,
      defval: null,
    }),
  }));
}

test('example street workbook: read in 3 syncs, summary written in ≤ 5, re-run identical, inputs untouched', async () => {
  const excel = installFakeOffice(globalThis, { sheets: exampleSheets() });
  const inputs = JSON.stringify(excel.book.sheets.map((s) => s.rows));
  const host = createExcelWorkbookHost();

  const snapshot = await host.readSnapshot();
  expect(excel.syncs).toHaveLength(3);
  expect(snapshot.sheets.map((s) => s.name)).toEqual([
    '指标目录',
    '和平社区',
    '光明社区',
    '幸福社区',
    '校验规则',
    '报告模板',
  ]);
  // 和平社区!D3 holds 18 (党建知识培训场次), as SheetJS read it from the file.
  expect(snapshot.sheets[1].values[2][3]).toBe(18);

  const output = runPipeline({ snapshot, settings: DEFAULT_SETTINGS, generatedAt: new Date(2026, 10, 27) });
  excel.resetSyncs();
  await host.writePlan(output.plan);
  expect(excel.syncs.length).toBeLessThanOrEqual(5);
  const planned = output.plan.sheets.map((s) => s.name);
  expect(excel.book.sheets.map((s) => s.name)).toEqual([
    '指标目录',
    '和平社区',
    '光明社区',
    '幸福社区',
    '校验规则',
    '报告模板',
    ...planned,
  ]);
  const charts = () =>
    planned.map((name) => excel.sheet(name)!.charts.map((c) => `${c.name}:${c.series.length}`));
  const first = charts();
  const planCharts = output.plan.sheets.map((s) =>
    (s.charts ?? []).map((c) => `${c.name}:${c.series.length}`),
  );
  expect(first).toEqual(planCharts);

  // Every string the plan writes comes back as that exact text (no formula, no number).
  for (const sheetPlan of output.plan.sheets) {
    for (const cell of sheetPlan.cells) {
      if (typeof cell.value !== 'string' || cell.formula) continue;
      const written = excel.sheet(sheetPlan.name)!.rows[cell.row]?.[cell.col];
      expect([sheetPlan.name, cell.row, cell.col, written?.value, written?.formula]).toEqual([
        sheetPlan.name,
        cell.row,
        cell.col,
        cell.value,
        undefined,
      ]);
    }
  }

  excel.resetSyncs();
  await host.writePlan(output.plan);
  expect(excel.syncs.length).toBeLessThanOrEqual(5);
  expect(excel.book.sheets.map((s) => s.name).slice(6)).toEqual(planned);
  expect(charts()).toEqual(first);
  expect(JSON.stringify(excel.book.sheets.slice(0, 6).map((s) => s.rows))).toBe(inputs);
});

test('the skeleton plan of the example template renders with its validation, and a second run replaces it', async () => {
  const { scanMasks } = await import('../../src/core/masks');
  const { buildSkeletonPlan } = await import('../../src/core/skeleton-plan');
  const { messagesFor } = await import('../../src/core/i18n');
  const template = readFileSync('examples/2022-street-work-summary.masked.txt', 'utf8');
  const plan = buildSkeletonPlan(scanMasks(template), messagesFor('zh-CN'));
  const excel = installFakeOffice(globalThis, { sheets: [{ name: 'Sheet1' }] });
  const host = createExcelWorkbookHost();
  await host.writePlan(plan);
  await host.writePlan(plan);
  expect(excel.book.sheets.map((s) => s.name)).toEqual(['Sheet1', ...plan.sheets.map((s) => s.name)]);
  const sheet = excel.sheet(plan.sheets[0].name)!;
  expect(sheet.dataValidations).toHaveLength(plan.sheets[0].dataValidations?.length ?? 0);
  // The seed has 80 masks: IDs M001…M080 appear, as text, in the written sheet.
  const ids = sheet.rows
    .flatMap((row) => (row ?? []).map((c) => c?.value))
    .filter((v) => /^M\d{3}$/.test(String(v)));
  expect(ids).toHaveLength(80);
  expect(ids[0]).toBe('M001');
  expect(ids[79]).toBe('M080');
});
