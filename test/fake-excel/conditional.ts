/** `range.conditionalFormats`: add (data bar, cell value, custom formula, icon set) and clearAll. */
import { Loaded, propertyList, type FakeContext } from './context';
import type { FakeConditionalFormat as CfModel } from './model';
import { assertWritable, Resolver, targetAddress, type RangeTarget } from './range';

type Entry = Resolver<CfModel>;

/** Records `path = value` on the conditional format at sync time. */
function setter(ctx: FakeContext, entry: Entry, path: string): (value: unknown) => void {
  return (value) =>
    ctx.enqueue(`ConditionalFormat.${path}`, value, () => {
      const cf = entry.get();
      if (cf) cf.props[path] = value;
    });
}

class FakeConditionalFont implements Pick<Excel.ConditionalRangeFont, 'color' | 'bold'> {
  constructor(private readonly set: (path: string) => (value: unknown) => void) {}
  set color(v: string) {
    this.set('format.font.color')(v);
  }
  get color(): string {
    return '';
  }
  set bold(v: boolean) {
    this.set('format.font.bold')(v);
  }
  get bold(): boolean {
    return false;
  }
}

class FakeConditionalFill implements Pick<Excel.ConditionalRangeFill, 'color'> {
  constructor(private readonly set: (path: string) => (value: unknown) => void) {}
  set color(v: string) {
    this.set('format.fill.color')(v);
  }
  get color(): string {
    return '';
  }
}

class FakeConditionalRangeFormat {
  readonly font: FakeConditionalFont;
  readonly fill: FakeConditionalFill;
  constructor(set: (path: string) => (value: unknown) => void) {
    this.font = new FakeConditionalFont(set);
    this.fill = new FakeConditionalFill(set);
  }
}

class FakeDataBar implements Pick<
  Excel.DataBarConditionalFormat,
  'lowerBoundRule' | 'upperBoundRule' | 'showDataBarOnly'
> {
  readonly positiveFormat: Pick<Excel.ConditionalDataBarPositiveFormat, 'fillColor' | 'gradientFill'>;
  constructor(private readonly set: (path: string) => (value: unknown) => void) {
    const fillColor = set('dataBar.positiveFormat.fillColor');
    const gradient = set('dataBar.positiveFormat.gradientFill');
    this.positiveFormat = {
      set fillColor(v: string) {
        fillColor(v);
      },
      get fillColor(): string {
        return '';
      },
      set gradientFill(v: boolean) {
        gradient(v);
      },
      get gradientFill(): boolean {
        return false;
      },
    };
  }
  set lowerBoundRule(v: Excel.ConditionalDataBarRule) {
    this.set('dataBar.lowerBoundRule')(v);
  }
  get lowerBoundRule(): Excel.ConditionalDataBarRule {
    return { type: 'Automatic' };
  }
  set upperBoundRule(v: Excel.ConditionalDataBarRule) {
    this.set('dataBar.upperBoundRule')(v);
  }
  get upperBoundRule(): Excel.ConditionalDataBarRule {
    return { type: 'Automatic' };
  }
  set showDataBarOnly(v: boolean) {
    this.set('dataBar.showDataBarOnly')(v);
  }
  get showDataBarOnly(): boolean {
    return false;
  }
}

class FakeCellValueFormat implements Pick<Excel.CellValueConditionalFormat, 'rule'> {
  readonly format: FakeConditionalRangeFormat;
  constructor(private readonly set: (path: string) => (value: unknown) => void) {
    this.format = new FakeConditionalRangeFormat(set);
  }
  set rule(v: Excel.ConditionalCellValueRule) {
    this.set('cellValue.rule')(v);
  }
  get rule(): Excel.ConditionalCellValueRule {
    return { formula1: '', operator: 'Invalid' };
  }
}

class FakeCustomFormat {
  readonly format: FakeConditionalRangeFormat;
  readonly rule: Pick<Excel.ConditionalFormatRule, 'formula'>;
  constructor(set: (path: string) => (value: unknown) => void) {
    this.format = new FakeConditionalRangeFormat(set);
    const formula = set('custom.rule.formula');
    this.rule = {
      set formula(v: string) {
        formula(v);
      },
      get formula(): string {
        return '';
      },
    };
  }
}

class FakeIconSet implements Pick<Excel.IconSetConditionalFormat, 'style' | 'criteria' | 'reverseIconOrder'> {
  constructor(private readonly set: (path: string) => (value: unknown) => void) {}
  set style(v: Excel.IconSet) {
    this.set('iconSet.style')(v);
  }
  get style(): Excel.IconSet {
    return 'Invalid' as Excel.IconSet;
  }
  set criteria(v: Excel.ConditionalIconCriterion[]) {
    this.set('iconSet.criteria')(v);
  }
  get criteria(): Excel.ConditionalIconCriterion[] {
    return [];
  }
  set reverseIconOrder(v: boolean) {
    this.set('iconSet.reverseIconOrder')(v);
  }
  get reverseIconOrder(): boolean {
    return false;
  }
}

export class FakeConditionalFormat {
  readonly dataBar: FakeDataBar;
  readonly cellValue: FakeCellValueFormat;
  readonly custom: FakeCustomFormat;
  readonly iconSet: FakeIconSet;
  constructor(ctx: FakeContext, entry: Entry) {
    const set = (path: string) => setter(ctx, entry, path);
    this.dataBar = new FakeDataBar(set);
    this.cellValue = new FakeCellValueFormat(set);
    this.custom = new FakeCustomFormat(set);
    this.iconSet = new FakeIconSet(set);
  }
}

export class FakeConditionalFormatCollection implements Pick<Excel.ConditionalFormatCollection, 'clearAll'> {
  private readonly loaded = new Loaded('ConditionalFormatCollection');
  constructor(
    private readonly ctx: FakeContext,
    private readonly target: () => RangeTarget,
  ) {}

  add(type: Excel.ConditionalFormatType): FakeConditionalFormat {
    let created: CfModel | null = null;
    const entry = new Resolver<CfModel>(() => created);
    this.ctx.enqueue('ConditionalFormatCollection.add', type, () => {
      const t = this.target();
      assertWritable(t.sheet, 'ConditionalFormatCollection.add');
      const cf: CfModel = { type: String(type), address: targetAddress(t, false), props: {} };
      t.sheet.conditionalFormats.push(cf);
      created = cf;
    });
    return new FakeConditionalFormat(this.ctx, entry);
  }

  /** `load('items/type')`: the formats on exactly this range, as `{ type }` items (what tests need to count). */
  load(props?: string | string[]): this {
    const names = propertyList(props);
    this.ctx.enqueue('ConditionalFormatCollection.load', names.join(','), () => {
      const t = this.target();
      const address = targetAddress(t, false);
      const items = t.sheet.conditionalFormats
        .filter((cf) => cf.address === address)
        .map((cf) => ({ type: cf.type }));
      this.loaded.set('items', items);
    });
    return this;
  }
  get items(): readonly { readonly type: string }[] {
    return this.loaded.get('items');
  }

  clearAll(): void {
    this.ctx.enqueue('ConditionalFormatCollection.clearAll', undefined, () => {
      const t = this.target();
      const address = targetAddress(t, false);
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((cf) => cf.address !== address);
    });
  }
}
