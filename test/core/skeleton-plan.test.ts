import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { messagesFor } from '../../src/core/i18n';
import { scanMasks } from '../../src/core/masks';
import type { PlanCell, SheetPlan } from '../../src/core/plan';
import { buildSkeletonPlan } from '../../src/core/skeleton-plan';

const SEED = readFileSync(join(__dirname, '../../examples/2022-street-work-summary.masked.txt'), 'utf8');

function grid(sheet: SheetPlan): Map<string, PlanCell> {
  return new Map(sheet.cells.map((c) => [`${c.row},${c.col}`, c]));
}

describe('buildSkeletonPlan on the seed', () => {
  const plan = buildSkeletonPlan(scanMasks(SEED), messagesFor('zh-CN'));
  const [sheet] = plan.sheets;
  const at = grid(sheet);
  const value = (row: number, col: number) => at.get(`${row},${col}`)?.value ?? null;

  it('writes one sheet 指标 that people own once written', () => {
    expect(plan.sheets).toHaveLength(1);
    expect(sheet.name).toBe('指标');
    expect(sheet.userInput).toBe(true);
    expect(plan.activeSheet).toBe('指标');
  });

  it('has the twelve columns in order, English names on the second header line', () => {
    const zh = Array.from({ length: 12 }, (_, c) => value(0, c));
    const en = Array.from({ length: 12 }, (_, c) => value(1, c));
    expect(zh).toEqual([
      '编号',
      '板块',
      '指标',
      '单位',
      '格式',
      '目标值',
      '完成值',
      '上年值',
      '汇总方式',
      '责任部门',
      '原文',
      '备注',
    ]);
    expect(en).toEqual([
      'ID',
      'Section',
      'Indicator',
      'Unit',
      'Format',
      'Target',
      'Actual',
      'Previous',
      'Aggregation',
      'Owner',
      'Source',
      'Note',
    ]);
  });

  it('has one row per mask with ID, section, name, unit, format and source', () => {
    const lastRow = Math.max(...sheet.cells.map((c) => c.row));
    expect(lastRow).toBe(81);
    expect([0, 1, 2, 3, 4, 10].map((c) => value(3, c))).toEqual([
      'M002',
      // The heading without its numbering and full stop (原文 keeps the sentence as written).
      '统筹推进基层党建工作',
      '党建知识培训场次',
      '场次',
      '**余',
      '开展党建知识培训【**】余场次，提升服务群众水平。',
    ]);
    expect(value(81, 0)).toBe('M080');
    expect(value(34, 11)).toBe('与 M001 是同一名称，可留空');
    // Input cells are left blank for people to fill.
    expect(value(3, 6)).toBeNull();
  });

  it('validates 完成值: numbers ≥ 0, percent points 0–100, text free, each with a prompt naming mask and unit', () => {
    const validations = sheet.dataValidations ?? [];
    expect(validations).toHaveLength(80);
    const forRow = (row: number) => validations.find((v) => v.range.row === row && v.range.col === 6);
    expect(forRow(3)).toMatchObject({
      type: 'decimal',
      operator: 'greaterThanOrEqual',
      formula1: '0',
      prompt: '报告中写作“**余”，单位：场次。请填数字（不带单位）。',
    });
    // M059 化解率 **.**% sits on row 60.
    expect(forRow(60)).toMatchObject({
      type: 'decimal',
      operator: 'between',
      formula1: '0',
      formula2: '100',
    });
    expect(forRow(60)?.prompt).toContain('**.**%');
    // M051 “*+*+N” on row 52 takes text.
    expect(forRow(52)).toMatchObject({ type: 'textLength' });
    expect(forRow(52)?.prompt).toContain('*+*+N');
  });

  it('freezes the headers, sizes the columns and prints on A4', () => {
    expect(sheet.freeze).toEqual({ rows: 2, cols: 3 });
    expect(sheet.columnWidths).toHaveLength(12);
    expect(sheet.columnWidths?.find((w) => w.col === 10)?.width).toBeGreaterThanOrEqual(40);
    expect(sheet.print).toMatchObject({
      paper: 'A4',
      orientation: 'landscape',
      fitToWidth: 1,
      repeatRows: { first: 0, last: 1 },
    });
  });

  it('styles every cell it names', () => {
    for (const cell of sheet.cells) if (cell.style) expect(plan.styles[cell.style]).toBeDefined();
  });

  it('speaks English prompts with --lang en but keeps the file-format headers', () => {
    const en = buildSkeletonPlan(scanMasks(SEED), messagesFor('en-US')).sheets[0];
    expect(en.dataValidations?.[1].prompt).toBe(
      'The report writes “**余”, unit: 场次. Enter a number (no unit).',
    );
    expect(grid(en).get('0,6')?.value).toBe('完成值');
  });
});
