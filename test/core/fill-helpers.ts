import type { FillIndicator } from '../../src/core/results';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../src/core/snapshot';

/** One FillIndicator, with what a test does not care about defaulted. */
export function indicator(partial: Partial<FillIndicator> & { name: string }): FillIndicator {
  const value = partial.value ?? null;
  return {
    id: '',
    section: '',
    unit: '',
    format: '',
    source: '',
    value,
    text: partial.text ?? (value === null ? '' : String(value)),
    parseError: false,
    at: { sheet: '指标', cell: 'G3' },
    ...partial,
  };
}

export const HEADER = [
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
];

/** A workbook with one indicator sheet; rows give id, name, unit, actual, source (other columns blank). */
export function indicatorWorkbook(
  rows: readonly {
    id?: string;
    name?: string;
    unit?: string;
    actual: CellValue;
    source?: string;
    percent?: boolean;
  }[],
  extra: Partial<SheetSnapshot> = {},
): WorkbookSnapshot {
  const values: CellValue[][] = [HEADER];
  const numberFormats: (string | null)[][] = [HEADER.map(() => null)];
  for (const row of rows) {
    values.push([
      row.id ?? '',
      '',
      row.name ?? '',
      row.unit ?? '',
      '',
      '',
      row.actual,
      '',
      '',
      '',
      row.source ?? '',
      '',
    ]);
    numberFormats.push(HEADER.map((_, col) => (col === 6 && row.percent ? '0.00%' : null)));
  }
  return { source: 'test.xlsx', sheets: [{ name: '指标', values, numberFormats, ...extra }] };
}
