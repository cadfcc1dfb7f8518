/**
 * No command writes over a file it reads, nor two results to one file: outputs are compared with inputs and with
 * each other by what they really are (symbolic links, hard links, folders reached through a link), before anything
 * is written. A previous output of ours may be written again: that is how people re-run.
 */
import {
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './capture';
import { findPathClash } from '../../src/cli/paths';
import { TEMPLATE, streetWorkbook } from './run-workbook';

const dir = mkdtempSync(join(tmpdir(), 'huibao-safety-'));
const at = (name: string) => join(dir, name);
let workbook: Uint8Array;

beforeAll(async () => {
  workbook = await streetWorkbook(false);
  for (const name of ['j.xlsx', 'k.xlsx', 'm.xlsx', 'in.xlsx', 'ind.xlsx']) writeFileSync(at(name), workbook);
  writeFileSync(at('s.txt'), TEMPLATE);
  symlinkSync(at('in.xlsx'), at('link.xlsx'));
  linkSync(at('in.xlsx'), at('hard.xlsx'));
  mkdirSync(at('real'));
  symlinkSync(at('real'), at('dirlink'));
  writeFileSync(at('real/w.xlsx'), workbook);
});

/** The input is byte for byte what the test wrote. */
function untouched(name: string, bytes: Uint8Array | string = workbook): void {
  expect(readFileSync(at(name))).toEqual(Buffer.from(bytes));
}

describe('an output that is an input is refused before anything is written (exit 2, both paths named)', () => {
  it('run: --json on the input workbook', async () => {
    const r = await cli(['run', at('j.xlsx'), '-o', at('j-out.xlsx'), '--json', at('j.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `huibao run：--json ${at('j.xlsx')} 与工作簿 ${at('j.xlsx')} 是同一个文件，不会写到输入上；未写出任何文件，请换一个输出文件名。\n`,
    );
    untouched('j.xlsx');
    // Refused before the work: -o was not written either.
    expect(existsSync(at('j-out.xlsx'))).toBe(false);
  });

  it('validate: --json on the input workbook', async () => {
    const r = await cli(['validate', at('k.xlsx'), '--json', at('k.xlsx'), '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`--json ${at('k.xlsx')} is the same file as the workbook ${at('k.xlsx')}`);
    expect(r.out).toBe('');
    untouched('k.xlsx');
  });

  it('run: -o through a symbolic link to the input, either way round', async () => {
    const viaLink = await cli(['run', at('link.xlsx'), '-o', at('in.xlsx')]);
    expect(viaLink.code).toBe(2);
    expect(viaLink.err).toContain(`-o ${at('in.xlsx')} 与工作簿 ${at('link.xlsx')} 是同一个文件`);
    const toLink = await cli(['run', at('in.xlsx'), '-o', at('link.xlsx')]);
    expect(toLink.code).toBe(2);
    untouched('in.xlsx');
  });

  it('run: -o a hard link to the input', async () => {
    const r = await cli(['run', at('hard.xlsx'), '-o', at('in.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`-o ${at('in.xlsx')} 与工作簿 ${at('hard.xlsx')} 是同一个文件`);
    untouched('in.xlsx');
  });

  it('run: -o the input reached through a linked folder', async () => {
    const r = await cli(['run', at('real/w.xlsx'), '-o', join(dir, 'dirlink', 'w.xlsx')]);
    expect(r.code).toBe(2);
    untouched('real/w.xlsx');
  });

  it('fill: -o or --json on the template, or on the workbook under another name', async () => {
    const onTemplate = await cli([
      'fill',
      '--template',
      at('s.txt'),
      '--workbook',
      at('ind.xlsx'),
      '-o',
      at('s.txt'),
    ]);
    expect(onTemplate.code).toBe(2);
    expect(onTemplate.err).toContain(`-o ${at('s.txt')} 与模板 ${at('s.txt')} 是同一个文件`);
    const jsonOnTemplate = await cli([
      'fill',
      '--template',
      at('s.txt'),
      '--workbook',
      at('ind.xlsx'),
      '-o',
      at('r.txt'),
      '--json',
      at('s.txt'),
    ]);
    expect(jsonOnTemplate.code).toBe(2);
    expect(existsSync(at('r.txt'))).toBe(false);
    untouched('s.txt', TEMPLATE);

    linkSync(at('ind.xlsx'), at('ind-copy.txt'));
    const onWorkbook = await cli([
      'fill',
      '--template',
      at('s.txt'),
      '--workbook',
      at('ind.xlsx'),
      '-o',
      at('ind-copy.txt'),
    ]);
    expect(onWorkbook.code).toBe(2);
    expect(onWorkbook.err).toContain(`-o ${at('ind-copy.txt')} 与工作簿 ${at('ind.xlsx')} 是同一个文件`);
    untouched('ind.xlsx');
  });

  it('skeleton: -o on the template', async () => {
    const link = at('s-link.xlsx');
    symlinkSync(at('s.txt'), link);
    const r = await cli(['skeleton', at('s.txt'), '-o', link]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('是同一个文件');
    untouched('s.txt', TEMPLATE);
  });
});

describe('two outputs on one file are refused before anything is written', () => {
  it('run: -o and --json the same file', async () => {
    const r = await cli(['run', at('m.xlsx'), '-o', at('m2.xlsx'), '--json', at('m2.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `huibao run：-o ${at('m2.xlsx')} 与 --json ${at('m2.xlsx')} 是同一个文件；未写出任何文件，请给它们不同的文件名。\n`,
    );
    expect(existsSync(at('m2.xlsx'))).toBe(false);
  });

  it('fill: -o and --json the same file in a folder that does not exist yet', async () => {
    const out = join(dir, 'new', 'r.txt');
    const r = await cli([
      'fill',
      '--template',
      at('s.txt'),
      '--workbook',
      at('ind.xlsx'),
      '-o',
      out,
      '--json',
      out,
    ]);
    expect(r.code).toBe(2);
    expect(existsSync(join(dir, 'new'))).toBe(false);
  });
});

describe('what is not a clash', () => {
  it('different files, files not there yet, and a previous output written again', async () => {
    expect(
      findPathClash(
        [{ path: at('in.xlsx'), label: 'in' }],
        [
          { path: join(dir, 'nowhere', 'a.xlsx'), label: '-o' },
          { path: join(dir, 'nowhere', 'a.json'), label: '--json' },
        ],
      ),
    ).toBeNull();
    const json = at('findings.json');
    const first = await cli(['validate', at('m.xlsx'), '--json', json]);
    const again = await cli(['validate', at('m.xlsx'), '--json', json]);
    expect(first.code).toBe(1);
    expect(again.code).toBe(1);
    expect(again.err).toBe('');
    expect(JSON.parse(readFileSync(json, 'utf8')).findings.length).toBeGreaterThan(0);
  }, 60000);
});
