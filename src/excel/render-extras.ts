/** Sheet-level parts of a plan as queued writes: freeze panes, conditional formats, validation, print, charts. */
import type {
  ChartPlan,
  ComparisonOperator,
  ConditionalFormatPlan,
  DataValidationPlan,
  SheetPlan,
  WorkbookPlan,
} from '../core/plan';
import { jsonBytes, OP_BYTES, RANGE_BYTES } from './chunking';
import { rangeOf, type QueuedAction, type SheetRef } from './render-cells';

const CF_OPERATOR: Readonly<Record<ComparisonOperator, Excel.ConditionalCellValueRule['operator']>> = {
  between: 'Between',
  notBetween: 'NotBetween',
  equal: 'EqualTo',
  notEqual: 'NotEqualTo',
  greaterThan: 'GreaterThan',
  lessThan: 'LessThan',
  greaterThanOrEqual: 'GreaterThanOrEqual',
  lessThanOrEqual: 'LessThanOrEqual',
};

const DV_OPERATOR: Readonly<Record<ComparisonOperator, Excel.BasicDataValidation['operator']>> = {
  between: 'Between',
  notBetween: 'NotBetween',
  equal: 'EqualTo',
  notEqual: 'NotEqualTo',
  greaterThan: 'GreaterThan',
  lessThan: 'LessThan',
  greaterThanOrEqual: 'GreaterThanOrEqualTo',
  lessThanOrEqual: 'LessThanOrEqualTo',
};

const ICON_SET = {
  threeTrafficLights1: 'ThreeTrafficLights1',
  threeSymbols: 'ThreeSymbols',
  threeArrows: 'ThreeArrows',
} as const;

const CHART_TYPE = {
  barClustered: 'BarClustered',
  barStacked: 'BarStacked',
  columnClustered: 'ColumnClustered',
  doughnut: 'Doughnut',
} as const;

const LEGEND = { bottom: 'Bottom', right: 'Right', top: 'Top' } as const;

function conditionalFormat(
  sheet: Excel.Worksheet,
  cf: ConditionalFormatPlan,
  styles: WorkbookPlan['styles'],
): void {
  const formats = rangeOf(sheet, cf.range).conditionalFormats;
  const applyFormat = (format: Excel.ConditionalRangeFormat, key: string): void => {
    const style = styles[key];
    if (!style) return;
    if (style.font?.color) format.font.color = style.font.color;
    if (style.font?.bold !== undefined) format.font.bold = style.font.bold;
    if (style.fill) format.fill.color = style.fill;
  };
  switch (cf.type) {
    case 'dataBar': {
      const bar = formats.add('DataBar').dataBar;
      bar.positiveFormat.fillColor = cf.color;
      if (cf.min !== undefined) bar.lowerBoundRule = { type: 'Number', formula: String(cf.min) };
      if (cf.max !== undefined) bar.upperBoundRule = { type: 'Number', formula: String(cf.max) };
      break;
    }
    case 'cellValue': {
      const value = formats.add('CellValue').cellValue;
      value.rule = { formula1: cf.formula1, formula2: cf.formula2, operator: CF_OPERATOR[cf.operator] };
      applyFormat(value.format, cf.style);
      break;
    }
    case 'expression': {
      const custom = formats.add('Custom').custom;
      custom.rule.formula = cf.formula;
      applyFormat(custom.format, cf.style);
      break;
    }
    case 'iconSet': {
      const icons = formats.add('IconSet').iconSet;
      icons.style = ICON_SET[cf.iconSet];
      // The first criterion is the lowest icon's and takes no bound.
      icons.criteria = [
        {} as Excel.ConditionalIconCriterion,
        { type: 'Number', operator: 'GreaterThanOrEqual', formula: String(cf.thresholds[0]) },
        { type: 'Number', operator: 'GreaterThanOrEqual', formula: String(cf.thresholds[1]) },
      ];
      if (cf.reverse) icons.reverseIconOrder = true;
      break;
    }
  }
}

function dataValidation(sheet: Excel.Worksheet, dv: DataValidationPlan): void {
  const validation = rangeOf(sheet, dv.range).dataValidation;
  const basic: Excel.BasicDataValidation = {
    formula1: dv.formula1 ?? '',
    formula2: dv.formula2,
    operator: DV_OPERATOR[dv.operator ?? 'between'],
  };
  if (dv.type === 'list') {
    validation.rule = {
      list: { inCellDropDown: true, source: dv.list ? dv.list.join(',') : (dv.formula1 ?? '') },
    };
  } else if (dv.type === 'decimal') validation.rule = { decimal: basic };
  else if (dv.type === 'whole') validation.rule = { wholeNumber: basic };
  else validation.rule = { textLength: basic };
  validation.ignoreBlanks = dv.allowBlank;
  if (dv.prompt) validation.prompt = { showPrompt: true, title: dv.promptTitle ?? '', message: dv.prompt };
  if (dv.error) {
    validation.errorAlert = { showAlert: true, style: 'Stop', title: dv.errorTitle ?? '', message: dv.error };
  }
}

function printSetup(sheet: Excel.Worksheet, plan: NonNullable<SheetPlan['print']>): void {
  const layout = sheet.pageLayout;
  layout.orientation = plan.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  layout.paperSize = 'A4';
  if (plan.fitToWidth !== undefined || plan.fitToHeight !== undefined) {
    layout.zoom = { horizontalFitToPages: plan.fitToWidth ?? 1, verticalFitToPages: plan.fitToHeight ?? 0 };
  }
  if (plan.repeatRows) layout.setPrintTitleRows(`$${plan.repeatRows.first + 1}:$${plan.repeatRows.last + 1}`);
  if (plan.printArea) layout.setPrintArea(rangeOf(sheet, plan.printArea));
  if (plan.centerHorizontally !== undefined) layout.centerHorizontally = plan.centerHorizontally;
  if (plan.footer) layout.headersFooters.defaultForAllPages.centerFooter = plan.footer;
  // A manual break goes above the range's top-left cell (ExcelApi 1.9).
  for (const row of plan.rowBreaks ?? [])
    sheet.horizontalPageBreaks.add(sheet.getRangeByIndexes(row, 0, 1, 1));
}

/** A chart from ranges; `sheetFor` gives the proxy of any sheet a series reads from. */
function chart(sheet: Excel.Worksheet, plan: ChartPlan, sheetFor: (name: string) => Excel.Worksheet): void {
  const [first, ...rest] = plan.series;
  if (!first) return;
  const source = (ref: ChartPlan['series'][number]['values']): Excel.Range =>
    rangeOf(sheetFor(ref.sheet), ref.rect);
  const added = sheet.charts.add(CHART_TYPE[plan.type], source(first.values), 'Auto');
  added.name = plan.name;
  added.title.text = plan.title;
  const colour = (series: Excel.ChartSeries, s: ChartPlan['series'][number]): void => {
    if (s.color) series.format.fill.setSolidColor(s.color);
    s.pointColors?.forEach((c, i) => series.points.getItemAt(i).format.fill.setSolidColor(c));
  };
  const head = added.series.getItemAt(0);
  head.name = first.name;
  head.setXAxisValues(source(first.categories));
  colour(head, first);
  for (const s of rest) {
    const series = added.series.add(s.name);
    series.setValues(source(s.values));
    series.setXAxisValues(source(s.categories));
    colour(series, s);
  }
  added.setPosition(sheet.getRangeByIndexes(plan.anchor.row, plan.anchor.col, 1, 1));
  // The plan gives pixels; Office.js sizes charts in points.
  added.width = plan.width * 0.75;
  added.height = plan.height * 0.75;
  if (plan.type !== 'doughnut') {
    if (plan.categoryAxisTitle) added.axes.categoryAxis.title.text = plan.categoryAxisTitle;
    if (plan.valueAxisTitle) added.axes.valueAxis.title.text = plan.valueAxisTitle;
    const axis = plan.valueAxis;
    if (axis?.min !== undefined) added.axes.valueAxis.minimum = axis.min;
    if (axis?.max !== undefined) added.axes.valueAxis.maximum = axis.max;
    if (axis?.numberFormat) added.axes.valueAxis.numberFormat = axis.numberFormat;
  }
  if (plan.legend === 'none') added.legend.visible = false;
  else if (plan.legend) {
    added.legend.visible = true;
    added.legend.position = LEGEND[plan.legend];
  }
  if (plan.dataLabels) added.dataLabels.showValue = true;
}

/** One property set, with a value of at most 30 bytes (a colour, a number, an enum). */
const SET_BYTES = OP_BYTES + 30;

/**
 * Upper bound of `chart`'s request: about 20 property sets and calls on the chart and its axes, title and legend
 * (each on an object of its own), five per further series, and a point object and a fill per point colour; the
 * texts and references are at most the plan's JSON.
 */
function chartBytes(plan: ChartPlan): number {
  const points = plan.series.reduce((n, s) => n + (s.pointColors?.length ?? 0), 0);
  return (20 + 5 * plan.series.length + 2 * points) * (SET_BYTES + RANGE_BYTES) + jsonBytes(plan);
}

export function extraActions(
  sheetRef: SheetRef,
  plan: SheetPlan,
  styles: WorkbookPlan['styles'],
  sheetFor: (name: string) => Excel.Worksheet,
): QueuedAction[] {
  const actions: QueuedAction[] = [];
  // Every write below runs when queued, after the structure step has created the sheet.
  const at =
    <T>(write: (sheet: Excel.Worksheet) => T) =>
    (): void => {
      write(sheetRef());
    };
  const freeze = plan.freeze;
  if (freeze && (freeze.rows > 0 || freeze.cols > 0)) {
    actions.push({
      bytes: RANGE_BYTES + SET_BYTES,
      queue: at((sheet) => {
        if (freeze.rows > 0 && freeze.cols > 0) {
          sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, freeze.rows, freeze.cols));
        } else if (freeze.rows > 0) sheet.freezePanes.freezeRows(freeze.rows);
        else sheet.freezePanes.freezeColumns(freeze.cols);
      }),
    });
  }
  for (const cf of plan.conditionalFormats ?? []) {
    // The added format, up to four settings of the rule and three of its format (from the plan's style).
    const style = 'style' in cf ? jsonBytes(styles[cf.style]) : 0;
    actions.push({
      bytes: 2 * RANGE_BYTES + 8 * SET_BYTES + jsonBytes(cf) + style,
      queue: at((sheet) => conditionalFormat(sheet, cf, styles)),
    });
  }
  for (const dv of plan.dataValidations ?? []) {
    // Rule, blanks, prompt and alert: the plan's texts plus Office.js's own keys (`showPrompt`, `inCellDropDown`).
    actions.push({
      bytes: RANGE_BYTES + 4 * (OP_BYTES + 100) + jsonBytes(dv),
      queue: at((sheet) => dataValidation(sheet, dv)),
    });
  }
  const filter = plan.autoFilter;
  if (filter)
    actions.push({
      bytes: 2 * RANGE_BYTES + SET_BYTES,
      queue: at((sheet) => sheet.autoFilter.apply(rangeOf(sheet, filter))),
    });
  const print = plan.print;
  if (print) {
    // Up to eight settings (the footer's on an object of its own), one break per row break.
    const breaks = print.rowBreaks?.length ?? 0;
    actions.push({
      bytes: (8 + breaks) * (RANGE_BYTES + SET_BYTES) + jsonBytes(print),
      queue: at((sheet) => printSetup(sheet, print)),
    });
  }
  const tabColor = plan.tabColor;
  if (tabColor) actions.push({ bytes: SET_BYTES, queue: at((sheet) => (sheet.tabColor = tabColor)) });
  const gridlines = plan.showGridlines;
  if (gridlines !== undefined)
    actions.push({ bytes: SET_BYTES, queue: at((sheet) => (sheet.showGridlines = gridlines)) });
  for (const c of plan.charts ?? []) {
    actions.push({ bytes: chartBytes(c), queue: at((sheet) => chart(sheet, c, sheetFor)) });
  }
  return actions;
}
