/**
 * The ribbon commands' notification: a small sheet of Huibao's own, `汇报状态`, written with the command's result
 * and activated. ExcelApi has no toast, a dialog needs its own page and a click to dismiss, and Office.addin's
 * pane control needs a shared runtime; a sheet works on every Excel, stays readable (and printable) after the
 * command ends, and is replaced on the next run like every other Huibao sheet.
 */
import type { Catalogue, Messages } from '../core/i18n';
import type { PlanCell, SheetPlan, WorkbookPlan } from '../core/plan';

export interface StatusInfo {
  readonly command: string;
  readonly time: string;
  readonly result: string;
  readonly why?: string;
  readonly action?: string;
  readonly details?: string;
  /** A sheet the reader should open next (a hyperlink is written to it). */
  readonly link?: string;
  readonly ok: boolean;
}

export const STATUS_STYLES: WorkbookPlan['styles'] = {
  'status.heading': { font: { bold: true, size: 14, color: '#1F3864' } },
  'status.label': { font: { bold: true, color: '#595959' }, vertical: 'top' },
  'status.ok': { font: { bold: true, color: '#375623' }, fill: '#E2EFDA', wrap: true, vertical: 'top' },
  'status.failed': { font: { bold: true, color: '#9C0006' }, fill: '#FFC7CE', wrap: true, vertical: 'top' },
  'status.text': { wrap: true, vertical: 'top' },
  'status.details': { font: { color: '#7F7F7F', size: 9, name: 'Consolas' }, wrap: true, vertical: 'top' },
  'status.link': { font: { color: '#0563C1', underline: true } },
};

export function statusSheetPlan(messages: Messages, info: StatusInfo): SheetPlan {
  const t = (key: keyof Catalogue['commands'] & string, params?: Record<string, string>): string =>
    messages.t('commands', key, params);
  const rows: [string, string, string][] = [
    [t('labelCommand'), info.command, 'status.text'],
    [t('labelTime'), info.time, 'status.text'],
    [t('labelResult'), info.result, info.ok ? 'status.ok' : 'status.failed'],
  ];
  if (info.why) rows.push([t('labelWhy'), info.why, 'status.text']);
  if (info.action) rows.push([t('labelDo'), info.action, 'status.text']);
  const cells: PlanCell[] = [{ row: 0, col: 0, value: t('statusHeading'), style: 'status.heading' }];
  rows.forEach(([label, value, style], i) => {
    cells.push({ row: 2 + i, col: 0, value: label, style: 'status.label' });
    cells.push({ row: 2 + i, col: 1, value, style });
  });
  let next = 2 + rows.length + 1;
  if (info.link) {
    cells.push({
      row: next,
      col: 1,
      value: t('seeSheet', { sheet: info.link }),
      style: 'status.link',
      hyperlink: { sheet: info.link, cell: 'A1' },
    });
    next += 2;
  }
  if (info.details) {
    cells.push({ row: next, col: 0, value: t('labelDetails'), style: 'status.label' });
    cells.push({ row: next, col: 1, value: info.details, style: 'status.details' });
  }
  return {
    name: messages.t('commands', 'statusSheet'),
    cells,
    columnWidths: [
      { col: 0, width: 14 },
      { col: 1, width: 70 },
    ],
    showGridlines: false,
  };
}
