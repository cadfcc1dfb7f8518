/**
 * First paint of the built pane (browser mode, as `npm start` serves it) against a bare React 18 page, in the same
 * run and browser, alternating so both see the same machine load. Also prints the pane's initial JS (gzip) and
 * checks that the .xlsx/wasm code is not fetched before first paint. Budget (issue 5): ≤ 1.8× and ≤ 160 KB gzip.
 *   npx tsx bench/first-paint.bench.ts [runs]
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, ensureBuilt, launchBrowser, ROOT, serveStatic } from '../test/e2e/support';

const RUNS = Number(process.argv[2] ?? 9);
const RATIO_BUDGET = 1.8;
const GZIP_BUDGET = 160 * 1024;

interface Sample {
  readonly fcp: number;
  /** Start of the first request for lazy xlsx code (chunk or wasm), or null when none was made. */
  readonly lazyStart: number | null;
}

/** In the page: first-contentful-paint, and the first request for lazy xlsx code 1.5 s later (null: none). */
const PAINT_PROBE = `new Promise((resolve) => {
  new PerformanceObserver((list) => {
    const entry = list.getEntries().find((e) => e.name === 'first-contentful-paint');
    if (!entry) return;
    setTimeout(() => {
      const lazy = performance.getEntriesByType('resource').filter((e) => /\\/xlsx\\.[^/]*\\.js$|excelize/.test(e.name));
      resolve({ fcp: entry.startTime, lazyStart: lazy.length ? Math.min(...lazy.map((e) => e.startTime)) : null });
    }, 1500);
  }).observe({ type: 'paint', buffered: true });
})`;

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function initialScripts(): string[] {
  const html = readFileSync(join(DIST, 'taskpane.html'), 'utf8');
  // The build minifies the HTML: attribute quotes may be gone.
  return [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src));
}

async function main(): Promise<void> {
  ensureBuilt();
  const bare = await build({
    stdin: {
      contents:
        "import { createElement } from 'react'; import { createRoot } from 'react-dom/client';" +
        "createRoot(document.getElementById('root')).render(createElement('h1', null, '汇报'));",
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const bareJs = Buffer.from(bare.outputFiles[0].contents);
  const server = await serveStatic(DIST, {
    '/bare.html':
      '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>bare</title>' +
      '<script defer src="bare.js"></script></head><body><div id="root"></div></body></html>',
    '/bare.js': bareJs,
  });
  const browser = await launchBrowser();
  try {
    const measure = async (path: string): Promise<Sample> => {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 320, height: 800 });
      await page.goto(server.url + path, { waitUntil: 'load' });
      // A string, not a function: tsx would wrap a function with helpers that do not exist in the page.
      const sample = (await page.evaluate(PAINT_PROBE)) as Sample;
      await page.close();
      return sample;
    };
    // One warm-up each (disk cache, JIT), not counted.
    await measure('bare.html');
    await measure('taskpane.html');
    const bareRuns: number[] = [];
    const paneRuns: Sample[] = [];
    for (let i = 0; i < RUNS; i++) {
      bareRuns.push((await measure('bare.html')).fcp);
      paneRuns.push(await measure('taskpane.html'));
    }
    const bareMs = median(bareRuns);
    const paneMs = median(paneRuns.map((s) => s.fcp));
    const ratio = paneMs / bareMs;
    const early = paneRuns.filter((s) => s.lazyStart !== null && s.lazyStart < s.fcp).length;
    const scripts = initialScripts();
    const gzip = scripts.reduce(
      (sum, src) => sum + gzipSync(readFileSync(join(DIST, src)), { level: 9 }).length,
      0,
    );
    const bareGzip = gzipSync(bareJs, { level: 9 }).length;
    const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
    console.log(`first paint (median of ${RUNS}, Chromium headless, 320 px):`);
    console.log(`  bare React page   ${bareMs.toFixed(1)} ms   JS ${kb(bareGzip)} gzip`);
    console.log(`  Huibao pane       ${paneMs.toFixed(1)} ms   JS ${kb(gzip)} gzip (${scripts.join(', ')})`);
    console.log(
      `  ratio             ${ratio.toFixed(2)}×   (budget ≤ ${RATIO_BUDGET}×)  ${ratio <= RATIO_BUDGET ? 'ok' : 'OVER'}`,
    );
    console.log(
      `  initial JS        ${kb(gzip)}   (budget ≤ ${kb(GZIP_BUDGET)})  ${gzip <= GZIP_BUDGET ? 'ok' : 'OVER'}`,
    );
    console.log(`  xlsx/wasm fetched before first paint: ${early} of ${RUNS} runs`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
