/**
 * The summary as people see it: the written workbook rendered by LibreOffice headless to PDF, its text read back
 * with pdftotext, and pages saved as PNGs in test/artifacts/render/ (git-ignored) for people to look at.
 */
import { execFileSync } from 'child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { runPipeline } from '../../src/core/pipeline';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { readXlsx, writeXlsx } from '../../src/xlsx';
import { TEMPLATE, streetWorkbook } from '../cli/run-workbook';

const ARTIFACTS = join(__dirname, '..', 'artifacts', 'render');
const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
const EXAMPLE = join(__dirname, '..', '..', 'examples', 'street-2022.xlsx');
const EXAMPLE_TEMPLATE = join(__dirname, '..', '..', 'examples', '2022-street-work-summary.masked.txt');

/** Converts to PDF with a private LibreOffice profile, so parallel runs do not share (and lock) one. */
function toPdf(xlsx: string): string {
  const profile = `file:///tmp/huibao-lo-${process.pid}`;
  execFileSync(
    SOFFICE as string,
    [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', ARTIFACTS, xlsx],
    { stdio: 'ignore', timeout: 120000 },
  );
  const pdf = xlsx.replace(/\.xlsx$/, '.pdf');
  if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${xlsx}`);
  return pdf;
}

function pdfText(pdf: string): string {
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
}

function pageText(pdf: string, page: number): string {
  return execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), pdf, '-'], {
    encoding: 'utf8',
  });
}

function pages(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

/** Only Huibao's sheets (the plan written on no base), so the pages are the summary, findings and report. */
async function render(
  name: string,
  bytes: Uint8Array,
  template: string,
): Promise<{ text: string; pdf: string }> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const snapshot = await readXlsx(bytes, { source: `${name}.xlsx` });
  const { plan } = runPipeline({
    snapshot,
    template,
    settings: DEFAULT_SETTINGS,
    generatedAt: new Date(2023, 0, 5),
  });
  const xlsx = join(ARTIFACTS, `${name}.xlsx`);
  writeFileSync(xlsx, await writeXlsx(plan, null));
  const pdf = toPdf(xlsx);
  execFileSync('pdftoppm', ['-png', '-r', '80', pdf, join(ARTIFACTS, name)]);
  return { text: pdfText(pdf), pdf };
}

const maybe = SOFFICE ? describe : describe.skip;

maybe('the summary rendered by LibreOffice', () => {
  it('shows the Chinese title, the key figures and every chart title on paper', async () => {
    const { text, pdf } = await render('street-small', await streetWorkbook(false), TEMPLATE);
    expect(text).toContain('和平街道2022年工作指标完成情况');
    expect(text).toContain('生成日期：2023年1月5日');
    for (const title of [
      '各板块平均完成率',
      '指标完成状态分布',
      '完成情况与目标对比',
      '各单位贡献占比（前 3 项指标）',
      '指标完成情况明细',
      '党建知识培训',
    ])
      expect(text.replace(/ /g, '')).toContain(title.replace(/ /g, ''));
    // A cell too narrow for its number prints as ###.
    expect(text).not.toMatch(/###/);
    // The report's paragraphs and the findings are printed too.
    expect(text).toContain('和平街道2022年工作总结');
    expect(text).toContain('光明社区');
    expect(pages(pdf)).toBeGreaterThanOrEqual(3);
    // Page 1 is the title, key figures and charts; the tables start on page 2 (the manual break).
    const first = pageText(pdf, 1);
    expect(first).toContain('和平街道2022年工作指标完成情况');
    expect(first.replace(/ /g, '')).toContain('完成情况与目标对比');
    expect(first.replace(/ /g, '')).toContain('合计不完整');
    expect(first).not.toContain('分板块完成情况');
    expect(pageText(pdf, 2)).toContain('分板块完成情况');
    // The per-unit chart and table print on 分单位's own page, with its own header.
    const unitsPage = [...Array(pages(pdf)).keys()]
      .map((k) => pageText(pdf, k + 1))
      .find((t) => t.includes('各单位分项数据'));
    expect(unitsPage?.replace(/ /g, '')).toContain('各单位贡献占比');
    expect(unitsPage).toContain('光明社区');
    expect(existsSync(join(ARTIFACTS, 'street-small-1.png'))).toBe(true);
  }, 180000);

  const example = existsSync(EXAMPLE) ? it : it.skip;
  example(
    'renders the bundled example with its title and charts',
    async () => {
      const { text } = await render(
        'street-2022',
        readFileSync(EXAMPLE),
        readFileSync(EXAMPLE_TEMPLATE, 'utf8'),
      );
      expect(text).toMatch(/\S+街道2022年工作指标完成情况/);
      for (const title of ['各板块平均完成率', '指标完成状态分布', '完成情况与目标对比', '各单位贡献占比'])
        expect(text.replace(/ /g, '')).toContain(title);
      expect(text).not.toMatch(/###/);
      // The hotline is never a thousands-grouped number; M059 (the only 未达标) is in the target chart's data.
      expect(text).not.toContain('12,345');
      expect(text).toContain('+1.86个百分点');
    },
    180000,
  );
});
