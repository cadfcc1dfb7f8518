/**
 * `huibao run` end to end on a workbook written by exceljs; the output is opened with openpyxl (an independent
 * reader). Expected values are worked out by hand from run-workbook.ts: M002 12+11+14 = 37 against ≥30 (123%,
 * 超额), M003 3+3+2 = 8 against ≥9 (未达标), M004 mean(96, 98, 97.5) = 97.17 against ≥95% (达标), M005 40+35 = 75
 * (光明社区 typed `=五十`: an error) against ≥100 (未达标), M001 the street name 和平 (无目标).
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runCli } from '../../src/cli/cli';
import { defaultOutputPath } from '../../src/cli/run-command';
import { TEMPLATE, askOpenpyxl, streetWorkbook } from './run-workbook';

interface Run {
  code: number;
  out: string;
  err: string;
}

async function run(argv: string[]): Promise<Run> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'huibao-run-'));
const input = join(dir, 'street.xlsx');
const templatePath = join(dir, 'report.txt');
const output = join(dir, 'out', 'street-summary.xlsx');
const jsonPath = join(dir, 'result.json');

beforeAll(async () => {
  writeFileSync(input, await streetWorkbook(false));
  // Saved on Windows: a BOM and CRLF line ends, which are not part of the report.
  writeFileSync(templatePath, `\uFEFF${TEMPLATE.replace(/\n/g, '\r\n')}`);
});

describe('huibao run on a street workbook', () => {
  let result: Run;
  beforeAll(async () => {
    result = await run(['run', input, '--template', templatePath, '-o', output, '--json', jsonPath]);
  }, 120000);

  it('prints where it wrote and the one-line summary, and exits 1 for the error in the data', () => {
    expect(result.code).toBe(1);
    expect(result.out).toContain(`已写出 ${output}\n`);
    // The figures of 汇总: M001 (the street's name) is a text mask, not counted; M005's total leaves 光明社区 out,
    // which the fill adds as its own warning (the data's error is 光明社区's `=五十`).
    expect(result.out).toContain(
      '指标 5 项（数值 4 项：达标 1，超额 1，未达标 1，无目标 0，缺数 1，以上含合计不完整 1 项；文字 1 项）\n' +
        '数据校验：错误 1，警告 3，提示 0；报告填写：已填 5/5 处，错误 0，警告 1。\n',
    );
    expect(result.err).toBe('');
  });

  it('writes the JSON result with the fill and the localised findings', () => {
    const json = JSON.parse(readFileSync(jsonPath, 'utf8'));
    expect(json.templateFrom).toBe('argument');
    expect(json.counts).toEqual({ total: 5, met: 1, notMet: 1, exceeded: 1, noTarget: 1, missing: 1 });
    expect(json.report.text.split('\n')[0]).toBe('和平街道2022年工作总结');
    expect(json.report.text).toContain('发展入党积极分子8个');
    const error = json.findings.find((f: { severity: string }) => f.severity === 'error');
    expect([error.code, error.sheet, error.cell, error.found]).toEqual([
      'not-a-number',
      '光明社区',
      'D6',
      '=五十',
    ]);
    // Like validate --json: whether the total is complete, and each unit's value as typed when not a number.
    const m005 = json.indicators.find((i: { id: string }) => i.id === 'M005');
    expect([m005.actual, m005.complete, m005.units]).toEqual([
      75,
      false,
      { 和平社区: 40, 光明社区: '=五十', 幸福社区: 35 },
    ]);
    // The report's figure for M005 is the incomplete total (40 + 35): a warning, with a finding saying so.
    const slot = json.report.slots.find((x: { indicator: string }) => x.indicator === 'M005');
    expect([slot.rendered, slot.status]).toEqual(['75', 'warning']);
    const incomplete = json.findings.find((f: { code: string }) => f.code === 'fill-total-incomplete');
    expect(incomplete.message).toBe(
      '指标目录!A6：指标 M005「新增就业」的合计不完整（光明社区未填、数据有误或未能读取），报告中的 *** 按不完整的合计 75 填写。',
    );
  });

  it('keeps the input sheets and adds 汇总, 分单位, 校验结果 and 报告', () => {
    const names = askOpenpyxl<string[]>(output, 'out = wb.sheetnames');
    expect(names).toEqual([
      '指标目录',
      '和平社区',
      '光明社区',
      '幸福社区',
      '汇总',
      '分单位',
      '校验结果',
      '报告',
    ]);
  });

  it('leaves every input sheet as it was, cell for cell (value, type and number format)', () => {
    const dump = (path: string) =>
      askOpenpyxl<Record<string, unknown[]>>(
        path,
        `out = {ws.title: [[c.coordinate, c.value, c.data_type, c.number_format] for row in ws.iter_rows() for c in row]
       for ws in wb.worksheets if ws.title in ('指标目录', '和平社区', '光明社区', '幸福社区')}`,
      );
    const before = dump(input);
    const after = dump(output);
    expect(Object.keys(before)).toHaveLength(4);
    expect(after).toEqual(before);
    // The text that looks like a formula is still text.
    expect(after['光明社区']).toContainEqual(['D6', '=五十', 's', 'General']);
  });

  it('writes the title, key figures and indicator rows with their number formats', () => {
    const cells = askOpenpyxl<Record<string, [unknown, string]>>(
      output,
      `ws = wb['汇总']
out = {a: [ws[a].value, ws[a].number_format] for a in ['A1', 'C3', 'C4', 'D4', 'E4', 'F4', 'G4', 'H4', 'I4',
  'J4', 'B34', 'I34', 'A40', 'A41', 'E41', 'F41', 'G41', 'I41', 'E42', 'E45', 'I45', 'B46', 'E46', 'G46', 'A48']}
out['E46font'] = [ws['E46'].font.i, ws['E46'].font.color.rgb if ws['E46'].font.color else None]`,
    );
    expect(cells.A1[0]).toBe('和平街道2022年工作指标完成情况');
    // M001 (the street's name) is a text mask, not an indicator: 4 indicators; M005 leaves 光明社区 out (缺数).
    expect(cells.C3[0]).toBe('指标总数');
    expect(['C4', 'D4', 'E4', 'F4', 'G4', 'H4', 'I4', 'J4'].map((a) => cells[a][0])).toEqual([
      4, 1, 1, 1, 0, 1, 1, 1,
    ]);
    expect(cells.B34[0]).toBe('基层党建');
    // Rows: 39 header, 40 基层党建, 41 M002, 42 M003, 43 subtotal, 44 民生服务, 45 M004, 46 M005, 47 subtotal,
    // 48 the footnote for M005.
    expect(cells.A40[0]).toBe('基层党建');
    expect(cells.A41[0]).toBe('M002');
    expect(cells.E41).toEqual([37, '#,##0']);
    expect(cells.F41[0]).toBeCloseTo(37 / 30, 6);
    expect(cells.F41[1]).toBe('0.0%');
    expect(cells.G41[0]).toBe('超额');
    // Counts year on year relative: 37 against 25.
    expect(cells.I41[0]).toBeCloseTo(12 / 25, 6);
    expect(cells.I41[1]).toBe('+0.0%;-0.0%;0.0%');
    expect(cells.E42[0]).toBe(8);
    expect(cells.E45[0]).toBeCloseTo(97.1667, 3);
    expect(cells.E45[1]).toBe('0.0"%"');
    // A rate year on year in percentage points, with the rate's one decimal: 97.1667 − 94 = +3.2.
    expect(cells.I45[0]).toBeCloseTo(3.1667, 3);
    expect(cells.I45[1]).toBe('+0.0"个百分点";-0.0"个百分点";0.0"个百分点"');
    // The incomplete total: marked *, amber italic, footnoted with the unit left out.
    expect(cells.B46[0]).toBe('新增就业 *');
    expect(cells.E46[0]).toBe(75);
    expect(cells.E46font).toEqual([true, 'FF9C5700']);
    // 75 is short of ≥100, but 光明社区's figure could make it up: no verdict yet.
    expect(cells.G46[0]).toBe('缺数');
    expect(cells.A48[0]).toBe('* M005「新增就业」合计不完整：光明社区未填、数据有误或未能读取，未计入合计。');
  });

  it('has conditional formats: data bars on completion, status colours, year-on-year colours', () => {
    const cf = askOpenpyxl<[string, string, string | null, string[]][]>(
      output,
      `ws = wb['汇总']
out = [[str(r.sqref), rule.type, rule.operator, rule.formula or []] for r in ws.conditional_formatting for rule in r.rules]`,
    );
    const ranges = (type: string) => cf.filter((c) => c[1] === type).map((c) => c[0]);
    expect(ranges('dataBar')).toEqual(expect.arrayContaining(['I34:I35', 'F40:F47']));
    const status = cf.filter((c) => c[0] === 'G40:G47');
    expect(status.map((c) => c[3][0])).toEqual(['"达标"', '"超额"', '"未达标"', '"无目标"', '"缺数"']);
    expect(cf.filter((c) => c[0] === 'I41:I42').map((c) => c[2])).toEqual(['greaterThan', 'lessThan']);
  });

  it('draws three native charts on 汇总 and one on 分单位, each pointing at its own sheet’s cells', () => {
    const charts = askOpenpyxl<
      { type: string; bar: string | null; series: [string | null, string | null][] }[]
    >(
      output,
      `ws = wb['汇总']
def ref(x):
    return None if x is None or x.numRef is None and x.strRef is None else (x.numRef or x.strRef).f
out = [{'type': type(c).__name__, 'bar': getattr(c, 'barDir', None),
        'series': [[ref(s.cat), ref(s.val)] for s in c.series]} for c in ws._charts]`,
    );
    expect(charts.map((c) => [c.type, c.bar])).toEqual([
      ['BarChart', 'bar'],
      ['DoughnutChart', null],
      ['BarChart', 'col'],
    ]);
    // Section rates sit in the chart data below the table: heading 50, sections 51–54; one series (100% is a
    // gridline, so no target labels sit on the rates').
    expect(charts[0].series).toEqual([["'汇总'!$B$53:$B$54", "'汇总'!$D$53:$D$54"]]);
    expect(charts[1].series).toEqual([["'汇总'!$D$3:$H$3", "'汇总'!$D$4:$H$4"]]);
    // Actual vs target: M002, M003, M004 have at-least targets and a verdict (M005's 75 leaves 光明社区 out, so
    // it has none yet), one series of three points, lowest first: M003 88.9% (未达标), M004, M002.
    expect(charts[2].series).toEqual([["'汇总'!$B$58:$B$60", "'汇总'!$F$58:$F$60"]]);
    const ids = askOpenpyxl<string[]>(output, "out = [wb['汇总'].cell(r, 1).value for r in range(58, 61)]");
    expect(ids).toEqual(['M003', 'M004', 'M002']);
    for (const chart of charts)
      for (const [cat, val] of chart.series) {
        expect(cat).toMatch(/^'汇总'!\$[A-Z]+\$\d+:\$[A-Z]+\$\d+$/);
        expect(val).toMatch(/^'汇总'!\$[A-Z]+\$\d+:\$[A-Z]+\$\d+$/);
      }
    // Per-unit shares on 分单位: one series per community.
    const unitCharts = askOpenpyxl<string[][]>(
      output,
      "out = [[s.val.numRef.f for s in c.series] for c in wb['分单位']._charts]",
    );
    expect(unitCharts).toHaveLength(1);
    expect(unitCharts[0]).toHaveLength(3);
    for (const ref of unitCharts[0]) expect(ref).toMatch(/^'分单位'!\$[D-F]\$\d+:\$[D-F]\$\d+$/);
    const slices = askOpenpyxl<string[]>(
      output,
      "out = [dp.spPr.solidFill.srgbClr for dp in wb['汇总']._charts[1].series[0].dPt]",
    );
    // 达标 light green, 超额 dark green, 未达标 red, 无目标 grey, 缺数 amber.
    expect(slices).toEqual(['70AD47', '2E7D32', 'C00000', 'A5A5A5', 'ED9C28']);
  });

  it('sets up printing: A4 landscape fit to one page wide, header row repeated, charts alone on page 1', () => {
    const print = askOpenpyxl<Record<string, unknown>>(
      output,
      `ws = wb['汇总']
out = {'orientation': ws.page_setup.orientation, 'paper': ws.page_setup.paperSize,
       'fitToWidth': ws.page_setup.fitToWidth, 'fitToPage': ws.sheet_properties.pageSetUpPr.fitToPage,
       'titles': ws.print_title_rows, 'area': ws.print_area, 'breaks': [b.id for b in ws.row_breaks.brk],
       'afterBreak': ws['A32'].value}`,
    );
    expect(print).toMatchObject({
      orientation: 'landscape',
      paper: 9,
      fitToWidth: 1,
      fitToPage: true,
      titles: '$39:$39',
      // A page break after row 31: the charts fill page 1, the section overview (row 32) opens page 2.
      breaks: [31],
      afterBreak: '分板块完成情况',
    });
    expect(String(print.area)).toContain('$A$1:$J$48');
    // 分单位 prints on its own: heading, chart, M005's footnote (row 15: its bar is marked *), then the table
    // with its header (row 17) repeated.
    const units = askOpenpyxl<Record<string, unknown>>(
      output,
      `ws = wb['分单位']
out = {'titles': ws.print_title_rows, 'area': ws.print_area, 'header': [c.value for c in ws[17]][:7],
       'M005': [c.value for c in ws[21]][:7], 'note': ws['A15'].value}`,
    );
    expect(units.titles).toBe('$17:$17');
    expect(units.note).toBe('* M005「新增就业」合计不完整：光明社区未填、数据有误或未能读取，未计入合计。');
    // M002–M005 in rows 18–21, then the * legend in row 22.
    expect(String(units.area)).toContain('$A$1:$G$22');
    expect(units.header).toEqual(['编号', '指标', '单位', '和平社区', '光明社区', '幸福社区', '合计']);
    expect(units.M005).toEqual(['M005', '新增就业 *', '人', 40, '=五十', 35, 75]);
  });

  it('writes 校验结果 with links to the cells, an autofilter and a frozen header', () => {
    const f = askOpenpyxl<Record<string, unknown>>(
      output,
      `ws = wb['校验结果']
out = {'freeze': ws.freeze_panes, 'filter': ws.auto_filter.ref, 'A2': ws['A2'].value, 'B2': ws['B2'].value,
       'C2': ws['C2'].value, 'link': ws['C2'].hyperlink.location if ws['C2'].hyperlink else None,
       'F2': ws['F2'].value, 'F2type': ws['F2'].data_type, 'rows': ws.max_row}`,
    );
    expect(f.freeze).toBe('A2');
    expect(String(f.filter).replace(/\$/g, '')).toBe(`A1:I${f.rows}`);
    expect([f.A2, f.B2, f.C2, f.F2, f.F2type]).toEqual(['错误', '光明社区', 'D6', '=五十', 's']);
    expect(String(f.link).replace(/'/g, '')).toBe('光明社区!D6');
  });

  it('writes 报告 one paragraph per row with the filled figures beside it', () => {
    const r = askOpenpyxl<Record<string, unknown>>(
      output,
      `ws = wb['报告']
out = {'A2': ws['A2'].value, 'A3': ws['A3'].value, 'A4': ws['A4'].value, 'wrap': ws['A3'].alignment.wrap_text,
       'width': ws.column_dimensions['A'].width, 'C3': ws['C3'].value, 'D3': ws['D3'].value, 'F3': ws['F3'].value}`,
    );
    expect(r.A2).toBe('和平街道2022年工作总结');
    expect(String(r.A3)).toMatch(/^开展党建知识培训37.*场次，发展入党积极分子8个。$/);
    expect(String(r.A4)).toMatch(/^群众满意度97\.2%，新增就业75人。$/);
    expect(r.wrap).toBe(true);
    expect(r.width).toBeGreaterThanOrEqual(60);
    expect([r.C3, r.D3, r.F3]).toEqual([2, 2, '**']);
  });

  it('replaces its own sheets on a second run instead of adding more', async () => {
    const again = await run(['run', output, '--template', templatePath, '-o', join(dir, 'again.xlsx')]);
    expect(again.code).toBe(1);
    const names = askOpenpyxl<string[]>(join(dir, 'again.xlsx'), 'out = wb.sheetnames');
    expect(names).toEqual([
      '指标目录',
      '和平社区',
      '光明社区',
      '幸福社区',
      '汇总',
      '分单位',
      '校验结果',
      '报告',
    ]);
  }, 120000);
});

describe('huibao run: template from the 报告模板 sheet, default output, bad arguments', () => {
  it('uses the 报告模板 sheet and writes <name>-汇总.xlsx beside the input', async () => {
    const withSheet = join(dir, '街道.xlsx');
    writeFileSync(withSheet, await streetWorkbook(true));
    const result = await run(['run', withSheet, '--lang', 'en']);
    const written = join(dir, '街道-汇总.xlsx');
    expect(defaultOutputPath(withSheet)).toBe(written);
    expect(existsSync(written)).toBe(true);
    expect(result.err).toBe('Using the 报告模板 sheet of the workbook.\n');
    expect(result.out).toContain(`Wrote ${written}`);
    expect(result.out).toContain(
      'Indicators: 5 (4 numeric: met 1, exceeded 1, not met 1, no target 0, missing 1, 1 of them with an incomplete total; 1 text)\n' +
        'Data checks: errors 1, warnings 3, info 0; report fill: 5/5 filled, errors 0, warnings 1.\n',
    );
    const names = askOpenpyxl<string[]>(written, 'out = wb.sheetnames');
    expect(names.slice(-5)).toEqual(['报告模板', '汇总', '分单位', '校验结果', '报告']);
    const header = askOpenpyxl<string>(written, "out = wb['汇总']['A39'].value");
    expect(header).toBe('ID');
  }, 120000);

  it('prints its usage for --help and exits 0', async () => {
    const help = await run(['run', '--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(
      /^用法：huibao run <工作簿\.xlsx> \[--template <模板\.txt>\] \[-o <输出\.xlsx>\]/,
    );
    const en = await run(['run', '--help', '--lang', 'en']);
    expect(en.out).toMatch(/^Usage: huibao run <workbook\.xlsx>/);
  });

  it('exits 2 with a clear line when the input is missing, unreadable or would be overwritten', async () => {
    const none = await run(['run']);
    expect(none.code).toBe(2);
    expect(none.err).toContain('请给出要处理的工作簿');

    const missing = await run(['run', join(dir, 'nope.xlsx')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toBe(`huibao run：找不到文件 ${join(dir, 'nope.xlsx')}。\n`);

    const notXlsx = join(dir, 'notes.xlsx');
    writeFileSync(notXlsx, 'just text');
    const bad = await run(['run', notXlsx]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^huibao run：无法读取 .*notes\.xlsx：/);
    expect(bad.err).not.toMatch(/\n\s+at /);

    const same = await run(['run', input, '-o', input]);
    expect(same.code).toBe(2);
    expect(same.err).toContain('是同一个文件，不会写到输入上');

    const noTemplate = await run(['run', input, '--template', join(dir, 'missing.txt')]);
    expect(noTemplate.code).toBe(2);
    expect(noTemplate.err).toBe(`huibao run：找不到报告模板 ${join(dir, 'missing.txt')}。\n`);
    const noTemplateEn = await run(['run', input, '--template', join(dir, 'missing.txt'), '--lang', 'en']);
    expect(noTemplateEn.err).toBe(
      `huibao run: cannot find the report template ${join(dir, 'missing.txt')}.\n`,
    );

    // A workbook given as the template: refused before it is scanned for masks.
    const binary = await run(['run', input, '--template', input]);
    expect(binary.code).toBe(2);
    expect(binary.err).toContain('不是文本模板');

    // The reader's reason does not name the file a second time.
    expect(bad.err).not.toMatch(/notes\.xlsx：notes\.xlsx/);

    const badYear = await run(['run', input, '--year', '22']);
    expect(badYear.code).toBe(2);
    expect(badYear.err).toBe('huibao run：--year 应为四位年份（如 2022），收到的是“22”。\n');

    const unknown = await run(['run', input, '--bogus']);
    expect(unknown.code).toBe(2);
  });

  it('never overwrites a sheet of the user’s that is named like one of ours: exit 2, a clear line, no file', async () => {
    const clash = join(dir, 'clash.xlsx');
    writeFileSync(clash, await streetWorkbook(false, { name: '汇总', rows: [['我自己的汇总表']] }));
    const out = join(dir, 'clash-out.xlsx');
    const result = await run(['run', clash, '-o', out]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^huibao run：无法写出 .*clash-out\.xlsx：.*汇总/m);
    expect(existsSync(out)).toBe(false);
  }, 120000);

  it('writes no 报告 sheet and says so when there is no template', async () => {
    const out = join(dir, 'no-template.xlsx');
    const result = await run(['run', input, '-o', out]);
    expect(result.err).toContain('本次不生成“报告”工作表');
    const names = askOpenpyxl<string[]>(out, 'out = wb.sheetnames');
    expect(names.slice(-3)).toEqual(['汇总', '分单位', '校验结果']);
    // Without a report the year is not known: the title goes without it (and without a street name, which
    // only the report's masks give here).
    expect(askOpenpyxl<string>(out, "out = wb['汇总']['A1'].value")).toBe('工作指标完成情况');
  }, 120000);

  it('takes the street and year from --street and --year', async () => {
    const out = join(dir, 'named.xlsx');
    await run(['run', input, '-o', out, '--street', '光明', '--year', '2023']);
    expect(askOpenpyxl<string>(out, "out = wb['汇总']['A1'].value")).toBe('光明街道2023年工作指标完成情况');
    const en = join(dir, 'named-en.xlsx');
    await run(['run', input, '-o', en, '--lang', 'en']);
    expect(askOpenpyxl<string>(en, "out = wb['汇总']['A1'].value")).toBe('Work indicators: completion');
  }, 120000);

  it('changes only the title of 汇总 with --street and --year: the report keeps what the data says', async () => {
    const withSheet = join(dir, 'titled.xlsx');
    writeFileSync(withSheet, await streetWorkbook(true));
    const out = join(dir, 'titled-out.xlsx');
    const result = await run(['run', withSheet, '-o', out, '--street', '光明', '--year', '2023']);
    expect(result.code).toBe(1);
    expect(askOpenpyxl<string>(out, "out = wb['汇总']['A1'].value")).toBe('光明街道2023年工作指标完成情况');
    // M001 is 和平 in every community; the template's year is its own text.
    const report = askOpenpyxl<string[]>(
      out,
      "out = [str(c.value) for row in wb['报告'].iter_rows() for c in row if c.value is not None]",
    );
    expect(report).toContain('和平街道2022年工作总结');
    expect(report.join('\n')).not.toContain('光明街道');
  }, 120000);
});
