/**
 * Builds `examples/indicators-2022.xlsx`: the skeleton of the seed report with a plausible value for every mask,
 * consistent with the report's own logic (化解 ≤ 积案 and 化解率 = 化解/积案, 办结 ≤ 受理, 低保人数 ≥ 户数,
 * 余-masks above their round number). Run: `npx tsx scripts/make-example-indicators.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { messagesFor } from '../src/core/i18n';
import { INDICATOR_COLUMNS } from '../src/core/indicator-sheet';
import { scanMasks } from '../src/core/masks';
import type { PlanCell } from '../src/core/plan';
import { buildSkeletonPlan } from '../src/core/skeleton-plan';
import { writeXlsx } from '../src/xlsx';

const root = join(__dirname, '..');
const COMPLAINTS = { backlog: 12, resolved: 11 };

/** 完成值 by ID, in the unit the skeleton asks for (万人次 for `**万余人次`, % points for 化解率). */
export const EXAMPLE_VALUES: Readonly<Record<string, number | string>> = {
  M001: '和平',
  M002: 36,
  M003: 6,
  M004: 8,
  M005: 23,
  M006: 7,
  M007: 5,
  M008: 3,
  M009: 2,
  M010: 2,
  M011: 48,
  M012: 3265,
  M013: 12,
  M014: 6,
  M015: 156,
  M016: 5,
  M017: 1,
  M018: 4,
  M019: 3,
  M020: 8,
  M021: 2,
  M022: 218,
  M023: 6,
  M024: 2,
  M025: 1,
  M026: 15,
  M027: 12,
  M028: 9,
  M029: 7,
  M030: 26,
  M031: 18,
  M032: 6,
  M033: '和平',
  M034: 12.68,
  M035: 3.2,
  M036: 1260,
  M037: 8,
  M038: 100,
  M039: 6,
  M040: 132,
  M041: 3,
  M042: 2,
  M043: 15,
  M044: 56,
  M045: 1286540.5,
  M046: 86,
  M047: 42,
  M048: 39,
  M049: 5,
  M050: 2860,
  M051: '1+3+N',
  M052: '3+2+1',
  M053: 128,
  M054: 365,
  M055: 45,
  M056: 43,
  M057: COMPLAINTS.backlog,
  M058: COMPLAINTS.resolved,
  // 化解率 = 已化解 / 积案 × 100, to the mask's two decimals.
  M059: Math.round((COMPLAINTS.resolved / COMPLAINTS.backlog) * 10000) / 100,
  M060: 36,
  M061: 9,
  M062: 18,
  M063: 36,
  M064: '5+N',
  M065: 24,
  M066: 156.38,
  M067: 2376,
  M068: 27,
  M069: 86,
  M070: 142,
  M071: 68.4,
  M072: 215,
  M073: 168,
  M074: 25800,
  M075: 1860,
  M076: 420,
  M077: 136,
  M078: 2450,
  M079: '和平',
  M080: '12345',
};

/** Who answers for each section, so the example reads like a real hand-out. */
const OWNERS: readonly [RegExp, string][] = [
  [/党建|^$/, '党建办'],
  [/精神文明/, '宣传科'],
  [/党风廉政/, '纪工委'],
  [/统战/, '统战办'],
  [/经济/, '经发办'],
  [/平安/, '综治中心'],
  [/民生|工作安排|办实事/, '民政科'],
];

async function main(): Promise<void> {
  const template = readFileSync(join(root, 'examples/2022-street-work-summary.masked.txt'), 'utf8');
  const scan = scanMasks(template);
  const plan = buildSkeletonPlan(scan, messagesFor('zh-CN'));
  const col = (key: string): number => INDICATOR_COLUMNS.findIndex((c) => c.key === key);
  const [sheet] = plan.sheets;
  const idAt = new Map<number, string>();
  const sectionAt = new Map<number, string>();
  for (const cell of sheet.cells) {
    if (cell.col === col('id') && cell.row >= 2) idAt.set(cell.row, String(cell.value));
    if (cell.col === col('section') && cell.row >= 2) sectionAt.set(cell.row, String(cell.value ?? ''));
  }
  const cells: PlanCell[] = sheet.cells.map((cell) => {
    const id = idAt.get(cell.row);
    if (!id) return cell;
    if (cell.col === col('actual')) {
      const value = EXAMPLE_VALUES[id];
      if (value === undefined) throw new Error(`No example value for ${id}`);
      return { ...cell, value };
    }
    if (cell.col === col('owner')) {
      const section = sectionAt.get(cell.row) ?? '';
      return { ...cell, value: OWNERS.find(([pattern]) => pattern.test(section))?.[1] ?? '党政办' };
    }
    return cell;
  });
  const missing = scan.masks.filter((m) => EXAMPLE_VALUES[m.id] === undefined);
  if (missing.length > 0 || scan.masks.length !== Object.keys(EXAMPLE_VALUES).length) {
    throw new Error(`Example values do not match the template's ${scan.masks.length} masks`);
  }
  const bytes = await writeXlsx({ ...plan, sheets: [{ ...sheet, cells }] }, null);
  const out = join(root, 'examples/indicators-2022.xlsx');
  writeFileSync(out, bytes);
  process.stdout.write(`wrote ${out} (${scan.masks.length} indicators)\n`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
