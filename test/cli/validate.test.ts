/** `huibao validate` end to end: real .xlsx files through the file host, exit codes, the table and the JSON. */
import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import * as XLSX from 'xlsx';
import { runCli } from '../../src/cli/cli';

const EXAMPLE = join(__dirname, '..', '..', 'examples', 'street-2022.xlsx');

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

/** A small clean workbook written by SheetJS, a writer independent of ours. */
function cleanWorkbook(dir: string): string {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    book,
    XLSX.utils.aoa_to_sheet([
      ['编号', '指标', '单位', '目标值', '汇总方式'],
      ['M001', '培训场次', '场次', '≥20', '求和'],
      ['M002', '积案', '件', '', '求和'],
      ['M003', '已化解', '件', '', '求和'],
    ]),
    '指标目录',
  );
  for (const [name, values] of [
    ['东区', [12, 5, 4]],
    ['西区', [15, 3, 3]],
  ] as const) {
    XLSX.utils.book_append_sheet(
      book,
      XLSX.utils.aoa_to_sheet([
        ['编号', '完成值'],
        ['M001', values[0]],
        ['M002', values[1]],
        ['M003', values[2]],
      ]),
      name,
    );
  }
  XLSX.utils.book_append_sheet(
    book,
    XLSX.utils.aoa_to_sheet([
      ['规则', '级别'],
      ['M003 <= M002', '错误'],
    ]),
    '校验规则',
  );
  const path = join(dir, 'clean.xlsx');
  writeFileSync(path, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  return path;
}

describe('huibao validate', () => {
  const dir = mkdtempSync(join(tmpdir(), 'huibao-validate-'));

  it('exits 0 on a clean workbook and totals the units', async () => {
    const json = join(dir, 'clean.json');
    const result = await run(['validate', cleanWorkbook(dir), '--json', json]);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toContain('没有发现问题。');
    expect(result.out).toContain(
      '指标 3 项（数值 3 项：达标 0，超额 1，未达标 0，无目标 2，缺数 0，以上含合计不完整 0 项；文字 0 项）\n数据校验：错误 0，警告 0，提示 0。\n',
    );
    const written = JSON.parse(readFileSync(json, 'utf8'));
    expect(written.findings).toEqual([]);
    expect(written.indicators[0]).toEqual({
      id: 'M001',
      name: '培训场次',
      unit: '场次',
      target: '≥20',
      actual: 27,
      status: 'exceeded', // 27 / 20 = 135%
      completion: 1.35,
      complete: true,
      units: { 东区: 12, 西区: 15 },
    });
  });

  it('exits 1 on the example, with findings grouped by sheet and located in the JSON', async () => {
    const json = join(dir, 'street.json');
    const result = await run(['validate', EXAMPLE, '--json', json]);
    expect(result.code).toBe(1);
    const headings = result.out.split('\n').filter((line) => line.startsWith('■'));
    expect(headings.map((h) => h.replace(/（.*$/, ''))).toEqual([
      '■ 指标目录',
      '■ 和平社区',
      '■ 光明社区',
      '■ 幸福社区',
      '■ 校验规则',
    ]);
    const written = JSON.parse(readFileSync(json, 'utf8'));
    const at = (code: string): string[] =>
      written.findings
        .filter((f: { code: string }) => f.code === code)
        .map((f: { sheet: string; cell: string }) => `${f.sheet}!${f.cell}`);
    // Cells checked by hand against the example's layout (title row 1, header row 2, data from row 3).
    expect(at('excel-error')).toEqual(['幸福社区!D46']);
    expect(at('not-a-number')).toEqual(['光明社区!D34']);
    expect(at('unknown-id')).toEqual(['幸福社区!A50']);
    expect(at('rule-invalid')).toEqual(['校验规则!A11']);
    // M046's 20 + 16 = 36 is short of ≥50 only because 光明社区's 18 人次 (unit-mismatch) is left out: not judged.
    expect(at('target-not-met')).toEqual(['指标目录!F61']);
    const rate = written.indicators.find((i: { id: string }) => i.id === 'M059');
    // Each unit's rate is its own 已化解 ÷ 积案 (M058 ÷ M057), rounded to the mask's 2 places as the street's
    // 19 ÷ 22 = 86.36% is: 8 ÷ 9 = 88.89%, 6 ÷ 7 = 85.71%, and 5 ÷ 6 = 83.33% for 幸福社区, whose typed 150% is out of
    // range (an error of its own) and not what its parts give.
    expect(rate).toMatchObject({
      actual: 86.36,
      status: 'not-met',
      units: { 和平社区: 88.89, 光明社区: 85.71, 幸福社区: 83.33 },
      computedUnits: ['和平社区', '光明社区', '幸福社区'],
    });
    // Only such rates say so: a summed count is what the units typed.
    expect(written.indicators.find((i: { id: string }) => i.id === 'M058')).not.toHaveProperty(
      'computedUnits',
    );
    // Totals checked by hand: values with error findings are left out and the total is incomplete.
    const byId = (id: string) => written.indicators.find((i: { id: string }) => i.id === id);
    expect(byId('M068')).toMatchObject({ actual: 17, complete: false }); // 8 + 9 (和平社区 −3)
    expect(byId('M067')).toMatchObject({ actual: 2339, complete: false }); // 1234 + 1105 (光明社区 986.5)
    expect(byId('M046')).toMatchObject({ actual: 36, complete: false }); // 20 + 16 (光明社区 in 人次)
    expect(byId('M064')).toMatchObject({ actual: null, status: 'missing', complete: false }); // 7+N/7+N/6+N
    const codes = new Set(written.findings.map((f: { code: string }) => f.code));
    for (const code of [
      'missing-value',
      'not-a-number',
      'excel-error',
      'negative-count',
      'not-integer',
      'percent-out-of-range',
      'mask-digits',
      'approx-not-possible',
      'target-not-met',
      'target-unparsed',
      'duplicate-id',
      'unknown-id',
      'unit-missing-indicator',
      'unit-mismatch',
      'yoy-jump',
      'rule-failed',
      'rule-invalid',
      'aggregate-disagree',
      'aggregate-incomplete',
      'aggregation-unparsed',
    ]) {
      expect(codes).toContain(code);
    }
  });

  it('ships an example whose input sheets an independent reader sees as a person left them', () => {
    // openpyxl: the sheets carry no Huibao ownership mark, and 幸福社区!D46 is a formula whose saved result is #DIV/0!.
    const script = [
      'import openpyxl, sys',
      'wb = openpyxl.load_workbook(sys.argv[1])',
      'cached = openpyxl.load_workbook(sys.argv[1], data_only=True)',
      'marks = [d.name for d in wb.defined_names.definedName]',
      'print(wb.sheetnames)',
      'print(marks)',
      "print(wb['幸福社区']['D46'].value, cached['幸福社区']['D46'].value)",
      "print(wb['指标目录']['A2'].value, wb['指标目录']['I3'].value, wb['报告模板']['A1'].value)",
    ].join('\n');
    const out = execFileSync('/usr/bin/python3', ['-c', script, EXAMPLE], { encoding: 'utf8' });
    expect(out.split('\n').slice(0, 4)).toEqual([
      "['指标目录', '和平社区', '光明社区', '幸福社区', '校验规则', '报告模板']",
      '[]',
      '=D45/0 #DIV/0!',
      '编号 新华 街道党工委2022年工作总结和2023年工作安排',
    ]);
  });

  it('speaks English with --lang en', async () => {
    const result = await run(['validate', EXAMPLE, '--lang', 'en']);
    expect(result.code).toBe(1);
    expect(result.out).toContain('Catalogue: 指标目录; units: 和平社区, 光明社区, 幸福社区');
    expect(result.out).toMatch(
      /Error {3}D46 {4}The cell of indicator M075 “居民登记数” holds the error value #DIV\/0!\./,
    );
    expect(result.out).toMatch(/^Data checks: errors \d+, warnings \d+, info 0\.$/m);
  });

  it('exits 2 with a clear message for a missing file, a file that is not .xlsx, and bad arguments', async () => {
    const missing = await run(['validate', join(dir, 'nope.xlsx')]);
    expect(missing).toMatchObject({ code: 2, out: '' });
    expect(missing.err).toBe(`huibao validate：找不到文件 ${join(dir, 'nope.xlsx')}。\n`);
    const text = join(dir, 'text.xlsx');
    writeFileSync(text, 'not a workbook');
    const unreadable = await run(['validate', text, '--lang', 'en']);
    expect(unreadable.code).toBe(2);
    expect(unreadable.err).toMatch(/^huibao validate: cannot read .*text\.xlsx: /);
    // The file is named once, not again at the start of the reader's reason.
    expect(unreadable.err.split('text.xlsx')).toHaveLength(2);
    const zh = await run(['validate', text]);
    expect(zh.err.startsWith(`huibao validate：无法读取 ${text}：`)).toBe(true);
    expect(zh.err.split('text.xlsx')).toHaveLength(2);
    expect(unreadable.err).not.toMatch(/at .*\.ts:\d+/); // no stack trace
    expect((await run(['validate'])).code).toBe(2);
    expect((await run(['validate', EXAMPLE, '--colour'])).code).toBe(2);
    expect((await run(['validate', EXAMPLE, 'extra.xlsx'])).code).toBe(2);
  });
});
