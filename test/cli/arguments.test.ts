/**
 * Messages about arguments and files: what is wrong, in words, then the command's short usage; exit 2 for anything
 * that makes the command unusable (README: 0 done, 1 errors in the data or unfilled masks, 2 unusable arguments or
 * files).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { cli } from './capture';
import { writeReason } from '../../src/cli/paths';
import { messagesFor } from '../../src/core/i18n';
import { TEMPLATE, streetWorkbook } from './run-workbook';

const dir = mkdtempSync(join(tmpdir(), 'huibao-args-'));
const at = (name: string) => join(dir, name);

beforeAll(async () => {
  writeFileSync(at('street.xlsx'), await streetWorkbook(false));
  writeFileSync(at('t.txt'), TEMPLATE);
  writeFileSync(at('plain.txt'), '这份报告没有掩码。\n');
  const blank = new ExcelJS.Workbook();
  blank.addWorksheet('Sheet1').addRow(['备注', '这里没有指标']);
  writeFileSync(at('blank.xlsx'), new Uint8Array(await blank.xlsx.writeBuffer()));
});

describe('an option without its value', () => {
  it('says the option needs a file name, then the usage', async () => {
    const r = await cli(['run', at('street.xlsx'), '-o']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^huibao run：选项 -o 后面要写一个文件名。\n用法：huibao run /);
    const json = await cli(['validate', at('street.xlsx'), '--json', '--lang', 'en']);
    expect(json.code).toBe(2);
    expect(json.err).toMatch(
      /^huibao validate: the option --json needs a file name after it\.\nUsage: huibao validate /,
    );
  });

  it('says a value is missing for options that are not files, and names an unknown option', async () => {
    const year = await cli(['run', at('street.xlsx'), '--year']);
    expect(year.err).toMatch(/^huibao run：选项 --year 后面缺少取值。\n/);
    const unknown = await cli(['validate', at('street.xlsx'), '--bogus=1']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/^huibao validate：不认识选项“--bogus”。\n用法：huibao validate /);
  });
});

describe('a missing input: a message and the short usage, the same for every command', () => {
  it.each([
    ['validate', 'huibao validate：请给出要校验的工作簿', '用法：huibao validate'],
    ['run', 'huibao run：请给出要处理的工作簿', '用法：huibao run'],
    ['skeleton', 'huibao skeleton：缺少 模板文件', '用法：huibao skeleton'],
  ])('%s', async (command, message, usage) => {
    const r = await cli([command]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.startsWith(message)).toBe(true);
    expect(r.err.split('\n')[1].startsWith(usage)).toBe(true);
  });
});

describe('files that cannot be read or written', () => {
  it('a folder given as the workbook is called a folder', async () => {
    const r = await cli(['validate', dir]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`huibao validate：无法读取 ${dir}：这是一个文件夹，不是 .xlsx 工作簿。\n`);
    const run = await cli(['run', dir, '-o', at('x.xlsx'), '--lang', 'en']);
    expect(run.err).toContain('this is a folder, not an .xlsx workbook');
  });

  it('an output that cannot be created says why, not that a file is missing', async () => {
    // A file where the output's folder should be: told before the workbook is read.
    const r = await cli(['validate', at('street.xlsx'), '--json', join(at('t.txt'), 'findings.json')]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe(
      `huibao validate：无法写出 ${join(at('t.txt'), 'findings.json')}：${at('t.txt')} 是一个文件，不是文件夹。\n`,
    );
    // The system's codes become words; they are never shown.
    const m = messagesFor('zh-CN');
    const proc = Object.assign(new Error('x'), { code: 'ENOENT' });
    expect(writeReason(proc, m)).toBe('无法在该位置新建文件：所在文件夹不存在或不允许新建文件');
    expect(writeReason(Object.assign(new Error('x'), { code: 'EROFS' }), m)).toBe('所在磁盘或文件夹是只读的');
    expect(writeReason(Object.assign(new Error('EWEIRD: odd'), { code: 'EWEIRD' }), m)).toBe(
      '系统未能写出这个文件',
    );
    if (existsSync('/proc/self')) {
      const inProc = await cli(['validate', at('street.xlsx'), '--json', '/proc/huibao-nope.json']);
      expect(inProc.code).toBe(2);
      expect(inProc.err).toContain('无法在该位置新建文件');
      expect(inProc.err).not.toContain('文件不存在');
    }
  }, 60000);
});

describe('--lang', () => {
  it('refuses a language there is not, naming those there are', async () => {
    const r = await cli(['run', at('street.xlsx'), '-o', at('fr.xlsx'), '--lang', 'fr']);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'huibao run：--lang 只能是 zh 或 en（也可写 zh-CN、en-US），收到的是“fr”。\n' +
        messagesFor('zh-CN').t('summary', 'runUsage'),
    );
    expect(existsSync(at('fr.xlsx'))).toBe(false);
  });

  it('takes zh, en and their tags, before or after the command', async () => {
    for (const lang of ['zh', 'zh-CN', 'en', 'en-US', 'en_GB']) {
      const r = await cli(['validate', '--help', '--lang', lang]);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(lang.startsWith('en') ? /^Usage:/ : /^用法：/);
    }
    const before = await cli(['--lang', 'en', 'validate', '--help']);
    expect(before.out).toMatch(/^Usage: huibao validate/);
  });
});

describe('output names', () => {
  it('refuses a workbook written under a name not ending in .xlsx (run, skeleton), and a text report under an Office name (fill)', async () => {
    const run = await cli(['run', at('street.xlsx'), '-o', at('out.txt')]);
    expect(run.code).toBe(2);
    expect(run.err).toContain(`-o ${at('out.txt')} 不以 .xlsx 结尾`);
    expect(existsSync(at('out.txt'))).toBe(false);
    const skeleton = await cli(['skeleton', at('t.txt'), '-o', at('sk.csv')]);
    expect(skeleton.code).toBe(2);
    expect(existsSync(at('sk.csv'))).toBe(false);
    const fill = await cli([
      'fill',
      '--template',
      at('t.txt'),
      '--workbook',
      at('street.xlsx'),
      '-o',
      at('r.xlsx'),
    ]);
    expect(fill.code).toBe(2);
    expect(fill.err).toContain('请用 .txt 结尾的文件名');
    expect(existsSync(at('r.xlsx'))).toBe(false);
    // Any case of .xlsx is a workbook name.
    const upper = await cli(['skeleton', at('t.txt'), '-o', at('SK.XLSX')]);
    expect(upper.code).toBe(0);
  });
});

describe('template encodings', () => {
  const utf8Report = () => readFileSync(at('utf8.txt'), 'utf8');
  let utf8Code = -1;
  beforeAll(async () => {
    const r = await cli([
      'fill',
      '--template',
      at('t.txt'),
      '--workbook',
      at('street.xlsx'),
      '-o',
      at('utf8.txt'),
    ]);
    expect(r.err).not.toContain('编码');
    utf8Code = r.code;
  });

  it.each([
    [
      'UTF-16LE (Notepad "Unicode")',
      'u16le.txt',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEMPLATE, 'utf16le')]),
    ],
    [
      'UTF-16BE',
      'u16be.txt',
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(TEMPLATE, 'utf16le').swap16()]),
    ],
  ])('reads %s with its BOM, says so, and writes the same report in UTF-8', async (_, name, bytes) => {
    writeFileSync(at(name), bytes);
    const out = at(`${name}.report.txt`);
    const r = await cli(['fill', '--template', at(name), '--workbook', at('street.xlsx'), '-o', out]);
    expect(r.code).toBe(utf8Code);
    expect(r.err).toContain(
      `huibao fill：模板 ${at(name)} 是 UTF-16 编码，已按此读取；报告 ${out} 以 UTF-8 编码写出。\n`,
    );
    expect(readFileSync(out, 'utf8')).toBe(utf8Report());
    const skeleton = await cli(['skeleton', at(name), '-o', at(`${name}.xlsx`)]);
    expect(skeleton.code).toBe(0);
    expect(skeleton.out).toContain('对应 5 处掩码');
  });

  it('reads GB18030 (GBK), says so, and writes the same report in UTF-8', async () => {
    const gbk = at('gbk.txt');
    const py = spawnSync(
      '/usr/bin/python3',
      ['-c', 'import sys; open(sys.argv[1], "wb").write(sys.stdin.read().encode("gb18030"))', gbk],
      {
        input: TEMPLATE,
        encoding: 'utf8',
      },
    );
    expect(py.status).toBe(0);
    expect(readFileSync(gbk).includes(Buffer.from(TEMPLATE.slice(0, 4), 'utf8'))).toBe(false);
    const out = at('gbk-report.txt');
    const r = await cli(['fill', '--template', gbk, '--workbook', at('street.xlsx'), '-o', out]);
    expect(r.code).toBe(utf8Code);
    expect(r.err).toContain(`模板 ${gbk} 是 GB18030（GBK）编码，已按此读取；报告 ${out} 以 UTF-8 编码写出。`);
    expect(readFileSync(out, 'utf8')).toBe(utf8Report());
  });
});

describe('a template without masks is not a usable template: exit 2, nothing written, for skeleton and fill alike', () => {
  it('skeleton', async () => {
    const r = await cli(['skeleton', at('plain.txt'), '-o', at('plain.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('中没有掩码（*），不是带掩码的报告模板；未生成指标表');
    expect(existsSync(at('plain.xlsx'))).toBe(false);
  });

  it('fill', async () => {
    const r = await cli([
      'fill',
      '--template',
      at('plain.txt'),
      '--workbook',
      at('street.xlsx'),
      '-o',
      at('plain-r.txt'),
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('中没有掩码（*），不是带掩码的报告模板；未写出报告');
    expect(existsSync(at('plain-r.txt'))).toBe(false);
  });
});

describe('a workbook without any indicator sheet', () => {
  it('validate says so, prints no header about units, exits 2', async () => {
    const r = await cli(['validate', at('blank.xlsx'), '--json', at('blank.json')]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^huibao validate：.*blank\.xlsx 中没有指标表/);
    expect(r.err).not.toContain('单张指标表');
    expect(existsSync(at('blank.json'))).toBe(false);
  });

  it('run says so and writes no summary of nothing', async () => {
    const r = await cli(['run', at('blank.xlsx'), '-o', at('blank-out.xlsx'), '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('has no indicator sheet');
    expect(existsSync(at('blank-out.xlsx'))).toBe(false);
  });
});

describe('help', () => {
  it('names --street and --year with what they change, in both languages', async () => {
    const zh = await cli(['--help']);
    expect(zh.out).toContain('[--street <街道名>] [--year <年度>]');
    expect(zh.out).toContain('--street、--year 只改“汇总”表的标题');
    const en = await cli(['--help', '--lang', 'en']);
    expect(en.out).toContain('[--street <name>] [--year <year>]');
    expect(en.out).toContain('--street and --year change only the title');
    const run = await cli(['run', '--help']);
    expect(run.out).toContain('--street、--year 只改“汇总”表的标题，报告正文仍按数据填写');
  });

  it('lines up every command description at the same column, in both languages', async () => {
    for (const lang of ['zh', 'en']) {
      const lines = (await cli(['--help', '--lang', lang])).out.split('\n');
      const commands = lines.filter((l) => l.startsWith('  huibao '));
      expect(commands).toHaveLength(4);
      for (const line of commands) {
        // A description follows each command (long commands wrap their options onto a further line first,
        // indented under the command's arguments).
        let k = lines.indexOf(line) + 1;
        while (/^ {7,}\S/.test(lines[k])) k++;
        expect(lines[k]).toMatch(/^ {6}\S/);
      }
    }
  });
});
