/**
 * Browser mode end to end, on the production build: the pane loads the bundled example workbook, runs 一键生成 on
 * the file host (xlsx + wasm loaded lazily), shows key figures and findings, and the downloaded workbook opens in
 * openpyxl with the input sheets unchanged and Huibao's three sheets added. Screenshots go to test/artifacts/.
 * Expected values were read from examples/street-2022.xlsx with openpyxl by hand: 81 catalogue rows (M001–M081),
 * three communities, 9 rules, 16 template paragraphs, and 光明社区!D34 holding the text 十二.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  ARTIFACTS,
  type Browser,
  DIST,
  ensureBuilt,
  launchBrowser,
  readWithOpenpyxl,
  ROOT,
  serveStatic,
  type StaticServer,
} from './support';

const INPUT_SHEETS = ['指标目录', '和平社区', '光明社区', '幸福社区', '校验规则', '报告模板'];

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  ensureBuilt();
  server = await serveStatic(DIST);
  browser = await launchBrowser();
  mkdirSync(ARTIFACTS, { recursive: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPane(query: string, width: number): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`${server.url}taskpane.html${query}`);
  await page.getByTestId('source').getByText('street-2022.xlsx').waitFor({ timeout: 60_000 });
  return { page, errors };
}

async function generate(page: Page): Promise<void> {
  await page.getByTestId('generate').click();
  await page.getByTestId('key-figures').waitFor({ timeout: 120_000 });
  await page.getByTestId('download').waitFor({ timeout: 120_000 });
}

const figure = (page: Page, key: string) => page.locator(`[data-figure="${key}"]`).innerText();

it('loads the example, runs 一键生成, shows figures and findings, and downloads a workbook openpyxl reads', async () => {
  const { page, errors } = await openPane('', 500);
  const detected = page.getByTestId('detected-sheets');
  await detected.getByText('幸福社区').waitFor({ timeout: 60_000 });
  const text = await detected.innerText();
  expect(text).toMatch(/和平社区、光明社区、幸福社区/);
  expect(text).toContain('81 行');
  expect(text).toContain('3 张');
  expect(text).toContain('9 条');
  expect(text).toContain('16 段');

  await generate(page);
  // 74 of the 81 rows: the text masks (the street's name, coded mechanisms, the hotline) are not counted, as in 汇总.
  expect(await figure(page, 'total')).toBe('74');
  expect(Number(await figure(page, 'errors'))).toBeGreaterThanOrEqual(1);
  const paneFigures = await page
    .getByTestId('key-figures')
    .evaluate((grid) =>
      [...grid.children].map((cell) => [
        cell.querySelector('dt')?.textContent ?? '',
        Number(cell.querySelector('dd')?.textContent),
      ]),
    );
  const planted = page.locator('[data-cell="光明社区!D34"]').first();
  expect(await planted.innerText()).toContain('十二');
  // A click cannot select a cell in the browser: the row says where to look in the download instead.
  await planted.click();
  await expect(page.getByTestId('jump-note').innerText()).resolves.toBe(
    '浏览器模式不能选中单元格：请在下载的工作簿中查看 光明社区!D34。',
  );
  expect(await planted.getAttribute('aria-current')).toBe('true');
  // The severity filter narrows the list to warnings only.
  await page.getByLabel('按严重程度筛选').selectOption('warning');
  const severities = await page
    .locator('[data-cell]')
    .evaluateAll((nodes) => nodes.map((n) => n.querySelector('span span')?.textContent ?? ''));
  expect(severities.length).toBeGreaterThan(0);
  expect(new Set(severities)).toEqual(new Set(['警告']));
  await page.getByLabel('按严重程度筛选').selectOption('all');
  await page.screenshot({ path: join(ARTIFACTS, 'pane-zh-CN-500.png'), fullPage: true });

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download').click()]);
  // The CLI's default output name (huibao run street-2022.xlsx → street-2022-汇总.xlsx).
  expect(download.suggestedFilename()).toBe('street-2022-汇总.xlsx');
  const saved = join(mkdtempSync(join(tmpdir(), 'huibao-e2e-')), download.suggestedFilename());
  await download.saveAs(saved);
  const out = readWithOpenpyxl(saved, INPUT_SHEETS);
  const original = readWithOpenpyxl(join(ROOT, 'examples', 'street-2022.xlsx'), INPUT_SHEETS);
  expect(out.sheetnames.slice(0, INPUT_SHEETS.length)).toEqual(INPUT_SHEETS);
  // Huibao's own sheets after the input's (分单位: the per-unit table, as the example has three communities).
  expect(out.sheetnames.slice(INPUT_SHEETS.length).sort()).toEqual(
    ['报告', '校验结果', '汇总', '分单位'].sort(),
  );
  for (const name of INPUT_SHEETS) expect(out.cells[name]).toEqual(original.cells[name]);
  // The pane's key figures are the written 汇总 sheet's: same words, same numbers (row 3 labels, row 4 values).
  const summary = readWithOpenpyxl(saved, ['汇总']).cells['汇总'];
  const sheetFigures = summary[2]
    .map((label, col) => [label, summary[3][col]])
    .filter(([label, value], col) => col >= 2 && typeof label === 'string' && typeof value === 'number');
  expect(paneFigures).toEqual(sheetFigures);

  // Every control has an accessible name (text, aria-label, aria-labelledby or a <label>).
  const unnamed = await page.evaluate(() =>
    [...document.querySelectorAll('button, select, input, textarea, [role="tab"]')]
      .filter((el) => {
        const labelled = el.getAttribute('aria-labelledby');
        const name =
          el.getAttribute('aria-label') ||
          (labelled && document.getElementById(labelled)?.textContent) ||
          (el.id && document.querySelector(`label[for="${el.id}"]`)?.textContent) ||
          el.textContent;
        return !name || !name.trim();
      })
      .map((el) => el.outerHTML.slice(0, 120)),
  );
  expect(unnamed).toEqual([]);

  // The report view marks what is left unfilled, and the indicator view groups by status.
  await page.getByTestId('tab-report').click();
  await page.getByTestId('report').waitFor();
  await page.getByTestId('tab-indicators').click();
  await page.getByTestId('indicators').getByText('未达标').first().waitFor();
  expect(errors).toEqual([]);
  await page.close();
});

it.each([
  ['zh-CN', 320, ''],
  ['en-US', 320, '?lang=en-US'],
  ['en-US', 500, '?lang=en-US'],
  ['zh-CN-dark', 320, '?theme=dark'],
])('renders %s at %i px after a run (screenshot)', async (name, width, query) => {
  const { page, errors } = await openPane(query, width);
  await generate(page);
  if (name.startsWith('en')) {
    await expect(page.getByTestId('generate').innerText()).resolves.toBe('Generate all');
    await expect(page.getByTestId('notice').innerText()).resolves.toContain('ready to download');
  }
  // Nothing is wider than the pane: no horizontal scrolling at 320 px.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // The eight key figures wrap in full rows: 2 per row at 320 px, 4 + 4 at 500 px.
  const rows = await page
    .getByTestId('key-figures')
    .evaluate((grid) => [...grid.children].map((cell) => Math.round(cell.getBoundingClientRect().top)));
  expect(rows).toHaveLength(8);
  const perRow = [...new Set(rows)].map((top) => rows.filter((t) => t === top).length);
  expect(perRow).toEqual(width < 400 ? [2, 2, 2, 2] : [4, 4]);
  if (name.startsWith('en')) {
    // Without their location, English messages start as sentences, as the CLI prints them (and the location,
    // `sheet!cell:` or `sheet:`, is not repeated under the row's own).
    const rowsText = await page.locator('[data-cell]').evaluateAll((nodes) =>
      nodes.map((n) => ({
        sheet: (n.getAttribute('data-cell') ?? '').split('!')[0],
        message: n.children[1]?.textContent ?? '',
      })),
    );
    expect(rowsText.length).toBeGreaterThan(10);
    expect(
      rowsText.filter((r) => /^[a-z]/.test(r.message) || (r.sheet !== '' && r.message.startsWith(r.sheet))),
    ).toEqual([]);
    expect(rowsText.some((r) => r.message.startsWith('The actual value “十二” of indicator M063'))).toBe(
      true,
    );
    expect(rowsText.some((r) => /^Indicator M062 .* is missing/.test(r.message))).toBe(true);
  }
  await page.screenshot({ path: join(ARTIFACTS, `pane-${name}-${width}.png`), fullPage: true });
  expect(errors).toEqual([]);
  await page.close();
});

it('after an unreadable .xlsx offers another file (not a retry of the same one), then opens the chosen file', async () => {
  const { page } = await openPane('', 320);
  await page.getByTestId('file-input').setInputFiles({
    name: 'broken.xlsx',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from('not a zip'),
  });
  const bar = page.getByTestId('error');
  await bar.getByText('无法读取“broken.xlsx”').waitFor({ timeout: 60_000 });
  await expect(bar.getByTestId('error-next').innerText()).resolves.toBe(
    '重试仍会读取同一个文件：请选择另一个 .xlsx 文件，或载入示例工作簿。',
  );
  await expect(bar.getByRole('button', { name: '重试' }).count()).resolves.toBe(0);
  await bar.getByRole('button', { name: '载入示例工作簿' }).waitFor();
  await page.screenshot({ path: join(ARTIFACTS, 'pane-unreadable-zh-CN-320.png'), fullPage: true });
  // 选择其他文件 opens the file chooser; the chosen workbook replaces the broken one and the bar goes away.
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    bar.getByTestId('choose-another').click(),
  ]);
  await chooser.setFiles(join(ROOT, 'examples', 'street-2022.xlsx'));
  await page.getByTestId('detected-sheets').getByText('幸福社区').waitFor({ timeout: 60_000 });
  await expect(page.getByTestId('error').count()).resolves.toBe(0);
  await page.close();
});

it('follows an English browser language when Office gives none; ?lang= still wins', async () => {
  const english = await launchBrowser('en-US');
  try {
    const page = await english.context.newPage();
    await page.setViewportSize({ width: 320, height: 900 });
    await page.goto(`${server.url}taskpane.html`);
    await page.getByTestId('source').getByText('street-2022.xlsx').waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('generate').innerText()).resolves.toBe('Generate all');
    await expect(page.locator('.fui-FluentProvider').first().getAttribute('lang')).resolves.toBe('en-US');
    await page.goto(`${server.url}taskpane.html?lang=zh-CN`);
    await page.getByTestId('source').getByText('street-2022.xlsx').waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('generate').innerText()).resolves.toBe('一键生成');
    await page.close();
  } finally {
    await english.close();
  }
});

it('refuses a file that is not .xlsx with a message, and opens a chosen .xlsx', async () => {
  const { page } = await openPane('', 320);
  await page
    .getByTestId('file-input')
    .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('x') });
  await expect(page.getByTestId('notice').innerText()).resolves.toContain('“notes.txt”不是 .xlsx 文件');
  await page.getByTestId('file-input').setInputFiles(join(ROOT, 'examples', 'indicators-2022.xlsx'));
  await page.getByTestId('source').getByText('indicators-2022.xlsx').waitFor({ timeout: 60_000 });
  await expect(page.getByTestId('detected-sheets').innerText()).resolves.toMatch(/指标表[\s\S]*80 行/);
  await page.close();
});

it('makes the indicator sheet from the 报告模板 sheet (80 masks in the seed) and offers it for download', async () => {
  const { page, errors } = await openPane('', 500);
  await page.getByTestId('detected-sheets').getByText('幸福社区').waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: '从模板生成指标表' }).click();
  await page.getByRole('button', { name: '用“报告模板”工作表生成' }).click();
  await page.getByTestId('notice').getByText('已写入“指标”工作表：80 个掩码。').waitFor({ timeout: 120_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download').click()]);
  const saved = join(mkdtempSync(join(tmpdir(), 'huibao-e2e-')), download.suggestedFilename());
  await download.saveAs(saved);
  const out = readWithOpenpyxl(saved, ['指标']);
  expect(out.sheetnames).toEqual([...INPUT_SHEETS, '指标']);
  // Header row, then one row per mask: M001 … M080 in column A.
  const ids = out.cells['指标']
    .map((row) => row[0])
    .filter((v) => typeof v === 'string' && /^M\d{3}$/.test(v));
  expect(ids[0]).toBe('M001');
  expect(ids[ids.length - 1]).toBe('M080');
  expect(ids).toHaveLength(80);
  expect(errors).toEqual([]);
  await page.close();
});
