/**
 * The pane at 320 px with the keyboard, in browser mode on the production build: focus after 一键生成, <html lang>,
 * the remembered language, the labelled tab panel, the filter with nothing to show, no horizontal overflow in
 * either language, an unreadable file worded once, the incomplete-total marker and the copy warning, a hung
 * office.js CDN, and the status labels' contrast in the dark theme (from computed styles).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  ARTIFACTS,
  type Browser,
  DIST,
  ensureBuilt,
  launchBrowser,
  ROOT,
  serveStatic,
  type StaticServer,
} from './support';

const CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

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

async function open(width: number, query = ''): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 700 });
  await page.goto(`${server.url}taskpane.html${query}`);
  await page.getByTestId('source').getByText('street-2022.xlsx').waitFor({ timeout: 60_000 });
  await generateEnabled(page, 60_000);
  return page;
}

/** The example has been read (the name shows first, while the workbook is still being read). */
const generateEnabled = (page: Page, timeout: number) =>
  page.waitForSelector('[data-testid="generate"]:not([disabled])', { timeout });

const scrollWidth = (page: Page): Promise<number> =>
  page.evaluate(() => (document.scrollingElement ?? document.documentElement).scrollWidth);

async function expectNoOverflow(page: Page, step: string): Promise<void> {
  const width = await scrollWidth(page);
  if (width > 320) {
    await page.screenshot({ path: join(ARTIFACTS, `overflow-${step}.png`), fullPage: true });
  }
  expect({ step, width }).toEqual({ step, width: expect.any(Number) });
  expect(width).toBeLessThanOrEqual(320);
}

/** Tab from the top of the page to 一键生成 and press Enter, as a keyboard user does. */
async function generateByKeyboard(page: Page): Promise<void> {
  const button = page.getByTestId('generate');
  await expect(button.isEnabled()).resolves.toBe(true);
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    if (await button.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(button.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  await page.keyboard.press('Enter');
  await page.getByTestId('key-figures').waitFor({ timeout: 120_000 });
  await page.getByTestId('download').waitFor({ timeout: 120_000 });
}

it('moves focus to the results after 一键生成 at 320 px, and nothing overflows in either language', async () => {
  const page = await open(320);
  await expectNoOverflow(page, 'zh-start');
  await generateByKeyboard(page);
  // Focus lands on the results heading (not BODY), which is scrolled into view.
  await page.waitForFunction(() => document.activeElement?.id === 'huibao-results', null, {
    timeout: 10_000,
  });
  const heading = await page.evaluate(() => {
    const box = document.getElementById('huibao-results')!.getBoundingClientRect();
    return { top: box.top, bottom: box.bottom, height: innerHeight };
  });
  expect(heading.top).toBeGreaterThanOrEqual(0);
  expect(heading.bottom).toBeLessThanOrEqual(heading.height);
  // The outcome is in the polite live region.
  await expect(
    page.getByTestId('notice').evaluate((el) => el.closest('[aria-live]')?.getAttribute('aria-live')),
  ).resolves.toBe('polite');
  await expectNoOverflow(page, 'zh-done');

  // Key figures read term, then number.
  const order = await page
    .getByTestId('key-figures')
    .evaluate((grid) => [...grid.children].map((cell) => [...cell.children].map((c) => c.tagName).join()));
  expect(new Set(order)).toEqual(new Set(['DT,DD']));

  // The tab panel is labelled by the selected tab.
  await page.getByTestId('tab-findings').click();
  const labelled = await page.evaluate(() => {
    const panel = document.querySelector('[role="tabpanel"]')!;
    const tab = document.getElementById(panel.getAttribute('aria-labelledby') ?? '');
    return { role: tab?.getAttribute('role'), selected: tab?.getAttribute('aria-selected') };
  });
  expect(labelled).toEqual({ role: 'tab', selected: 'true' });

  // A filter with nothing to show says so and keeps the count.
  const total = await page.getByTestId('findings').locator('li').count();
  await page.getByRole('combobox', { name: '按严重程度筛选' }).selectOption('info');
  await expect(page.getByTestId('no-match').innerText()).resolves.toBe('没有符合筛选条件的问题。');
  await expect(page.getByTestId('findings').innerText()).resolves.toContain(`显示 0 / ${total} 条`);
  await expectNoOverflow(page, 'zh-filter');

  // English: <html lang> follows, the success bar wraps inside 320 px, and the choice survives a reload.
  await page.getByRole('combobox', { name: '界面语言' }).selectOption('en-US');
  await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en-US');
  await expectNoOverflow(page, 'en-switched');
  const dismiss = await page.getByTestId('notice').getByRole('button').boundingBox();
  expect(dismiss!.x + dismiss!.width).toBeLessThanOrEqual(320);
  for (const tab of ['indicators', 'report', 'findings']) {
    await page.getByTestId(`tab-${tab}`).click();
    await expectNoOverflow(page, `en-${tab}`);
  }
  // The settings: every field named by its label, within 320 px; kept in this browser across a reload.
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Street name').fill('光明街道');
  await page.getByLabel('Year-on-year warning (±%)').fill('35');
  // The switch changed the pane only: the sheets stay in the browser's language, and the pane says so.
  await expect(page.getByLabel('Language of generated sheets').inputValue()).resolves.toBe('zh-CN');
  await expect(page.getByTestId('sheet-lang').innerText()).resolves.toBe(
    'Sheets will be generated in Chinese (change it in Settings).',
  );
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page
    .getByTestId('settings-saved')
    .getByText('Settings saved; they apply from the next run.')
    .waitFor();
  await expectNoOverflow(page, 'en-settings');
  await page.screenshot({ path: join(ARTIFACTS, 'a11y-en-US-320.png'), fullPage: true });
  await page.reload();
  await page.getByTestId('source').getByText('street-2022.xlsx').waitFor({ timeout: 60_000 });
  await generateEnabled(page, 60_000);
  await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en-US');
  await expect(page.locator('header select').inputValue()).resolves.toBe('en-US');
  await expectNoOverflow(page, 'en-reloaded');
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByLabel('Street name').inputValue()).resolves.toBe('光明街道');
  await expect(page.getByLabel('Year-on-year warning (±%)').inputValue()).resolves.toBe('35');
  await page.getByRole('button', { name: 'Fill in the defaults' }).click();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByTestId('settings-saved').getByText('Settings saved.').waitFor();
  // Back to Chinese for the tests that follow (the choice is kept in this profile's storage).
  await page.locator('header select').selectOption('zh-CN');
  await page.close();
});

it('marks incomplete totals with * (named), boxes 需核对 figures, and warns when copying unfilled masks', async () => {
  const page = await open(500, '?lang=zh-CN');
  await page.getByTestId('generate').click();
  await page.getByTestId('key-figures').waitFor({ timeout: 120_000 });
  await page.getByTestId('download').waitFor({ timeout: 120_000 });
  const incomplete = Number(await page.locator('[data-figure="incomplete"]').innerText());
  expect(incomplete).toBeGreaterThan(0);
  await page.getByTestId('tab-indicators').click();
  const marks = page.getByTestId('incomplete-mark');
  await expect(marks.count()).resolves.toBe(incomplete);
  await expect(marks.first().getAttribute('aria-label')).resolves.toContain('合计不完整');
  await page.getByTestId('tab-report').click();
  await expect(page.getByTestId('report-check').count()).resolves.toBeGreaterThan(0);
  await page.getByRole('button', { name: '复制报告文本' }).click();
  // Copied with a warning naming the count (or, where the clipboard is refused, the manual-copy hint).
  await page
    .getByTestId('notice')
    .getByText(/仍有 \d+ 处掩码未填写|无法访问剪贴板/)
    .waitFor({ timeout: 10_000 });
  await page.close();
});

it('words an unreadable .xlsx with its name once and the zip reason only in the details', async () => {
  const page = await open(320, '?lang=zh-CN');
  await page.getByTestId('file-input').setInputFiles({
    name: 'corrupt.xlsx',
    mimeType: 'application/octet-stream',
    // The example cut short: a zip without its central directory, read as a damaged workbook.
    buffer: readFileSync(join(ROOT, 'examples', 'street-2022.xlsx')).subarray(0, 4000),
  });
  const bar = page.getByTestId('error');
  await bar.getByText('无法读取“corrupt.xlsx”').waitFor({ timeout: 60_000 });
  const visible = await bar.evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('pre').forEach((pre) => pre.remove());
    return copy.innerText;
  });
  expect(visible.split('corrupt.xlsx').length - 1).toBe(1);
  expect(visible).not.toMatch(/zip|central directory/i);
  await expectNoOverflow(page, 'unreadable');
  await page.close();
});

it('is usable within a few seconds while the office.js CDN hangs', async () => {
  const page = await browser.context.newPage();
  // Never answered: the request hangs as on a network that drops traffic to the CDN.
  await page.route(CDN, () => undefined);
  await page.setViewportSize({ width: 320, height: 700 });
  const started = Date.now();
  await page.goto(`${server.url}taskpane.html?lang=zh-CN`, { waitUntil: 'commit' });
  await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 2_000 });
  await page.getByTestId('source').getByText('street-2022.xlsx').waitFor({ timeout: 8_000 });
  await generateEnabled(page, 8_000 - (Date.now() - started));
  expect(Date.now() - started).toBeLessThan(8_000);
  await page.close();
});

it('keeps the status labels at 4.5:1 or more in the dark theme (computed styles)', async () => {
  const page = await open(500, '?theme=dark&lang=zh-CN');
  await page.getByTestId('generate').click();
  await page.getByTestId('key-figures').waitFor({ timeout: 120_000 });
  await page.getByTestId('tab-indicators').click();
  const ratios = await page.getByTestId('indicators').evaluate((root) => {
    const rgb = (value: string): number[] => (value.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const lum = (c: number[]): number => {
      const [r, g, b] = c.map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    return [...root.querySelectorAll('h3 > span:first-child')].map((pill) => {
      const style = getComputedStyle(pill);
      const [a, b] = [lum(rgb(style.color)), lum(rgb(style.backgroundColor))].sort((x, y) => y - x);
      return { label: pill.textContent, ratio: (a + 0.05) / (b + 0.05) };
    });
  });
  expect(ratios.map((r) => r.label)).toEqual(expect.arrayContaining(['无目标', '超额']));
  for (const { ratio } of ratios) expect(ratio).toBeGreaterThanOrEqual(4.5);
  await page.close();
});
