/**
 * Office errors in plain words. Excel reports failures as an `OfficeExtension.Error` with a `code`; we map the code
 * (and Huibao's own host errors) to a catalogue entry saying what happened, why and what to do, and keep the raw
 * `debugInfo` apart for a collapsible details area.
 */
import type { Messages } from '../core/i18n';
import type { Catalogue } from '../core/i18n/catalogue';

export type OfficeErrorKind =
  | 'invalidArgument'
  | 'invalidOperation'
  | 'itemNotFound'
  | 'itemAlreadyExists'
  | 'accessDenied'
  | 'sheetProtected'
  | 'sheetNameTaken'
  | 'cellEditMode'
  | 'payloadTooLarge'
  | 'general'
  | 'apiNotFound'
  | 'unsupported'
  | 'notInExcel'
  | 'busy'
  | 'unknown';

/** A failure the host detects itself (before Excel would), with the parameters its message names. */
export class HuibaoHostError extends Error {
  constructor(
    readonly kind: OfficeErrorKind,
    readonly params: Readonly<Record<string, string>> = {},
  ) {
    super(`${kind}${Object.keys(params).length ? ` ${JSON.stringify(params)}` : ''}`);
    this.name = 'HuibaoHostError';
  }
}

const BY_CODE: Readonly<Record<string, OfficeErrorKind>> = {
  InvalidArgument: 'invalidArgument',
  InvalidReference: 'invalidArgument',
  InvalidBinding: 'invalidArgument',
  InvalidSelection: 'invalidArgument',
  InvalidOperation: 'invalidOperation',
  UnsupportedOperation: 'invalidOperation',
  ItemNotFound: 'itemNotFound',
  ItemAlreadyExists: 'itemAlreadyExists',
  AccessDenied: 'accessDenied',
  InvalidOperationInCellEditMode: 'cellEditMode',
  RequestPayloadSizeLimitExceeded: 'payloadTooLarge',
  ResponsePayloadSizeLimitExceeded: 'payloadTooLarge',
  GeneralException: 'general',
  ApiNotFound: 'apiNotFound',
  NotImplemented: 'apiNotFound',
  ActivityLimitReached: 'busy',
  ServiceNotAvailable: 'busy',
  Timeout: 'busy',
  RequestAborted: 'busy',
  Conflict: 'busy',
};

export interface MappedOfficeError {
  readonly kind: OfficeErrorKind;
  /** What happened. */
  readonly title: string;
  readonly why: string;
  /** What to do. */
  readonly action: string;
  /** Excel's code, when Excel raised it. */
  readonly code: string | null;
  /** Raw text for the details area (code, message, debugInfo); never shown as the message itself. */
  readonly details: string;
}

interface CodedError {
  readonly code?: unknown;
  readonly message?: unknown;
  readonly debugInfo?: unknown;
}

export function officeErrorKind(error: unknown): OfficeErrorKind {
  if (error instanceof HuibaoHostError) return error.kind;
  const code = (error as CodedError | null)?.code;
  return typeof code === 'string' ? (BY_CODE[code] ?? 'unknown') : 'unknown';
}

type ErrorKey = keyof Catalogue['officeErrors'] & string;

export function describeOfficeError(error: unknown, messages: Messages): MappedOfficeError {
  const kind = officeErrorKind(error);
  const coded = (error ?? {}) as CodedError;
  const code = error instanceof HuibaoHostError ? null : typeof coded.code === 'string' ? coded.code : null;
  const rawMessage = typeof coded.message === 'string' ? coded.message : String(error);
  const params = { message: rawMessage, ...(error instanceof HuibaoHostError ? error.params : {}) };
  const t = (key: ErrorKey): string => messages.t('officeErrors', key, params);
  const details = JSON.stringify({ code, message: rawMessage, debugInfo: coded.debugInfo ?? null }, null, 2);
  return {
    kind,
    title: t(kind),
    why: t(`${kind}Why` as ErrorKey),
    action: t(`${kind}Do` as ErrorKey),
    code,
    details,
  };
}
