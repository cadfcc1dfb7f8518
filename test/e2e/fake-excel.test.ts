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
    // Settings stored in the workbook by someone else (an English sheet language among them): they travel with it.
    '/settings.html': html({
      ...WORKBOOK,
      settings: {
        'huibao.settings': JSON.stringify({
          lang: 'en-US',
          streetName: '东湖街道',
          year: 2021,
          exceededRatio: 1.5,
          yoyJumpRatio: 0.3,
          highlightFindings: false,
        }),
      },
    }),
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
  // The workbook kept no settings: from its first sheets on it keeps them (Office's language for its sheets).
  const kept = await page.evaluate(() =>
    String(
      (
        window as unknown as { __huibaoFake: { book: { settings: Map<string, unknown> } } }
      ).__huibaoFake.book.settings.get('huibao.settings'),
    ),
  );
  expect(JSON.parse(kept)).toMatchObject({ lang: 'zh-CN', exceededRatio: 1.2, yoyJumpRatio: 0.5 });
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
  // Focus moves to the failure, so keyboard and screen reader users land on it and on its retry.
  await taken.waitForFunction(() => document.activeElement?.id === 'huibao-error');
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

it('shows the settings stored in the workbook, writes the sheets in their language, and saves changes back', async () => {
  const pane = await browser.context.newPage();
  await pane.setViewportSize({ width: 320, height: 900 });
  await pane.goto(`${server.url}settings.html`);
  await pane.getByTestId('detected-sheets').getByText('东湖社区').waitFor();
  const stored = (): Promise<Record<string, unknown>> =>
    pane.evaluate(() => {
      const book = (window as unknown as { __huibaoFake: { book: { settings: Map<string, unknown> } } })
        .__huibaoFake.book;
      return JSON.parse(String(book.settings.get('huibao.settings'))) as Record<string, unknown>;
    });
  /** A key figure as shown: the number after its label. */
  const figure = (label: string): Promise<string | undefined> =>
    pane.getByTestId('key-figures').evaluate((grid, wanted) => {
      const term = [...grid.querySelectorAll('dt')].find((dt) => dt.textContent?.trim() === wanted);
      return term?.nextElementSibling?.textContent?.trim();
    }, label);
  // The interface stays in Office's language (Chinese), and says the sheets will be English (the workbook's).
  await expect(pane.getByTestId('sheet-lang').innerText()).resolves.toBe(
    '生成的工作表将使用英文（可在“设置”中更改）。',
  );
  await pane.getByRole('button', { name: '设置' }).click();
  const form = pane.getByTestId('settings-form');
  await form.waitFor();
  expect(await pane.getByTestId('settings-street').inputValue()).toBe('东湖街道');
  expect(await pane.getByTestId('settings-year').inputValue()).toBe('2021');
  expect(await pane.getByTestId('settings-exceeded').inputValue()).toBe('150');
  expect(await pane.getByTestId('settings-yoy').inputValue()).toBe('30');
  expect(await pane.getByTestId('settings-lang').inputValue()).toBe('en-US');
  expect(await form.innerText()).toContain('设置存于本工作簿中，保存工作簿后随文件一起发送。');

  // 一键生成 writes the sheets in the workbook's language, titled with its street and year.
  await pane.getByTestId('generate').click();
  await pane.getByTestId('key-figures').waitFor({ timeout: 60_000 });
  const title = await pane.evaluate(() => {
    const fake = (
      window as unknown as { __huibaoFake: { sheet(name: string): { rows: { value: unknown }[][] } } }
    ).__huibaoFake;
    return fake.sheet('汇总')?.rows[0]?.[0]?.value;
  });
  expect(title).toBe('东湖街道 2021 work indicators: completion');
  // The pane itself speaks Chinese throughout, the finding's own words included.
  const finding = pane.locator('[data-cell="东湖社区!E3"]').first();
  expect(await finding.innerText()).toContain('的完成值“约三百”不是数字，应为数字。');
  // M001: 300 + 260 = 560 against ≥500 is 112%, under the stored 超额 line of 150%.
  await expect(figure('超额')).resolves.toBe('0');

  // Typed but not saved, then the highlight option pressed (which saves it alone): the typing stays.
  await pane.getByTestId('settings-street').fill('光明街道');
  await pane.getByRole('button', { name: '在输入单元格上标记问题' }).click();
  await pane.waitForFunction(() => {
    const book = (window as unknown as { __huibaoFake: { book: { settings: Map<string, unknown> } } })
      .__huibaoFake.book;
    return String(book.settings.get('huibao.settings')).includes('"highlightFindings":true');
  });
  expect(await pane.getByTestId('settings-street').inputValue()).toBe('光明街道');
  expect((await stored()).streetName).toBe('东湖街道');

  // A year that does not read: the field says so, takes focus, and nothing is saved.
  await pane.getByTestId('settings-year').fill('21');
  await pane.getByTestId('settings-save').click();
  await expect(form.getByRole('alert').innerText()).resolves.toBe('请输入四位年份（如 2022），或留空。');
  await pane.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'settings-year');
  expect((await stored()).year).toBe(2021);

  // Corrected (Enter submits), with a new threshold and Chinese sheets: saved in the workbook, said beside the form.
  await pane.getByTestId('settings-exceeded').fill('110%');
  await pane.getByTestId('settings-lang').selectOption('zh-CN');
  await pane.getByTestId('settings-year').fill('2023');
  await pane.getByTestId('settings-year').press('Enter');
  await pane.getByTestId('settings-saved').getByText('设置已存入工作簿，重新生成后生效。').waitFor();
  expect(await stored()).toEqual({
    lang: 'zh-CN',
    streetName: '光明街道',
    year: 2023,
    exceededRatio: 1.1,
    yoyJumpRatio: 0.3,
    highlightFindings: true,
  });
  // Focus stays where the user pressed Enter; the fields show what was saved; the sheets now match the pane.
  await expect(pane.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe(
    'settings-year',
  );
  expect(await pane.getByTestId('settings-exceeded').inputValue()).toBe('110');
  await pane.getByTestId('sheet-lang').waitFor({ state: 'detached' });
  await pane.screenshot({ path: join(ARTIFACTS, 'pane-excel-settings-zh-CN-320.png'), fullPage: true });
  // 写入汇总 after a change of settings runs again (it does not write what the old settings made).
  await pane.getByRole('button', { name: '写入汇总' }).click();
  await pane.getByTestId('notice').getByText('已完成').waitFor({ timeout: 60_000 });
  // 112% is over the new line of 110%.
  await expect(figure('超额')).resolves.toBe('1');
  const retitled = await pane.evaluate(() => {
    const fake = (
      window as unknown as { __huibaoFake: { sheet(name: string): { rows: { value: unknown }[][] } } }
    ).__huibaoFake;
    return fake.sheet('汇总')?.rows[0]?.[0]?.value;
  });
  expect(retitled).toBe('光明街道2023年工作指标完成情况');
  await pane.close();
});
