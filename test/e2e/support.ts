/**
 * Shared by the end-to-end tests and the first-paint bench: the built pane (webpack production build), a tiny
 * static server on 127.0.0.1, and Debian's Chromium through playwright-core with a fresh profile and no network
 * beyond loopback (office.js from the CDN is refused, as in a browser with no Office).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

export const ROOT = resolve(__dirname, '..', '..');
export const DIST = join(ROOT, 'dist');
export const ARTIFACTS = join(ROOT, 'test', 'artifacts');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.gz': 'application/gzip',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.map': 'application/json',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Builds the pane unless dist/ holds a build newer than every source (HUIBAO_E2E_BUILD=1 forces a build). */
export function ensureBuilt(): void {
  const page = join(DIST, 'taskpane.html');
  if (existsSync(page) && !sourcesNewerThan(page) && process.env.HUIBAO_E2E_BUILD !== '1') return;
  const run = spawnSync('npx', ['webpack', '--mode', 'production'], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`webpack build failed:\n${run.stdout}\n${run.stderr}`);
}

function sourcesNewerThan(file: string): boolean {
  const inputs = ['src', 'examples', 'assets', 'manifest.xml', 'webpack.config.js'];
  const find = spawnSync('find', [...inputs, '-type', 'f', '-newer', file], { cwd: ROOT, encoding: 'utf8' });
  return find.stdout.trim() !== '';
}

export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Serves `dir` (and any extra in-memory files) on 127.0.0.1 at a free port. */
export async function serveStatic(
  dir: string,
  extra: Record<string, string | Buffer> = {},
): Promise<StaticServer> {
  const base = resolve(dir);
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const body = extra[path];
    if (body !== undefined) {
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
      return;
    }
    const file = normalize(join(base, path));
    if (!file.startsWith(base + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

export interface Browser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Chromium with a fresh profile; every request that is not to loopback is aborted. The browser's language
 * (`navigator.language`) is zh-CN unless `locale` says otherwise: the pane follows it in browser mode.
 */
export async function launchBrowser(locale = 'zh-CN'): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'huibao-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    locale,
    args: CHROMIUM_ARGS,
    acceptDownloads: true,
  });
  await context.route('**/*', (route) => {
    const host = new URL(route.request().url()).hostname;
    return host === '127.0.0.1' || host === 'localhost' ? route.continue() : route.abort();
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Reads an .xlsx with openpyxl (an independent reader): sheet names and the used cells of the named sheets. */
export function readWithOpenpyxl(
  file: string,
  sheets: readonly string[],
): {
  sheetnames: string[];
  cells: Record<string, (string | number | boolean | null)[][]>;
} {
  const script = [
    'import json, sys, openpyxl',
    'wb = openpyxl.load_workbook(sys.argv[1])',
    'want = json.loads(sys.argv[2])',
    'cells = {}',
    'for name in want:',
    '    if name in wb.sheetnames:',
    '        ws = wb[name]',
    '        cells[name] = [[c.value if isinstance(c.value, (str, int, float, bool)) or c.value is None else str(c.value) for c in row] for row in ws.iter_rows()]',
    'print(json.dumps({"sheetnames": wb.sheetnames, "cells": cells}, ensure_ascii=False))',
  ].join('\n');
  const run = spawnSync('/usr/bin/python3', ['-c', script, file, JSON.stringify(sheets)], {
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`openpyxl could not read ${file}:\n${run.stderr}`);
  return JSON.parse(run.stdout);
}
