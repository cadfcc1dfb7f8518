/**
 * A realistic variant of the benchmark workbook (bench/fixtures.ts, whose 上年值 is random and independent of 完成值,
 * so more than half of all unit cells are flagged `yoy-jump`): the same catalogue and 30 community sheets, but
 * 上年值 within ±20% of 完成值 and about 1% of cells of each mistake: blanks, text, negative counts, jumps against
 * last year. Cached in the system temp folder under its own name, never in git.
 */
import { tmpdir } from 'os';
import { join } from 'path';
import {
  cachedFixture,
  INDICATORS,
  indicatorLabels,
  packWorkbook,
  random,
  SECTIONS,
  sheetWriter,
  UNITS,
} from './fixtures';

/** 2: the 格式 masks are `*` runs as long as the street total (they were `XXXX`, now read as a mask too). */
const VERSION = 2;

/** Share of unit cells with each kind of mistake. */
const MISTAKE_RATE = 0.01;

export function realisticFixturePath(): string {
  return join(tmpdir(), 'huibao-bench', `indicators-${INDICATORS}x${UNITS}-realistic-v${VERSION}.xlsx`);
}

/** The cached workbook's path, building it first when it is not there. */
export function ensureRealisticFixture(): string {
  return cachedFixture(realisticFixturePath(), buildRealisticFixture);
}

function buildRealisticFixture(): Uint8Array {
  const next = random(7);
  const { strings, sheetXml, str, num } = sheetWriter();
  const { ids, names, units } = indicatorLabels();
  // Each indicator's typical community value, so the street is consistent year on year and targets are plausible.
  const typical = ids.map(() => Math.round(next() * 900 + 100));

  const catalogueHeader = ['编号', '板块', '指标', '单位', '格式', '目标值', '汇总方式', '上年值'];
  const catalogue: string[] = [`<row r="1">${catalogueHeader.map((h, c) => str(1, c, h)).join('')}</row>`];
  ids.forEach((id, i) => {
    const r = i + 2;
    const percent = units[i] === '%';
    const street = typical[i] * UNITS;
    catalogue.push(
      `<row r="${r}">${str(r, 0, id)}${str(r, 1, SECTIONS[i % SECTIONS.length])}${str(r, 2, names[i])}` +
        // The mask a report would have for the street's figure: as many digits as its typical total.
        `${str(r, 3, units[i])}${str(r, 4, percent ? '**.**%' : '*'.repeat(String(street).length))}` +
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
