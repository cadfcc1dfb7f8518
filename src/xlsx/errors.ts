/**
 * Errors the file host throws for people to read. Each carries a key of the catalogue's `xlsx` section and its
 * parameters, so a caller can word it in the user's language; `message` is the Chinese (reference) wording.
 */
import { messagesFor, type Messages, type Params } from '../core/i18n';
import type { zhCN } from '../core/i18n/zh-CN';

export type XlsxMessageKey = Exclude<keyof (typeof zhCN)['xlsx'], never> & string;

/** A catalogue phrase filled into the message's `{reason}` in the same language (what is damaged, say). */
export interface XlsxDetail {
  readonly key: XlsxMessageKey;
  readonly params?: Params;
}

abstract class XlsxError extends Error {
  readonly key: XlsxMessageKey;
  readonly params: Params;
  readonly detail: XlsxDetail | undefined;

  /** `cause`: the library's own error, kept for debugging (HUIBAO_DEBUG) but never shown: its text is English. */
  constructor(key: XlsxMessageKey, params: Params, detail?: XlsxDetail, cause?: unknown) {
    super('', cause === undefined ? undefined : { cause });
    this.key = key;
    this.params = params;
    this.detail = detail;
    this.message = this.localise(messagesFor('zh-CN'));
  }

  /** The message in the given language, its reason too. */
  localise(messages: Messages): string {
    if (!this.detail) return messages.t('xlsx', this.key, this.params);
    const reason = messages.t('xlsx', this.detail.key, this.detail.params);
    return messages.t('xlsx', this.key, { ...this.params, reason });
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
