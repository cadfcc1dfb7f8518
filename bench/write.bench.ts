/**
 * Writing 校验结果 (one row per finding, the cell address a link to the cell): `writeXlsx` on the sheet
 * `buildFindingsSheet` plans for 12,500, 25,000 and 50,000 findings, which should cost in proportion to the count.
 * For reference, the way links were written before, one excelize `SetCellHyperLink` call each: that call looks
 * through the sheet's links so far every time, so its time grows with the square of the count once the count is
 * large (measured at 10,000 and 30,000 links; 50,000 took some 50 s in `huibao run`).
 *
 * Wall time and CPU time (user + system, which counts the garbage collector's threads) of each step, one run each
 * after a small warm-up write; on a busy machine compare the ratios rather than the seconds.
 *
 *   npx tsx bench/write.bench.ts
 */
import type { Finding } from '../src/core/findings';
import { buildFindingsSheet } from '../src/core/findings-sheet-plan';
import { messagesFor } from '../src/core/i18n';
import type { WorkbookPlan } from '../src/core/plan';
import { StyleTable } from '../src/core/plan-styles';
import { writeXlsx } from '../src/xlsx';
import { loadExcelize } from '../src/xlsx/excelize-runtime';

interface Timing {
  readonly wallMs: number;
  readonly cpuMs: number;
}

async function time(fn: () => unknown): Promise<Timing> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  await fn();
  const used = process.cpuUsage(cpu);
  return { wallMs: performance.now() - start, cpuMs: (used.user + used.system) / 1000 };
}

/** Findings as a street of 25 units gives them: a missing or jumping value at a unit sheet's 完成值 cell. */
function findings(count: number): Finding[] {
  return Array.from({ length: count }, (_, k): Finding => {
    const unit = k % 25;
    const row = Math.floor(k / 25) + 2;
    const id = `K${String(row - 1).padStart(5, '0')}`;
    return k % 5 === 0
      ? {
          severity: 'error',
          code: 'missing-value',
          sheet: `社区${String(unit).padStart(2, '0')}`,
          cell: `D${row}`,
          indicator: { id, name: `指标${row - 1}` },
        }
      : {
          severity: 'warning',
          code: 'yoy-jump',
          sheet: `社区${String(unit).padStart(2, '0')}`,
          cell: `D${row}`,
          indicator: { id, name: `指标${row - 1}` },
          found: String(100 + k),
          expected: '54',
          params: { change: `+${85 + (k % 100)}%` },
        };
  });
}

function findingsPlan(count: number): WorkbookPlan {
  const styles = new StyleTable();
  const sheet = buildFindingsSheet(findings(count), messagesFor('zh-CN'), styles);
  return { styles: styles.toRecord(), sheets: [sheet] };
}

const seconds = (ms: number): string => (ms / 1000).toFixed(2).padStart(7);

async function main(): Promise<void> {
  await writeXlsx(findingsPlan(200)); // warm-up: the wasm runtime loaded, the code compiled
  console.log('write.bench: writeXlsx of 校验结果 (one link per row)');
  console.log('');
  console.log('  findings   wall (s)   CPU (s)   CPU ms per 1,000   bytes');
  const rows: { count: number; cpuMs: number }[] = [];
  for (const count of [12_500, 25_000, 50_000]) {
    const plan = findingsPlan(count);
    let size = 0;
    const t = await time(async () => {
      size = (await writeXlsx(plan)).length;
    });
    rows.push({ count, cpuMs: t.cpuMs });
    console.log(
      `  ${count.toLocaleString('en').padStart(8)}   ${seconds(t.wallMs)}   ${seconds(t.cpuMs)}   ` +
        `${((t.cpuMs / count) * 1000).toFixed(0).padStart(16)}   ${size.toLocaleString('en')}`,
    );
  }
  const growth = rows[2].cpuMs / rows[0].cpuMs;
  console.log(
    `  4× the findings, ${growth.toFixed(1)}× the CPU time (in proportion: 4×; aim ≤ 5×: ${growth <= 5 ? 'met' : 'NOT met'})`,
  );

  console.log('');
  console.log('  for reference, one excelize SetCellHyperLink per link (how links were written before):');
  const ex = await loadExcelize();
  const old: number[] = [];
  for (const count of [10_000, 30_000]) {
    const file = ex.NewFile();
    const t = await time(() => {
      for (let k = 1; k <= count; k++) {
        const result = file.SetCellHyperLink('Sheet1', `C${k}`, `'社区00'!D${k}`, 'Location', {
          Tooltip: `转到 社区00!D${k}`,
        });
        if (result.error) throw new Error(result.error);
      }
    });
    old.push(t.cpuMs);
    console.log(
      `  ${count.toLocaleString('en').padStart(8)} links   ${seconds(t.wallMs)} s wall   ${seconds(t.cpuMs)} s CPU`,
    );
  }
  console.log(`  3× the links, ${(old[1] / old[0]).toFixed(1)}× the CPU time (in proportion: 3×)`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
