/**
 * analyseWorkbook on a street of 10,000 indicators × 30 unit sheets, built in memory (reading is timed by the
 * file host's bench). Prints the time of validate + aggregate, a bare sum over the same values for scale, and memory.
 *
 * Run: npx tsx bench/analyse.bench.ts [indicators] [units]
 */
import { analyseWorkbook } from '../src/core/analyse';
import { DEFAULT_SETTINGS } from '../src/core/settings';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../src/core/snapshot';

const INDICATORS = Number(process.argv[2] ?? 10_000);
const UNITS = Number(process.argv[3] ?? 30);
const UNIT_WORDS = ['个', '次', '人次', '件', '户', '万元', '%'];

function id(i: number): string {
  return `M${String(i + 1).padStart(5, '0')}`;
}

function buildStreet(): WorkbookSnapshot {
  const catalogue: CellValue[][] = [['编号', '板块', '指标', '单位', '格式', '目标值', '上年值', '汇总方式']];
  for (let i = 0; i < INDICATORS; i++) {
    const unit = UNIT_WORDS[i % UNIT_WORDS.length];
    // Every tenth percentage is a rate of the two counts before it, so ratios are part of the load.
    const aggregation = unit === '%' ? `比率(${id(i - 2)},${id(i - 1)})` : '求和';
    catalogue.push([
      id(i),
      `板块${i % 12}`,
      `指标${i}`,
      unit,
      '',
      i % 3 === 0 ? '≥10' : '',
      null,
      aggregation,
    ]);
  }
  const sheets: SheetSnapshot[] = [{ name: '指标目录', values: catalogue }];
  for (let u = 0; u < UNITS; u++) {
    const values: CellValue[][] = [['编号', '指标', '单位', '完成值', '上年值']];
    for (let i = 0; i < INDICATORS; i++) {
      const unit = UNIT_WORDS[i % UNIT_WORDS.length];
      const value = unit === '%' ? 50 + ((i * 7 + u) % 50) : ((i * 31 + u * 17) % 997) + 1;
      values.push([id(i), `指标${i}`, unit, value, value]);
    }
    sheets.push({ name: `社区${u + 1}`, values });
  }
  return { source: 'bench', sheets };
}

/** The least work anyone could do with these values: add each unit cell to its indicator's total. */
function bareSum(snapshot: WorkbookSnapshot): number {
  const totals = new Float64Array(INDICATORS);
  for (const sheet of snapshot.sheets.slice(1)) {
    for (let r = 1; r < sheet.values.length; r++) {
      const value = sheet.values[r][3];
      if (typeof value === 'number') totals[r - 1] += value;
    }
  }
  return totals.reduce((a, b) => a + b, 0);
}

/** Wall time, and CPU time (user + system, all threads), which stays meaningful on a busy machine. */
function time<T>(fn: () => T): { ms: number; cpuMs: number; result: T } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = fn();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000, result };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

const build = time(buildStreet);
const snapshot = build.result;
const heapBefore = process.memoryUsage().heapUsed;
const runs: number[] = [];
const cpuRuns: number[] = [];
let analysis = analyseWorkbook(snapshot, DEFAULT_SETTINGS); // warm-up
for (let i = 0; i < 3; i++) {
  const run = time(() => analyseWorkbook(snapshot, DEFAULT_SETTINGS));
  runs.push(run.ms);
  cpuRuns.push(run.cpuMs);
  analysis = run.result;
}
const heapAfter = process.memoryUsage().heapUsed;
const bare = median([0, 1, 2].map(() => time(() => bareSum(snapshot)).ms));
const analyseMs = median(runs);
const readingMs = 3000; // about what the fastest reader takes for such a file (issue 3); the host bench measures it

process.stdout.write(
  [
    `analyse: ${INDICATORS} indicators × ${UNITS} unit sheets (${(INDICATORS * UNITS).toLocaleString('en')} unit cells)`,
    `  snapshot built in memory     ${build.ms.toFixed(0)} ms`,
    `  analyseWorkbook (median of 3) ${analyseMs.toFixed(0)} ms wall, ${median(cpuRuns).toFixed(0)} ms CPU  (runs: ${runs.map((r) => r.toFixed(0)).join(', ')} ms)`,
    `  bare parse-and-sum pass      ${bare.toFixed(1)} ms  (analyse is ${(analyseMs / bare).toFixed(0)}× that)`,
    `  against ~${readingMs} ms of reading: ${((analyseMs / readingMs) * 100).toFixed(1)}% (aim: under 5%)`,
    `  findings ${analysis.findings.length}, indicators ${analysis.indicators.length}, met ${analysis.counts.met}`,
    `  heap used ${mb(heapBefore)} with the snapshot alone, ${mb(heapAfter)} after the runs (garbage included); peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}`,
    '',
  ].join('\n'),
);
