/**
 * Any failure as a message for the MessageBar and a details text for the collapsible area. Errors that know how
 * to word themselves (the file host's `localise`) do so; Office errors go through the Excel host's mapping.
 */
import { type Messages, messagesFor } from '../core/i18n';
import type { PaneText } from './pane-text';

export interface DescribedError {
  /** What happened, as the MessageBar's title; the generic title when absent. */
  readonly title?: string;
  readonly message: string;
  readonly details: string | null;
}

/** An Office error mapper, supplied by the Excel host when the pane runs in Excel. */
export type OfficeErrorMapper = (error: unknown, messages: Messages) => DescribedError | null;

interface SelfLocalising {
  localise(messages: Messages): string;
}

function isSelfLocalising(error: unknown): error is SelfLocalising {
  return (
    typeof error === 'object' && error !== null && typeof (error as SelfLocalising).localise === 'function'
  );
}

function rawDetails(error: unknown): string | null {
  if (error instanceof Error) {
    const debugInfo = (error as Error & { debugInfo?: unknown }).debugInfo;
    const code = (error as Error & { code?: unknown }).code;
    const parts = [`${error.name}${code ? ` (${String(code)})` : ''}: ${error.message}`];
    if (debugInfo) parts.push(JSON.stringify(debugInfo, null, 2));
    return parts.join('\n');
  }
  return error === undefined ? null : String(error);
}

export function describeError(error: unknown, text: PaneText, mapOffice?: OfficeErrorMapper): DescribedError {
  const messages = messagesFor(text.lang, text.catalogue);
  if (isSelfLocalising(error)) return { message: error.localise(messages), details: rawDetails(error) };
  const mapped = mapOffice?.(error, messages);
  if (mapped) return mapped;
  const reason = error instanceof Error ? error.message : String(error);
  return { message: text.t('errorUnknown', { reason }), details: rawDetails(error) };
}
