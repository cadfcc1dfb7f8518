/**
 * The pane driven through the fake Excel in a real page: it detects the sheets, runs 一键生成 through the Office.js
 * host, shows the finding we planted, and clicking it selects that cell in the (fake) workbook.
 */
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { FakeOfficeTheme, FakeWorkbookInit } from '../fake-excel';
import { ARTIFACTS, type Browser, launchBrowser, ROOT, serveStatic, type StaticServer } from './support';

const HEADER = ['编号', '指标', '单位', '目标值', '完成值'];

/** Two communities; 东湖社区's 就业 value (E3) is text, so validation must point at 东湖社区!E3. */
const WORKBOOK: FakeWorkbookInit = {
  displayLanguage: 'zh-CN',
  sheets: [
    {
      name: '指标目录',
      values: [
        ['编号', '板块', '指标', '单位', '目标值', '汇总方式'],
        ['M001', '经济发展', '固定资产投资', '万元', '≥500', '求和'],
        ['M002', '民生保障', '新增就业人数', '人', '≥100', '求和'],
      ],
    },
    {
      name: '东湖社区',
      values: [
        HEADER,
        ['M001', '固定资产投资', '万元', '', 300],
        ['M002', '新增就业人数', '人', '', '约三百'],
      ],
    },
    {
      name: '西园社区',
      values: [HEADER, ['M001', '固定资产投资', '万元', '', 260], ['M002', '新增就业人数', '人', '', 80]],
    },
    { name: '报告模板', values: [['全年完成固定资产投资***万元，新增就业***人。']] },
  ],
};

/** Office's themes as Excel reports them. */
const BLACK: FakeOfficeTheme = {
  bodyBackgroundColor: '#262626',
  bodyForegroundColor: '#FFFFFF',
  controlBackgroundColor: '#363636',
  controlForegroundColor: '#FFFFFF',
  isDarkTheme: true,
};
const COLORFUL: FakeOfficeTheme = {
  bodyBackgroundColor: '#FFFFFF',
  bodyForegroundColor: '#262626',
  controlBackgroundColor: '#FFFFFF',
  controlForegroundColor: '#262626',
  isDarkTheme: false,
};

let server: StaticServer;
let browser: Browser;
let page: Page;

interface FakeWindow {
  __huibaoFake: { book: { selection: unknown; sheets: { name: string }[] }; sheet(name: string): unknown };
}

beforeAll(async () => {
  const bundle = await build({
    entryPoints: [join(__dirname, 'fake-excel-page.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
    // The file host's lazy xlsx code is never used in Excel; leave it out of the test page.
    external: ['../xlsx/index'],
  });
  const html = (init: FakeWorkbookInit): string =>
    [
      '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>汇报 (fake Excel)</title></head>',
      `<body><div id="root"></div><script>window.__HUIBAO_FAKE_INIT__ = ${JSON.stringify(init)};</script>`,
      '<script src="fake-excel-page.js"></script></body></html>',
    ].join('');
  server = await serveStatic(ROOT, {
    '/index.html': html(WORKBOOK),
    // The user has a sheet of their own named 汇总: Huibao must refuse to touch it, say so, and offer a retry.
    '/taken.html': html({
      ...WORKBOOK,
      sheets: [...WORKBOOK.sheets, { name: '汇总', values: [['我的汇总']] }],
    }),
    // Office's display language is English: the pane follows it.
    '/en.html': html({ ...WORKBOOK, displayLanguage: 'en-US' }),
    // Office's Black theme: the pane is dark whatever the browser prefers.
    '/dark.html': html({ ...WORKBOOK, officeTheme: BLACK }),
    '/fake-excel-page.js': Buffer.from(bundle.outputFiles[0].contents),
  });
  browser = await launchBrowser();
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 320, height: 900 });
  mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('runs 一键生成 in (fake) Excel and a click on a finding selects its cell', async () => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.url}index.html`);
  // In Excel the pane reads the workbook on its own: the catalogue and both communities are detected.
  const sheets = page.getByTestId('detected-sheets');
  await sheets.getByText('东湖社区').waitFor();
  await page.getByTestId('generate').click();
  await page.getByTestId('key-figures').waitFor({ timeout: 60_000 });
  const finding = page.locator('[data-cell="东湖社区!E3"]').first();
  await finding.waitFor();
  expect(await finding.innerText()).toContain('约三百');
  await finding.click();
  await page.waitForFunction(
    () =>
      (window as unknown as { __huibaoFake: { book: { selection: unknown } } }).__huibaoFake.book
        .selection !== null,
  );
  const selection = await page.evaluate(
    () =>
      (window as unknown as { __huibaoFake: { book: { selection: unknown } } }).__huibaoFake.book.selection,
  );
  expect(selection).toEqual({ sheet: '东湖社区', address: 'E3' });
  // The summary sheets were written into the workbook, the users' sheets left as they were.
  const names = await page.evaluate(() =>
    (
      window as unknown as { __huibaoFake: { book: { sheets: { name: string }[] } } }
    ).__huibaoFake.book.sheets.map((s) => s.name),
  );
  expect(names.slice(0, 4)).toEqual(['指标目录', '东湖社区', '西园社区', '报告模板']);
  expect(names).toEqual(expect.arrayContaining(['汇总', '校验结果', '报告']));
  // The notice names the sheets the run wrote, as they stand in the workbook.
  const written = names.slice(4).join('、');
  await expect(page.getByTestId('notice').innerText()).resolves.toBe(`已完成：写入 ${written} 工作表。`);
  await page.screenshot({ path: join(ARTIFACTS, 'pane-excel-zh-CN-320.png'), fullPage: true });
  expect(errors).toEqual([]);
});

it("refuses to overwrite a user's sheet named 汇总 with a mapped message, and the retry works once it is renamed", async () => {
  const taken = await browser.context.newPage();
  await taken.setViewportSize({ width: 320, height: 900 });
  await taken.goto(`${server.url}taken.html`);
  await taken.getByTestId('detected-sheets').getByText('东湖社区').waitFor();
  await taken.getByTestId('generate').click();
  const error = taken.getByTestId('error');
  await error.waitFor({ timeout: 60_000 });
  const message = await error.innerText();
  expect(message).toContain('已有一张名为「汇总」的工作表，它不是汇报写入的');
  expect(message).toContain('改名');
  await taken.screenshot({ path: join(ARTIFACTS, 'pane-excel-error-zh-CN-320.png'), fullPage: true });
  const names = () =>
    taken.evaluate(() => (window as unknown as FakeWindow).__huibaoFake.book.sheets.map((s) => s.name));
  expect(await names()).toEqual(['指标目录', '东湖社区', '西园社区', '报告模板', '汇总']);
  // The user renames their sheet, then presses 重试 in the MessageBar.
  await taken.evaluate(() => {
    const sheet = (window as unknown as FakeWindow).__huibaoFake.book.sheets.find((s) => s.name === '汇总');
    if (sheet) sheet.name = '汇总（原）';
  });
  await error.getByRole('button', { name: '重试' }).click();
  await taken.getByTestId('notice').getByText('已完成').waitFor({ timeout: 60_000 });
  expect(await names()).toEqual(expect.arrayContaining(['汇总（原）', '汇总', '校验结果', '报告']));
  await taken.close();
});

it('speaks English when Office\u2019s display language is English', async () => {
  const en = await browser.context.newPage();
  await en.setViewportSize({ width: 320, height: 900 });
  await en.goto(`${server.url}en.html`);
  await en.getByTestId('detected-sheets').getByText('Community / unit sheets').waitFor();
  expect(await en.getByTestId('generate').innerText()).toBe('Generate all');
  expect(await en.getByTestId('source').innerText()).toBe('Current workbook');
  await en.getByTestId('generate').click();
  await en.getByTestId('key-figures').waitFor({ timeout: 60_000 });
  await en.screenshot({ path: join(ARTIFACTS, 'pane-excel-en-US-320.png'), fullPage: true });
  await en.close();
});

it("follows Office's theme, not the browser's: dark in Office's Black theme, light again when Office changes", async () => {
  const dark = await browser.context.newPage();
  await dark.emulateMedia({ colorScheme: 'light' });
  await dark.setViewportSize({ width: 320, height: 900 });
  await dark.goto(`${server.url}dark.html`);
  await dark.getByTestId('detected-sheets').getByText('东湖社区').waitFor();
  // The pane's background, as painted: Fluent's webDarkTheme (#292929) or webLightTheme (#ffffff).
  const background = () =>
    dark.evaluate(
      () => getComputedStyle(document.querySelector('.fui-FluentProvider') as Element).backgroundColor,
    );
  await expect(background()).resolves.toBe('rgb(41, 41, 41)');
  await dark.screenshot({ path: join(ARTIFACTS, 'pane-excel-dark-zh-CN-320.png'), fullPage: true });
  await dark.evaluate(
    (theme) =>
      (
        window as unknown as { __huibaoFake: { setOfficeTheme(t: unknown): void } }
      ).__huibaoFake.setOfficeTheme(theme),
    COLORFUL,
  );
  await dark.waitForFunction(
    () =>
      getComputedStyle(document.querySelector('.fui-FluentProvider') as Element).backgroundColor ===
      'rgb(255, 255, 255)',
  );
  await dark.close();
});
