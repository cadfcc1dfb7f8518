/**
 * A realistic variant of the benchmark workbook (bench/fixtures.ts, whose 上年值 is random and independent of 完成值,
 * so more than half of all unit cells are flagged `yoy-jump`): the same catalogue and 30 community sheets, but
 * 上年值 within ±20% of 完成值 and about 1% of cells of each mistake: blanks, text, negative counts, jumps against
 * last year. Cached in the system temp folder under its own name, never in git.
 */
import { existsSync, mkdirSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { INDICATORS, packWorkbook, UNITS } from './fixtures';

const VERSION = 1;

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const SECTIONS = ['党建引领', '经济发展', '城市管理', '民生保障', '平安建设', '社会治理'];
const UNITS_OF = ['个', '人', '人次', '万元', '%', '件', '户', '场次'];
/** Share of unit cells with each kind of mistake. */
const MISTAKE_RATE = 0.01;

/** A deterministic pseudo-random sequence, so every run measures the same file. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const col = (n: number): string => String.fromCharCode(65 + n);

export function realisticFixturePath(): string {
  return join(tmpdir(), 'huibao-bench', `indicators-${INDICATORS}x${UNITS}-realistic-v${VERSION}.xlsx`);
}

/** The cached workbook's path, building it first when it is not there. */
export function ensureRealisticFixture(): string {
  const path = realisticFixturePath();
  if (existsSync(path)) return path;
  mkdirSync(join(tmpdir(), 'huibao-bench'), { recursive: true });
  writeFileSync(path, buildRealisticFixture());
  return path;
}

function buildRealisticFixture(): Uint8Array {
  const next = random(7);
  const strings: string[] = [];
  const index = new Map<string, number>();
  const s = (text: string): number => {
    let i = index.get(text);
    if (i === undefined) {
      i = strings.length;
      strings.push(text);
      index.set(text, i);
    }
    return i;
  };
  const ids = Array.from({ length: INDICATORS }, (_, i) => `M${String(i + 1).padStart(5, '0')}`);
  const names = ids.map((_, i) => `${SECTIONS[i % SECTIONS.length]}指标${i + 1}项完成情况`);
  const units = ids.map((_, i) => UNITS_OF[i % UNITS_OF.length]);
  // Each indicator's typical community value, so the street is consistent year on year and targets are plausible.
  const typical = ids.map(() => Math.round(next() * 900 + 100));

  const sheetXml = (rows: string[]): string =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}"><sheetData>${rows.join('')}</sheetData></worksheet>`;
  const str = (r: number, c: number, text: string): string =>
    `<c r="${col(c)}${r}" t="s"><v>${s(text)}</v></c>`;
  const num = (r: number, c: number, value: number, style = 0): string =>
    `<c r="${col(c)}${r}"${style ? ` s="${style}"` : ''}><v>${value}</v></c>`;

  const catalogueHeader = ['编号', '板块', '指标', '单位', '格式', '目标值', '汇总方式', '上年值'];
  const catalogue: string[] = [`<row r="1">${catalogueHeader.map((h, c) => str(1, c, h)).join('')}</row>`];
  ids.forEach((id, i) => {
    const r = i + 2;
    const percent = units[i] === '%';
    const street = typical[i] * UNITS;
    catalogue.push(
      `<row r="${r}">${str(r, 0, id)}${str(r, 1, SECTIONS[i % SECTIONS.length])}${str(r, 2, names[i])}` +
        `${str(r, 3, units[i])}${str(r, 4, percent ? 'XX.XX%' : 'XXXX')}` +
        `${str(r, 5, percent ? '≥90%' : `≥${Math.round(street * (0.8 + next() * 0.3))}`)}` +
        `${str(r, 6, percent ? '平均' : '求和')}${num(r, 7, Math.round(street * (0.9 + next() * 0.2)))}</row>`,
    );
  });
  const sheets = [{ name: '指标目录', xml: sheetXml(catalogue) }];
  for (let u = 0; u < UNITS; u++) {
    const header = ['编号', '指标', '单位', '完成值', '上年值', '备注'];
    const rows: string[] = [`<row r="1">${header.map((h, c) => str(1, c, h)).join('')}</row>`];
    ids.forEach((id, i) => {
      const r = i + 2;
      const percent = units[i] === '%';
      const value = percent
        ? Math.round((0.9 + next() * 0.1) * 10000) / 10000
        : Math.round(typical[i] * (0.8 + next() * 0.4));
      let previous = percent
        ? Math.round(value * (0.9 + next() * 0.1) * 10000) / 10000
        : Math.round(value * (0.8 + next() * 0.4));
      const roll = next();
      let cell = num(r, 3, value, percent ? 1 : 0);
      if (roll < MISTAKE_RATE)
        cell = ''; // blank
      else if (roll < 2 * MISTAKE_RATE) cell = str(r, 3, next() < 0.5 ? '待统计' : '约30');
      else if (roll < 3 * MISTAKE_RATE && !percent) cell = num(r, 3, -value);
      else if (roll < 4 * MISTAKE_RATE) previous = Math.round(previous * 3 * 10000) / 10000; // a jump
      const note = i % 50 === 0 ? str(r, 5, '数据来自台账') : '';
      rows.push(
        `<row r="${r}">${str(r, 0, id)}${str(r, 1, names[i])}${str(r, 2, units[i])}` +
          `${cell}${num(r, 4, previous, percent ? 1 : 0)}${note}</row>`,
      );
    });
    sheets.push({ name: `社区${String(u + 1).padStart(2, '0')}`, xml: sheetXml(rows) });
  }

  return packWorkbook(sheets, strings);
}
