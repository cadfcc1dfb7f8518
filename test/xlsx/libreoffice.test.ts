/**
 * The slow one: LibreOffice (an independent consumer) opens a written workbook and renders it to PDF; the text
 * layer must hold the Chinese cell text and the chart titles. Also feeds LibreOffice's own .xls to our reader.
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { readXlsx, writeXlsx } from '../../src/xlsx';
import { artifact, ARTIFACTS } from './helpers';
import { samplePlan } from './sample-plan';

jest.setTimeout(240_000);

/** soffice with a private profile, so parallel runs by others do not collide. */
function soffice(args: string[], outDir: string): void {
  const profile = mkdtempSync(join(tmpdir(), 'huibao-lo-'));
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', ...args, '--outdir', outDir],
    { stdio: 'pipe', timeout: 200_000 },
  );
}

test('LibreOffice renders the written summary with its Chinese text and chart titles', async () => {
  // written twice onto the same file, so the rendered workbook is one whose sheets were replaced once
  const path = artifact('render.xlsx', await writeXlsx(samplePlan, await writeXlsx(samplePlan)));
  soffice(['--convert-to', 'pdf', path], ARTIFACTS);
  const text = execFileSync('pdftotext', ['-layout', join(ARTIFACTS, 'render.pdf'), '-'], {
    encoding: 'utf8',
  });
  expect(text).toContain('长安街道2022年工作指标完成情况');
  expect(text).toContain('未达标');
  expect(text).toContain('=SUM(1)'); // shown as the text it is, not evaluated
  expect(text).toContain('各板块完成率');
  expect(text).toContain('状态分布');
  // a picture for people to look at (not checked)
  try {
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '70',
      '-f',
      '1',
      '-l',
      '1',
      join(ARTIFACTS, 'render.pdf'),
      join(ARTIFACTS, 'render'),
    ]);
  } catch {
    // pdftoppm is optional
  }
});

test('an .xls saved by LibreOffice is refused with the legacy-format message', async () => {
  const path = artifact('legacy-source.xlsx', await writeXlsx(samplePlan));
  soffice(['--convert-to', 'xls', path], ARTIFACTS);
  const bytes = new Uint8Array(readFileSync(join(ARTIFACTS, 'legacy-source.xls')));
  await expect(readXlsx(bytes, { source: 'legacy-source.xls' })).rejects.toMatchObject({
    key: 'legacyXls',
    message: expect.stringContaining('legacy-source.xls：这是旧版 .xls 工作簿'),
  });
});
