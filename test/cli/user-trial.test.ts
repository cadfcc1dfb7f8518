/**
 * What a user trial found: outputs checked before any reading (a missing folder named, exit 2 before the report),
 * `--json -` for pipes, and the small things: an empty file name, an unknown --lang, no arguments, each command's --help within 80 columns.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { cli } from './capture';
import { messagesFor } from '../../src/core/i18n';
import { textWidth } from '../../src/core/plan-styles';
import { TEMPLATE, streetWorkbook } from './run-workbook';

const dir = mkdtempSync(join(tmpdir(), 'huibao-trial-'));
const at = (name: string) => join(dir, name);
const zh = messagesFor('zh-CN');
const en = messagesFor('en-US');

beforeAll(async () => {
  const workbook = await streetWorkbook(false);
  writeFileSync(at('street.xlsx'), workbook);
  writeFileSync(at('t.txt'), TEMPLATE);
  writeFileSync(at('a-file'), 'not a folder');
  mkdirSync(at('folder'));
});

describe('outputs are checked before the workbook is read', () => {
  it('validate --json into a missing folder: exit 2 at once, the folder named, no codes, nothing printed', async () => {
    const json = join(dir, 'missing', 'f.json');
    const r = await cli(['validate', at('street.xlsx'), '--json', json]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe(
      `huibao validate：无法写出 ${json}：${zh.t('cli', 'folderMissing', { folder: join(dir, 'missing') })}。\n`,
    );
    expect(r.err).toBe(`huibao validate：无法写出 ${json}：文件夹 ${join(dir, 'missing')} 不存在。\n`);
    const english = await cli(['validate', at('street.xlsx'), '--json', json, '--lang', 'en']);
    expect(english.err).toBe(
      `huibao validate: cannot write ${json}: the folder ${join(dir, 'missing')} does not exist.\n`,
    );
    expect(existsSync(json)).toBe(false);
  });

  it('a folder as the output, or a file in the way of its folder, is told with a full stop and no errno', async () => {
    const folder = await cli(['validate', at('street.xlsx'), '--json', at('folder')]);
    expect(folder.code).toBe(2);
    expect(folder.err).toBe(`huibao validate：无法写出 ${at('folder')}：这是一个文件夹，请给出文件名。\n`);
    // run makes missing folders for -o, so what is in the way is the file
    const out = join(at('a-file'), 'sub', 'o.xlsx');
    const run = await cli(['run', at('street.xlsx'), '-o', out, '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.err).toBe(`huibao run: cannot write ${out}: ${at('a-file')} is a file, not a folder.\n`);
    for (const r of [folder, run]) expect(r.err).not.toMatch(/E[A-Z]{3,}/);
  });

  it('run makes missing folders for -o and --json alike', async () => {
    const out = join(dir, 'made', 'deeper', 'o.xlsx');
    const json = join(dir, 'made', 'deeper', 'o.json');
    const r = await cli(['run', at('street.xlsx'), '-o', out, '--json', json]);
    expect(r.code).toBe(1);
    expect(existsSync(out)).toBe(true);
    expect(existsSync(json)).toBe(true);
  }, 60000);

  it('fill: an output whose folder is missing stops it before the report is written', async () => {
    const json = join(dir, 'nowhere', 'slots.json');
    const report = at('fill-report.txt');
    const args = ['fill', '-t', at('t.txt'), '-w', at('street.xlsx'), '-o', report, '--json', json];
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`huibao fill：无法写出 ${json}：文件夹 ${join(dir, 'nowhere')} 不存在。\n`);
    expect(existsSync(report)).toBe(false);
  });

  it.each(['out.xlsx', 'out.XLS', 'out.xlsm'])(
    '--json %s is refused: Excel could not open it',
    async (name) => {
      const r = await cli(['validate', at('street.xlsx'), '--json', at(name)]);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toBe(zh.t('cli', 'jsonAsOffice', { command: 'validate', path: at(name) }));
      expect(existsSync(at(name))).toBe(false);
      const run = await cli([
        'run',
        at('street.xlsx'),
        '-o',
        at('r.xlsx'),
        '--json',
        at(name),
        '--lang',
        'en',
      ]);
      expect(run.code).toBe(2);
      expect(run.err).toBe(en.t('cli', 'jsonAsOffice', { command: 'run', path: at(name) }));
    },
  );

  it('--json - puts the JSON alone on standard output and the readable lines on standard error', async () => {
    const r = await cli(['validate', at('street.xlsx'), '--json', '-']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out) as { figures: { data: { error: number } }; findings: unknown[] };
    expect(json.figures.data.error).toBeGreaterThan(0);
    expect(json.findings.length).toBeGreaterThan(0);
    expect(r.err).toContain('数据校验：错误');
    expect(r.err).toContain('■ 光明社区');
    expect(existsSync('-')).toBe(false);
  }, 30000);

  it('--json - reaches the end of a pipe whole, however long, from the installed command', async () => {
    // The bundled command, as `npx huibao` runs it, its standard output a pipe. 300 indicators, all blank in three
    // communities: 900 missing values, a JSON far longer than the 64 KB a pipe holds, which a process that exits
    // before its writes drain cuts short.
    const wb = new ExcelJS.Workbook();
    const ids = Array.from({ length: 300 }, (_, i) => `M${String(i + 1).padStart(3, '0')}`);
    wb.addWorksheet('指标目录').addRows([
      ['编号', '指标', '单位', '汇总方式'],
      ...ids.map((id) => [id, `指标${id}`, '个', '求和']),
    ]);
    for (const name of ['和平社区', '光明社区', '幸福社区']) {
      wb.addWorksheet(name).addRows([
        ['编号', '指标', '单位', '完成值'],
        ...ids.map((id) => [id, `指标${id}`, '个', null]),
      ]);
    }
    const input = at('blank-street.xlsx');
    writeFileSync(input, new Uint8Array(await wb.xlsx.writeBuffer()));
    const bin = join(__dirname, '../../bin/huibao.js');
    const run = spawnSync(process.execPath, [bin, 'validate', input, '--json', '-'], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    expect(run.status).toBe(1);
    expect(Buffer.byteLength(run.stdout)).toBeGreaterThan(1 << 16);
    const json = JSON.parse(run.stdout) as { findings: { code: string }[]; indicators: unknown[] };
    expect(json.indicators).toHaveLength(300);
    expect(json.findings.filter((f) => f.code === 'missing-value')).toHaveLength(900);
  }, 60000);
});

describe('small points', () => {
  it('an empty file name is no file given', async () => {
    for (const command of ['validate', 'run']) {
      const r = await cli([command, '']);
      expect(r.code).toBe(2);
      expect(r.err).not.toContain('找不到文件');
    }
    const r = await cli(['validate', '']);
    expect(r.err).toBe(zh.t('cli', 'validateNoInput') + zh.t('validate', 'cliUsage'));
  });

  it('an unknown --lang has the command’s prefix and usage, as other argument problems', async () => {
    const r = await cli(['validate', at('street.xlsx'), '--lang', 'fr']);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'huibao validate：--lang 只能是 zh 或 en（也可写 zh-CN、en-US），收到的是“fr”。\n' +
        zh.t('validate', 'cliUsage'),
    );
    const bare = await cli(['--lang', 'fr']);
    expect(bare.code).toBe(2);
    expect(bare.err.startsWith('huibao：--lang 只能是')).toBe(true);
  });

  it('no arguments at all: the usage on standard error, exit 2', async () => {
    const r = await cli([]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe(zh.t('cli', 'usage'));
    expect((await cli(['--help'])).code).toBe(0);
  });

  it('a folder given as the workbook: the message ends with its full stop', async () => {
    const r = await cli(['validate', at('folder')]);
    expect(r.err).toBe(`huibao validate：无法读取 ${at('folder')}：这是一个文件夹，不是 .xlsx 工作簿。\n`);
    const english = await cli(['run', at('folder'), '-o', at('x.xlsx'), '--lang', 'en']);
    expect(english.err).toBe(
      `huibao run: cannot read ${at('folder')}: this is a folder, not an .xlsx workbook.\n`,
    );
  });
});

describe('help', () => {
  const commands = ['skeleton', 'fill', 'validate', 'run'];

  it.each(['zh', 'en'])(
    'each command’s --help: usage, a description, its options and the exit codes (%s)',
    async (lang) => {
      for (const command of commands) {
        const r = await cli([command, '--help', '--lang', lang]);
        expect(r.code).toBe(0);
        const lines = r.out.split('\n');
        expect(lines[0]).toMatch(lang === 'zh' ? /^用法：huibao / : /^Usage: huibao /);
        expect(r.out).toContain('--lang zh|en');
        expect(r.out).toContain(lang === 'zh' ? '\n选项：\n' : '\nOptions:\n');
        expect(r.out).toMatch(lang === 'zh' ? /\n退出码：0 / : /\nExit codes: 0 /);
        expect(r.out).toMatch(/-h, --help/);
      }
    },
  );

  it.each(['zh', 'en'])('every line of the usage and help texts fits 80 columns (%s)', async (lang) => {
    const texts = [(await cli(['--help', '--lang', lang])).out];
    for (const command of commands) texts.push((await cli([command, '--help', '--lang', lang])).out);
    // and the usage printed after an argument problem
    texts.push((await cli(['fill', '--lang', lang])).err);
    const tooWide = texts
      .join('\n')
      .split('\n')
      .filter((line) => textWidth(line) > 80);
    expect(tooWide).toEqual([]);
  });
});
