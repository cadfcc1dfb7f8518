import { MAX_REQUEST_BYTES } from '../../src/excel/chunking';
import { HuibaoHostError } from '../../src/excel/office-errors';
import { createExcelWorkbookHost } from '../../src/excel/office-host';
import { OWNER_NAME } from '../../src/excel/ownership';
import { renderPlan } from '../../src/excel/render-plan';
import { installFakeOffice, uninstallFakeOffice, type FakeExcelHandle, type FakeSheet } from '../fake-excel';
import { bigPlan, richPlan, TRICKY_TEXT } from './plan-fixtures';

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
    expect(excel.syncs.length).toBeGreaterThan(4);
    // Our estimate of each batch must hold against the fake's own measure (within the envelope margin).
    expect(Math.max(...excel.syncs.map((s) => s.requestBytes))).toBeLessThan(100_000 * 1.2);
    expect(cell(excel, '输出2', 499, 9)!.value).toBe(499009.25);
  });
});
