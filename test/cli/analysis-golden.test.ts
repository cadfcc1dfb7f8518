/**
 * The analysis as its consumers read it (every finding in order, every indicator with its units and contributors),
 * against JSON recorded from the eager implementation before the analysis kept unit values in columns and built
 * findings on demand. Guards that the lazy structures materialise to exactly what was there before.
 * `UPDATE_GOLDEN=1 npx jest -c jest.config.cjs test/cli/analysis-golden` records them again (only on purpose).
 */
import { existsSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { analyseWorkbook } from '../../src/core/analyse';
import type { Analysis } from '../../src/core/results';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../src/core/snapshot';
import { readXlsx } from '../../src/xlsx';

const GOLDEN = join(__dirname, 'golden');
const EXAMPLE = join(__dirname, '..', '..', 'examples', 'street-2022.xlsx');

/** Everything an analysis hands over, as plain data (own getters are read like any property). */
function plain(analysis: Analysis): unknown {
  return JSON.parse(
    JSON.stringify({
      findings: analysis.findings,
      findingCounts: analysis.findingCounts,
      counts: analysis.counts,
      units: analysis.units,
      catalogueSheet: analysis.catalogueSheet,
      indicators: analysis.indicators.map((i) => ({
        ...i,
        units: i.units,
        contributors: i.contributors,
        missingUnits: i.missingUnits,
      })),
    }),
  );
}

function compare(name: string, analysis: Analysis): void {
  const path = join(GOLDEN, `${name}.json`);
  const actual = plain(analysis);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) {
    writeFileSync(path, `${JSON.stringify(actual)}\n`);
  }
  expect(actual).toEqual(JSON.parse(readFileSync(path, 'utf8')));
}

/** A deterministic pseudo-random sequence. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * A street with a mistake of every kind the per-cell loop knows, placed at random: blanks (some under formulas),
 * text, numbers as text with 万, Excel errors, negative and fractional counts, percentages out of range (some
 * percent-formatted), other units, duplicate and unknown IDs, missing rows, last-year jumps, and rules.
 */
function messyStreet(): WorkbookSnapshot {
  const next = random(7);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const n = 60;
  const unitNames = ['东区', '西区', '南区', '北区'];
  const id = (i: number): string => `M${String(i + 1).padStart(3, '0')}`;
  const units = ['个', '人次', '万元', '%', '', '件', '%', '元'];
  const aggregations = ['求和', '平均', '最大', '最小', '一致', '', '不汇总', '乱写'];
  const catalogue: CellValue[][] = [['编号', '板块', '指标', '单位', '格式', '目标值', '上年值', '汇总方式']];
  for (let i = 0; i < n; i++) {
    const unit = units[i % units.length];
    const aggregation =
      unit === '%' && i >= 2 && i % 3 === 0 ? `比率(${id(i - 2)},${id(i - 1)})` : pick(aggregations);
    catalogue.push([
      id(i),
      `板块${i % 4}`,
      unit === '%' && i % 5 === 0 ? `增长率${i}` : `指标${i}`,
      unit,
      pick(['', '**', '***余', '**.*', '*万余']),
      pick(['', '≥10', '≤50', '≥95%', '完成', '争取']),
      next() < 0.3 ? Math.round(next() * 500) : null,
      aggregation,
    ]);
  }
  catalogue.push([id(3), '板块0', '重复', '个', '', '', null, '求和']);
  const sheets: SheetSnapshot[] = [{ name: '指标目录', values: catalogue }];
  unitNames.forEach((name, u) => {
    const values: CellValue[][] = [['编号', '指标', '单位', '完成值', '上年值']];
    const formats: (string | null)[][] = [[]];
    const formulas: (string | null)[][] = [[]];
    for (let i = 0; i < n; i++) {
      if (next() < 0.03) continue; // a missing row
      const unit = units[i % units.length];
      const roll = next();
      let value: CellValue = unit === '%' ? Math.round(next() * 1200) / 10 : Math.round(next() * 300);
      let format: string | null = null;
      let formula: string | null = null;
      if (unit === '%' && next() < 0.4) {
        value = Math.round(next() * 12000) / 10000;
        format = pick(['0.00%', '0%']);
      }
      if (roll < 0.04) value = null;
      else if (roll < 0.06) {
        value = null;
        formula = '=SUM(X1:X2)';
      } else if (roll < 0.09) value = pick(['一千', '约30', '12.3万', ' 45 ', '１２', '3个']);
      else if (roll < 0.11) value = { error: pick(['#N/A', '#DIV/0!']) };
      else if (roll < 0.14) value = -Math.round(next() * 20);
      else if (roll < 0.17) value = Math.round(next() * 100) / 10;
      else if (roll < 0.18) value = true;
      const previous: CellValue =
        next() < 0.7 ? (typeof value === 'number' ? value * (0.5 + next()) : Math.round(next() * 100)) : null;
      values.push([id(i), `指标${i}`, next() < 0.03 ? '其他' : unit, value, previous]);
      formats.push([null, null, null, format, format]);
      formulas.push([null, null, null, formula, null]);
    }
    if (u === 1) {
      values.push([id(5), '重复', units[5 % units.length], 3, null]);
      values.push(['X999', '不在目录', '个', 1, null]);
    }
    sheets.push({ name, values, numberFormats: formats, formulas });
  });
  sheets.push({
    name: '校验规则',
    values: [
      ['规则', '级别', '说明'],
      [`${id(1)} <= ${id(0)}`, '错误', ''],
      [`${id(5)} + ${id(6)} >= ${id(9)}`, '警告', '说明'],
      [`${id(2)} <= (${id(1)}`, '错误', ''],
      [`${id(10)} >= 0`, '提示', ''],
    ],
  });
  return { source: 'messy.xlsx', sheets };
}

describe('the analysis as consumers read it, against the recording', () => {
  it('street-2022.xlsx, in Chinese and in English', async () => {
    const snapshot = await readXlsx(new Uint8Array(readFileSync(EXAMPLE)), { source: 'street-2022.xlsx' });
    compare('street-2022.zh', analyseWorkbook(snapshot, DEFAULT_SETTINGS));
    compare('street-2022.en', analyseWorkbook(snapshot, { ...DEFAULT_SETTINGS, lang: 'en-US' }));
  });

  it('a street with a mistake of every kind', () => {
    compare('messy-street', analyseWorkbook(messyStreet(), DEFAULT_SETTINGS));
  });

  it('a street without a catalogue (the first unit defines) and a single sheet', () => {
    const street = messyStreet();
    const units = street.sheets.slice(1, 5);
    compare('messy-units', analyseWorkbook({ sheets: [...units, street.sheets[5]] }, DEFAULT_SETTINGS));
    compare(
      'messy-single',
      analyseWorkbook({ sheets: [street.sheets[0], street.sheets[5]] }, DEFAULT_SETTINGS),
    );
  });

  it('builds units and contributors once, as own enumerable properties that spreading and JSON keep', () => {
    const analysis = analyseWorkbook(messyStreet(), DEFAULT_SETTINGS);
    const indicator = analysis.indicators.find((i) => i.aggregation.kind === 'sum' && i.complete);
    if (!indicator) throw new Error('no complete sum in the messy street');
    expect(Object.keys(indicator)).toEqual(expect.arrayContaining(['units', 'contributors', 'missingUnits']));
    expect(indicator.units).toBe(indicator.units);
    expect(indicator.contributors).toBe(indicator.contributors);
    // A complete total's contributors are its units' own values, in unit order.
    expect(indicator.contributors).toEqual(analysis.units.map((unit) => indicator.units[unit]));
    indicator.contributors?.forEach((cell, u) => expect(cell).toBe(indicator.units[analysis.units[u]]));
    const copy = { ...indicator };
    expect(copy.units).toBe(indicator.units);
    expect(JSON.parse(JSON.stringify(indicator)).units).toEqual(JSON.parse(JSON.stringify(indicator.units)));
    expect(analysis.findings).toBe(analysis.findings);
    expect(analysis.findings.length).toBe(
      analysis.findingCounts.error + analysis.findingCounts.warning + analysis.findingCounts.info,
    );
  });
});
