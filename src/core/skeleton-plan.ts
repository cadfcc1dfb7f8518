/**
 * The indicator skeleton as a workbook plan: sheet `指标`, one row per mask of the template, for people to fill in
 * and hand back. Headers come from the indicator sheet format (Chinese, then English on a second line); the
 * `完成值` cells carry data validation whose prompt shows the mask as the report writes it.
 */
import type { Messages } from './i18n';
import { INDICATOR_COLUMNS, type IndicatorColumn } from './indicator-sheet';
import { type MaskScan, type SkeletonRow, skeletonRows } from './masks';
import type { CellStyle, DataValidationPlan, PlanCell, WorkbookPlan } from './plan';

export const SKELETON_SHEET_NAME = '指标';

const HEADER_ROWS = 2;

const WIDTHS: Readonly<Record<IndicatorColumn, number>> = {
  id: 7,
  section: 22,
  name: 24,
  unit: 8,
  format: 12,
  target: 10,
  actual: 12,
  previous: 10,
  aggregation: 10,
  owner: 12,
  source: 50,
  note: 20,
};

/** Columns people type into: shaded so they stand out from what the skeleton wrote. */
const INPUT_COLUMNS: ReadonlySet<IndicatorColumn> = new Set([
  'target',
  'actual',
  'previous',
  'owner',
  'note',
]);

const BORDER: CellStyle['border'] = { style: 'thin', color: '#BFBFBF' };

const STYLES: Readonly<Record<string, CellStyle>> = {
  header: {
    font: { bold: true, color: '#FFFFFF', size: 11 },
    fill: '#1F4E78',
    horizontal: 'center',
    vertical: 'center',
    wrap: true,
    border: BORDER,
  },
  headerEn: {
    font: { italic: true, color: '#FFFFFF', size: 9 },
    fill: '#2E75B6',
    horizontal: 'center',
    vertical: 'center',
    border: BORDER,
  },
  cell: { vertical: 'top', border: BORDER },
  wrap: { vertical: 'top', wrap: true, border: BORDER },
  centre: { vertical: 'top', horizontal: 'center', border: BORDER },
  input: { vertical: 'top', fill: '#FFF2CC', border: BORDER },
  inputWrap: { vertical: 'top', fill: '#FFF2CC', wrap: true, border: BORDER },
};

function styleOf(key: IndicatorColumn): string {
  if (INPUT_COLUMNS.has(key)) return key === 'note' ? 'inputWrap' : 'input';
  if (key === 'source' || key === 'name' || key === 'section') return 'wrap';
  if (key === 'id' || key === 'unit' || key === 'format') return 'centre';
  return 'cell';
}

function noteFor(row: SkeletonRow, messages: Messages): string {
  if (row.sameAs) return messages.t('skeleton', 'noteSameAs', { id: row.sameAs });
  if (row.kind === 'unknown') return messages.t('skeleton', 'noteUnclassified');
  return '';
}

function validationFor(
  row: SkeletonRow,
  sheetRow: number,
  col: number,
  messages: Messages,
): DataValidationPlan {
  const range = { row: sheetRow, col, lastRow: sheetRow, lastCol: col };
  const promptTitle = messages.t('skeleton', 'promptTitle');
  const errorTitle = messages.t('skeleton', 'errorTitle');
  switch (row.kind) {
    case 'text-name':
    case 'text-code':
    case 'text-hotline': {
      const example = messages.t(
        'skeleton',
        row.kind === 'text-name'
          ? 'exampleName'
          : row.kind === 'text-code'
            ? 'exampleCode'
            : 'exampleHotline',
      );
      // Any text is fine; the validation is there for its prompt.
      return {
        range,
        type: 'textLength',
        operator: 'between',
        formula1: '0',
        formula2: '255',
        allowBlank: true,
        promptTitle,
        prompt: messages.t('skeleton', 'promptText', { format: row.format, example }),
      };
    }
    case 'unknown':
      return {
        range,
        type: 'textLength',
        operator: 'between',
        formula1: '0',
        formula2: '255',
        allowBlank: true,
        promptTitle,
        prompt: messages.t('skeleton', 'promptUnknown', { format: row.format }),
      };
    case 'percent':
      return {
        range,
        type: 'decimal',
        operator: 'between',
        formula1: '0',
        formula2: '100',
        allowBlank: true,
        promptTitle,
        prompt: messages.t('skeleton', 'promptPercent', { format: row.format.replace(/%$/, '') }),
        errorTitle,
        error: messages.t('skeleton', 'errorPercent'),
      };
    default:
      return {
        range,
        type: 'decimal',
        operator: 'greaterThanOrEqual',
        formula1: '0',
        allowBlank: true,
        promptTitle,
        prompt: messages.t('skeleton', 'promptNumber', {
          format: row.format,
          unit: row.unit || messages.t('skeleton', 'noUnit'),
        }),
        errorTitle,
        error: messages.t('skeleton', 'errorNumber'),
      };
  }
}

/** The skeleton workbook of a template: sheet `指标` with the twelve indicator columns and one row per mask. */
export function buildSkeletonPlan(scan: MaskScan, messages: Messages): WorkbookPlan {
  const rows = skeletonRows(scan);
  const cells: PlanCell[] = [];
  INDICATOR_COLUMNS.forEach((column, col) => {
    cells.push({ row: 0, col, value: column.zh, style: 'header' });
    cells.push({ row: 1, col, value: column.en, style: 'headerEn' });
  });
  const actualCol = INDICATOR_COLUMNS.findIndex((c) => c.key === 'actual');
  const dataValidations: DataValidationPlan[] = [];
  rows.forEach((row, i) => {
    const r = HEADER_ROWS + i;
    const values: Readonly<Record<IndicatorColumn, string>> = {
      id: row.id,
      section: row.section,
      name: row.name,
      unit: row.unit,
      format: row.format,
      target: '',
      actual: '',
      previous: '',
      aggregation: '',
      owner: '',
      source: row.source,
      note: noteFor(row, messages),
    };
    INDICATOR_COLUMNS.forEach((column, col) => {
      const value = values[column.key];
      // Blank input cells are still written, so their shading and borders show where to type.
      cells.push({ row: r, col, value: value === '' ? null : value, style: styleOf(column.key) });
    });
    dataValidations.push(validationFor(row, r, actualCol, messages));
  });
  const lastRow = Math.max(HEADER_ROWS, HEADER_ROWS + rows.length) - 1;
  const lastCol = INDICATOR_COLUMNS.length - 1;
  return {
    styles: STYLES,
    activeSheet: SKELETON_SHEET_NAME,
    sheets: [
      {
        name: SKELETON_SHEET_NAME,
        userInput: true,
        cells,
        columnWidths: INDICATOR_COLUMNS.map((column, col) => ({ col, width: WIDTHS[column.key] })),
        rowHeights: [{ row: 0, height: 22 }],
        freeze: { rows: HEADER_ROWS, cols: 3 },
        dataValidations,
        autoFilter: { row: 1, col: 0, lastRow, lastCol },
        print: {
          orientation: 'landscape',
          paper: 'A4',
          fitToWidth: 1,
          fitToHeight: 0,
          repeatRows: { first: 0, last: HEADER_ROWS - 1 },
          printArea: { row: 0, col: 0, lastRow, lastCol },
          footer: messages.t('skeleton', 'footer'),
        },
      },
    ],
  };
}
