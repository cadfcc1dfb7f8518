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

/** Common characters for long Chinese text cells (3 bytes each in UTF-8). */
const HANZI = '社区居民人口登记完成情况说明报表指标数据核对错误提示街道办事处年度统计汇总填写要求请补充核实';

/**
 * One sheet of `rows` × `cols` text cells, each `chars` Chinese characters (varied per cell), unstyled: the shape
 * of a filled report or a findings sheet with long messages, where UTF-8 is 3 bytes a character.
 */
export function chineseTextPlan(rows: number, cols: number, chars: number): WorkbookPlan {
  const cells: PlanCell[] = [];
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) {
      let value = '';
      for (let k = 0; k < chars; k++) value += HANZI[(row * 7 + col * 3 + k) % HANZI.length];
      cells.push({ row, col, value });
    }
  }
  return { styles: {}, sheets: [{ name: '校验结果', cells }] };
}

/**
 * Everything but plain cells, many times over: fully bordered styles on blocks and on single cells (a
 * checkerboard), Chinese font names, hyperlinks with Chinese tips, merges, sizes, conditional formats, validation,
 * print setup and a chart, for checking the request estimate of each kind of write.
 */
export function decoratedPlan(): WorkbookPlan {
  const cells: PlanCell[] = [];
  for (let row = 0; row < 40; row++) {
    for (let col = 0; col < 12; col++) {
      const style = row < 4 ? 'block' : (row + col) % 2 === 0 ? 'even' : 'odd';
      const hyperlink =
        col === 0
          ? { sheet: '汇总', cell: `B${row + 1}`, tooltip: `跳到第${row + 1}行的问题说明` }
          : undefined;
      cells.push({ row, col, value: col === 1 ? row * 1.5 : `说明${row}-${col}`, style, hyperlink });
    }
  }
  const border = { style: 'medium', color: '#1F4E79' } as const;
  return {
    styles: {
      block: { font: { bold: true, name: '微软雅黑', size: 11, color: '#1F4E79' }, fill: '#DDEBF7', border },
      even: {
        font: { italic: true, underline: true, name: '仿宋_GB2312' },
        horizontal: 'center',
        vertical: 'top',
        wrap: true,
        indent: 1,
        border: { style: 'hair', color: '#A6A6A6', sides: ['top', 'left'] },
      },
      odd: { fill: '#FFF2CC', border, numberFormat: '0.00' },
    },
    sheets: [
      {
        name: '汇总',
        cells,
        merges: Array.from({ length: 20 }, (_, i) => ({ row: 40 + i, col: 0, lastRow: 40 + i, lastCol: 3 })),
        columnWidths: Array.from({ length: 12 }, (_, col) => ({ col, width: 8 + col })),
        rowHeights: Array.from({ length: 40 }, (_, row) => ({ row, height: 18 + (row % 3) })),
        freeze: { rows: 4, cols: 1 },
        conditionalFormats: [
          {
            type: 'expression',
            range: { row: 4, col: 1, lastRow: 39, lastCol: 1 },
            formula: '=$B5<10',
            style: 'odd',
          },
        ],
        dataValidations: [
          {
            range: { row: 4, col: 1, lastRow: 39, lastCol: 1 },
            type: 'decimal',
            operator: 'greaterThanOrEqual',
            formula1: '0',
            allowBlank: true,
            prompt: '请填写不小于零的数字,单位为人',
            promptTitle: '完成值',
            error: '这里只能填数字',
            errorTitle: '填写有误',
          },
        ],
        charts: [
          {
            name: 'huibao-values',
            type: 'columnClustered',
            title: '各行完成值',
            series: [
              {
                name: '完成值',
                categories: { sheet: '汇总', rect: { row: 4, col: 0, lastRow: 39, lastCol: 0 } },
                values: { sheet: '汇总', rect: { row: 4, col: 1, lastRow: 39, lastCol: 1 } },
                pointColors: Array.from({ length: 36 }, (_, i) => (i % 2 ? '#70AD47' : '#C00000')),
              },
            ],
            anchor: { row: 1, col: 14 },
            width: 480,
            height: 320,
            categoryAxisTitle: '社区',
            valueAxisTitle: '人数',
          },
        ],
        print: {
          orientation: 'portrait',
          paper: 'A4',
          fitToWidth: 1,
          repeatRows: { first: 0, last: 3 },
          footer: '&A 第 &P 页',
          rowBreaks: [20, 30],
        },
      },
    ],
  };
}
