/**
 * Renders one `SheetPlan` into an open excelize file. Values go in a row at a time (`SetSheetRow`) and styles a run
 * of equal cells at a time, because every call crosses from JS into wasm and per-cell calls are what made a
 * 310,000-cell sheet take 42 s.
 */
import type { NewFile, Style, ConditionalFormatOptions, Chart, ChartSeries } from 'excelize-wasm';
import { cellAddress, columnLetters, quoteSheetName, rangeAddress } from '../core/address';
import type {
  CellStyle,
  ChartPlan,
  ComparisonOperator,
  ConditionalFormatPlan,
  DataValidationPlan,
  PlanCell,
  PrintPlan,
  Rect,
  SheetPlan,
  WorkbookPlan,
} from '../core/plan';
import { XlsxWriteError } from './errors';
import { excelizeStopped, type Excelize } from './excelize-runtime';
import type { IconThresholds } from './patch-xml';

export type ExcelizeFile = NewFile;

/**
 * Fails the write with the library's reason; excelize reports errors in return values, not exceptions. A call that
 * made the Go runtime panic returns nothing at all: the error then names the call and the panic.
 */
export function check(result: { error: string | null } | undefined, what: string): void {
  if (!result) {
    const reason = excelizeStopped() ?? 'excelize returned nothing';
    throw new XlsxWriteError('writeFailed', { reason: `${what}: ${reason}` });
  }
  if (result.error) throw new XlsxWriteError('writeFailed', { reason: `${what}: ${result.error}` });
}

const rect = (r: Rect): string => rangeAddress(r.row, r.col, r.lastRow, r.lastCol);

/** Style ids per plan key, created on first use (cell styles and conditional-format styles are separate tables). */
export class StyleTable {
  private readonly cellIds = new Map<string, number>();
  private readonly conditionalIds = new Map<string, number>();

  constructor(
    private readonly file: ExcelizeFile,
    private readonly styles: WorkbookPlan['styles'],
  ) {}

  cell(key: string): number | null {
    const known = this.cellIds.get(key);
    if (known !== undefined) return known;
    const style = this.styles[key];
    if (!style) return null;
    const made = this.file.NewStyle(toExcelizeStyle(style));
    check(made, `style ${key}`);
    this.cellIds.set(key, made.style);
    return made.style;
  }

  conditional(key: string): number | null {
    const known = this.conditionalIds.get(key);
    if (known !== undefined) return known;
    const style = this.styles[key];
    if (!style) return null;
    const { Font, Fill } = toExcelizeStyle(style);
    const made = this.file.NewConditionalStyle({ Font, Fill });
    check(made, `conditional style ${key}`);
    this.conditionalIds.set(key, made.style);
    return made.style;
  }
}

const BORDER_STYLE = { thin: 1, medium: 2, hair: 7 } as const;

export function toExcelizeStyle(style: CellStyle): Style {
  const out: Style = {};
  if (style.font) {
    const f = style.font;
    out.Font = {
      ...(f.bold ? { Bold: true } : {}),
      ...(f.italic ? { Italic: true } : {}),
      ...(f.underline ? { Underline: 'single' } : {}),
      ...(f.size ? { Size: f.size } : {}),
      ...(f.color ? { Color: f.color } : {}),
      ...(f.name ? { Family: f.name } : {}),
    };
  }
  if (style.fill) out.Fill = { Type: 'pattern', Pattern: 1, Color: [style.fill] };
  if (style.numberFormat && style.numberFormat !== 'General') {
    if (style.numberFormat === '@') out.NumFmt = 49;
    else out.CustomNumFmt = style.numberFormat;
  }
  if (style.horizontal || style.vertical || style.wrap || style.indent) {
    out.Alignment = {
      ...(style.horizontal ? { Horizontal: style.horizontal } : {}),
      ...(style.vertical ? { Vertical: style.vertical } : {}),
      ...(style.wrap ? { WrapText: true } : {}),
      ...(style.indent ? { Indent: style.indent } : {}),
    };
  }
  if (style.border) {
    const b = style.border;
    const sides = b.sides ?? ['top', 'bottom', 'left', 'right'];
    out.Border = sides.map((side) => ({
      Type: side,
      Style: BORDER_STYLE[b.style],
      Color: b.color ?? '#000000',
    }));
  }
  return out;
}

/**
 * Links to a URL and notes. The cells' values and styles, and links within the workbook, go into the sheet XML
 * directly (see `sheet-data.ts` and `sheet-links.ts`).
 */
export function writeCellExtras(file: ExcelizeFile, sheet: string, cells: readonly PlanCell[]): void {
  for (const cell of cells) {
    if ((cell.hyperlink && 'url' in cell.hyperlink) || cell.note) writeLinkAndNote(file, sheet, cell);
  }
}

function writeLinkAndNote(file: ExcelizeFile, sheet: string, cell: PlanCell): void {
  const address = cellAddress(cell.row, cell.col);
  const link = cell.hyperlink;
  if (link && 'url' in link) {
    const opts = link.tooltip ? { Tooltip: link.tooltip } : {};
    check(file.SetCellHyperLink(sheet, address, link.url, 'External', opts), `${sheet}!${address} link`);
  }
  if (cell.note) {
    check(
      file.AddComment(sheet, { Cell: address, Author: 'Huibao', Paragraph: [{ Text: cell.note }] }),
      `${sheet}!${address} note`,
    );
  }
}

export function writeLayout(file: ExcelizeFile, plan: SheetPlan): void {
  const sheet = plan.name;
  for (const { col, width } of plan.columnWidths ?? []) {
    const letters = columnLetters(col);
    check(file.SetColWidth(sheet, letters, letters, width), `${sheet} width ${letters}`);
  }
  for (const merge of plan.merges ?? []) {
    check(
      file.MergeCell(sheet, cellAddress(merge.row, merge.col), cellAddress(merge.lastRow, merge.lastCol)),
      `${sheet} merge ${rect(merge)}`,
    );
  }
  if (plan.freeze && (plan.freeze.rows > 0 || plan.freeze.cols > 0)) {
    const { rows, cols } = plan.freeze;
    const pane = rows > 0 && cols > 0 ? 'bottomRight' : rows > 0 ? 'bottomLeft' : 'topRight';
    check(
      file.SetPanes(sheet, {
        Freeze: true,
        XSplit: cols,
        YSplit: rows,
        TopLeftCell: cellAddress(rows, cols),
        ActivePane: pane,
        Selection: [{ SQRef: cellAddress(rows, cols), ActiveCell: cellAddress(rows, cols), Pane: pane }],
      }),
      `${sheet} freeze`,
    );
  }
  if (plan.autoFilter) check(file.AutoFilter(sheet, rect(plan.autoFilter), []), `${sheet} autofilter`);
  if (plan.tabColor) {
    check(file.SetSheetProps(sheet, { TabColorRGB: `FF${plan.tabColor.replace('#', '')}` }), `${sheet} tab`);
  }
  if (plan.showGridlines === false) {
    check(
      file.SetSheetView(sheet, 0, { ShowGridLines: false } as Parameters<ExcelizeFile['SetSheetView']>[2]),
      `${sheet} gridlines`,
    );
  }
}

const DV_TYPE = { decimal: 'decimal', whole: 'whole', list: 'list', textLength: 'textLength' } as const;

export function writeValidations(
  file: ExcelizeFile,
  sheet: string,
  validations: readonly DataValidationPlan[],
): void {
  for (const dv of validations) {
    const list = dv.list ? `"${dv.list.map((item) => item.replace(/"/g, '""')).join(',')}"` : undefined;
    const formula1 = list ?? dv.formula1;
    check(
      file.AddDataValidation(sheet, {
        Sqref: rect(dv.range),
        Type: DV_TYPE[dv.type],
        ...(dv.type !== 'list' && dv.operator ? { Operator: dv.operator } : {}),
        ...(formula1 !== undefined ? { Formula1: formula1 } : {}),
        ...(dv.formula2 !== undefined ? { Formula2: dv.formula2 } : {}),
        AllowBlank: dv.allowBlank,
        ...(dv.prompt || dv.promptTitle
          ? { ShowInputMessage: true, PromptTitle: dv.promptTitle ?? '', Prompt: dv.prompt ?? '' }
          : {}),
        // A list always rejects other entries; other kinds only when the plan words an error message.
        ...(dv.type === 'list' ? { ShowErrorMessage: true } : {}),
        ...(dv.error || dv.errorTitle
          ? {
              ShowErrorMessage: true,
              ErrorTitle: dv.errorTitle ?? '',
              Error: dv.error ?? '',
              ErrorStyle: 'stop',
            }
          : {}),
      }),
      `${sheet} validation ${rect(dv.range)}`,
    );
  }
}

const CRITERIA: Readonly<Record<ComparisonOperator, string>> = {
  between: 'between',
  notBetween: 'not between',
  equal: '==',
  notEqual: '!=',
  greaterThan: '>',
  lessThan: '<',
  greaterThanOrEqual: '>=',
  lessThanOrEqual: '<=',
};

const ICON_STYLE = {
  threeTrafficLights1: '3TrafficLights1',
  threeSymbols: '3Symbols',
  threeArrows: '3Arrows',
} as const;

export function writeConditionalFormats(
  file: ExcelizeFile,
  sheet: string,
  formats: readonly ConditionalFormatPlan[],
  styles: StyleTable,
  icons: IconThresholds[],
): void {
  for (const cf of formats) {
    const range = rect(cf.range);
    let option: ConditionalFormatOptions;
    switch (cf.type) {
      case 'dataBar':
        option = {
          Type: 'data_bar',
          Criteria: '=',
          MinType: cf.min !== undefined ? 'num' : 'min',
          MaxType: cf.max !== undefined ? 'num' : 'max',
          ...(cf.min !== undefined ? { MinValue: String(cf.min) } : {}),
          ...(cf.max !== undefined ? { MaxValue: String(cf.max) } : {}),
          BarColor: cf.color,
          BarSolid: true,
        };
        break;
      case 'cellValue': {
        const format = styles.conditional(cf.style) ?? undefined;
        const between = cf.operator === 'between' || cf.operator === 'notBetween';
        option = {
          Type: 'cell',
          Criteria: CRITERIA[cf.operator],
          Format: format,
          ...(between
            ? { MinValue: cf.formula1, MaxValue: cf.formula2 ?? cf.formula1 }
            : { Value: cf.formula1 }),
        };
        break;
      }
      case 'expression':
        option = {
          Type: 'formula',
          Criteria: cf.formula.startsWith('=') ? cf.formula.slice(1) : cf.formula,
          Format: styles.conditional(cf.style) ?? undefined,
        };
        break;
      case 'iconSet':
        option = { Type: 'icon_set', IconStyle: ICON_STYLE[cf.iconSet], ReverseIcons: cf.reverse ?? false };
        icons.push({ sheet, range, thresholds: cf.thresholds });
        break;
    }
    check(file.SetConditionalFormat(sheet, range, [option]), `${sheet} conditional format ${range}`);
  }
}

function chartRange(ref: { sheet: string; rect: Rect }): string {
  const r = ref.rect;
  const a = `$${columnLetters(r.col)}$${r.row + 1}`;
  const b = `$${columnLetters(r.lastCol)}$${r.lastRow + 1}`;
  return `${quoteSheetName(ref.sheet)}!${a}:${b}`;
}

export function writeCharts(
  ex: Excelize,
  file: ExcelizeFile,
  sheet: string,
  charts: readonly ChartPlan[],
): void {
  const TYPE = {
    barClustered: ex.Bar,
    barStacked: ex.BarStacked,
    columnClustered: ex.Col,
    doughnut: ex.Doughnut,
  } as const;
  for (const chart of charts) {
    const series: ChartSeries[] = chart.series.map((s) => ({
      Name: s.name,
      Categories: chartRange(s.categories),
      Values: chartRange(s.values),
      ...(s.color && chart.type !== 'doughnut'
        ? { Fill: { Type: 'pattern', Pattern: 1, Color: [s.color] } }
        : {}),
      // excelize writes data points for doughnuts only; bar and column points are added after the write
      // (`chart-points.ts`).
      ...(s.pointColors?.length && chart.type === 'doughnut'
        ? {
            DataPoint: s.pointColors.map((color, index) => ({
              Index: index,
              Fill: { Type: 'pattern', Pattern: 1, Color: [color] },
            })),
          }
        : {}),
    }));
    const font = { Family: '微软雅黑' };
    const options: Chart = {
      Type: TYPE[chart.type] as Chart['Type'],
      Series: series,
      Title: { Paragraph: [{ Text: chart.title, Font: { ...font, Bold: true, Size: 13 } }] },
      Dimension: { Width: Math.round(chart.width), Height: Math.round(chart.height) },
      Format: { Name: chart.name, PrintObject: true },
      Legend: { Position: chart.legend ?? 'bottom' },
      PlotArea: {
        ShowVal: chart.dataLabels ?? false,
        ...(chart.type === 'doughnut' && chart.dataLabels ? { ShowPercent: true, ShowVal: false } : {}),
      },
      // One colour per series, except the doughnut's slices (excelize would colour a lone series by point).
      VaryColors: chart.type === 'doughnut',
      ...(chart.type === 'doughnut' ? { HoleSize: 55 } : {}),
    };
    if (chart.type !== 'doughnut') {
      // Dark tick labels: the library's pale default is unreadable once printed.
      const tickFont = { ...font, Size: 9, Color: '#404040' };
      options.XAxis = {
        Font: tickFont,
        ...(chart.categoryAxisTitle
          ? { Title: { Paragraph: [{ Text: chart.categoryAxisTitle, Font: font }] } }
          : {}),
      };
      options.YAxis = {
        Font: tickFont,
        MajorGridLines: true,
        ...(chart.valueAxisTitle
          ? { Title: { Paragraph: [{ Text: chart.valueAxisTitle, Font: font }] } }
          : {}),
        ...(chart.valueAxis?.min !== undefined ? { Minimum: chart.valueAxis.min } : {}),
        ...(chart.valueAxis?.max !== undefined ? { Maximum: chart.valueAxis.max } : {}),
        ...(chart.valueAxis?.numberFormat ? { NumFmt: { CustomNumFmt: chart.valueAxis.numberFormat } } : {}),
      };
    }
    const anchor = cellAddress(chart.anchor.row, chart.anchor.col);
    check(file.AddChart(sheet, anchor, options), `${sheet} chart ${chart.name}`);
  }
}

export function writePrint(file: ExcelizeFile, sheet: string, print: PrintPlan): void {
  check(
    file.SetPageLayout(sheet, {
      Size: 9, // A4
      Orientation: print.orientation,
      ...(print.fitToWidth !== undefined ? { FitToWidth: print.fitToWidth } : {}),
      ...(print.fitToHeight !== undefined ? { FitToHeight: print.fitToHeight } : {}),
    }),
    `${sheet} page layout`,
  );
  if (print.fitToWidth !== undefined || print.fitToHeight !== undefined) {
    check(file.SetSheetProps(sheet, { FitToPage: true }), `${sheet} fit to page`);
  }
  if (print.centerHorizontally) check(file.SetPageMargins(sheet, { Horizontally: true }), `${sheet} margins`);
  if (print.footer) {
    const footer = /&[LCR]/.test(print.footer) ? print.footer : `&C${print.footer}`;
    check(file.SetHeaderFooter(sheet, { OddFooter: footer }), `${sheet} footer`);
  }
  for (const row of print.rowBreaks ?? []) {
    if (row > 0) check(file.InsertPageBreak(sheet, cellAddress(row, 0)), `${sheet} page break ${row + 1}`);
  }
  const quoted = quoteSheetName(sheet);
  if (print.repeatRows) {
    check(
      file.SetDefinedName({
        Name: '_xlnm.Print_Titles',
        RefersTo: `${quoted}!$${print.repeatRows.first + 1}:$${print.repeatRows.last + 1}`,
        Scope: sheet,
      }),
      `${sheet} print titles`,
    );
  }
  if (print.printArea) {
    const r = print.printArea;
    check(
      file.SetDefinedName({
        Name: '_xlnm.Print_Area',
        RefersTo: `${quoted}!$${columnLetters(r.col)}$${r.row + 1}:$${columnLetters(r.lastCol)}$${r.lastRow + 1}`,
        Scope: sheet,
      }),
      `${sheet} print area`,
    );
  }
}
