/**
 * analyseWorkbook (parse + validate + aggregate) on a street of 10,000 indicators × 30 unit sheets, two ways, each
 * in its own child process so peak memory (max RSS) is its own:
 *
 * - `clean`: the street built in memory, every value valid (no findings); a bare sum over the same values for scale.
 * - `fixture`: the benchmark workbook (bench/fixtures.ts) read with our `readXlsx`, whose random values give about
 *   160,000 warnings; analyse is set against the reading time measured in the same process.
 *
 * CPU time (user + system of the process, `process.cpuUsage()`) is the figure to compare on a busy machine; it
 * includes the garbage collector's helper threads. The first run is what a command-line run pays (nothing is
 * compiled yet); the median of the later runs is the steady state.
 *
 *   npx tsx bench/analyse.bench.ts [runs]        both cases, a table
 *   npx tsx bench/analyse.bench.ts --child X     one case (clean | fixture), prints JSON
 */
import { spawnSync } from 'child_process';
import { readFileSync } from 'fs';
import { analyseWorkbook } from '../src/core/analyse';
import { DEFAULT_SETTINGS } from '../src/core/settings';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../src/core/snapshot';
import { ensureFixture, INDICATORS, UNITS } from './fixtures';

const UNIT_WORDS = ['个', '次', '人次', '件', '户', '万元', '%'];
/** About what the fastest plain reader takes for the fixture (issue 3), when a case has no reading of its own. */
const GIVEN_READ_MS = 3000;

function id(i: number): string {
  return `M${String(i + 1).padStart(5, '0')}`;
}

function buildStreet(): WorkbookSnapshot {
  const catalogue: CellValue[][] = [['编号', '板块', '指标', '单位', '格式', '目标值', '上年值', '汇总方式']];
  for (let i = 0; i < INDICATORS; i++) {
    const unit = UNIT_WORDS[i % UNIT_WORDS.length];
    // Every seventh indicator is a rate of the two counts before it, so ratios are part of the load.
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

interface Timing {
  readonly wallMs: number;
  readonly cpuMs: number;
}

async function time<T>(fn: () => T | Promise<T>): Promise<Timing & { result: T }> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = await fn();
  const used = process.cpuUsage(cpu);
  return { wallMs: performance.now() - start, cpuMs: (used.user + used.system) / 1000, result };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

interface CaseFigures {
  readonly name: string;
  /** Reading the workbook in this process (fixture), or null when the snapshot was built in memory. */
  readonly read: Timing | null;
  readonly first: Timing;
  readonly later: readonly Timing[];
  readonly bareMs: number | null;
  readonly findings: number;
  readonly indicators: number;
  /** Max RSS before the first analysis (the snapshot alone), after it, and at the end. */
  readonly rssBeforeMb: number;
  readonly rssFirstMb: number;
  readonly peakRssMb: number;
}

const maxRssMb = (): number => process.resourceUsage().maxRSS / 1024;

async function child(name: string, runs: number): Promise<void> {
  let snapshot: WorkbookSnapshot;
  let read: Timing | null = null;
  if (name === 'fixture') {
    const { readXlsx } = await import('../src/xlsx');
    const bytes = new Uint8Array(readFileSync(ensureFixture()));
    const reading = await time(() => readXlsx(bytes, { source: 'bench' }));
    read = { wallMs: reading.wallMs, cpuMs: reading.cpuMs };
    snapshot = reading.result;
  } else {
    snapshot = buildStreet();
  }
  const rssBeforeMb = maxRssMb();
  const first = await time(() => analyseWorkbook(snapshot, DEFAULT_SETTINGS));
  const rssFirstMb = maxRssMb();
  const later: Timing[] = [];
  let findings = first.result.findings.length;
  for (let i = 0; i < runs; i++) {
    const run = await time(() => analyseWorkbook(snapshot, DEFAULT_SETTINGS));
    later.push({ wallMs: run.wallMs, cpuMs: run.cpuMs });
    findings = run.result.findings.length;
  }
  let bareMs: number | null = null;
  if (name === 'clean') {
    const bare: number[] = [];
    for (let i = 0; i < 3; i++) bare.push((await time(() => bareSum(snapshot))).cpuMs);
    bareMs = median(bare);
  }
  const figures: CaseFigures = {
    name,
    read,
    first: { wallMs: first.wallMs, cpuMs: first.cpuMs },
    later,
    bareMs,
    findings,
    indicators: first.result.indicators.length,
    rssBeforeMb,
    rssFirstMb,
    peakRssMb: maxRssMb(),
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

function runChild(name: string, runs: number): CaseFigures | { name: string; error: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', __filename, '--child', name, String(runs)], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  const line = result.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line) as CaseFigures;
  } catch {
    return { name, error: (result.stderr || result.stdout).trim().split('\n').slice(-3).join(' ') };
  }
}

const ms = (value: number): string => `${value.toFixed(0)} ms`;
const percent = (part: number, whole: number): string => `${((part / whole) * 100).toFixed(1)}%`;

function report(figures: CaseFigures): string[] {
  const cpu = median(figures.later.map((t) => t.cpuMs));
  const wall = median(figures.later.map((t) => t.wallMs));
  const readCpu = figures.read?.cpuMs ?? GIVEN_READ_MS;
  const readWall = figures.read?.wallMs ?? GIVEN_READ_MS;
  const against = figures.read
    ? `of this process's readXlsx (${ms(figures.read.cpuMs)} CPU, ${ms(figures.read.wallMs)} wall)`
    : `of a given ~${GIVEN_READ_MS} ms read`;
  const lines = [
    `  ${figures.name}: ${figures.indicators.toLocaleString('en')} indicators, ${figures.findings.toLocaleString('en')} findings`,
    `    first run        ${ms(figures.first.cpuMs).padStart(8)} CPU  ${ms(figures.first.wallMs).padStart(8)} wall   ` +
      `${percent(figures.first.cpuMs, readCpu)} CPU / ${percent(figures.first.wallMs, readWall)} wall ${against}`,
    `    later (median)   ${ms(cpu).padStart(8)} CPU  ${ms(wall).padStart(8)} wall   ` +
      `${percent(cpu, readCpu)} CPU / ${percent(wall, readWall)} wall  (CPU runs: ${figures.later.map((t) => t.cpuMs.toFixed(0)).join(', ')})`,
  ];
  if (figures.bareMs !== null) {
    lines.push(
      `    bare sum pass    ${figures.bareMs.toFixed(1)} ms CPU (analyse is ${(cpu / figures.bareMs).toFixed(0)}× that)`,
    );
  }
  lines.push(
    `    peak RSS         ${figures.rssBeforeMb.toFixed(0)} MB with the snapshot ${figures.read ? 'read' : 'built'}, ` +
      `${figures.rssFirstMb.toFixed(0)} MB after the first analysis, ${figures.peakRssMb.toFixed(0)} MB after all ` +
      `(one analysis alive at a time; aim: under 300 MB)`,
  );
  return lines;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--child') {
    await child(args[1], Number(args[2] ?? 3));
    return;
  }
  const runs = Number(args[0] ?? 3);
  const lines = [
    `analyse.bench: ${INDICATORS.toLocaleString('en')} indicators × ${UNITS} unit sheets ` +
      `(${(INDICATORS * UNITS).toLocaleString('en')} unit cells); first run, then the median of ${runs}; aim: within 5% of reading`,
  ];
  let failed = false;
  for (const name of ['clean', 'fixture']) {
    const figures = runChild(name, runs);
    if ('error' in figures) {
      lines.push(`  ${name}: failed: ${figures.error}`);
      failed = true;
    } else {
      lines.push(...report(figures));
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  if (failed) process.exitCode = 1;
}

void main();
