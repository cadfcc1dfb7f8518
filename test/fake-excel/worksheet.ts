/** `Excel.Worksheet`, its collection, sheet-scoped names, freeze panes, page layout, auto filter and protection. */
import { parseCellAddress } from '../../src/core/address';
import { FakeChartCollection } from './chart';
import { FakeContext, jsonBytes, Loaded, propertyList } from './context';
import { FakeOfficeError, itemNotFound } from './errors';
import { newSheet, usedBox, type FakeSheet } from './model';
import { assertWritable, FakeRange, Resolver, targetAddress, type RangeTarget } from './range';

const SHEET_PROPS = ['name', 'id', 'position', 'visibility', 'tabColor', 'showGridlines'] as const;

function sheetProp(book: FakeContext['book'], sheet: FakeSheet, name: string): unknown {
  switch (name) {
    case 'name':
      return sheet.name;
    case 'id':
      return sheet.id;
    case 'position':
      return book.sheets.indexOf(sheet);
    case 'visibility':
      return sheet.props.visibility ?? 'Visible';
    case 'tabColor':
      return sheet.props.tabColor ?? '';
    case 'showGridlines':
      return sheet.props.showGridlines ?? true;
    case 'protection/protected':
      return sheet.protected;
    default:
      throw new FakeOfficeError(
        'InvalidArgument',
        `The fake does not model Worksheet.${name}.`,
        'Worksheet.load',
      );
  }
}

function parseAddress(address: string): { row: number; col: number; rows: number; cols: number } {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [from, to] = local.split(':');
  try {
    const a = parseCellAddress(from);
    const b = parseCellAddress(to ?? from);
    return { row: a.row, col: a.col, rows: b.row - a.row + 1, cols: b.col - a.col + 1 };
  } catch {
    throw new FakeOfficeError(
      'InvalidArgument',
      `The argument is invalid or missing: ${address}`,
      'Worksheet.getRange',
    );
  }
}

export class FakeWorksheet implements Pick<
  Excel.Worksheet,
  | 'name'
  | 'id'
  | 'position'
  | 'visibility'
  | 'isNullObject'
  | 'tabColor'
  | 'showGridlines'
  | 'delete'
  | 'activate'
> {
  private readonly loaded = new Loaded('Worksheet');
  readonly charts: FakeChartCollection;
  readonly names: FakeNamedItemCollection;
  readonly freezePanes: FakeFreezePanes;
  readonly pageLayout: FakePageLayout;
  readonly autoFilter: Pick<Excel.AutoFilter, 'apply'>;
  readonly protection: FakeProtection;
  readonly horizontalPageBreaks: Pick<Excel.PageBreakCollection, 'removePageBreaks'> & {
    add(pageBreakRange: Excel.Range | string): void;
  };

  constructor(
    private readonly ctx: FakeContext,
    readonly target: Resolver<FakeSheet>,
    private readonly nullable = false,
  ) {
    const sheet = (): FakeSheet => this.resolve('sheet');
    this.charts = new FakeChartCollection(ctx, sheet);
    this.names = new FakeNamedItemCollection(ctx, sheet);
    this.freezePanes = new FakeFreezePanes(ctx, sheet);
    this.pageLayout = new FakePageLayout(ctx, sheet);
    this.protection = new FakeProtection(ctx, sheet);
    this.horizontalPageBreaks = {
      add: (range: Excel.Range | string) =>
        ctx.enqueue('PageBreakCollection.add', typeof range === 'string' ? range : 'range', () => {
          const s = sheet();
          const row =
            typeof range === 'string'
              ? parseAddress(range).row
              : (range as unknown as FakeRange).resolve('pageBreak').row;
          s.props.rowBreaks = [...((s.props.rowBreaks as number[] | undefined) ?? []), row];
        }),
      removePageBreaks: () =>
        ctx.enqueue('PageBreakCollection.removePageBreaks', undefined, () => {
          delete sheet().props.rowBreaks;
        }),
    };
    this.autoFilter = {
      apply: (range: Excel.Range | string) =>
        ctx.enqueue('AutoFilter.apply', typeof range === 'string' ? range : 'range', () => {
          const s = sheet();
          assertWritable(s, 'AutoFilter.apply');
          s.props.autoFilter =
            typeof range === 'string'
              ? range
              : targetAddress((range as unknown as FakeRange).resolve('autoFilter'), false);
        }),
    };
  }

  resolve(what: string): FakeSheet {
    const s = this.target.get();
    if (!s) throw itemNotFound(`Worksheet.${what}`);
    return s;
  }

  markLoaded(sheet: FakeSheet, names: readonly string[]): void {
    this.loaded.set('isNullObject', false);
    for (const name of names) this.loaded.set(name, sheetProp(this.ctx.book, sheet, name));
  }

  load(props?: string | string[]): this {
    const names = propertyList(props);
    this.ctx.enqueue('Worksheet.load', names.join(','), () => {
      const s = this.target.get();
      this.loaded.set('isNullObject', s === null);
      if (!s) {
        if (this.nullable) return;
        throw itemNotFound('Worksheet.load');
      }
      this.markLoaded(s, names);
    });
    return this;
  }

  get isNullObject(): boolean {
    return this.loaded.get('isNullObject');
  }
  get name(): string {
    return this.loaded.get('name');
  }
  set name(v: string) {
    this.ctx.enqueue('Worksheet.name', v, () => {
      const s = this.resolve('name');
      if (this.ctx.book.sheets.some((x) => x !== s && x.name.toLowerCase() === v.toLowerCase())) {
        throw new FakeOfficeError(
          'ItemAlreadyExists',
          'A sheet with that name already exists.',
          'Worksheet.name',
        );
      }
      s.name = v;
    });
  }
  get id(): string {
    return this.loaded.get('id');
  }
  get position(): number {
    return this.loaded.get('position');
  }
  get visibility(): Excel.SheetVisibility | 'Visible' | 'Hidden' | 'VeryHidden' {
    return this.loaded.get('visibility');
  }
  get tabColor(): string {
    return this.loaded.get('tabColor');
  }
  set tabColor(v: string) {
    this.ctx.enqueue('Worksheet.tabColor', v, () => {
      this.resolve('tabColor').props.tabColor = v;
    });
  }
  get showGridlines(): boolean {
    return this.loaded.get('showGridlines');
  }
  set showGridlines(v: boolean) {
    this.ctx.enqueue('Worksheet.showGridlines', v, () => {
      this.resolve('showGridlines').props.showGridlines = v;
    });
  }

  private range(find: (s: FakeSheet) => RangeTarget | null, nullable = false): FakeRange {
    return new FakeRange(this.ctx, new Resolver(() => find(this.resolve('range'))), nullable);
  }

  getRange(address?: string): FakeRange {
    // No address: the whole sheet, as in Excel.
    const box =
      address === undefined ? { row: 0, col: 0, rows: 1_048_576, cols: 16_384 } : parseAddress(address);
    return this.range((sheet) => ({ sheet, ...box }));
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    if (rowCount < 1 || columnCount < 1 || startRow < 0 || startColumn < 0) {
      throw new FakeOfficeError(
        'InvalidArgument',
        'The argument is invalid or missing.',
        'getRangeByIndexes',
      );
    }
    return this.range((sheet) => ({
      sheet,
      row: startRow,
      col: startColumn,
      rows: rowCount,
      cols: columnCount,
    }));
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    if (valuesOnly !== true) {
      // Huibao reads values only; formats-only cells would inflate the read.
      throw new FakeOfficeError(
        'InvalidArgument',
        'The fake models getUsedRangeOrNullObject(true) only.',
        'used',
      );
    }
    return this.range((sheet) => {
      const box = usedBox(sheet);
      return box ? { sheet, ...box } : null;
    }, true);
  }

  delete(): void {
    this.ctx.enqueue('Worksheet.delete', undefined, () => {
      const s = this.resolve('delete');
      const book = this.ctx.book;
      if (book.sheets.length <= 1) {
        throw new FakeOfficeError(
          'InvalidOperation',
          'A workbook must contain at least one visible worksheet.',
          'delete',
        );
      }
      book.sheets = book.sheets.filter((x) => x !== s);
      if (book.activeSheetId === s.id) book.activeSheetId = book.sheets[0].id;
      if (book.selection?.sheet === s.name) book.selection = null;
    });
  }

  activate(): void {
    this.ctx.enqueue('Worksheet.activate', undefined, () => {
      this.ctx.book.activeSheetId = this.resolve('activate').id;
    });
  }
}

export class FakeWorksheetCollection {
  private readonly loaded = new Loaded('WorksheetCollection');
  constructor(private readonly ctx: FakeContext) {}

  private byName(name: string): FakeSheet | null {
    return this.ctx.book.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null;
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(
      this.ctx,
      new Resolver(() => this.byName(key) ?? this.ctx.book.sheets.find((s) => s.id === key) ?? null),
    );
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(
      this.ctx,
      new Resolver(() => this.byName(key) ?? this.ctx.book.sheets.find((s) => s.id === key) ?? null),
      true,
    );
  }

  add(name?: string): FakeWorksheet {
    let created: FakeSheet | null = null;
    this.ctx.enqueue('WorksheetCollection.add', name ?? null, () => {
      const book = this.ctx.book;
      const sheetName = name ?? `Sheet${book.sheets.length + 1}`;
      if (this.byName(sheetName)) {
        throw new FakeOfficeError('ItemAlreadyExists', 'A sheet with that name already exists.', 'add');
      }
      if (sheetName.length > 31 || /[\\/?*[\]:]/.test(sheetName)) {
        throw new FakeOfficeError('InvalidArgument', 'The sheet name is not valid.', 'add');
      }
      created = newSheet(sheetName);
      book.sheets.push(created);
    });
    return new FakeWorksheet(this.ctx, new Resolver(() => created));
  }

  load(props?: string | string[]): this {
    const names = propertyList(props)
      .map((p) => p.replace(/^items\//, ''))
      .filter((p) => p !== 'items');
    const wanted = names.length ? names : [...SHEET_PROPS];
    this.ctx.enqueue('WorksheetCollection.load', wanted.join(','), (effects) => {
      const items = this.ctx.book.sheets.map((model) => {
        const sheet = new FakeWorksheet(this.ctx, new Resolver(() => model));
        sheet.markLoaded(model, wanted);
        return sheet;
      });
      // names plus about as much again for each item's envelope
      effects.responseBytes += jsonBytes(this.ctx.book.sheets.map((s) => s.name)) * 2;
      this.loaded.set('items', items);
    });
    return this;
  }

  get items(): FakeWorksheet[] {
    return this.loaded.get('items');
  }
}

export class FakeNamedItem implements Pick<Excel.NamedItem, 'name' | 'formula' | 'isNullObject'> {
  private readonly loaded = new Loaded('NamedItem');
  constructor(
    private readonly ctx: FakeContext,
    private readonly target: Resolver<{ sheet: FakeSheet; name: string }>,
    private readonly nullable = false,
  ) {}
  load(props?: string | string[]): this {
    const names = propertyList(props);
    this.ctx.enqueue('NamedItem.load', names.join(','), () => {
      const t = this.target.get();
      this.loaded.set('isNullObject', t === null);
      if (!t) {
        if (this.nullable) return;
        throw itemNotFound('NamedItem.load');
      }
      for (const n of names) {
        if (n === 'name') this.loaded.set('name', t.name);
        else if (n === 'formula') this.loaded.set('formula', t.sheet.names.get(t.name));
        else
          throw new FakeOfficeError(
            'InvalidArgument',
            `The fake does not model NamedItem.${n}.`,
            'NamedItem',
          );
      }
    });
    return this;
  }
  get isNullObject(): boolean {
    return this.loaded.get('isNullObject');
  }
  get name(): string {
    return this.loaded.get('name');
  }
  get formula(): string {
    return this.loaded.get('formula');
  }
}

export class FakeNamedItemCollection {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
  ) {}
  add(name: string, reference: Excel.Range | string, comment?: string): FakeNamedItem {
    if (typeof reference !== 'string')
      throw new FakeOfficeError('InvalidArgument', 'The fake models formula names.', 'add');
    this.ctx.enqueue('NamedItemCollection.add', { name, reference, comment }, () => {
      const s = this.sheet();
      if ([...s.names.keys()].some((k) => k.toLowerCase() === name.toLowerCase())) {
        throw new FakeOfficeError('ItemAlreadyExists', 'The name already exists.', 'NamedItemCollection.add');
      }
      s.names.set(name, reference);
    });
    return this.getItemOrNullObject(name);
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(
      this.ctx,
      new Resolver(() => {
        const s = this.sheet();
        const key = [...s.names.keys()].find((k) => k.toLowerCase() === name.toLowerCase());
        return key === undefined ? null : { sheet: s, name: key };
      }),
      true,
    );
  }
}

export class FakeFreezePanes implements Pick<
  Excel.WorksheetFreezePanes,
  'freezeRows' | 'freezeColumns' | 'unfreeze'
> {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
  ) {}
  freezeRows(count?: number): void {
    this.ctx.enqueue('FreezePanes.freezeRows', count, () => {
      this.sheet().freeze = { rows: count ?? 1, cols: 0 };
    });
  }
  freezeColumns(count?: number): void {
    this.ctx.enqueue('FreezePanes.freezeColumns', count, () => {
      this.sheet().freeze = { rows: 0, cols: count ?? 1 };
    });
  }
  freezeAt(frozenRange: Excel.Range | string): void {
    this.ctx.enqueue('FreezePanes.freezeAt', typeof frozenRange === 'string' ? frozenRange : 'range', () => {
      const t =
        typeof frozenRange === 'string'
          ? { ...parseAddress(frozenRange) }
          : (frozenRange as unknown as FakeRange).resolve('freezeAt');
      if (t.row !== 0 || t.col !== 0)
        throw new FakeOfficeError('InvalidArgument', 'Frozen range must start at A1.', 'freezeAt');
      this.sheet().freeze = { rows: t.rows, cols: t.cols };
    });
  }
  unfreeze(): void {
    this.ctx.enqueue('FreezePanes.unfreeze', undefined, () => {
      this.sheet().freeze = null;
    });
  }
}

export class FakePageLayout implements Pick<
  Excel.PageLayout,
  'orientation' | 'paperSize' | 'zoom' | 'centerHorizontally' | 'setPrintArea' | 'setPrintTitleRows'
> {
  readonly headersFooters: { readonly defaultForAllPages: Pick<Excel.HeaderFooter, 'centerFooter'> };
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
  ) {
    const set = this.set.bind(this);
    this.headersFooters = {
      defaultForAllPages: {
        set centerFooter(v: string) {
          set('centerFooter', v);
        },
        get centerFooter(): string {
          return '';
        },
      },
    };
  }
  private set(name: string, value: unknown): void {
    this.ctx.enqueue(`PageLayout.${name}`, value, () => {
      this.sheet().props[`pageLayout.${name}`] = value;
    });
  }
  private ref(range: Excel.Range | string): string {
    return typeof range === 'string'
      ? range
      : targetAddress((range as unknown as FakeRange).resolve('pageLayout'), false);
  }
  get orientation(): Excel.PageOrientation {
    throw new FakeOfficeError('PropertyNotLoaded', 'not modelled', 'PageLayout');
  }
  set orientation(v: Excel.PageOrientation) {
    this.set('orientation', v);
  }
  get paperSize(): Excel.PaperType {
    throw new FakeOfficeError('PropertyNotLoaded', 'not modelled', 'PageLayout');
  }
  set paperSize(v: Excel.PaperType) {
    this.set('paperSize', v);
  }
  get zoom(): Excel.PageLayoutZoomOptions {
    throw new FakeOfficeError('PropertyNotLoaded', 'not modelled', 'PageLayout');
  }
  set zoom(v: Excel.PageLayoutZoomOptions) {
    this.set('zoom', v);
  }
  get centerHorizontally(): boolean {
    throw new FakeOfficeError('PropertyNotLoaded', 'not modelled', 'PageLayout');
  }
  set centerHorizontally(v: boolean) {
    this.set('centerHorizontally', v);
  }
  setPrintArea(printArea: Excel.Range | Excel.RangeAreas | string): void {
    const range = printArea as Excel.Range | string;
    this.ctx.enqueue('PageLayout.setPrintArea', typeof range === 'string' ? range : 'range', () => {
      this.sheet().props['pageLayout.printArea'] = this.ref(range);
    });
  }
  setPrintTitleRows(printTitleRows: Excel.Range | string): void {
    this.ctx.enqueue(
      'PageLayout.setPrintTitleRows',
      typeof printTitleRows === 'string' ? printTitleRows : 'range',
      () => {
        this.sheet().props['pageLayout.printTitleRows'] = this.ref(printTitleRows);
      },
    );
  }
}

export class FakeProtection implements Pick<Excel.WorksheetProtection, 'protected'> {
  private readonly loaded = new Loaded('WorksheetProtection');
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
  ) {}
  load(props?: string | string[]): this {
    const names = propertyList(props);
    this.ctx.enqueue('WorksheetProtection.load', names.join(','), () => {
      for (const n of names) {
        if (n !== 'protected')
          throw new FakeOfficeError('InvalidArgument', `not modelled: ${n}`, 'protection');
        this.loaded.set('protected', this.sheet().protected);
      }
    });
    return this;
  }
  get protected(): boolean {
    return this.loaded.get('protected');
  }
}
