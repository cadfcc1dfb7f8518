import { bandsBySize, batchBySize, MAX_REQUEST_BYTES, REQUEST_BUDGET_BYTES } from '../../src/excel/chunking';
import { HuibaoHostError } from '../../src/excel/office-errors';
import { createExcelWorkbookHost } from '../../src/excel/office-host';
import { OWNER_NAME } from '../../src/excel/ownership';
import { renderPlan } from '../../src/excel/render-plan';
import { installFakeOffice, uninstallFakeOffice, type FakeExcelHandle, type FakeSheet } from '../fake-excel';
import { bigPlan, chineseTextPlan, decoratedPlan, richPlan, TRICKY_TEXT } from './plan-fixtures';

afterEach(() => uninstallFakeOffice(globalThis));

const userSheets = () => [
  {
    name: '社区A',
    values: [
      ['编号', '完成值'],
      ['M001', 12],
    ],
    fills: { B2: '#FFFF00' },
  },
  {
    name: '社区B',
    values: [
      ['编号', '完成值'],
      ['M001', 30],
    ],
  },
];

/** A user sheet as plain data, for before/after comparison. */
function dump(sheet: FakeSheet | undefined): unknown {
  return JSON.parse(
    JSON.stringify({ ...sheet, names: [...(sheet?.names ?? [])], columnWidths: [], rowHeights: [] }),
  );
}

function cell(excel: FakeExcelHandle, sheet: string, row: number, col: number) {
  return excel.sheet(sheet)!.rows[row]?.[col];
}

describe('rendering a plan', () => {
  test('writes cells, text as text, formulas, styles, layout, conditional formats, validation, print and a chart', async () => {
    const excel = installFakeOffice(globalThis, { sheets: userSheets() });
    await createExcelWorkbookHost().writePlan(richPlan());

    expect(excel.book.sheets.map((s) => s.name)).toEqual(['社区A', '社区B', '汇总', '校验结果']);
    expect(excel.syncs.length).toBeLessThanOrEqual(5);
    // Text that Excel would otherwise parse (formula, number, date, boolean) is kept exactly as text.
    TRICKY_TEXT.forEach((text, i) => {
      const c = cell(excel, '汇总', 6 + i, 0)!;
      expect(c.value).toBe(text);
      expect(c.formula).toBeUndefined();
    });
    expect(cell(excel, '汇总', 4, 1)!.formula).toBe('=SUM(B3:B4)');
    expect(cell(excel, '汇总', 2, 1)!.value).toBe(1);
    expect(cell(excel, '汇总', 2, 2)!.numberFormat).toBe('0.0%');
    const header = cell(excel, '汇总', 1, 1)!;
    expect(header.fill).toEqual({ color: '#DDEBF7', pattern: 'Solid' });
    expect(header.format['font.bold']).toBe(true);
    expect(header.format['borders.EdgeTop.style']).toBe('Continuous');
    expect(header.format['borders.InsideVertical.weight']).toBe('Thin');
    expect(cell(excel, '汇总', 0, 0)!.format['horizontalAlignment']).toBe('Center');
    expect(cell(excel, '汇总', 2, 0)!.hyperlink).toEqual({
      documentReference: "'校验结果'!A1",
      screenTip: '看问题',
      textToDisplay: '社区数',
    });

    const summary = excel.sheet('汇总')!;
    expect(summary.names.get(OWNER_NAME)).toBe('="huibao"');
    expect(summary.merges).toEqual(['A1:C1']);
    // 12 characters → (12 × 7 + 5) px × 0.75 = 66.75 pt.
    expect(summary.columnWidths.get(0)).toBe(66.75);
    expect(summary.rowHeights.get(0)).toBe(24);
    expect(summary.freeze).toEqual({ rows: 2, cols: 1 });
    expect(summary.conditionalFormats.map((cf) => [cf.type, cf.address])).toEqual([
      ['DataBar', 'C3:C4'],
      ['CellValue', 'B3:B4'],
      ['Custom', 'A3:A4'],
      ['IconSet', 'C3:C4'],
    ]);
    expect(summary.conditionalFormats[0].props['dataBar.upperBoundRule']).toEqual({
      type: 'Number',
      formula: '1.2',
    });
    expect(summary.conditionalFormats[1].props['cellValue.rule']).toEqual({
      formula1: '2',
      operator: 'LessThan',
    });
    expect(summary.conditionalFormats[2].props['format.fill.color']).toBe('#FFC7CE');
    expect(summary.conditionalFormats[3].props['iconSet.style']).toBe('ThreeTrafficLights1');
    expect(summary.dataValidations.map((d) => d.address)).toEqual(['B3:B4', 'A6']);
    expect(summary.dataValidations[1].props.rule).toEqual({
      list: { inCellDropDown: true, source: '是,否' },
    });
    expect(summary.props['pageLayout.orientation']).toBe('Landscape');
    expect(summary.props['pageLayout.printTitleRows']).toBe('$1:$2');
    expect(summary.props['pageLayout.zoom']).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    // A break above row 7 (0-based 6).
    expect(summary.props.rowBreaks).toEqual([6]);
    expect(summary.props.tabColor).toBe('#2F5597');
    expect(summary.props.showGridlines).toBe(false);

    expect(summary.charts.map((c) => [c.name, c.type])).toEqual([
      ['huibao-completion', 'BarClustered'],
      ['huibao-status', 'Doughnut'],
    ]);
    expect(summary.charts[1].series[0].pointColors).toEqual(['#70AD47', '#C00000']);
    // A doughnut has no axes: none were set.
    expect(Object.keys(summary.charts[1].props).filter((k) => k.startsWith('axes'))).toEqual([]);
    const chart = summary.charts[0];
    expect(chart.name).toBe('huibao-completion');
    expect(chart.type).toBe('BarClustered');
    expect(chart.series).toEqual([
      { name: '完成值', values: "'汇总'!B3:B4", xValues: "'汇总'!A3:A4", color: '#5B9BD5' },
      { name: '完成率', values: "'汇总'!C3:C4", xValues: "'汇总'!A3:A4" },
    ]);
    // 480 × 320 px → 360 × 240 pt.
    expect([chart.props.width, chart.props.height]).toEqual([360, 240]);
    expect(chart.props['legend.position']).toBe('Bottom');

    expect(excel.book.activeSheetId).toBe(summary.id);
    expect(
      excel.syncs
        .filter((s) => s.operations > 0 && s.requestBytes > 2000)
        .every((s) => s.calculationSuspended),
    ).toBe(true);
    expect(excel.unsyncedBatches).toBe(0);
  });

  test('running twice gives the same sheets and charts, no duplicates, user sheets untouched', async () => {
    const excel = installFakeOffice(globalThis, { sheets: userSheets() });
    const before = [dump(excel.sheet('社区A')), dump(excel.sheet('社区B'))];
    const host = createExcelWorkbookHost();
    await host.writePlan(richPlan());
    const first = excel.book.sheets.map((s) => s.name);
    const firstSummary = dump(excel.sheet('汇总')) as Record<string, unknown>;
    await host.writePlan(richPlan());
    expect(excel.book.sheets.map((s) => s.name)).toEqual(first);
    const summary = excel.sheet('汇总')!;
    expect(summary.charts).toHaveLength(2);
    expect(summary.conditionalFormats).toHaveLength(4);
    const second = dump(summary) as Record<string, unknown>;
    // Same content; only the new sheet's id differs.
    expect({ ...second, id: '' }).toEqual({ ...firstSummary, id: '' });
    expect([dump(excel.sheet('社区A')), dump(excel.sheet('社区B'))]).toEqual(before);
  });

  test('a user sheet named like ours stops the run before anything is written', async () => {
    const excel = installFakeOffice(globalThis, {
      sheets: [...userSheets(), { name: '汇总', values: [['我的汇总', 42]] }],
    });
    const before = dump(excel.sheet('汇总'));
    const error = await createExcelWorkbookHost()
      .writePlan(richPlan())
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HuibaoHostError);
    expect(error).toMatchObject({ kind: 'sheetNameTaken', params: { sheet: '汇总' } });
    expect(excel.book.sheets.map((s) => s.name)).toEqual(['社区A', '社区B', '汇总']);
    expect(dump(excel.sheet('汇总'))).toEqual(before);
  });

  test('an earlier Huibao sheet that was protected since is reported, not forced', async () => {
    const excel = installFakeOffice(globalThis, { sheets: userSheets() });
    const host = createExcelWorkbookHost();
    await host.writePlan(richPlan());
    excel.sheet('校验结果')!.protected = true;
    await expect(host.writePlan(richPlan())).rejects.toMatchObject({
      kind: 'sheetProtected',
      params: { sheet: '校验结果' },
    });
  });

  test('the only sheets being ours is fine: old ones are renamed away before the new ones arrive', async () => {
    const excel = installFakeOffice(globalThis, { sheets: [{ name: 'Sheet1' }] });
    const host = createExcelWorkbookHost();
    await host.writePlan(richPlan());
    excel.book.sheets.shift();
    await host.writePlan(richPlan());
    expect(excel.book.sheets.map((s) => s.name)).toEqual(['汇总', '校验结果']);
  });

  test('50 sheets / 200,000 input cells, a 200,000-cell plan: at most 5 syncs, no request over 4 MB', async () => {
    const sheets = Array.from({ length: 50 }, (_, s) => ({
      name: `S${s + 1}`,
      values: Array.from({ length: 200 }, (_, r) => Array.from({ length: 20 }, (_, c) => r * 100 + c)),
    }));
    const excel = installFakeOffice(globalThis, { sheets, requestLimitBytes: MAX_REQUEST_BYTES });
    const host = createExcelWorkbookHost();
    const snapshot = await host.readSnapshot();
    expect(snapshot.sheets).toHaveLength(50);
    expect(excel.syncs.length).toBeLessThanOrEqual(3);
    excel.resetSyncs();

    await host.writePlan(bigPlan(10, 1000, 20));
    expect(excel.syncs.length).toBeLessThanOrEqual(5);
    expect(Math.max(...excel.syncs.map((s) => s.requestBytes))).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
    // 输出7!C500 → row 499, col 2 → 499 × 1000 + 2 + 0.25.
    expect(cell(excel, '输出7', 499, 2)!.value).toBe(499002.25);
    expect(cell(excel, '输出7', 499, 2)!.numberFormat).toBe('#,##0.00');
    expect(cell(excel, '输出7', 499, 0)!.value).toBe('M499');
    expect(cell(excel, '输出10', 0, 19)!.fill.color).toBe('#DDEBF7');
  });

  test('a smaller budget splits the writes into more requests, each within it', async () => {
    const excel = installFakeOffice(globalThis, { sheets: [{ name: 'Sheet1' }] });
    const report = await Excel.run((context) =>
      renderPlan(context, bigPlan(2, 500, 10), { budgetBytes: 100_000 }),
    );
    expect(report.syncs).toBe(excel.syncs.length);
    // About 200 KB of cells: more than one write request after the sheet list.
    expect(report.requestEstimates.length).toBeGreaterThan(2);
    expect(excel.syncs).toHaveLength(1 + report.requestEstimates.length);
    // The fake's measure of each request is within our estimate, and the estimate within the budget.
    excel.syncs.slice(1).forEach((sync, i) => {
      expect(sync.requestBytes).toBeLessThanOrEqual(report.requestEstimates[i]);
      expect(report.requestEstimates[i]).toBeLessThanOrEqual(100_000);
    });
    expect(cell(excel, '输出2', 499, 9)!.value).toBe(499009.25);
  });

  test.each([
    ['the rich plan, re-run over its own sheets', () => richPlan(), 3_500_000, true],
    ['a numeric plan in small requests', () => bigPlan(3, 400, 12), 60_000, false],
    ['long Chinese text in small requests', () => chineseTextPlan(300, 8, 40), 50_000, false],
    ['bordered, linked and sized cells', () => decoratedPlan(), 40_000, false],
  ])('%s: no write request is larger than its estimate', async (_, plan, budgetBytes, twice) => {
    const excel = installFakeOffice(globalThis, { sheets: userSheets() });
    if (twice) await Excel.run((context) => renderPlan(context, plan()));
    excel.resetSyncs();
    const report = await Excel.run((context) => renderPlan(context, plan(), { budgetBytes }));
    const writes = excel.syncs.slice(excel.syncs.length - report.requestEstimates.length);
    expect(writes.length).toBeGreaterThan(0);
    writes.forEach((sync, i) => {
      expect(sync.requestBytes).toBeLessThanOrEqual(report.requestEstimates[i]);
      expect(report.requestEstimates[i]).toBeLessThanOrEqual(budgetBytes);
    });
  });

  test('each kind of write, alone in its request, is within its estimate', async () => {
    for (const plan of [richPlan, decoratedPlan, () => chineseTextPlan(20, 4, 40)]) {
      const excel = installFakeOffice(globalThis, { sheets: userSheets() });
      // Twice, so the second run also renames and deletes the first run's sheets.
      await Excel.run((context) => renderPlan(context, plan()));
      excel.resetSyncs();
      // A budget no action fits: every action goes alone, so each request is one action and the request overhead.
      const report = await Excel.run((context) => renderPlan(context, plan(), { budgetBytes: 1 }));
      const writes = excel.syncs.slice(excel.syncs.length - report.requestEstimates.length);
      expect(writes.length).toBeGreaterThan(10);
      writes.forEach((sync, i) => expect(sync.requestBytes).toBeLessThanOrEqual(report.requestEstimates[i]));
      uninstallFakeOffice(globalThis);
    }
  });

  test('150,000 cells of 40-character Chinese text: every request under 4 MB in UTF-8, where counting characters gave over 5 MB', async () => {
    const plan = chineseTextPlan(7500, 20, 40);
    const excel = installFakeOffice(globalThis, {
      sheets: [{ name: 'Sheet1' }],
      requestLimitBytes: MAX_REQUEST_BYTES,
    });
    const report = await Excel.run((context) => renderPlan(context, plan));

    // What the previous estimate (characters of JSON, bands of 768 KiB, 300 per band) put in one request, in bytes.
    const utf8 = new TextEncoder();
    const values = Array.from({ length: 7500 }, (_, r) =>
      plan.sheets[0].cells.slice(r * 20, r * 20 + 20).map((c) => c.value),
    );
    const formats = values.map((line) => line.map(() => '@'));
    const rowChars = values.map((line, r) => JSON.stringify(line).length + JSON.stringify(formats[r]).length);
    const oldBands = bandsBySize(rowChars, 768 * 1024).map((band) => ({
      ...band,
      bytes: rowChars.slice(band.start, band.start + band.count).reduce((a, b) => a + b, 0) + 300,
    }));
    const oldRequestBytes = batchBySize(oldBands, REQUEST_BUDGET_BYTES).map((batch) =>
      batch.reduce((sum, band) => {
        const rows = (grid: unknown[][]) => grid.slice(band.start, band.start + band.count);
        return (
          sum +
          utf8.encode(JSON.stringify(rows(values))).length +
          utf8.encode(JSON.stringify(rows(formats))).length
        );
      }, 0),
    );
    expect(Math.max(...oldRequestBytes)).toBeGreaterThan(5 * 1024 * 1024);

    // Now: a row is 20 × (40 × 3 + 2 quotes) + 19 commas + 2 brackets = 2,461 bytes of values and
    // 20 × 3 + 21 = 81 of '@' formats, plus a comma after each in its grid: 2,544. Bands are at most
    // (3,670,016 − 500 request overhead) / 8 − 456 band overhead = 458,233 bytes: 180 rows (457,920 + 456).
    // Eight bands (3,667,008) and the new sheet (580) fit one request's 3,669,516: 1,440 rows a request, so
    // 7,500 rows take ⌈7,500 / 1,440⌉ = 6 requests, after the sync that lists the sheets: 7 syncs.
    expect(report.requestEstimates).toHaveLength(6);
    expect(excel.syncs).toHaveLength(7);
    for (const sync of excel.syncs) expect(sync.requestBytes).toBeLessThan(MAX_REQUEST_BYTES);
    // The requests carry the whole 19 MB, and each one all its estimate said (no request is padded out).
    const total = excel.syncs.reduce((n, s) => n + s.requestBytes, 0);
    expect(total).toBeGreaterThan(7500 * 2544);
    excel.syncs.slice(1).forEach((sync, i) => {
      expect(sync.requestBytes).toBeLessThanOrEqual(report.requestEstimates[i]);
      expect(sync.requestBytes).toBeGreaterThan(report.requestEstimates[i] * 0.99);
    });
    const sheet = excel.sheet('校验结果')!;
    expect(sheet.rows[7499][19]!.value).toBe(plan.sheets[0].cells[149_999].value);
    expect(sheet.rows[7499][19]!.numberFormat).toBe('@');
    expect(sheet.rows.length).toBe(7500);
  });
});
