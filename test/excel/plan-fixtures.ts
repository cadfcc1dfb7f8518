/** Plans for the renderer tests, written out by hand so expectations can be checked against them. */
import type { PlanCell, SheetPlan, WorkbookPlan } from '../../src/core/plan';

export const TRICKY_TEXT = ['=1+1', '+86 10 1234', '-5', '@home', '001', '2022-01', 'TRUE'];

export function richPlan(): WorkbookPlan {
  const cells: PlanCell[] = [
    { row: 0, col: 0, value: '2022年汇总', style: 'title' },
    { row: 1, col: 0, value: '指标', style: 'header' },
    { row: 1, col: 1, value: '完成值', style: 'header' },
    { row: 1, col: 2, value: '完成率', style: 'header' },
    { row: 2, col: 0, value: '社区数', hyperlink: { sheet: '校验结果', cell: 'A1', tooltip: '看问题' } },
    { row: 2, col: 1, value: 1 },
    { row: 2, col: 2, value: 0.985, style: 'pct' },
    { row: 3, col: 0, value: '人口' },
    { row: 3, col: 1, value: 2 },
    { row: 3, col: 2, value: 1.2, style: 'pct' },
    { row: 4, col: 0, value: '合计' },
    { row: 4, col: 1, value: 3, formula: '=SUM(B3:B4)' },
    ...TRICKY_TEXT.map((value, i): PlanCell => ({ row: 6 + i, col: 0, value })),
  ];
  const summary: SheetPlan = {
    name: '汇总',
    cells,
    columnWidths: [{ col: 0, width: 12 }],
    rowHeights: [{ row: 0, height: 24 }],
    merges: [{ row: 0, col: 0, lastRow: 0, lastCol: 2 }],
    freeze: { rows: 2, cols: 1 },
    conditionalFormats: [
      {
        type: 'dataBar',
        range: { row: 2, col: 2, lastRow: 3, lastCol: 2 },
        color: '#5B9BD5',
        min: 0,
        max: 1.2,
      },
      {
        type: 'cellValue',
        range: { row: 2, col: 1, lastRow: 3, lastCol: 1 },
        operator: 'lessThan',
        formula1: '2',
        style: 'bad',
      },
      {
        type: 'expression',
        range: { row: 2, col: 0, lastRow: 3, lastCol: 0 },
        formula: '=$B3<2',
        style: 'bad',
      },
      {
        type: 'iconSet',
        range: { row: 2, col: 2, lastRow: 3, lastCol: 2 },
        iconSet: 'threeTrafficLights1',
        thresholds: [0.8, 1],
      },
    ],
    dataValidations: [
      {
        range: { row: 2, col: 1, lastRow: 3, lastCol: 1 },
        type: 'decimal',
        operator: 'greaterThanOrEqual',
        formula1: '0',
        allowBlank: true,
        prompt: '填数字',
      },
      {
        range: { row: 5, col: 0, lastRow: 5, lastCol: 0 },
        type: 'list',
        list: ['是', '否'],
        allowBlank: false,
      },
    ],
    charts: [
      {
        name: 'huibao-completion',
        type: 'barClustered',
        title: '完成情况',
        series: [
          {
            name: '完成值',
            categories: { sheet: '汇总', rect: { row: 2, col: 0, lastRow: 3, lastCol: 0 } },
            values: { sheet: '汇总', rect: { row: 2, col: 1, lastRow: 3, lastCol: 1 } },
            color: '#5B9BD5',
          },
          {
            name: '完成率',
            categories: { sheet: '汇总', rect: { row: 2, col: 0, lastRow: 3, lastCol: 0 } },
            values: { sheet: '汇总', rect: { row: 2, col: 2, lastRow: 3, lastCol: 2 } },
          },
        ],
        anchor: { row: 1, col: 5 },
        width: 480,
        height: 320,
        valueAxis: { min: 0, numberFormat: '0%' },
        legend: 'bottom',
        dataLabels: true,
      },
      {
        name: 'huibao-status',
        type: 'doughnut',
        title: '状态',
        series: [
          {
            name: '项数',
            categories: { sheet: '汇总', rect: { row: 2, col: 0, lastRow: 3, lastCol: 0 } },
            values: { sheet: '汇总', rect: { row: 2, col: 1, lastRow: 3, lastCol: 1 } },
            pointColors: ['#70AD47', '#C00000'],
          },
        ],
        anchor: { row: 20, col: 5 },
        width: 320,
        height: 240,
        legend: 'right',
      },
    ],
    autoFilter: { row: 1, col: 0, lastRow: 4, lastCol: 2 },
    print: {
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: 1,
      fitToHeight: 0,
      repeatRows: { first: 0, last: 1 },
      footer: '第 &P 页',
      rowBreaks: [6],
    },
    tabColor: '#2F5597',
    showGridlines: false,
  };
  const results: SheetPlan = {
    name: '校验结果',
    cells: [
      { row: 0, col: 0, value: '严重程度', style: 'header' },
      { row: 0, col: 1, value: '位置', style: 'header' },
      { row: 1, col: 0, value: '错误' },
      { row: 1, col: 1, value: '社区A!D5' },
    ],
  };
  return {
    styles: {
      title: { font: { bold: true, size: 14 }, horizontal: 'center' },
      header: { font: { bold: true }, fill: '#DDEBF7', border: { style: 'thin', color: '#A6A6A6' } },
      pct: { numberFormat: '0.0%' },
      bad: { font: { color: '#9C0006' }, fill: '#FFC7CE' },
    },
    sheets: [summary, results],
    activeSheet: '汇总',
  };
}

/** `sheets` sheets of `rows` × `cols` cells: text in column A, numbers elsewhere, header row styled. */
export function bigPlan(sheets: number, rows: number, cols: number): WorkbookPlan {
  return {
    styles: { header: { font: { bold: true }, fill: '#DDEBF7' }, num: { numberFormat: '#,##0.00' } },
    sheets: Array.from({ length: sheets }, (_, s) => ({
      name: `输出${s + 1}`,
      cells: Array.from({ length: rows * cols }, (_, i): PlanCell => {
        const row = Math.floor(i / cols);
        const col = i % cols;
        if (row === 0) return { row, col, value: `列${col + 1}`, style: 'header' };
        if (col === 0) return { row, col, value: `M${String(row).padStart(3, '0')}` };
        return { row, col, value: row * 1000 + col + 0.25, style: 'num' };
      }),
    })),
  };
}
