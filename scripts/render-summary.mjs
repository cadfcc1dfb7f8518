// Regenerates docs/summary.png: `huibao run` on the bundled example, LibreOffice headless to PDF, then the first
// page of the 汇总 sheet as a PNG. Needs LibreOffice (soffice) and poppler-utils (pdftotext, pdftoppm).
// Usage: node scripts/render-summary.mjs [out.png]
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = process.argv[2] ?? join(root, 'docs', 'summary.png');
const work = mkdtempSync(join(tmpdir(), 'huibao-render-'));
const output = join(work, 'street-2022-汇总.xlsx');

const run = (cmd, args, options = {}) => execFileSync(cmd, args, { cwd: root, encoding: 'utf8', ...options });

// Exit code 1 only means the example has findings; anything else is a failure.
try {
  run('npx', [
    'tsx',
    'src/cli/main.ts',
    'run',
    'examples/street-2022.xlsx',
    '--template',
    'examples/2022-street-work-summary.masked.txt',
    '-o',
    output,
  ]);
} catch (error) {
  if (error.status !== 1) throw error;
}
if (!existsSync(output)) throw new Error(`huibao run wrote nothing at ${output}`);

// A private LibreOffice profile, so a desktop LibreOffice that is open does not swallow the conversion.
const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p)) ?? 'soffice';
run(
  soffice,
  [`-env:UserInstallation=file://${work}/lo`, '--headless', '--convert-to', 'pdf', '--outdir', work, output],
  {
    stdio: 'ignore',
  },
);
const pdf = readdirSync(work).find((f) => f.endsWith('.pdf'));
if (!pdf) throw new Error('LibreOffice wrote no PDF');
const pdfPath = join(work, pdf);

// The input sheets print first; the summary is the first page carrying its title.
const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdfPath]))?.[1] ?? 0);
let page = 0;
for (let p = 1; p <= pages && page === 0; p++) {
  const text = run('pdftotext', ['-f', String(p), '-l', String(p), pdfPath, '-']);
  if (/工作指标完成情况/.test(text)) page = p;
}
if (page === 0) throw new Error('no page of the PDF carries the summary title');
const stem = join(work, 'summary');
// The page footer counts the input sheets' pages too (第 16 页，共 28 页), which means nothing in a picture of
// the summary: the bottom strip holding it is cropped off.
const resolution = 110;
const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(
  run('pdfinfo', ['-f', String(page), '-l', String(page), pdfPath]),
);
const widthPx = Math.round((Number(size?.[1] ?? 842) / 72) * resolution);
const heightPx = Math.round((Number(size?.[2] ?? 595) / 72) * resolution);
const footerPx = Math.round(0.75 * resolution);
run('pdftoppm', [
  '-f',
  String(page),
  '-l',
  String(page),
  '-r',
  String(resolution),
  '-png',
  '-singlefile',
  '-x',
  '0',
  '-y',
  '0',
  '-W',
  String(widthPx),
  '-H',
  String(heightPx - footerPx),
  pdfPath,
  stem,
]);
copyFileSync(`${stem}.png`, target);
process.stdout.write(`wrote ${target} (page ${page} of ${pages})\n`);
