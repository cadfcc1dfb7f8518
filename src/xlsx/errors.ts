/**
 * Errors the file host throws for people to read. Each carries a key of the catalogue's `xlsx` section and its
 * parameters, so a caller can word it in the user's language; `message` is the Chinese (reference) wording.
 */
import { messagesFor, type Messages, type Params } from '../core/i18n';
import type { zhCN } from '../core/i18n/zh-CN';

export type XlsxMessageKey = Exclude<keyof (typeof zhCN)['xlsx'], never> & string;

abstract class XlsxError extends Error {
  readonly key: XlsxMessageKey;
  readonly params: Params;

  constructor(key: XlsxMessageKey, params: Params) {
    super(messagesFor('zh-CN').t('xlsx', key, params));
    this.key = key;
    this.params = params;
  }

  /** The message in the given language. */
  localise(messages: Messages): string {
    return messages.t('xlsx', this.key, this.params);
  }
}

/** The bytes are not a readable .xlsx (not a zip, an .xls, encrypted, damaged). */
export class XlsxReadError extends XlsxError {
  override readonly name = 'XlsxReadError';
}

/** The plan cannot be written without harming the user's workbook, or the writer failed. */
export class XlsxWriteError extends XlsxError {
  override readonly name = 'XlsxWriteError';
}

export function isXlsxError(error: unknown): error is XlsxReadError | XlsxWriteError {
  return error instanceof XlsxReadError || error instanceof XlsxWriteError;
}
