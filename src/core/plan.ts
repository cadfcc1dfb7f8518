/**
 * A workbook plan: the sheets Huibao writes, described as data. The core decides every cell, format and chart;
 * hosts (src/xlsx, src/excel) only render it. Rows/cols are 0-based.
 */

/** Written as given: a string is always text, even when it starts with `=`, `+`, `-` or `@`. */
export type PlanValue = string | number | boolean | null;

export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly lastRow: number;
  readonly lastCol: number;
}

/** Colours are `#RRGGBB`. */
export interface CellStyle {
  readonly font?: {
    readonly bold?: boolean;
    readonly italic?: boolean;
    readonly underline?: boolean;
    readonly size?: number;
    readonly color?: string;
    readonly name?: string;
  };
  readonly fill?: string;
  readonly numberFormat?: string;
  readonly horizontal?: 'left' | 'center' | 'right';
  readonly vertical?: 'top' | 'center' | 'bottom';
  readonly wrap?: boolean;
  readonly indent?: number;
  readonly border?: {
    readonly style: 'thin' | 'medium' | 'hair';
    readonly color?: string;
    /** Default: all four sides. */
    readonly sides?: readonly ('top' | 'bottom' | 'left' | 'right')[];
  };
}

/** Excel's limit of hyperlinks on one worksheet: a host refuses (excelize) or fails past it. */
export const MAX_SHEET_LINKS = 65_530;

export type Hyperlink =
  | { readonly sheet: string; readonly cell: string; readonly tooltip?: string }
  | { readonly url: string; readonly tooltip?: string };

export interface PlanCell {
  readonly row: number;
  readonly col: number;
  readonly value: PlanValue;
  /** A formula the core built (`=SUM(C5:C9)`); `value` is its expected result, for hosts that cache it. */
  readonly formula?: string;
  /** Key into `WorkbookPlan.styles`. */
  readonly style?: string;
  readonly hyperlink?: Hyperlink;
  readonly note?: string;
}

export type ComparisonOperator =
  | 'between'
  | 'notBetween'
  | 'equal'
  | 'notEqual'
  | 'greaterThan'
  | 'lessThan'
  | 'greaterThanOrEqual'
  | 'lessThanOrEqual';

export type ConditionalFormatPlan =
  | {
      readonly type: 'dataBar';
      readonly range: Rect;
      readonly color: string;
      /** Fixed bounds (e.g. 0 and 1.2 for a completion ratio); automatic when absent. */
      readonly min?: number;
      readonly max?: number;
    }
  | {
      readonly type: 'cellValue';
      readonly range: Rect;
      readonly operator: ComparisonOperator;
      readonly formula1: string;
      readonly formula2?: string;
      /** Key into `WorkbookPlan.styles`; only font colour, bold and fill are rendered. */
      readonly style: string;
    }
  | {
      /** A formula relative to the range's top-left cell, true where the style applies: `=$G5="未达标"`. */
      readonly type: 'expression';
      readonly range: Rect;
      readonly formula: string;
      readonly style: string;
    }
  | {
      readonly type: 'iconSet';
      readonly range: Rect;
      readonly iconSet: 'threeTrafficLights1' | 'threeSymbols' | 'threeArrows';
      /** Lower bounds of the middle and top icons, as numbers. */
      readonly thresholds: readonly [number, number];
      readonly reverse?: boolean;
    };

export interface RangeRef {
  readonly sheet: string;
  readonly rect: Rect;
}

export type ChartType = 'barClustered' | 'barStacked' | 'columnClustered' | 'doughnut';

export interface ChartSeriesPlan {
  readonly name: string;
  readonly categories: RangeRef;
  readonly values: RangeRef;
  readonly color?: string;
  /** One colour per category (a doughnut's slices), in category order; hosts without it use their palette. */
  readonly pointColors?: readonly string[];
}

export interface ChartPlan {
  /** Stable name, so a re-run replaces the chart instead of adding one. */
  readonly name: string;
  readonly type: ChartType;
  readonly title: string;
  readonly series: readonly ChartSeriesPlan[];
  /** Top-left cell the chart sits on, and its size in pixels. */
  readonly anchor: { readonly row: number; readonly col: number };
  readonly width: number;
  readonly height: number;
  readonly categoryAxisTitle?: string;
  readonly valueAxisTitle?: string;
  readonly valueAxis?: { readonly min?: number; readonly max?: number; readonly numberFormat?: string };
  readonly dataLabels?: boolean;
  readonly legend?: 'bottom' | 'right' | 'top' | 'none';
}

export interface DataValidationPlan {
  readonly range: Rect;
  readonly type: 'decimal' | 'whole' | 'list' | 'textLength';
  readonly operator?: ComparisonOperator;
  readonly formula1?: string;
  readonly formula2?: string;
  /** For `list`. */
  readonly list?: readonly string[];
  readonly allowBlank: boolean;
  readonly promptTitle?: string;
  readonly prompt?: string;
  readonly errorTitle?: string;
  readonly error?: string;
}

export interface PrintPlan {
  readonly orientation: 'portrait' | 'landscape';
  readonly paper: 'A4';
  /** Pages wide / tall to fit to; 0 tall means as many as needed. */
  readonly fitToWidth?: number;
  readonly fitToHeight?: number;
  /** 0-based first and last rows repeated at the top of each page. */
  readonly repeatRows?: { readonly first: number; readonly last: number };
  readonly printArea?: Rect;
  readonly centerHorizontally?: boolean;
  readonly footer?: string;
  /** 0-based rows that start a new printed page (a manual page break above each). */
  readonly rowBreaks?: readonly number[];
}

export interface SheetPlan {
  readonly name: string;
  readonly cells: readonly PlanCell[];
  /** Widths in characters (Excel's column width unit). */
  readonly columnWidths?: readonly { readonly col: number; readonly width: number }[];
  /** Heights in points. */
  readonly rowHeights?: readonly { readonly row: number; readonly height: number }[];
  readonly merges?: readonly Rect[];
  readonly freeze?: { readonly rows: number; readonly cols: number };
  readonly conditionalFormats?: readonly ConditionalFormatPlan[];
  readonly charts?: readonly ChartPlan[];
  readonly dataValidations?: readonly DataValidationPlan[];
  readonly autoFilter?: Rect;
  readonly print?: PrintPlan;
  readonly tabColor?: string;
  readonly showGridlines?: boolean;
  /**
   * A sheet people fill in (the indicator skeleton): once written it is theirs, so hosts do not mark it as
   * Huibao's, never report it as `writtenByHuibao` and never replace it.
   */
  readonly userInput?: boolean;
}

export interface WorkbookPlan {
  readonly styles: Readonly<Record<string, CellStyle>>;
  /** In the order they should stand, after the input's own sheets. */
  readonly sheets: readonly SheetPlan[];
  /** Sheet to show when the workbook opens. */
  readonly activeSheet?: string;
}
