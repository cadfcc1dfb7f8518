/**
 * The request context: a queue of operations applied to the model at `sync()`, with every sync recorded (count,
 * request and response size). Like Office.js, nothing happens until `sync`, and a failing operation rejects the
 * whole sync with a coded error (operations before it in the batch stay applied).
 */
import { FakeOfficeError, propertyNotLoaded } from './errors';
import type { FakeBook, SyncRecord } from './model';

export interface FakeOptions {
  /**
   * Excel on the web refuses requests over 5 MB; the fake throws `RequestPayloadSizeLimitExceeded` when the queued
   * actions of a sync (UTF-8 JSON, as they travel) pass this. Nothing in the batch is applied.
   */
  requestLimitBytes: number;
  /**
   * Excel on the web refuses responses of 5 MB too; the fake throws `ResponsePayloadSizeLimitExceeded` when the
   * values a sync's loads bring back (UTF-8 JSON) pass this. Operations in the batch stay applied.
   */
  responseLimitBytes: number;
  /** Excel refuses to read more than 5,000,000 cells in one range. */
  readCellLimit: number;
  /** While true every sync fails the way Excel does when a cell is being edited. */
  cellEditMode: boolean;
  /** The highest ExcelApi requirement set the fake host has (`1.17`): an API above it is refused at sync. */
  readonly excelApi: string;
}

export interface Operation {
  /** Where it came from, for error messages (`Range.values`). */
  readonly label: string;
  readonly bytes: number;
  readonly run: (effects: SyncEffects) => void;
}

export interface SyncEffects {
  responseBytes: number;
  largestReadCells: number;
  calculationSuspended: boolean;
}

export interface FakeState {
  readonly book: FakeBook;
  readonly options: FakeOptions;
  readonly syncs: SyncRecord[];
}

export class FakeContext {
  readonly state: FakeState;
  private queue: Operation[] = [];

  constructor(state: FakeState) {
    this.state = state;
  }

  get book(): FakeBook {
    return this.state.book;
  }

  enqueue(label: string, payload: unknown, run: (effects: SyncEffects) => void): void {
    // The envelope Office.js wraps each action in (object path, action id, name) is about 60 bytes; the argument
    // travels as UTF-8 JSON, so a Chinese character in it is 3 bytes.
    const bytes = 60 + utf8.encode(label).length + jsonBytes(payload);
    this.queue.push({ label, bytes, run });
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    const requestBytes = batch.reduce((sum, op) => sum + op.bytes, 0);
    const effects: SyncEffects = { responseBytes: 0, largestReadCells: 0, calculationSuspended: false };
    const record = (): void => {
      this.state.syncs.push({
        operations: batch.length,
        requestBytes,
        responseBytes: effects.responseBytes,
        largestReadCells: effects.largestReadCells,
        calculationSuspended: effects.calculationSuspended,
      });
    };
    if (this.state.options.cellEditMode && batch.length > 0) {
      record();
      throw new FakeOfficeError(
        'InvalidOperationInCellEditMode',
        'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.',
      );
    }
    if (requestBytes > this.state.options.requestLimitBytes) {
      record();
      // The code of Excel's error table ("This error only occurs in Excel on the web"); @types/office-js's
      // `Excel.ErrorCodes` lists only its response twin, so it is spelled out here as in office-errors.ts.
      throw new FakeOfficeError(
        'RequestPayloadSizeLimitExceeded',
        `The request payload size has exceeded the limit (${requestBytes} bytes).`,
      );
    }
    try {
      for (const op of batch) op.run(effects);
    } finally {
      record();
    }
    if (effects.responseBytes > this.state.options.responseLimitBytes) {
      throw new FakeOfficeError(
        'ResponsePayloadSizeLimitExceeded',
        `The response payload size has exceeded the limit (${effects.responseBytes} bytes).`,
      );
    }
    await Promise.resolve();
  }
}

/** Loaded scalar values of one proxy, readable only after `load` + `sync`. */
export class Loaded {
  private readonly values = new Map<string, unknown>();

  constructor(private readonly owner: string) {}

  set(name: string, value: unknown): void {
    this.values.set(name, value);
  }

  get<T>(name: string): T {
    if (!this.values.has(name)) throw propertyNotLoaded(this.owner, name);
    return this.values.get(name) as T;
  }
}

/** `'a, b'`, `['a','b']` or `{ a: true }` → property names (nested paths kept as `items/name`). */
export function propertyList(props: unknown): string[] {
  if (props === undefined || props === null) return [];
  if (typeof props === 'string')
    return props
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
  if (Array.isArray(props)) return props.flatMap((p) => propertyList(p));
  if (typeof props === 'object') {
    const { select } = props as { select?: unknown };
    if (select !== undefined) return propertyList(select);
    return Object.keys(props as object);
  }
  return [];
}

const utf8 = new TextEncoder();

/** The size of a value sent back as JSON, in UTF-8 bytes as it travels (a Chinese character is 3). */
export function jsonBytes(value: unknown): number {
  return value === undefined ? 0 : utf8.encode(JSON.stringify(value)).length;
}
