/**
 * `报告`: the filled report, one paragraph per row in a column wide enough to read (and printed alone), with the
 * figures listed beside it (mask, value, text written, status, and the paragraph each went into). A paragraph with
 * a mask left unfilled is shown in red on a pale red fill, with a note naming the masks.
 */
import type { Messages } from './i18n';
import type { PlanCell, SheetPlan } from './plan';
import { type StyleTable, columnPixels, maskDecimals, textWidth } from './plan-styles';
import type { FillResult, FilledSlot, SlotStatus } from './results';

export const REPORT_SHEET = '报告';

const TEXT_WIDTH = 70;
const TEXT_SIZE = 12;
const SIDE_FIRST_COL = 2;
const SIDE_WIDTHS = [6, 6, 8, 12, 14, 18, 9];
/** A title line is short and comes first. */
const TITLE_MAX_CHARS = 40;
const SLOT_STATUS_STYLE: Readonly<Record<SlotStatus, string>> = {
  filled: 'statusGood',
  warning: 'statusAmber',
  error: 'statusBad',
  unlinked: 'statusBad',
};
const SLOT_STATUS_KEY = {
  filled: 'slotFilled',
  warning: 'slotWarning',
  error: 'slotError',
  unlinked: 'slotUnlinked',
} as const;

/**
 * A paragraph's row height: lines as the column wraps them (a CJK character at 12 pt is 16 px wide, two width
 * units; a little less in the fonts other hosts use), each 1.5 × the font size, plus a little room, so
 * every paragraph gets the same line spacing.
 */
export function paragraphHeight(text: string, width = TEXT_WIDTH, size = TEXT_SIZE): number {
  // 16 px at 12 pt in Excel, narrower in the fonts WPS and LibreOffice fall back to: the middle of the two.
  const cjkPerLine = Math.max(4, Math.floor((columnPixels(width) - 8) / ((size * 4 * 0.92) / 3)));
  const lines = text
    .split('\n')
    .reduce((sum, line) => sum + Math.max(1, Math.ceil(textWidth(line) / (2 * cjkPerLine))), 0);
  return Math.ceil(lines * size * 1.5 + 8);
}

/**
 * The number format of a figure in the side table: as plain as the report writes it (`12345`, never `12,345`:
 * a hotline number is a number too), with the mask's decimals.
 */
export function slotNumberFormat(mask: string, value: number): string {
  const decimals = Math.min(4, maskDecimals(mask));
  if (decimals > 0) return `0.${'0'.repeat(decimals)}`;
  return Number.isInteger(value) ? '0' : '0.##';
}

export function isUnfilled(slot: FilledSlot): boolean {
  return slot.value === null || slot.rendered === slot.mask;
}

/**
 * Which paragraph each slot was written into: slots are in template order, so each is looked for from where the
 * previous one was found onwards. A slot whose text is not found stays with the paragraph of the one before.
 */
export function slotParagraphs(paragraphs: readonly string[], slots: readonly FilledSlot[]): number[] {
  let p = 0;
  let offset = 0;
  return [...slots]
    .sort((a, b) => a.index - b.index)
    .map((slot) => {
      const needle = slot.rendered;
      for (let q = p; q < paragraphs.length && needle !== ''; q++) {
        const at = paragraphs[q].indexOf(needle, q === p ? offset : 0);
        if (at >= 0) {
          p = q;
          offset = at + needle.length;
          break;
        }
      }
      return p;
    });
}

export function buildReportSheet(fill: FillResult, messages: Messages, styles: StyleTable): SheetPlan {
  const t = (key: Parameters<typeof messages.t<'summary'>>[1], params?: Record<string, string | number>) =>
    messages.t('summary', key, params);
  const cells: PlanCell[] = [];
  const rowHeights: { row: number; height: number }[] = [{ row: 0, height: 22 }];
  cells.push({ row: 0, col: 0, value: t('reportText'), style: 'header' });
  [
    t('colIndex'),
    t('colParagraph'),
    t('colId'),
    t('colMask'),
    t('colValue'),
    t('colWritten'),
    t('colSlotStatus'),
  ].forEach((value, k) => cells.push({ row: 0, col: SIDE_FIRST_COL + k, value, style: 'header' }));

  const slots = [...fill.slots].sort((a, b) => a.index - b.index);
  const owner = slotParagraphs(fill.paragraphs, slots);
  // One paragraph per row, as tall as its text; blank template lines are spacing, not paragraphs.
  const numberOf = new Map<number, number>();
  let row = 1;
  fill.paragraphs.forEach((paragraph, p) => {
    if (paragraph.trim() === '') return;
    numberOf.set(p, row);
    const unfilled = slots.filter((slot, k) => owner[k] === p && isUnfilled(slot));
    const isTitle = row === 1 && [...paragraph].length <= TITLE_MAX_CHARS;
    const style = unfilled.length > 0 ? 'paragraphUnfilled' : isTitle ? 'reportTitle' : 'paragraph';
    const note =
      unfilled.length > 0
        ? t('unfilledNote', { n: unfilled.length, masks: unfilled.map((slot) => slot.mask).join('、') })
        : undefined;
    cells.push({ row, col: 0, value: paragraph, style, ...(note ? { note } : {}) });
    rowHeights.push({ row, height: isTitle ? 30 : paragraphHeight(paragraph) });
    row++;
  });
  const lastText = row - 1;
  // The figures, one row each beside the text, with the paragraph they went into.
  slots.forEach((slot, k) => {
    const r = k + 1;
    const side = (offset: number, value: string | number | null, cellStyle = 'cellTop') =>
      cells.push({
        row: r,
        col: SIDE_FIRST_COL + offset,
        value: value === '' ? null : value,
        style: cellStyle,
      });
    side(0, slot.index + 1);
    side(1, numberOf.get(owner[k]) ?? null);
    side(2, slot.indicator?.id ?? '');
    side(3, slot.mask);
    side(
      4,
      slot.value,
      typeof slot.value === 'number'
        ? styles.number(slotNumberFormat(slot.mask, slot.value), 'cellTop')
        : 'cellTop',
    );
    side(5, slot.rendered, isUnfilled(slot) ? 'statusBad' : 'cellTop');
    side(6, t(SLOT_STATUS_KEY[slot.status]), SLOT_STATUS_STYLE[slot.status]);
  });
  const lastRow = Math.max(1, lastText);
  return {
    name: REPORT_SHEET,
    cells,
    columnWidths: [
      { col: 0, width: TEXT_WIDTH },
      { col: 1, width: 2 },
      ...SIDE_WIDTHS.map((width, k) => ({ col: SIDE_FIRST_COL + k, width })),
    ],
    rowHeights,
    freeze: { rows: 1, cols: 0 },
    showGridlines: false,
    print: {
      orientation: 'portrait',
      paper: 'A4',
      fitToWidth: 1,
      fitToHeight: 0,
      printArea: { row: 1, col: 0, lastRow, lastCol: 0 },
      centerHorizontally: true,
      footer: t('footer'),
    },
  };
}
