/** `worksheet.charts` and what Huibao sets on a chart: series from ranges, titles, axes, legend, labels, position. */
import { FakeContext, Loaded, propertyList } from './context';
import { FakeOfficeError, itemNotFound } from './errors';
import type { FakeChart as ChartModel, FakeSheet } from './model';
import { assertWritable, FakeRange, Resolver, targetAddress } from './range';

type Set = (path: string) => (value: unknown) => void;

function rangeRef(range: FakeRange, what: string): string {
  const t = range.resolve(what);
  return targetAddress(t);
}

class FakeTitle implements Pick<Excel.ChartTitle, 'text'> {
  constructor(
    private readonly set: Set,
    private readonly path: string,
  ) {}
  set text(v: string) {
    this.set(`${this.path}.text`)(v);
  }
  get text(): string {
    return '';
  }
}

class FakeAxis implements Pick<Excel.ChartAxis, 'minimum' | 'maximum' | 'numberFormat'> {
  readonly title: FakeTitle;
  constructor(
    private readonly set: Set,
    private readonly path: string,
  ) {
    this.title = new FakeTitle(set, `${path}.title`);
  }
  set minimum(v: number) {
    this.set(`${this.path}.minimum`)(v);
  }
  get minimum(): number {
    return 0;
  }
  set maximum(v: number) {
    this.set(`${this.path}.maximum`)(v);
  }
  get maximum(): number {
    return 0;
  }
  set numberFormat(v: string) {
    this.set(`${this.path}.numberFormat`)(v);
  }
  get numberFormat(): string {
    return '';
  }
}

class FakeLegend implements Pick<Excel.ChartLegend, 'visible' | 'position'> {
  constructor(private readonly set: Set) {}
  set visible(v: boolean) {
    this.set('legend.visible')(v);
  }
  get visible(): boolean {
    return true;
  }
  set position(v: Excel.ChartLegendPosition) {
    this.set('legend.position')(v);
  }
  get position(): Excel.ChartLegendPosition {
    return 'Right' as Excel.ChartLegendPosition;
  }
}

class FakeDataLabels implements Pick<Excel.ChartDataLabels, 'showValue'> {
  constructor(private readonly set: Set) {}
  set showValue(v: boolean) {
    this.set('dataLabels.showValue')(v);
  }
  get showValue(): boolean {
    return false;
  }
}

export class FakeChartSeries implements Pick<Excel.ChartSeries, 'name' | 'setValues' | 'setXAxisValues'> {
  readonly format: { readonly fill: Pick<Excel.ChartFill, 'setSolidColor'> };
  readonly points: {
    getItemAt(index: number): { readonly format: { readonly fill: Pick<Excel.ChartFill, 'setSolidColor'> } };
  };
  constructor(
    private readonly ctx: FakeContext,
    private readonly chart: Resolver<ChartModel>,
    private readonly index: () => number,
  ) {
    const series = (): ChartModel['series'][number] => {
      const c = this.chart.get();
      const s = c?.series[this.index()];
      if (!s) throw itemNotFound('ChartSeries');
      return s;
    };
    this.format = {
      fill: {
        setSolidColor: (color: string) =>
          ctx.enqueue('ChartFill.setSolidColor', color, () => {
            series().color = color;
          }),
      },
    };
    this.points = {
      getItemAt: (index: number) => ({
        format: {
          fill: {
            setSolidColor: (color: string) =>
              ctx.enqueue('ChartPoint.fill.setSolidColor', color, () => {
                const s = series();
                (s.pointColors ??= [])[index] = color;
              }),
          },
        },
      }),
    };
    this.series = series;
  }
  private readonly series: () => ChartModel['series'][number];
  set name(v: string) {
    this.ctx.enqueue('ChartSeries.name', v, () => {
      this.series().name = v;
    });
  }
  get name(): string {
    throw new FakeOfficeError(
      'PropertyNotLoaded',
      'The fake does not model reading series names.',
      'ChartSeries',
    );
  }
  setValues(source: Excel.Range): void {
    const range = source as unknown as FakeRange;
    this.ctx.enqueue('ChartSeries.setValues', 'range', () => {
      this.series().values = rangeRef(range, 'setValues');
    });
  }
  setXAxisValues(source: Excel.Range): void {
    const range = source as unknown as FakeRange;
    this.ctx.enqueue('ChartSeries.setXAxisValues', 'range', () => {
      this.series().xValues = rangeRef(range, 'setXAxisValues');
    });
  }
}

export class FakeChartSeriesCollection {
  constructor(
    private readonly ctx: FakeContext,
    private readonly chart: Resolver<ChartModel>,
  ) {}
  getItemAt(index: number): FakeChartSeries {
    return new FakeChartSeries(this.ctx, this.chart, () => index);
  }
  add(name?: string): FakeChartSeries {
    let index = -1;
    this.ctx.enqueue('ChartSeriesCollection.add', name ?? null, () => {
      const c = this.chart.get();
      if (!c) throw itemNotFound('ChartSeriesCollection.add');
      c.series.push({ name: name ?? '', values: null, xValues: null });
      index = c.series.length - 1;
    });
    return new FakeChartSeries(this.ctx, this.chart, () => index);
  }
}

export class FakeChart implements Pick<Excel.Chart, 'name' | 'width' | 'height' | 'setPosition' | 'delete'> {
  private readonly loaded = new Loaded('Chart');
  readonly title: FakeTitle;
  readonly axes: { readonly categoryAxis: FakeAxis; readonly valueAxis: FakeAxis };
  readonly legend: FakeLegend;
  readonly dataLabels: FakeDataLabels;
  readonly series: FakeChartSeriesCollection;

  constructor(
    private readonly ctx: FakeContext,
    readonly target: Resolver<ChartModel>,
    private readonly sheet: () => FakeSheet,
    private readonly nullable = false,
  ) {
    const set: Set = (path) => (value) =>
      ctx.enqueue(`Chart.${path}`, value, () => {
        const c = this.resolve(path);
        assertWritable(this.sheet(), `Chart.${path}`);
        c.props[path] = value;
      });
    this.title = new FakeTitle(set, 'title');
    this.axes = {
      categoryAxis: new FakeAxis(set, 'axes.categoryAxis'),
      valueAxis: new FakeAxis(set, 'axes.valueAxis'),
    };
    this.legend = new FakeLegend(set);
    this.dataLabels = new FakeDataLabels(set);
    this.series = new FakeChartSeriesCollection(ctx, target);
    this.setProp = set;
  }
  private readonly setProp: Set;

  private resolve(what: string): ChartModel {
    const c = this.target.get();
    if (!c) throw itemNotFound(`Chart.${what}`);
    return c;
  }

  load(props?: string | string[]): this {
    const names = propertyList(props);
    this.ctx.enqueue('Chart.load', names.join(','), () => {
      const c = this.target.get();
      this.loaded.set('isNullObject', c === null);
      if (!c) {
        if (this.nullable) return;
        throw itemNotFound('Chart.load');
      }
      for (const name of names) this.loaded.set(name, name === 'name' ? c.name : c.props[name]);
    });
    return this;
  }
  /** For collection loads: the item arrives with these properties already loaded. */
  markLoaded(model: ChartModel, names: readonly string[]): void {
    this.loaded.set('isNullObject', false);
    for (const name of names) this.loaded.set(name, name === 'name' ? model.name : model.props[name]);
  }
  get isNullObject(): boolean {
    return this.loaded.get('isNullObject');
  }
  get name(): string {
    return this.loaded.get('name');
  }
  set name(v: string) {
    this.ctx.enqueue('Chart.name', v, () => {
      this.resolve('name').name = v;
    });
  }
  get width(): number {
    return this.loaded.get('width');
  }
  set width(v: number) {
    this.setProp('width')(v);
  }
  get height(): number {
    return this.loaded.get('height');
  }
  set height(v: number) {
    this.setProp('height')(v);
  }
  setPosition(startCell: Excel.Range | string, endCell?: Excel.Range | string): void {
    const ref = (cell: Excel.Range | string | undefined): string | undefined =>
      cell === undefined || typeof cell === 'string'
        ? cell
        : rangeRef(cell as unknown as FakeRange, 'setPosition');
    this.ctx.enqueue('Chart.setPosition', typeof startCell === 'string' ? startCell : 'range', () => {
      this.resolve('setPosition').props.position = { start: ref(startCell), end: ref(endCell) };
    });
  }
  delete(): void {
    this.ctx.enqueue('Chart.delete', undefined, () => {
      const c = this.resolve('delete');
      const sheet = this.sheet();
      assertWritable(sheet, 'Chart.delete');
      sheet.charts = sheet.charts.filter((x) => x !== c);
    });
  }
}

export class FakeChartCollection {
  private readonly loaded = new Loaded('ChartCollection');
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
  ) {}

  add(type: Excel.ChartType, sourceData: Excel.Range, seriesBy?: Excel.ChartSeriesBy): FakeChart {
    let created: ChartModel | null = null;
    const target = new Resolver<ChartModel>(() => created);
    const source = sourceData as unknown as FakeRange;
    this.ctx.enqueue('ChartCollection.add', { type, seriesBy }, () => {
      const sheet = this.sheet();
      assertWritable(sheet, 'ChartCollection.add');
      const t = source.resolve('ChartCollection.add');
      if (t.rows > 1 && t.cols > 1) {
        throw new FakeOfficeError(
          'InvalidArgument',
          'The fake models one series per source range.',
          'ChartCollection.add',
        );
      }
      const chart: ChartModel = {
        name: `Chart ${sheet.charts.length + 1}`,
        type: String(type),
        props: {},
        series: [{ name: '', values: targetAddress(t), xValues: null }],
      };
      sheet.charts.push(chart);
      created = chart;
    });
    return new FakeChart(this.ctx, target, this.sheet);
  }

  getItemOrNullObject(name: string): FakeChart {
    return new FakeChart(
      this.ctx,
      new Resolver(() => this.sheet().charts.find((c) => c.name === name) ?? null),
      this.sheet,
      true,
    );
  }

  load(props?: string | string[]): this {
    const names = propertyList(props)
      .map((p) => p.replace(/^items\//, ''))
      .filter((p) => p !== 'items');
    this.ctx.enqueue('ChartCollection.load', names.join(','), () => {
      const items = this.sheet().charts.map((model) => {
        const chart = new FakeChart(this.ctx, new Resolver(() => model), this.sheet);
        chart.markLoaded(model, names.length ? names : ['name']);
        return chart;
      });
      this.loaded.set('items', items);
    });
    return this;
  }
  get items(): FakeChart[] {
    return this.loaded.get('items');
  }
}
