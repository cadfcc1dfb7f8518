/** Office errors (and the Excel host's own) worded by src/excel's mapping: what happened, why, what to do. */
import type { Messages } from '../core/i18n';
import { describeOfficeError, HuibaoHostError } from '../excel/office-errors';
import type { DescribedError } from './describe-error';

export function mapOfficeError(error: unknown, messages: Messages): DescribedError | null {
  const coded = typeof (error as { code?: unknown } | null)?.code === 'string';
  // A plain bug in the pane or the core is not an Office error; the generic message fits it better.
  if (!coded && !(error instanceof HuibaoHostError)) return null;
  const mapped = describeOfficeError(error, messages);
  const gap = messages.lang === 'zh-CN' ? '' : ' ';
  return {
    title: mapped.title,
    message: [mapped.why, mapped.action].filter(Boolean).join(gap),
    details: mapped.details,
  };
}
