// Draws the add-in icons (a white 汇 on a Fluent-blue rounded square) with headless Chromium and writes assets/icon-N.png.
// Run: node scripts/make-icons.mjs  (needs Debian's /usr/bin/chromium; the PNGs are committed, so builds do not).
/* global document */ // used inside page.evaluate, which runs in Chromium
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const sizes = [16, 32, 64, 80, 128];
const profile = mkdtempSync(join(tmpdir(), 'huibao-icons-'));
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  for (const size of sizes) {
    const dataUrl = await page.evaluate((n) => {
      const canvas = document.createElement('canvas');
      canvas.width = n;
      canvas.height = n;
      const ctx = canvas.getContext('2d');
      const r = Math.max(2, Math.round(n * 0.18));
      ctx.fillStyle = '#0F6CBD';
      ctx.beginPath();
      ctx.roundRect(0, 0, n, n, r);
      ctx.fill();
      ctx.fillStyle = '#FFFFFF';
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      // Bold CJK so the glyph survives at 16 px.
      ctx.font = `bold ${Math.round(n * 0.74)}px "Noto Sans CJK SC", "Noto Sans SC", "WenQuanYi Zen Hei", sans-serif`;
      ctx.fillText('汇', n / 2, n * 0.53);
      return canvas.toDataURL('image/png');
    }, size);
    const file = `assets/icon-${size}.png`;
    writeFileSync(file, Buffer.from(dataUrl.split(',')[1], 'base64'));
    console.log(`wrote ${file}`);
  }
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
