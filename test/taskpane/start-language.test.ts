/**
 * How the pane starts: its language (?lang=, then Office's display language, then the browser's) and, in a plain
 * browser, an answer from whenOfficeReady without waiting on office.js when it failed to load or never answers.
 */
import { whenOfficeReady } from '../../src/excel/office-host';
import { chooseLanguage } from '../../src/taskpane/boot';

describe('chooseLanguage', () => {
  it('follows an English browser when Office gives no display language (browser mode)', () => {
    expect(chooseLanguage(null, null, 'en-US')).toBe('en-US');
    expect(chooseLanguage(null, null, 'en-GB')).toBe('en-US');
    expect(chooseLanguage(null, null, 'zh-CN')).toBe('zh-CN');
    expect(chooseLanguage(null, null, 'fr-FR')).toBe('zh-CN');
    expect(chooseLanguage(null, null, null)).toBe('zh-CN');
  });

  it("prefers Office's display language over the browser's, and ?lang= over both", () => {
    expect(chooseLanguage(null, 'zh-CN', 'en-US')).toBe('zh-CN');
    expect(chooseLanguage(null, 'en-US', 'zh-CN')).toBe('en-US');
    expect(chooseLanguage('zh-CN', 'en-US', 'en-US')).toBe('zh-CN');
    expect(chooseLanguage('en-US', null, 'zh-CN')).toBe('en-US');
  });
});

describe('whenOfficeReady in a plain browser', () => {
  const g = globalThis as { Office?: unknown };
  afterEach(() => {
    delete g.Office;
  });

  it('answers at once (host null) when office.js failed to load', async () => {
    delete g.Office;
    const started = Date.now();
    await expect(whenOfficeReady()).resolves.toEqual({ host: null, displayLanguage: null, dark: null });
    expect(Date.now() - started).toBeLessThan(100);
  });

  it('answers host null after its timeout when office.js loaded but never calls back', async () => {
    g.Office = { onReady: () => new Promise(() => undefined), HostType: { Excel: 'Excel' } };
    const started = Date.now();
    await expect(whenOfficeReady(200)).resolves.toEqual({ host: null, displayLanguage: null, dark: null });
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(190);
    expect(waited).toBeLessThan(1000);
  });

  it('answers host null when Office.onReady rejects', async () => {
    g.Office = { onReady: () => Promise.reject(new Error('no host')), HostType: { Excel: 'Excel' } };
    await expect(whenOfficeReady()).resolves.toEqual({ host: null, displayLanguage: null, dark: null });
  });
});
