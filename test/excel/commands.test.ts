import type { PipelineInput, PipelineOutput } from '../../src/core/pipeline';
import type { Analysis } from '../../src/core/results';
import { createExcelWorkbookHost } from '../../src/excel/office-host';
import { SETTINGS_KEY } from '../../src/excel/settings-store';
import { runRibbonCommand } from '../../src/commands/run-command';
import { installFakeOffice, uninstallFakeOffice, type FakeExcelHandle } from '../fake-excel';

afterEach(() => uninstallFakeOffice(globalThis));

const analysis = {
  indicators: [],
  findings: [{ severity: 'error', code: 'not-a-number', sheet: '社区A', cell: 'B2', found: 'abc' }],
  units: [],
  catalogueSheet: null,
  counts: { total: 0, met: 0, notMet: 0, exceeded: 0, noTarget: 0, missing: 0 },
  findingCounts: { error: 1, warning: 2, info: 0 },
} as unknown as Analysis;

/** A stand-in for the pipeline: two sheets, and the input it was given kept for inspection. */
function stubPipeline(seen: PipelineInput[]) {
  return (input: PipelineInput): PipelineOutput => {
    seen.push(input);
    return {
      analysis,
      fill: null,
      templateFrom: null,
      plan: {
        styles: {},
        sheets: [
          { name: '汇总', cells: [{ row: 0, col: 0, value: '汇总表' }] },
          { name: '校验结果', cells: [{ row: 0, col: 0, value: '问题清单' }] },
        ],
      },
    };
  };
}

const text = (excel: FakeExcelHandle, sheet: string, row: number, col: number) =>
  excel.sheet(sheet)?.rows[row]?.[col]?.value;

const workbook = () => ({
  sheets: [
    {
      name: '社区A',
      values: [
        ['编号', '完成值'],
        ['M001', 'abc'],
      ],
    },
  ],
});
const now = () => new Date(2026, 10, 27, 9, 5);

describe('ribbon commands', () => {
  test('校验 writes only 校验结果 and reports on 汇报状态, which is shown', async () => {
    const excel = installFakeOffice(globalThis, workbook());
    const seen: PipelineInput[] = [];
    const outcome = await runRibbonCommand('validate', {
      host: createExcelWorkbookHost(),
      pipeline: stubPipeline(seen),
      now,
      displayLanguage: 'zh-CN',
    });
    expect(outcome).toEqual({ ok: true, message: '校验完成：1 个错误，2 个警告，0 条提示。' });
    expect(excel.book.sheets.map((s) => s.name)).toEqual(['社区A', '校验结果', '汇报状态']);
    expect(seen[0].snapshot.sheets[0].values[1]).toEqual(['M001', 'abc']);
    expect(text(excel, '汇报状态', 2, 1)).toBe('校验');
    expect(text(excel, '汇报状态', 3, 1)).toBe('2026-11-27 09:05');
    expect(text(excel, '汇报状态', 4, 1)).toBe('校验完成：1 个错误，2 个警告，0 条提示。');
    expect(excel.sheet('汇报状态')!.rows[6][1]!.hyperlink).toMatchObject({
      documentReference: "'校验结果'!A1",
    });
    expect(excel.book.activeSheetId).toBe(excel.sheet('汇报状态')!.id);
    // Highlighting is off by default: the input cell keeps no fill.
    expect(excel.sheet('社区A')!.rows[1][1]!.fill.pattern).toBe('None');
    // The workbook kept no settings: from its first sheets on it keeps them, Office's language for its sheets.
    expect(JSON.parse(String(excel.book.settings.get(SETTINGS_KEY)))).toEqual({
      lang: 'zh-CN',
      exceededRatio: 1.2,
      yoyJumpRatio: 0.5,
      streetName: '',
      year: null,
      highlightFindings: false,
    });
  });

  test('生成汇总 in English, with highlighting on from the workbook settings', async () => {
    const excel = installFakeOffice(globalThis, {
      ...workbook(),
      settings: { [SETTINGS_KEY]: JSON.stringify({ lang: 'en-US', highlightFindings: true }) },
    });
    const outcome = await runRibbonCommand('summary', {
      host: createExcelWorkbookHost(),
      pipeline: stubPipeline([]),
      now,
      displayLanguage: 'zh-CN',
    });
    expect(outcome.message).toBe('Summary written: "汇总", "校验结果".');
    expect(excel.book.sheets.map((s) => s.name)).toEqual(['社区A', '汇总', '校验结果', '汇报状态']);
    expect(text(excel, '汇报状态', 2, 1)).toBe('Build summary');
    expect(excel.sheet('社区A')!.rows[1][1]!.fill).toEqual({ color: '#FFC7CE', pattern: 'Solid' });
    // Settings the workbook keeps are left as they were (not filled out with defaults).
    expect(excel.book.settings.get(SETTINGS_KEY)).toBe(
      JSON.stringify({ lang: 'en-US', highlightFindings: true }),
    );
  });

  test('a failure is reported on 汇报状态 in plain words, details apart, user sheet untouched', async () => {
    const excel = installFakeOffice(globalThis, {
      sheets: [...workbook().sheets, { name: '校验结果', values: [['我的笔记']] }],
    });
    const outcome = await runRibbonCommand('validate', {
      host: createExcelWorkbookHost(),
      pipeline: stubPipeline([]),
      now,
      displayLanguage: 'zh-CN',
    });
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toBe('校验未完成：已有一张名为「校验结果」的工作表，它不是汇报写入的');
    expect(text(excel, '校验结果', 0, 0)).toBe('我的笔记');
    expect(text(excel, '汇报状态', 4, 1)).toBe(outcome.message);
    expect(text(excel, '汇报状态', 6, 1)).toBe(
      '把您的「校验结果」改名（例如「校验结果（原）」）后重新运行。',
    );
    expect(String(text(excel, '汇报状态', 8, 1))).toContain('"code": null');
  });

  test('the command page registers both manifest functions and always completes the event', async () => {
    const excel = installFakeOffice(globalThis, workbook());
    await import('../../src/commands/commands');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect([...excel.actions.keys()].sort()).toEqual(['validateWorkbook', 'writeSummary']);
    const completed = jest.fn();
    excel.actions.get('validateWorkbook')!({ completed });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(completed).toHaveBeenCalledTimes(1);
    // Whatever the real pipeline made of this tiny workbook, the status sheet says so.
    expect(excel.sheet('汇报状态')).toBeDefined();
  });
});
