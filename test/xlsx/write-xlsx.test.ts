import { execFileSync } from 'child_process';
import { readFileSync } from 'fs';
import { unzipSync } from 'fflate';
import type { WorkbookPlan } from '../../src/core/plan';
import { readXlsx, writeXlsx, XlsxWriteError } from '../../src/xlsx';
import { artifact, ARTIFACTS, openpyxl, SELECTED_TABS, withoutTabSelected } from './helpers';
import { samplePlan } from './sample-plan';

/** An input workbook made by openpyxl, so the base is not something our own writer produced. */
function userWorkbook(name: string): Uint8Array {
  const path = `${ARTIFACTS}/${name}`;
  artifact(name, new Uint8Array(0));
  execFileSync('/usr/bin/python3', [
    '-c',
    `
import openpyxl
from openpyxl.styles import Font, PatternFill
from openpyxl.comments import Comment
wb = openpyxl.Workbook()
ws = wb.active
ws.title = '东 社区'
ws.append(['编号', '指标', '完成值', '备注'])
ws.append(['M001', '新增就业', 1234, '=SUM(1)'])
ws.append(['M002', '满意度', 0.9858, None])
ws['D3'] = '=C2*2'
ws['C3'].number_format = '0.00%'
ws['A1'].font = Font(bold=True, color='FF0000')
ws['B2'].fill = PatternFill('solid', fgColor='FFFF00')
ws['D2'].value = '=SUM(1)'
ws['D2'].data_type = 's'
ws.merge_cells('E1:F1')
ws['A2'].comment = Comment('用户批注', '张三')
ws.freeze_panes = 'B2'
ws.sheet_view.tabSelected = True
ws2 = wb.create_sheet('说明')
ws2['A1'] = '这是用户的说明'
wb.save(${JSON.stringify(path)})
`,
  ]);
  return new Uint8Array(readFileSync(path));
}

type Json = Record<string, unknown>;

/** A user's sheet after writing: byte for byte the input, but for the cleared tab flag where the input had one. */
function expectUserSheet(after: Uint8Array, before: Uint8Array, hadTabSelected: boolean): void {
  const expected = withoutTabSelected(before);
  expect(expected.had).toBe(hadTabSelected);
  expect(Buffer.from(after).toString('utf8')).toBe(expected.xml);
}

describe('writeXlsx', () => {
  let written: Uint8Array;
  let path: string;

  beforeAll(async () => {
    written = await writeXlsx(samplePlan);
    path = artifact('sample.xlsx', written);
  });

  test('sheets, active sheet, values typed as written: text starting with = + - @ stays text', () => {
    const out = openpyxl<Json>(
      path,
      `ws = wb['汇总']
out = {'names': wb.sheetnames, 'active': wb.active.title,
  'cells': [[c.value, c.data_type] for row in ws['A4:E6'] for c in row]}`,
    );
    expect(out.names).toEqual(['汇总', '校验结果']);
    expect(out.active).toBe('汇总');
    expect(out.cells).toEqual([
      ['M001', 's'],
      ['=SUM(1)', 's'],
      [1234, 'n'],
      [0.9858, 'n'],
      ['达标', 's'],
      ['M002', 's'],
      ['+86 电话', 's'],
      [56.5, 'n'],
      [1.25, 'n'],
      ['未达标', 's'],
      ['@note', 's'],
      ['-5', 's'],
      ['=SUM(C4:C5)', 'f'],
      [null, 'n'],
      [true, 'b'],
    ]);
  });

  test('a core-built formula keeps its expected result as the cached value', () => {
    const out = openpyxl<Json>(path, `out = wb['汇总']['C6'].value`, 'data_only=True');
    expect(out).toBe(1290.5);
  });

  test('styles: number formats, fonts, fills, alignment, borders, widths, heights, merges, freeze', () => {
    const out = openpyxl<Json>(
      path,
      `ws = wb['汇总']
h = ws['A3']
out = {'fmt': [ws['C4'].number_format, ws['D4'].number_format, ws['C5'].number_format],
  'title': [ws['A1'].font.b, ws['A1'].font.sz, ws['A1'].font.color.rgb, ws['A1'].alignment.horizontal],
  'header': [h.font.b, h.font.color.rgb, h.fill.fgColor.rgb, h.alignment.wrap_text, h.alignment.vertical, h.border.left.style, h.border.left.color.rgb],
  'intBorder': [getattr(ws['C4'].border.bottom, 'style', None), getattr(ws['C4'].border.top, 'style', None)],
  'width': ws.column_dimensions['B'].width, 'height': ws.row_dimensions[1].height,
  'merges': [str(r) for r in ws.merged_cells.ranges], 'freeze': ws.freeze_panes}`,
    );
    expect(out).toEqual({
      fmt: ['#,##0', '0.0%', '#,##0.00'],
      title: [true, 16, 'FF1F3864', 'center'],
      header: [true, 'FFFFFFFF', 'FF2F5597', true, 'center', 'thin', 'FF808080'],
      intBorder: ['thin', null],
      width: 30,
      height: 28,
      merges: ['A1:E1'],
      freeze: 'B4',
    });
  });

  test('data validations with prompts and conditional formats of each kind', () => {
    const out = openpyxl<Json>(
      path,
      `ws = wb['汇总']
dvs = [[dv.type, str(dv.sqref), dv.operator, dv.formula1, dv.promptTitle, dv.prompt, dv.errorTitle, dv.error, dv.showErrorMessage] for dv in ws.data_validations.dataValidation]
cfs = []
for rng in ws.conditional_formatting:
  for r in rng.rules:
    item = [str(rng.sqref), r.type, r.operator, r.formula]
    if r.type == 'dataBar': item.append([[v.type, v.val] for v in r.dataBar.cfvo] + [r.dataBar.color.rgb])
    if r.type == 'iconSet': item.append([r.iconSet.iconSet] + [[v.type, v.val] for v in r.iconSet.cfvo])
    if r.dxfId is not None:
      dxf = wb._differential_styles[r.dxfId]
      item.append([dxf.font.color.rgb, dxf.font.b, dxf.fill.bgColor.rgb if dxf.fill is not None else None])
    cfs.append(item)
out = {'dv': dvs, 'cf': sorted(cfs, key=lambda x: x[1])}`,
    );
    expect(out.dv).toEqual([
      ['list', 'E4:E6', null, '"达标,未达标,超额"', '状态', '从列表中选择', null, null, true],
      ['decimal', 'C4:C6', 'greaterThanOrEqual', '0', null, null, '数值错误', '完成值不能为负数', true],
    ]);
    expect(out.cf).toEqual([
      ['C4:C6', 'cellIs', 'lessThan', ['100'], ['FFC00000', true, null]],
      ['D4:D6', 'dataBar', null, [], [['num', 0], ['num', 1.2], 'FF5B9BD5']],
      ['A4:E6', 'expression', null, ['$E4="达标"'], ['FF00B050', false, 'FFE2EFDA']],
      ['D4:D6', 'iconSet', null, [], ['3TrafficLights1', ['percent', 0], ['num', 0.8], ['num', 1]]],
    ]);
  });

  test('internal hyperlinks, notes, autofilter, tab colour, gridlines', () => {
    const out = openpyxl<Json>(
      path,
      `ws = wb['汇总']
out = {'link': [ws['A8'].hyperlink.location, ws['A8'].hyperlink.tooltip], 'note': ws['A8'].comment.text,
  'other': wb['校验结果']['B2'].hyperlink.location, 'filter': ws.auto_filter.ref,
  'tab': ws.sheet_properties.tabColor.rgb, 'grid': ws.sheet_view.showGridLines, 'grid2': wb['校验结果'].sheet_view.showGridLines}`,
    );
    expect(out).toEqual({
      link: ["'校验结果'!A2", '跳到第一条'],
      note: '点击跳转',
      other: "'东 社区'!C5",
      filter: '$A$3:$E$6',
      tab: 'FF2F5597',
      grid: false,
      grid2: null, // the default: shown
    });
  });

  test('print setup: A4, orientation, fit to width, repeated rows, print area, centring, footer', () => {
    const out = openpyxl<Json>(
      path,
      `ws = wb['汇总']; ps = ws.page_setup
ws2 = wb['校验结果']
out = [ps.paperSize, ps.orientation, ps.fitToWidth, ps.fitToHeight, ws.sheet_properties.pageSetUpPr.fitToPage,
  ws.print_title_rows, ws.print_area, ws.print_options.horizontalCentered, ws.oddFooter.center.text,
  ws2.page_setup.orientation, [b.id for b in ws.row_breaks.brk]]`,
    );
    expect(out).toEqual([
      9,
      'landscape',
      1,
      0,
      true,
      '$3:$3',
      ['$A$1:$M$46'],
      true,
      '第 &P 页，共 &N 页',
      'portrait',
      [26], // a break above plan row 26 (Excel row 27) is stored as the last row of the page before: 26
    ]);
  });

  test('native charts: count, types, series ranges, titles, axis bounds', () => {
    const out = openpyxl<Json[]>(
      path,
      `ws = wb['汇总']
def text(t):
  return ''.join(r.t for p in t.tx.rich.p for r in (p.r or [])) if t is not None and t.tx is not None and t.tx.rich is not None else None
out = []
for ch in ws._charts:
  points = [[p.idx, getattr(p.graphicalProperties.solidFill.srgbClr, 'val', p.graphicalProperties.solidFill.srgbClr)] for s in ch.series for p in (s.dPt or [])]
  item = {'kind': type(ch).__name__, 'dir': getattr(ch, 'type', None), 'grouping': getattr(ch, 'grouping', None),
    'title': text(ch.title), 'series': [[s.cat.strRef.f if s.cat.strRef is not None else s.cat.numRef.f, s.val.numRef.f] for s in ch.series]}
  if points: item['points'] = points
  if hasattr(ch, 'y_axis'):
    item['y'] = [ch.y_axis.scaling.min, ch.y_axis.scaling.max, text(ch.y_axis.title)]
  out.append(item)`,
    );
    expect(out).toEqual([
      {
        kind: 'BarChart',
        dir: 'bar',
        grouping: 'clustered',
        title: '各板块完成率',
        series: [["'汇总'!$B$4:$B$5", "'汇总'!$D$4:$D$5"]],
        points: [
          [0, '5B9BD5'],
          [1, 'C00000'],
        ],
        y: [0, 1.5, '完成率'],
      },
      {
        kind: 'BarChart',
        dir: 'col',
        grouping: 'clustered',
        title: '完成值与目标值',
        series: [["'汇总'!$A$4:$A$5", "'汇总'!$C$4:$C$5"]],
        points: [
          [0, '00B050'],
          [1, 'C00000'],
        ],
        y: [null, null, null],
      },
      {
        kind: 'DoughnutChart',
        dir: null,
        grouping: null,
        title: '状态分布',
        series: [["'汇总'!$E$4:$E$5", "'汇总'!$C$4:$C$5"]],
        points: [
          [0, '00B050'],
          [1, 'C00000'],
        ],
      },
      {
        kind: 'BarChart',
        dir: 'bar',
        grouping: 'stacked',
        title: '各社区贡献',
        series: [
          ["'汇总'!$B$4:$B$5", "'汇总'!$C$4:$C$5"],
          ["'汇总'!$B$4:$B$5", "'汇总'!$D$4:$D$5"],
        ],
        points: [[0, 'FFC000']],
        y: [null, null, null],
      },
    ]);
  });

  test('bar and column point colours sit on the right series, in schema order, once', () => {
    const seriesPoints = openpyxl<number[][][]>(
      path,
      `out = [[[p.idx for p in (s.dPt or [])] for s in ch.series] for ch in wb['汇总']._charts]`,
    );
    expect(seriesPoints).toEqual([[[0, 1]], [[0, 1]], [[0, 1]], [[], [0]]]);
    // CT_BarSer order: spPr, invertIfNegative, dPt*, dLbls, cat, val (excelize alone puts invertIfNegative last)
    const parts = unzipSync(written);
    const bars = Object.keys(parts)
      .filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name))
      .map((name) => Buffer.from(parts[name]).toString('utf8'))
      .filter((xml) => xml.includes('<dPt>') && xml.includes('<barChart>'));
    expect(bars).toHaveLength(3);
    for (const xml of bars) {
      for (const ser of xml.match(/<ser>[\s\S]*?<\/ser>/g) ?? []) {
        if (!ser.includes('<dPt>')) continue;
        const points = ser.match(/<dPt>/g)?.length ?? 0;
        // the series' own flag (moved, not copied) plus one inside each point
        expect(ser.match(/<invertIfNegative /g)).toHaveLength(points + 1);
        expect(ser.indexOf('<invertIfNegative')).toBeLessThan(ser.indexOf('<dPt>'));
        expect(ser.lastIndexOf('</dPt>')).toBeLessThan(ser.indexOf('<dLbls>'));
        expect(ser.indexOf('<dLbls>')).toBeLessThan(ser.indexOf('<cat>'));
      }
    }
  });

  test('our reader sees our sheets as written by Huibao, with their values and formats', async () => {
    const snapshot = await readXlsx(written);
    expect(snapshot.sheets.map((s) => [s.name, s.writtenByHuibao])).toEqual([
      ['汇总', true],
      ['校验结果', true],
    ]);
    const summary = snapshot.sheets[0];
    expect(summary.values[3]).toEqual(['M001', '=SUM(1)', 1234, 0.9858, '达标']);
    expect(summary.numberFormats?.[3]?.[3]).toBe('0.0%');
    expect(summary.formulas?.[5]?.[2]).toBe('=SUM(C4:C5)');
  });

  describe('with the user workbook as base', () => {
    let base: Uint8Array;
    let first: Uint8Array;
    beforeAll(async () => {
      base = userWorkbook('user-input.xlsx');
      first = await writeXlsx(samplePlan, base);
      artifact('user-plus-summary.xlsx', first);
    });

    test('input sheets are kept byte for byte (but for the cleared tab flag) and come first; ours are added after them', () => {
      const before = unzipSync(base);
      const after = unzipSync(first);
      expectUserSheet(after['xl/worksheets/sheet1.xml'], before['xl/worksheets/sheet1.xml'], true);
      expectUserSheet(after['xl/worksheets/sheet2.xml'], before['xl/worksheets/sheet2.xml'], false);
      const out = openpyxl<Json>(
        artifact('check-names.xlsx', first),
        `out = {'names': wb.sheetnames, 'active': wb.active.title, 'selected': ${SELECTED_TABS}}`,
      );
      // the input opened on 东 社区 (selected); the output opens on 汇总, the only selected tab
      expect(out).toEqual({
        names: ['东 社区', '说明', '汇总', '校验结果'],
        active: '汇总',
        selected: ['汇总'],
      });
    });

    test('input sheets are unchanged cell for cell in an independent reader (values, formulas, formats, merges, notes)', () => {
      const dump = `out = {}
for ws in wb.worksheets:
  if ws.title in ('东 社区', '说明'):
    out[ws.title] = {'cells': [[c.coordinate, c.value, c.data_type, c.number_format, c.font.b, c.fill.fgColor.rgb, c.comment.text if c.comment else None] for row in ws.iter_rows() for c in row],
      'merges': [str(r) for r in ws.merged_cells.ranges], 'freeze': ws.freeze_panes}`;
      const beforePath = `${ARTIFACTS}/user-input.xlsx`;
      const afterPath = artifact('user-plus-summary.xlsx', first);
      const before = openpyxl<Json>(beforePath, dump);
      expect(openpyxl<Json>(afterPath, dump)).toEqual(before);
      // and the dump is not vacuous: it holds the user's formula and text-that-looks-like-a-formula
      const east = (before['东 社区'] as { cells: unknown[][] }).cells;
      expect(east).toContainEqual(['D3', '=C2*2', 'f', 'General', false, '00000000', null]);
      expect(east).toContainEqual(['D2', '=SUM(1)', 's', 'General', false, '00000000', null]);
    });

    test('a second run replaces our sheets instead of adding more', async () => {
      const second = await writeXlsx(samplePlan, first);
      const out = openpyxl<Json>(
        artifact('rerun.xlsx', second),
        `out = {'names': wb.sheetnames, 'charts': len(wb['汇总']._charts), 'dv': len(wb['汇总'].data_validations.dataValidation),
  'cf': sum(len(r.rules) for r in wb['汇总'].conditional_formatting), 'title': wb['汇总']['A1'].value, 'user': wb['东 社区']['C2'].value}`,
      );
      expect(out).toEqual({
        names: ['东 社区', '说明', '汇总', '校验结果'],
        charts: 4,
        dv: 2,
        cf: 4,
        title: '长安街道2022年工作指标完成情况',
        user: 1234,
      });
      const snapshot = await readXlsx(second);
      expect(snapshot.sheets.map((s) => s.writtenByHuibao ?? false)).toEqual([false, false, true, true]);
      // the user's sheets are still byte for byte those of the input, and the old charts left no parts behind
      const before = unzipSync(base);
      const after = unzipSync(second);
      expectUserSheet(after['xl/worksheets/sheet1.xml'], before['xl/worksheets/sheet1.xml'], true);
      expectUserSheet(after['xl/worksheets/sheet2.xml'], before['xl/worksheets/sheet2.xml'], false);
      expect(Object.keys(after).filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name))).toHaveLength(4);
      expect(Object.keys(after).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))).toHaveLength(
        4,
      );
    });

    test('a user sheet that merely has our sheet name is never overwritten', async () => {
      const plan: WorkbookPlan = {
        styles: {},
        sheets: [{ name: '说明', cells: [{ row: 0, col: 0, value: 'x' }] }],
      };
      await expect(writeXlsx(plan, base)).rejects.toThrow(XlsxWriteError);
      await expect(writeXlsx(plan, base)).rejects.toMatchObject({
        key: 'userSheetExists',
        message: expect.stringContaining('“说明”'),
      });
      // nor one whose name differs only in case, which Excel treats as the same name
      const upper: WorkbookPlan = { styles: {}, sheets: [{ name: 'README', cells: [] }] };
      const withReadme: WorkbookPlan = {
        styles: {},
        sheets: [{ name: 'ReadMe', cells: [], userInput: true }],
      };
      const userOwned = await writeXlsx(withReadme, base);
      await expect(writeXlsx(upper, userOwned)).rejects.toMatchObject({
        key: 'userSheetExists',
        params: { name: 'ReadMe' },
      });
    });
  });

  test('a workbook holding only our sheets is rewritten in place (the fallback path), not duplicated', async () => {
    const again = await writeXlsx(samplePlan, written);
    const out = openpyxl<Json>(
      artifact('only-ours-rerun.xlsx', again),
      "out = [wb.sheetnames, len(wb['汇总']._charts), wb['汇总']['A1'].value, wb.active.title]",
    );
    expect(out).toEqual([['汇总', '校验结果'], 4, '长安街道2022年工作指标完成情况', '汇总']);
  });

  test('our sheet is replaced even when the new plan spells its name in another case', async () => {
    const user = await writeXlsx({ styles: {}, sheets: [{ name: '数据', cells: [], userInput: true }] });
    const first = await writeXlsx(
      { styles: {}, sheets: [{ name: 'summary', cells: [{ row: 0, col: 0, value: 1 }] }] },
      user,
    );
    const second = await writeXlsx(
      { styles: {}, sheets: [{ name: 'Summary', cells: [{ row: 0, col: 0, value: 2 }] }] },
      first,
    );
    const snapshot = await readXlsx(second);
    expect(snapshot.sheets.map((s) => [s.name, s.values])).toEqual([
      ['数据', []],
      ['Summary', [[2]]],
    ]);
  });

  test('a sheet for people to fill in is not marked as ours, so it is never replaced later', async () => {
    const plan: WorkbookPlan = {
      styles: {},
      sheets: [{ name: '指标', cells: [{ row: 0, col: 0, value: '编号' }], userInput: true }],
    };
    const bytes = await writeXlsx(plan);
    const snapshot = await readXlsx(bytes);
    expect(snapshot.sheets).toEqual([{ name: '指标', values: [['编号']] }]);
    await expect(writeXlsx(plan, bytes)).rejects.toMatchObject({ key: 'userSheetExists' });
  });

  test('awkward text survives: XML specials, control characters, a literal _x0041_, $& and CR LF', async () => {
    const texts = ['<b>&amp;</b>', 'a\u0001b', '_x0041_', 'x$&y$1', 'line1\r\nline2', '  padded  ', '=1+1'];
    const plan: WorkbookPlan = {
      styles: {},
      sheets: [{ name: '文本', cells: texts.map((value, row) => ({ row, col: 0, value })) }],
    };
    const bytes = await writeXlsx(plan);
    const ours = (await readXlsx(bytes)).sheets[0].values.map((row) => row[0]);
    expect(ours).toEqual(texts);
    const theirs = openpyxl<string[]>(
      artifact('awkward.xlsx', bytes),
      "out = [c.value for c in wb['文本']['A']]",
    );
    // openpyxl does not decode Excel's _xHHHH_ escapes; everything else must come back as written
    expect(theirs).toEqual([
      '<b>&amp;</b>',
      'a_x0001_b',
      '_x005F_x0041_',
      'x$&y$1',
      'line1_x000D_\nline2',
      '  padded  ',
      '=1+1',
    ]);
  });

  test('a plan naming the new file placeholder sheet (Sheet1) is written as that sheet, once', async () => {
    const plan: WorkbookPlan = {
      styles: {},
      sheets: [{ name: 'Sheet1', cells: [{ row: 1, col: 1, value: 2 }] }],
    };
    const snapshot = await readXlsx(await writeXlsx(plan));
    expect(snapshot.sheets).toEqual([
      { name: 'Sheet1', values: [[], [undefined, 2]], writtenByHuibao: true },
    ]);
  });
});
