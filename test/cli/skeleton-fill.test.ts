/**
 * The command line end to end: skeleton → the workbook read back by openpyxl (an independent reader) → values
 * typed in by openpyxl (as a person would in Excel) → fill. Also the bundled example and the exit codes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './capture';

const ROOT = join(__dirname, '../..');
const SEED = join(ROOT, 'examples/2022-street-work-summary.masked.txt');
const EXAMPLE = join(ROOT, 'examples/indicators-2022.xlsx');

function python(script: string, ...args: string[]): string {
  const run = spawnSync('/usr/bin/python3', ['-c', script, ...args], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return run.stdout;
}

const dir = mkdtempSync(join(tmpdir(), 'huibao-a-'));

describe('huibao skeleton', () => {
  const out = join(dir, 'skeleton.xlsx');

  it('writes the indicator workbook and says what it wrote', async () => {
    const run = await cli(['skeleton', SEED, '-o', out]);
    expect(run.code).toBe(0);
    expect(run.out).toContain('共 80 行');
    expect(run.out).toContain('数字 73 处，文字 7 处');
  });

  it('reads back in openpyxl with headers, 80 rows, validation, a frozen header and A4 print setup', () => {
    const report = JSON.parse(
      python(
        `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb['指标']
dv = ws.data_validations.dataValidation
print(json.dumps({
  'sheets': wb.sheetnames,
  'header': [c.value for c in ws[1]],
  'english': [c.value for c in ws[2]],
  'rows': ws.max_row,
  'm080': [ws['A82'].value, ws['C82'].value],
  'freeze': ws.freeze_panes,
  'validations': len(dv),
  'g4': [[str(v.sqref), v.type, v.operator, v.formula1, v.prompt] for v in dv if str(v.sqref) == 'G4'],
  'paper': ws.page_setup.paperSize,
  'orientation': ws.page_setup.orientation,
  'titles': ws.print_title_rows,
  'widthK': ws.column_dimensions['K'].width,
}, ensure_ascii=False))
`,
        out,
      ),
    );
    expect(report.sheets).toEqual(['指标']);
    expect(report.header).toEqual([
      '编号',
      '板块',
      '指标',
      '单位',
      '格式',
      '目标值',
      '完成值',
      '上年值',
      '汇总方式',
      '责任部门',
      '原文',
      '备注',
    ]);
    expect(report.english[6]).toBe('Actual');
    expect(report.rows).toBe(82);
    expect(report.m080).toEqual(['M080', '市民服务热线号码']);
    expect(report.freeze).toBe('D3');
    expect(report.validations).toBe(80);
    expect(report.g4).toEqual([
      ['G4', 'decimal', 'greaterThanOrEqual', '0', '报告中写作“**余”，单位：场次。请填数字（不带单位）。'],
    ]);
    expect(report.paper).toBe(9); // xlsx paper size 9 is A4
    expect(report.orientation).toBe('landscape');
    expect(report.titles).toBe('$1:$2');
    expect(report.widthK).toBeGreaterThanOrEqual(40);
  });

  it('never overwrites an existing file', async () => {
    const run = await cli(['skeleton', SEED, '-o', out]);
    expect(run.code).toBe(2);
    expect(run.err).toContain('已存在');
  });

  it('says what is missing, in English with --lang en', async () => {
    const run = await cli(['skeleton', '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.err).toContain('the template file is missing');
  });
  it('makes the output folder when it does not exist yet', async () => {
    const nested = join(dir, 'new-folder', 'deeper', 's.xlsx');
    const run = await cli(['skeleton', SEED, '-o', nested]);
    expect(run.code).toBe(0);
    expect(existsSync(nested)).toBe(true);
  });

  it('refuses a workbook (or any binary file) given as the template: exit 2, 不是文本模板, no masks scanned', async () => {
    const xlsx = join(dir, 'given.xlsx');
    expect((await cli(['skeleton', SEED, '-o', xlsx])).code).toBe(0);
    const run = await cli(['skeleton', xlsx, '-o', join(dir, 'from-binary.xlsx')]);
    expect(run.code).toBe(2);
    expect(run.err).toBe(
      `huibao skeleton：无法读取模板 ${xlsx}（不是文本模板（看起来是 Excel、Word 或其他二进制文件），请给出 .txt 格式的报告模板）。\n`,
    );
    expect(existsSync(join(dir, 'from-binary.xlsx'))).toBe(false);
    // A file with NUL bytes is not text either; fill says so too.
    const nul = join(dir, 'nul.txt');
    writeFileSync(nul, Buffer.from([0x2a, 0x2a, 0x00, 0x01, 0x02, 0x2a]));
    const fill = await cli(['fill', '--template', nul, '--workbook', xlsx, '-o', join(dir, 'y.txt')]);
    expect(fill.code).toBe(2);
    expect(fill.err).toContain('不是文本模板');
  });
});

describe('round trip: skeleton → values typed in → fill', () => {
  const skeleton = join(dir, 'round-trip.xlsx');
  const report = join(dir, 'round-trip.txt');
  const slots = join(dir, 'round-trip.json');

  beforeAll(async () => {
    expect((await cli(['skeleton', SEED, '-o', skeleton])).code).toBe(0);
    // A person types into 完成值 (column G): every numeric row 1234 except a few chosen ones, text for text rows.
    python(
      `
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb['指标']
special = {'M001': '和平街道', 'M051': '1+3+N', 'M052': '3+2+1', 'M064': '5+N', 'M080': 12345,
           'M002': 37, 'M034': 23.4567, 'M038': 0.9858, 'M059': '98.58%', 'M066': 12.345, 'M045': 8650.5}
for row in range(3, ws.max_row + 1):
    rid = ws.cell(row, 1).value
    if rid in ('M033', 'M079'):
        continue  # the repeated street name may be left blank
    value = special.get(rid, 1234 if ws.cell(row, 4).value else None)
    if value is None:
        value = 5
    ws.cell(row, 7).value = value
    if rid == 'M038':
        ws.cell(row, 7).number_format = '0.00%'
wb.save(sys.argv[1])
`,
      skeleton,
    );
  });

  it('fills every mask and exits 0 (warnings allowed)', async () => {
    const run = await cli([
      'fill',
      '--template',
      SEED,
      '--workbook',
      skeleton,
      '-o',
      report,
      '--json',
      slots,
    ]);
    expect(run.err).not.toContain('未匹配');
    expect(run.code).toBe(0);
    const text = readFileSync(report, 'utf8');
    expect(text).not.toContain('*');
    expect(text).toContain('今年以来，和平街道党工委');
    expect(text).toContain('2023年，和平街道将坚持');
    expect(text).toContain('开展党建知识培训30余场次');
    expect(text).toContain('一点通平台访问量23万余人次');
    // 0.9858 in a percent-formatted cell is 98.58 points; `***%` has no decimals → 99, two digits: a warning.
    expect(text).toContain('满意度99%');
    expect(text).toContain('化解率达98.58%');
    expect(text).toContain('参检人次约12.3万人次');
    expect(text).toContain('发放各项补贴资金8650.50元');
    expect(text).toContain('认真落实“12345”市民服务热线工作');
  });

  it('writes one JSON record per mask', () => {
    const records = JSON.parse(readFileSync(slots, 'utf8'));
    expect(records).toHaveLength(80);
    expect(records[1]).toEqual({
      index: 1,
      mask: '**',
      section: '（一）统筹推进基层党建工作。',
      source: '开展党建知识培训【**】余场次，提升服务群众水平。',
      indicator: { id: 'M002', name: '党建知识培训场次', score: 1 },
      value: 37,
      rendered: '30余',
      status: 'filled',
      messages: [],
    });
    const satisfaction = records[37];
    expect(satisfaction).toMatchObject({ mask: '***', value: 98.58, rendered: '99', status: 'warning' });
    // 98.58 into `***%`: two integer digits for three stars, and two decimals the mask cannot show (→ 99).
    expect(satisfaction.messages).toEqual([
      '指标!G40：指标 M038「满意度」的值 98.58 有 2 位整数，格式 ***% 为 3 位。',
      '指标!G40：指标 M038「满意度」的值 98.58 有 2 位小数，多于格式 ***% 的 0 位，报告中将写作 99。',
    ]);
    expect(
      records.filter((r: { status: string }) => r.status === 'error' || r.status === 'unlinked'),
    ).toEqual([]);
  });
});

describe('huibao fill on the bundled example', () => {
  const report = join(dir, 'example.txt');

  it('fills all 80 masks without a warning', async () => {
    const run = await cli(['fill', '--template', SEED, '--workbook', EXAMPLE, '-o', report]);
    expect(run.code).toBe(0);
    expect(run.err).toBe('');
    expect(run.out).toContain('共 80 处掩码，已填 80 处（其中 0 处有警告），出错 0 处，未匹配 0 处');
    const text = readFileSync(report, 'utf8');
    expect(text).not.toContain('*');
    // Hand-checked against the example values: 36 → 30余, 11/12 → 91.67, 156.38 万人次 → 约156.4.
    expect(text).toContain('开展党建知识培训30余场次');
    expect(text).toContain('“百日攻坚”信访积案12件，已化解11件，化解率达91.67%。');
    expect(text).toContain('参检人次约156.4万人次');
    expect(text).toContain('街道现有低保86户142人，累计发放低保金68.4万元');
    expect(text).toContain('和平街道一点通平台访问量12万余人次，注册用户3万余人');
  });

  it('speaks English with --lang en', async () => {
    const run = await cli(['fill', '--template', SEED, '--workbook', EXAMPLE, '-o', report, '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.out).toContain('80 masks, 80 filled');
  });
});

describe('templates as offices save them', () => {
  it('reads a GB18030 template with CRLF line ends and keeps the line ends', async () => {
    const template = join(dir, 'gbk.txt');
    python(
      `
import sys
text = '一、工作总结\\r\\n开展党建知识培训**余场次，参学党员****余人次。\\r\\n'
open(sys.argv[1], 'wb').write(text.encode('gb18030'))
`,
      template,
    );
    const out = join(dir, 'gbk-report.txt');
    const run = await cli(['fill', '--template', template, '--workbook', EXAMPLE, '-o', out]);
    expect(run.code).toBe(0);
    // Linked by similarity to the example's M002 (36) and M012 (3265).
    expect(readFileSync(out, 'utf8')).toBe(
      '一、工作总结\r\n开展党建知识培训30余场次，参学党员3200余人次。\r\n',
    );
  });
});

describe('huibao fill when something is wrong', () => {
  it('exits 2 with a clear message for missing flags and unreadable files', async () => {
    const missing = await cli(['fill', '--template', SEED, '-o', join(dir, 'x.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('缺少 --workbook');

    const nofile = await cli([
      'fill',
      '--template',
      SEED,
      '--workbook',
      join(dir, 'nope.xlsx'),
      '-o',
      join(dir, 'x.txt'),
    ]);
    expect(nofile.code).toBe(2);
    expect(nofile.err).toContain('nope.xlsx');
    expect(nofile.err).toContain('文件不存在');
    expect(nofile.err).not.toMatch(/\n\s+at /);

    const notXlsx = join(dir, 'not.xlsx');
    writeFileSync(notXlsx, 'hello');
    const bad = await cli([
      'fill',
      '--template',
      SEED,
      '--workbook',
      notXlsx,
      '-o',
      join(dir, 'x.txt'),
      '--lang',
      'en',
    ]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('cannot read the workbook');
    // The file is named once, not again at the start of the reader's reason.
    expect(bad.err).not.toMatch(/not\.xlsx: not\.xlsx/);

    const unknown = await cli(['fill', '--template', SEED, '--bogus']);
    expect(unknown.code).toBe(2);
  });

  it('exits 1 when a value is not a number, leaving that mask and saying where', async () => {
    const workbook = join(dir, 'one-bad.xlsx');
    expect((await cli(['skeleton', SEED, '-o', workbook])).code).toBe(0);
    python(
      `
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb['指标']
for row in range(3, ws.max_row + 1):
    ws.cell(row, 7).value = '和平' if ws.cell(row, 1).value in ('M001',) else ('见附件' if ws.cell(row, 1).value == 'M037' else 1)
wb.save(sys.argv[1])
`,
      workbook,
    );
    const out = join(dir, 'one-bad.txt');
    const run = await cli(['fill', '--template', SEED, '--workbook', workbook, '-o', out]);
    expect(run.code).toBe(1);
    expect(run.err).toContain(
      '指标!G39：指标 M037「收到投诉件数」的完成值“见附件”不是数字，报告中的 * 保持原样。',
    );
    expect(readFileSync(out, 'utf8')).toContain('共收到投诉*件，均办结');
  });
});
