/**
 * `Excel.Range` and its format objects. Reads need `load` + `sync`; writes are queued and applied at `sync`.
 * Values are coerced the way Excel coerces typed input: into a cell not formatted as text (`@`), a string that
 * starts with `=` (or `+`/`-`/`@` and is not a number) becomes a formula and a numeric string becomes a number.
 */
import { cellAddress, parseCellAddress, quoteSheetName } from '../../src/core/address';
import { FakeContext, Loaded, jsonBytes, propertyList } from './context';
import { FakeOfficeError, itemNotFound } from './errors';
import { FakeConditionalFormatCollection } from './conditional';
import { FakeValue, FakeSheet, cellOf, ensureCell, NO_FILL, FakeCell } from './model';

export interface RangeTarget {
  readonly sheet: FakeSheet;
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export function targetAddress(t: RangeTarget, withSheet = true): string {
  const tl = cellAddress(t.row, t.col);
  const local =
    t.rows === 1 && t.cols === 1 ? tl : `${tl}:${cellAddress(t.row + t.rows - 1, t.col + t.cols - 1)}`;
  return withSheet ? `${quoteSheetName(t.sheet.name)}!${local}` : local;
}

/** A lazily resolved target: resolved at the first operation that needs it, during `sync`, then fixed. */
export class Resolver<T> {
  private done = false;
  private value: T | null = null;
  constructor(private readonly find: () => T | null) {}
  get(): T | null {
    if (!this.done) {
      this.value = this.find();
      this.done = true;
    }
    return this.value;
  }
}

export function assertWritable(sheet: FakeSheet, what: string): void {
  if (sheet.protected) {
    throw new FakeOfficeError(
      'AccessDenied',
      "The cell or chart that you're trying to change is on a protected sheet.",
      what,
    );
  }
}

function coerce(input: unknown, cell: FakeCell): { value: FakeValue; formula?: string } {
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input };
  const text = String(input);
  if (cell.numberFormat === '@' || text === '') return { value: text };
  const numeric = text.trim() !== '' && Number.isFinite(Number(text));
  if (numeric) return { value: Number(text) };
  if (/^[=+\-@]/.test(text)) return { value: 0, formula: text.startsWith('=') ? text : `=${text}` };
  if (/^(true|false)$/i.test(text)) return { value: /^true$/i.test(text) };
  return { value: text };
}

function checkShape(t: RangeTarget, matrix: unknown, what: string): unknown[][] {
  if (
    !Array.isArray(matrix) ||
    matrix.length !== t.rows ||
    matrix.some((r) => !Array.isArray(r) || r.length !== t.cols)
  ) {
    throw new FakeOfficeError(
      'InvalidArgument',
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range.`,
      what,
    );
  }
  return matrix as unknown[][];
}

export class FakeRange implements Pick<
  Excel.Range,
  | 'values'
  | 'numberFormat'
  | 'formulas'
  | 'address'
  | 'rowIndex'
  | 'columnIndex'
  | 'rowCount'
  | 'columnCount'
  | 'isNullObject'
  | 'hyperlink'
  | 'merge'
  | 'select'
  | 'clear'
> {
  private readonly loaded = new Loaded('Range');
  readonly format: FakeRangeFormat;
  readonly conditionalFormats: FakeConditionalFormatCollection;
  readonly dataValidation: FakeDataValidation;

  constructor(
    private readonly ctx: FakeContext,
    readonly target: Resolver<RangeTarget>,
    private readonly nullable = false,
  ) {
    this.format = new FakeRangeFormat(ctx, this);
    this.conditionalFormats = new FakeConditionalFormatCollection(ctx, () =>
      this.resolve('conditionalFormats'),
    );
    this.dataValidation = new FakeDataValidation(ctx, this);
  }

  /** The target at sync time; throws ItemNotFound when it does not exist. */
  resolve(what: string): RangeTarget {
    const t = this.target.get();
    if (!t) throw itemNotFound(`Range.${what}`);
    return t;
  }

  load(props?: string | string[] | { select?: string }): this {
    const names = propertyList(props);
    this.ctx.enqueue('Range.load', names.join(','), (effects) => {
      const t = this.target.get();
      this.loaded.set('isNullObject', t === null);
      if (!t) {
        if (this.nullable) return;
        throw itemNotFound('Range.load');
      }
      for (const name of names) {
        const value = this.read(t, name);
        if (name === 'values' || name === 'numberFormat' || name === 'formulas') {
          effects.largestReadCells = Math.max(effects.largestReadCells, t.rows * t.cols);
          if (t.rows * t.cols > this.ctx.state.options.readCellLimit) {
            throw new FakeOfficeError(
              'ResponsePayloadSizeLimitExceeded',
              'The response payload size has exceeded the limit.',
              'Range.load',
            );
          }
        }
        effects.responseBytes += jsonBytes(value);
        this.loaded.set(name, value);
      }
    });
    return this;
  }

  private read(t: RangeTarget, name: string): unknown {
    const grid = (pick: (c: FakeCell | undefined) => unknown): unknown[][] =>
      Array.from({ length: t.rows }, (_, r) =>
        Array.from({ length: t.cols }, (_, c) => pick(cellOf(t.sheet, t.row + r, t.col + c))),
      );
    switch (name) {
      case 'values':
        return grid((c) => c?.value ?? '');
      case 'numberFormat':
        return grid((c) => c?.numberFormat ?? 'General');
      case 'formulas':
        return grid((c) => c?.formula ?? c?.value ?? '');
      case 'address':
        return targetAddress(t);
      case 'rowIndex':
        return t.row;
      case 'columnIndex':
        return t.col;
      case 'rowCount':
        return t.rows;
      case 'columnCount':
        return t.cols;
      default:
        throw new FakeOfficeError('InvalidArgument', `The fake does not model Range.${name}.`, 'Range.load');
    }
  }

  /**
   * ExcelApi 1.13: the merged areas whose top-left cell is in the range (Excel's rule, not any that overlap it), a
   * null object when there are none. Refused below 1.13 as Excel refuses an API it lacks.
   */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, () => {
      const t = this.resolve('getMergedAreasOrNullObject');
      const inside = t.sheet.merges
        .map((address) => ({ sheet: t.sheet, ...parseLocal(address) }))
        .filter((m) => m.row >= t.row && m.row < t.row + t.rows && m.col >= t.col && m.col < t.col + t.cols);
      return inside.length === 0 ? null : inside.map((m) => targetAddress(m)).join(', ');
    });
  }

  get isNullObject(): boolean {
    return this.loaded.get('isNullObject');
  }
  get values(): FakeValue[][] {
    return this.loaded.get('values');
  }
  set values(matrix: unknown[][]) {
    this.ctx.enqueue('Range.values', matrix, () => {
      const t = this.resolve('values');
      assertWritable(t.sheet, 'Range.values');
      checkShape(t, matrix, 'Range.values').forEach((line, r) =>
        line.forEach((input, c) => {
          if (input === null || input === undefined) return; // null leaves the cell as it is
          const cell = ensureCell(t.sheet, t.row + r, t.col + c);
          const { value, formula } = coerce(input, cell);
          cell.value = value;
          if (formula) cell.formula = formula;
          else delete cell.formula;
        }),
      );
    });
  }
  get numberFormat(): string[][] {
    return this.loaded.get('numberFormat');
  }
  set numberFormat(matrix: unknown[][]) {
    this.ctx.enqueue('Range.numberFormat', matrix, () => {
      const t = this.resolve('numberFormat');
      assertWritable(t.sheet, 'Range.numberFormat');
      checkShape(t, matrix, 'Range.numberFormat').forEach((line, r) =>
        line.forEach((input, c) => {
          if (input === null || input === undefined) return;
          ensureCell(t.sheet, t.row + r, t.col + c).numberFormat = input === '' ? 'General' : String(input);
        }),
      );
    });
  }
  get formulas(): unknown[][] {
    return this.loaded.get('formulas');
  }
  set formulas(matrix: unknown[][]) {
    this.ctx.enqueue('Range.formulas', matrix, () => {
      const t = this.resolve('formulas');
      assertWritable(t.sheet, 'Range.formulas');
      checkShape(t, matrix, 'Range.formulas').forEach((line, r) =>
        line.forEach((input, c) => {
          if (input === null || input === undefined) return;
          const cell = ensureCell(t.sheet, t.row + r, t.col + c);
          const { value, formula } = coerce(input, cell);
          cell.value = value;
          if (formula) cell.formula = formula;
          else delete cell.formula;
        }),
      );
    });
  }
  get address(): string {
    return this.loaded.get('address');
  }
  get rowIndex(): number {
    return this.loaded.get('rowIndex');
  }
  get columnIndex(): number {
    return this.loaded.get('columnIndex');
  }
  get rowCount(): number {
    return this.loaded.get('rowCount');
  }
  get columnCount(): number {
    return this.loaded.get('columnCount');
  }
  get hyperlink(): Excel.RangeHyperlink {
    return this.loaded.get('hyperlink');
  }
  set hyperlink(link: Excel.RangeHyperlink) {
    this.ctx.enqueue('Range.hyperlink', link, () => {
      const t = this.resolve('hyperlink');
      assertWritable(t.sheet, 'Range.hyperlink');
      ensureCell(t.sheet, t.row, t.col).hyperlink = { ...link };
    });
  }

  merge(across?: boolean): void {
    this.ctx.enqueue('Range.merge', across ?? false, () => {
      const t = this.resolve('merge');
      assertWritable(t.sheet, 'Range.merge');
      t.sheet.merges.push(targetAddress(t, false));
    });
  }

  select(): void {
    this.ctx.enqueue('Range.select', undefined, () => {
      const t = this.resolve('select');
      if (this.ctx.book.activeSheetId !== t.sheet.id) {
        throw new FakeOfficeError(
          'InvalidOperation',
          'The range is not on the active sheet.',
          'Range.select',
        );
      }
      this.ctx.book.selection = { sheet: t.sheet.name, address: targetAddress(t, false) };
    });
  }

  clear(): void {
    this.ctx.enqueue('Range.clear', undefined, () => {
      const t = this.resolve('clear');
      assertWritable(t.sheet, 'Range.clear');
      for (let r = 0; r < t.rows; r++) {
        const line = t.sheet.rows[t.row + r];
        if (line) for (let c = 0; c < t.cols; c++) delete line[t.col + c];
      }
    });
  }

  /** Applies `write` to every cell of the range at sync time. */
  eachCell(label: string, payload: unknown, write: (cell: FakeCell) => void): void {
    this.ctx.enqueue(label, payload, () => {
      const t = this.resolve(label);
      assertWritable(t.sheet, label);
      for (let r = 0; r < t.rows; r++)
        for (let c = 0; c < t.cols; c++) write(ensureCell(t.sheet, t.row + r, t.col + c));
    });
  }

  /** One value for the whole range, or null when cells differ (as Excel reports formats). */
  uniform(read: (cell: FakeCell | undefined) => unknown): unknown {
    const t = this.resolve('format');
    let first: unknown;
    for (let r = 0; r < t.rows; r++) {
      for (let c = 0; c < t.cols; c++) {
        const v = read(cellOf(t.sheet, t.row + r, t.col + c));
        if (r === 0 && c === 0) first = v;
        else if (JSON.stringify(v) !== JSON.stringify(first)) return null;
      }
    }
    return first;
  }
}

/** Format objects set paths on each cell; only fill colour/pattern are readable (what highlights need). */
/** `B2:B4` → its box (the fake keeps merges as local addresses). */
function parseLocal(address: string): { row: number; col: number; rows: number; cols: number } {
  const [from, to] = address.split(':');
  const a = parseCellAddress(from);
  const b = parseCellAddress(to ?? from);
  return { row: a.row, col: a.col, rows: b.row - a.row + 1, cols: b.col - a.col + 1 };
}

/** `Excel.RangeAreas` as `getMergedAreasOrNullObject` gives it: its `address` (areas joined by `, `), or null. */
export class FakeRangeAreas implements Pick<Excel.RangeAreas, 'address' | 'isNullObject'> {
  private readonly loaded = new Loaded('RangeAreas');

  constructor(
    private readonly ctx: FakeContext,
    private readonly find: () => string | null,
  ) {}

  load(props?: string | string[]): this {
    const names = propertyList(props);
    this.ctx.enqueue('RangeAreas.load', names.join(','), (effects) => {
      if (compareApi(this.ctx.state.options.excelApi, '1.13') < 0)
        throw new FakeOfficeError(
          'ApiNotFound',
          'The API you are trying to use could not be found.',
          'Range',
        );
      const address = this.find();
      this.loaded.set('isNullObject', address === null);
      if (address === null) return;
      for (const name of names) {
        if (name !== 'address')
          throw new FakeOfficeError('InvalidArgument', `The fake does not model RangeAreas.${name}.`, 'load');
        effects.responseBytes += jsonBytes(address);
        this.loaded.set('address', address);
      }
    });
    return this;
  }

  get isNullObject(): boolean {
    return this.loaded.get('isNullObject');
  }
  get address(): string {
    return this.loaded.get('address');
  }
}

function compareApi(a: string, b: string): number {
  const [a1, a2] = a.split('.').map(Number);
  const [b1, b2] = b.split('.').map(Number);
  return a1 - b1 || a2 - b2;
}

export class FakeRangeFormat implements Pick<
  Excel.RangeFormat,
  'horizontalAlignment' | 'verticalAlignment' | 'wrapText' | 'indentLevel' | 'columnWidth' | 'rowHeight'
> {
  readonly fill: FakeRangeFill;
  readonly font: FakeRangeFont;
  readonly borders: FakeRangeBorders;

  constructor(
    private readonly ctx: FakeContext,
    readonly range: FakeRange,
  ) {
    this.fill = new FakeRangeFill(ctx, range);
    this.font = new FakeRangeFont(range);
    this.borders = new FakeRangeBorders(range);
  }

  private unreadable(name: string): never {
    throw new FakeOfficeError(
      'PropertyNotLoaded',
      `The fake does not model reading RangeFormat.${name}.`,
      name,
    );
  }
  get horizontalAlignment(): Excel.HorizontalAlignment {
    return this.unreadable('horizontalAlignment');
  }
  set horizontalAlignment(v: Excel.HorizontalAlignment) {
    this.range.eachCell('RangeFormat.horizontalAlignment', v, (c) => (c.format.horizontalAlignment = v));
  }
  get verticalAlignment(): Excel.VerticalAlignment {
    return this.unreadable('verticalAlignment');
  }
  set verticalAlignment(v: Excel.VerticalAlignment) {
    this.range.eachCell('RangeFormat.verticalAlignment', v, (c) => (c.format.verticalAlignment = v));
  }
  get wrapText(): boolean {
    return this.unreadable('wrapText');
  }
  set wrapText(v: boolean) {
    this.range.eachCell('RangeFormat.wrapText', v, (c) => (c.format.wrapText = v));
  }
  get indentLevel(): number {
    return this.unreadable('indentLevel');
  }
  set indentLevel(v: number) {
    this.range.eachCell('RangeFormat.indentLevel', v, (c) => (c.format.indentLevel = v));
  }
  get columnWidth(): number {
    return this.unreadable('columnWidth');
  }
  set columnWidth(points: number) {
    this.ctx.enqueue('RangeFormat.columnWidth', points, () => {
      const t = this.range.resolve('columnWidth');
      assertWritable(t.sheet, 'RangeFormat.columnWidth');
      for (let c = 0; c < t.cols; c++) t.sheet.columnWidths.set(t.col + c, points);
    });
  }
  get rowHeight(): number {
    return this.unreadable('rowHeight');
  }
  set rowHeight(points: number) {
    this.ctx.enqueue('RangeFormat.rowHeight', points, () => {
      const t = this.range.resolve('rowHeight');
      assertWritable(t.sheet, 'RangeFormat.rowHeight');
      for (let r = 0; r < t.rows; r++) t.sheet.rowHeights.set(t.row + r, points);
    });
  }
}

export class FakeRangeFill implements Pick<Excel.RangeFill, 'color' | 'pattern' | 'clear'> {
  private readonly loaded = new Loaded('RangeFill');
  constructor(
    private readonly ctx: FakeContext,
    private readonly range: FakeRange,
  ) {}

  load(props?: string | string[]): this {
    const names = propertyList(props);
    this.ctx.enqueue('RangeFill.load', names.join(','), (effects) => {
      for (const name of names) {
        if (name !== 'color' && name !== 'pattern') {
          throw new FakeOfficeError(
            'InvalidArgument',
            `The fake does not model RangeFill.${name}.`,
            'RangeFill.load',
          );
        }
        const value = this.range.uniform((c) => (c ?? { fill: NO_FILL }).fill[name]);
        effects.responseBytes += jsonBytes(value);
        this.loaded.set(name, value);
      }
    });
    return this;
  }
  get color(): string {
    return this.loaded.get('color');
  }
  set color(color: string) {
    // Setting a colour gives a solid fill, as in Excel.
    this.range.eachCell(
      'RangeFill.color',
      color,
      (c) => (c.fill = { color: color.toUpperCase(), pattern: 'Solid' }),
    );
  }
  get pattern(): Excel.FillPattern {
    return this.loaded.get('pattern');
  }
  set pattern(pattern: Excel.FillPattern) {
    this.range.eachCell('RangeFill.pattern', pattern, (c) => {
      c.fill = pattern === 'None' ? { ...NO_FILL } : { color: c.fill.color, pattern: 'Solid' };
    });
  }
  clear(): void {
    this.range.eachCell('RangeFill.clear', undefined, (c) => (c.fill = { ...NO_FILL }));
  }
}

export class FakeRangeFont implements Pick<
  Excel.RangeFont,
  'bold' | 'italic' | 'underline' | 'size' | 'color' | 'name'
> {
  constructor(private readonly range: FakeRange) {}
  private set(name: string, value: unknown): void {
    this.range.eachCell(`RangeFont.${name}`, value, (c) => (c.format[`font.${name}`] = value));
  }
  private unreadable(): never {
    throw new FakeOfficeError('PropertyNotLoaded', 'The fake does not model reading fonts.', 'RangeFont');
  }
  get bold(): boolean {
    return this.unreadable();
  }
  set bold(v: boolean) {
    this.set('bold', v);
  }
  get italic(): boolean {
    return this.unreadable();
  }
  set italic(v: boolean) {
    this.set('italic', v);
  }
  get underline(): Excel.RangeUnderlineStyle {
    return this.unreadable();
  }
  set underline(v: Excel.RangeUnderlineStyle) {
    this.set('underline', v);
  }
  get size(): number {
    return this.unreadable();
  }
  set size(v: number) {
    this.set('size', v);
  }
  get color(): string {
    return this.unreadable();
  }
  set color(v: string) {
    this.set('color', v);
  }
  get name(): string {
    return this.unreadable();
  }
  set name(v: string) {
    this.set('name', v);
  }
}

export class FakeRangeBorders {
  constructor(private readonly range: FakeRange) {}
  getItem(index: Excel.BorderIndex | `${Excel.BorderIndex}`): FakeRangeBorder {
    return new FakeRangeBorder(this.range, index);
  }
}

export class FakeRangeBorder implements Pick<Excel.RangeBorder, 'style' | 'color' | 'weight'> {
  constructor(
    private readonly range: FakeRange,
    private readonly index: string,
  ) {}
  private set(name: string, value: unknown): void {
    this.range.eachCell(
      `RangeBorder.${name}`,
      value,
      (c) => (c.format[`borders.${this.index}.${name}`] = value),
    );
  }
  private unreadable(): never {
    throw new FakeOfficeError('PropertyNotLoaded', 'The fake does not model reading borders.', 'RangeBorder');
  }
  get style(): Excel.BorderLineStyle {
    return this.unreadable();
  }
  set style(v: Excel.BorderLineStyle) {
    this.set('style', v);
  }
  get color(): string {
    return this.unreadable();
  }
  set color(v: string) {
    this.set('color', v);
  }
  get weight(): Excel.BorderWeight {
    return this.unreadable();
  }
  set weight(v: Excel.BorderWeight) {
    this.set('weight', v);
  }
}

export class FakeDataValidation implements Pick<
  Excel.DataValidation,
  'rule' | 'prompt' | 'errorAlert' | 'ignoreBlanks'
> {
  constructor(
    private readonly ctx: FakeContext,
    private readonly range: FakeRange,
  ) {}
  private set(name: string, value: unknown): void {
    this.ctx.enqueue(`DataValidation.${name}`, value, () => {
      const t = this.range.resolve('dataValidation');
      assertWritable(t.sheet, 'DataValidation');
      const address = targetAddress(t, false);
      let entry = t.sheet.dataValidations.find((d) => d.address === address);
      if (!entry) t.sheet.dataValidations.push((entry = { address, props: {} }));
      entry.props[name] = value;
    });
  }
  private unreadable(): never {
    throw new FakeOfficeError(
      'PropertyNotLoaded',
      'The fake does not model reading validation.',
      'DataValidation',
    );
  }
  get rule(): Excel.DataValidationRule {
    return this.unreadable();
  }
  set rule(v: Excel.DataValidationRule) {
    this.set('rule', v);
  }
  get prompt(): Excel.DataValidationPrompt {
    return this.unreadable();
  }
  set prompt(v: Excel.DataValidationPrompt) {
    this.set('prompt', v);
  }
  get errorAlert(): Excel.DataValidationErrorAlert {
    return this.unreadable();
  }
  set errorAlert(v: Excel.DataValidationErrorAlert) {
    this.set('errorAlert', v);
  }
  get ignoreBlanks(): boolean {
    return this.unreadable();
  }
  set ignoreBlanks(v: boolean) {
    this.set('ignoreBlanks', v);
  }
}
