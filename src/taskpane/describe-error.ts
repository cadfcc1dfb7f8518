/**
 * Any failure as a message for the MessageBar and a details text for the collapsible area. Errors that know how
 * to word themselves (the file host's `localise`) do so; Office errors go through the Excel host's mapping.
 */
import { type Catalogue, type Messages, messagesFor, type Params } from '../core/i18n';
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

interface Keyed {
  readonly key: string;
  readonly params: Params;
}

function isXlsxKeyed(error: unknown, catalogue: Catalogue): error is Keyed {
  const key = (error as Partial<Keyed>).key;
  return typeof key === 'string' && key in catalogue.xlsx && typeof (error as Keyed).params === 'object';
}

// Placeholders that cannot occur in a catalogue string, so the file name and the technical reason can be cut out.
const SOURCE = '\uE000';
const REASON = '\uE001';

/**
 * A file-host message without the technical reason (`（zip: …）`, kept for the details area) and, when the title
 * already names the file, without the leading `name：`.
 */
function plainXlsxMessage(error: Keyed, messages: Messages, omitSource: boolean): string {
  const source = String(error.params.source ?? '');
  const raw = messages.t('xlsx', error.key as keyof Catalogue['xlsx'] & string, {
    ...error.params,
    source: SOURCE,
    reason: REASON,
  });
  let text = raw.replace(/\s*[（(]\uE001[）)]/g, '').replace(/\uE001/g, '');
  if (omitSource) {
    text = text.replace(/^\uE000\s*[：:]\s*/, '');
    // English sentences continue in lower case after "name:"; alone they start with a capital.
    text = text.charAt(0).toUpperCase() + text.slice(1);
  }
  return text.replace(/\uE000/g, source);
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

export function describeError(
  error: unknown,
  text: PaneText,
  mapOffice?: OfficeErrorMapper,
  /** The title already names the file (an unreadable file): the message leaves the name out. */
  omitSource = false,
): DescribedError {
  const messages = messagesFor(text.lang, text.catalogue);
  if (isSelfLocalising(error)) {
    const message = isXlsxKeyed(error, text.catalogue)
      ? plainXlsxMessage(error, messages, omitSource)
      : error.localise(messages);
    return { message, details: rawDetails(error) };
  }
  const mapped = mapOffice?.(error, messages);
  if (mapped) return mapped;
  const reason = error instanceof Error ? error.message : String(error);
  return { message: text.t('errorUnknown', { reason }), details: rawDetails(error) };
}
