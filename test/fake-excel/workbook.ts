/** `context.workbook` (worksheets, settings), `context.application`, and the request context itself. */
import { FakeContext, jsonBytes, Loaded, propertyList, type FakeState } from './context';
import { FakeOfficeError, itemNotFound } from './errors';
import { Resolver } from './range';
import { FakeWorksheetCollection } from './worksheet';

export class FakeSetting implements Pick<Excel.Setting, 'key' | 'value' | 'isNullObject' | 'delete'> {
  private readonly loaded = new Loaded('Setting');
  constructor(
    private readonly ctx: FakeContext,
    private readonly target: Resolver<string>,
    private readonly nullable = false,
  ) {}
  load(props?: string | string[]): this {
    const names = propertyList(props);
    this.ctx.enqueue('Setting.load', names.join(','), (effects) => {
      const key = this.target.get();
      this.loaded.set('isNullObject', key === null);
      if (key === null) {
        if (this.nullable) return;
        throw itemNotFound('Setting.load');
      }
      for (const n of names) {
        if (n === 'key') this.loaded.set('key', key);
        else if (n === 'value') {
          const value = this.ctx.book.settings.get(key);
          effects.responseBytes += jsonBytes(value ?? null);
          this.loaded.set('value', value);
        } else throw new FakeOfficeError('InvalidArgument', `not modelled: Setting.${n}`, 'Setting.load');
      }
    });
    return this;
  }
  get isNullObject(): boolean {
    return this.loaded.get('isNullObject');
  }
  get key(): string {
    return this.loaded.get('key');
  }
  get value(): unknown {
    return this.loaded.get('value');
  }
  set value(v: unknown) {
    this.ctx.enqueue('Setting.value', v, () => {
      const key = this.target.get();
      if (key === null) throw itemNotFound('Setting.value');
      this.ctx.book.settings.set(key, JSON.parse(JSON.stringify(v)));
    });
  }
  delete(): void {
    this.ctx.enqueue('Setting.delete', undefined, () => {
      const key = this.target.get();
      if (key === null) throw itemNotFound('Setting.delete');
      this.ctx.book.settings.delete(key);
    });
  }
}

export class FakeSettingCollection {
  constructor(private readonly ctx: FakeContext) {}
  add(key: string, value: unknown): FakeSetting {
    if (typeof key !== 'string' || key === '')
      throw new FakeOfficeError('InvalidArgument', 'Key required.', 'add');
    this.ctx.enqueue('SettingCollection.add', { key, value }, () => {
      // Settings hold JSON: what is stored is a copy, as after a round trip.
      this.ctx.book.settings.set(key, JSON.parse(JSON.stringify(value)));
    });
    return new FakeSetting(this.ctx, new Resolver(() => key));
  }
  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(
      this.ctx,
      new Resolver(() => (this.ctx.book.settings.has(key) ? key : null)),
      true,
    );
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly settings: FakeSettingCollection;
  constructor(ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.settings = new FakeSettingCollection(ctx);
  }
}

export class FakeApplication implements Pick<Excel.Application, 'suspendApiCalculationUntilNextSync'> {
  constructor(private readonly ctx: FakeContext) {}
  suspendApiCalculationUntilNextSync(): void {
    this.ctx.enqueue('Application.suspendApiCalculationUntilNextSync', undefined, (effects) => {
      effects.calculationSuspended = true;
    });
  }
}

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  readonly queue: FakeContext;
  constructor(state: FakeState) {
    this.queue = new FakeContext(state);
    this.workbook = new FakeWorkbook(this.queue);
    this.application = new FakeApplication(this.queue);
  }
  sync(): Promise<void> {
    return this.queue.sync();
  }
}
