/**
 * Reading benchmark: 10,000 indicators × 30 community sheets, read by our `readXlsx`, exceljs's streaming
 * `WorkbookReader` and SheetJS `read`, each in its own child process so peak memory (max RSS) is its own. Then
 * parse + validate + aggregate (`analyseWorkbook`) on our snapshot as a share of our reading time.
 *
 *   npx tsx bench/read.bench.ts            all readers, a table
 *   npx tsx bench/read.bench.ts --child X  one reader (ours | exceljs | sheetjs | analyse | write | baseline), prints JSON
 */
import { spawnSync } from 'child_process';
import { readFileSync, statSync } from 'fs';
import type { PlanCell, WorkbookPlan } from '../src/core/plan';
import { ensureFixture, INDICATORS, UNITS } from './fixtures';

interface Figure {
  readonly reader: string;
  readonly ms: number;
  readonly peakMb: number;
  readonly cells: number;
  readonly analyseMs?: number;
}

const RUNS = Number(process.env.BENCH_RUNS ?? 3);

async function child(reader: string, path: string): Promise<void> {
  const started = performance.now();
  let cells = 0;
  let analyseMs: number | undefined;
  if (reader === 'baseline') {
    // The harness alone (node + tsx), so each reader's own share of the peak can be told apart.
  } else if (reader === 'ours' || reader === 'analyse') {
    const { readXlsx } = await import('../src/xlsx');
    const snapshot = await readXlsx(new Uint8Array(readFileSync(path)), { source: path });
    // Every cell touched once, in the form the reader hands over (grids: columns of kinds).
    for (const { grid } of snapshot.sheets) {
      if (!grid) throw new Error('readXlsx hands over grids');
      for (let col = 0; col < grid.colCount; col++) {
        const kinds = grid.column(col)?.kinds;
        if (kinds) for (let row = 0; row < grid.rowCount; row++) if (kinds[row] !== 0) cells++;
      }
    }
    if (reader === 'analyse') {
      const { analyseWorkbook } = await import('../src/core/analyse');
      const { DEFAULT_SETTINGS } = await import('../src/core/settings');
      const t = performance.now();
      const analysis = analyseWorkbook(snapshot, DEFAULT_SETTINGS);
      // Everything the analysis hands over, built: its findings list and units are built when first read.
      let read = analysis.findings.length;
      for (const indicator of analysis.indicators) read += Object.keys(indicator.units).length;
      analyseMs = performance.now() - t;
      if (read < 0) throw new Error('unreachable');
      if (!analysis) throw new Error('no analysis');
    }
  } else if (reader === 'write') {
    // For reference: Huibao's sheets (a 10,000 × 31 indicator-by-unit table, styled) added onto this workbook.
    const { writeXlsx } = await import('../src/xlsx');
    const table: PlanCell[] = [];
    for (let r = 0; r <= INDICATORS; r++) {
      for (let c = 0; c <= UNITS; c++) {
        const value = r === 0 ? (c === 0 ? '编号' : `社区${c}`) : c === 0 ? `M${r}` : r + c / 100;
        table.push({ row: r, col: c, value, style: r === 0 ? 'header' : c === 0 ? 'id' : 'number' });
      }
    }
    cells = table.length;
    const plan: WorkbookPlan = {
      styles: {
        header: { font: { bold: true }, fill: '#DDEBF7' },
        id: {},
        number: { numberFormat: '#,##0.00' },
      },
      sheets: [{ name: '汇总', cells: table, freeze: { rows: 1, cols: 1 } }],
    };
    const out = await writeXlsx(plan, new Uint8Array(readFileSync(path)));
    if (out.length === 0) throw new Error('nothing written');
  } else if (reader === 'exceljs') {
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.stream.xlsx.WorkbookReader(path, {
      sharedStrings: 'cache',
      styles: 'cache',
      worksheets: 'emit',
      hyperlinks: 'ignore',
      entries: 'ignore',
    });
    // Values are kept in arrays like our snapshot, so each reader delivers the same thing.
    const sheets: unknown[][][] = [];
    for await (const worksheet of workbook) {
      const rows: unknown[][] = [];
      for await (const row of worksheet) {
        rows[row.number - 1] = row.values as unknown[];
        cells += row.actualCellCount;
      }
      sheets.push(rows);
    }
  } else if (reader === 'sheetjs') {
    const XLSX = await import('xlsx');
    const workbook = XLSX.read(readFileSync(path), { type: 'buffer', dense: true });
    for (const name of workbook.SheetNames) {
      const rows = XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets[name], { header: 1, raw: true });
      for (const row of rows) cells += row.filter((v) => v != null).length;
    }
  } else {
    throw new Error(`unknown reader ${reader}`);
  }
  const ms = performance.now() - started - (analyseMs ?? 0);
  const figure: Figure = {
    reader,
    ms,
    peakMb: process.resourceUsage().maxRSS / 1024,
    cells,
    ...(analyseMs !== undefined ? { analyseMs } : {}),
  };
  process.stdout.write(`${JSON.stringify(figure)}\n`);
}

function runChild(reader: string, path: string): Figure | { reader: string; error: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', __filename, '--child', reader, path], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  const line = result.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line) as Figure;
  } catch {
    return { reader, error: (result.stderr || result.stdout).trim().split('\n').slice(-3).join(' ') };
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function main(): void {
  const t = performance.now();
  const path = ensureFixture();
  const built = performance.now() - t;
  const size = statSync(path).size / 1024 / 1024;
  console.log(
    `read.bench: ${INDICATORS.toLocaleString('en')} indicators × ${UNITS} unit sheets, ${size.toFixed(1)} MB ` +
      `(${path}${built > 100 ? `, built in ${(built / 1000).toFixed(1)} s` : ', cached'}); median of ${RUNS} runs each`,
  );
  const readers = ['ours', 'exceljs', 'sheetjs'];
  const rows: { reader: string; ms: number; peakMb: number; cells: number }[] = [];
  for (const reader of readers) {
    const figures: Figure[] = [];
    for (let i = 0; i < RUNS; i++) {
      const figure = runChild(reader, path);
      if ('error' in figure) {
        console.log(`  ${reader}: failed: ${figure.error}`);
        break;
      }
      figures.push(figure);
    }
    if (figures.length === 0) continue;
    rows.push({
      reader,
      ms: median(figures.map((f) => f.ms)),
      peakMb: Math.max(...figures.map((f) => f.peakMb)),
      cells: figures[0].cells,
    });
  }
  const names: Record<string, string> = {
    ours: 'huibao readXlsx',
    exceljs: 'exceljs stream WorkbookReader',
    sheetjs: 'SheetJS read (dense)',
  };
  const ours = rows.find((r) => r.reader === 'ours');
  const plain = rows.filter((r) => r.reader !== 'ours');
  const fastest = plain.length ? Math.min(...plain.map((r) => r.ms)) : NaN;
  console.log('');
  console.log('  reader                          time (s)   peak RSS (MB)   cells read   vs fastest plain');
  for (const row of rows) {
    console.log(
      `  ${names[row.reader].padEnd(30)}  ${(row.ms / 1000).toFixed(2).padStart(8)}   ${row.peakMb
        .toFixed(0)
        .padStart(
          13,
        )}   ${row.cells.toLocaleString('en').padStart(10)}   ${(row.ms / fastest).toFixed(2).padStart(8)}×`,
    );
  }
  if (ours) {
    const ratio = ours.ms / fastest;
    console.log('');
    console.log(
      `  ours / fastest plain reader: ${ratio.toFixed(2)}× (aim ≤ 1.20×: ${ratio <= 1.2 ? 'met' : 'NOT met'}); ` +
        `peak ${ours.peakMb.toFixed(0)} MB (aim < 300 MB: ${ours.peakMb < 300 ? 'met' : 'NOT met'})`,
    );
  }
  const baseline = runChild('baseline', path);
  if (!('error' in baseline)) {
    console.log(
      `  (peak RSS of the harness alone, node + tsx, reading nothing: ${baseline.peakMb.toFixed(0)} MB)`,
    );
  }
  const write = runChild('write', path);
  console.log(
    'error' in write
      ? `  write: failed: ${write.error}`
      : `  for reference, writeXlsx adding a ${write.cells.toLocaleString('en')}-cell styled sheet onto this workbook: ` +
          `${(write.ms / 1000).toFixed(2)} s, peak ${write.peakMb.toFixed(0)} MB (one run)`,
  );
  const analyses: Figure[] = [];
  for (let i = 0; i < RUNS; i++) {
    const figure = runChild('analyse', path);
    if ('error' in figure) {
      console.log(`  parse + validate + aggregate: not measured (${figure.error})`);
      break;
    }
    analyses.push(figure);
  }
  if (analyses.length > 0) {
    const analyseMs = median(analyses.map((f) => f.analyseMs ?? NaN));
    const readMs = median(analyses.map((f) => f.ms));
    const share = (analyseMs / readMs) * 100;
    console.log(
      `  parse + validate + aggregate (analyseWorkbook, findings and units built): ${(analyseMs / 1000).toFixed(3)} s = ${share.toFixed(1)}% ` +
        `of reading (${(readMs / 1000).toFixed(2)} s) (aim ≤ 5%: ${share <= 5 ? 'met' : 'NOT met'}); ` +
        `reading included: ${((analyseMs + readMs) / 1000).toFixed(2)} s, peak ${Math.max(...analyses.map((f) => f.peakMb)).toFixed(0)} MB`,
    );
  }
}

const at = process.argv.indexOf('--child');
if (at >= 0) {
  child(process.argv[at + 1], process.argv[at + 2]).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
} else {
  main();
}
