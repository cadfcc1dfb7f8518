/**
 * The Office.js host against the strict fake: round trips (syncs) and payload sizes for reading a whole workbook and
 * rendering a plan, at 50 sheets / 200,000 cells and larger. The fake measures each request as the JSON of the
 * queued actions; Excel on the web refuses 5 MB and Huibao aims under 4 MB. Times are the fake's (host-side work,
 * no Excel), printed for scale only.
 *   npx tsx bench/office.bench.ts
 */
import type { PlanCell, WorkbookPlan } from '../src/core/plan';
import { MAX_REQUEST_BYTES } from '../src/excel/chunking';
import { readWorkbookSnapshot } from '../src/excel/read-snapshot';
import { renderPlan } from '../src/excel/render-plan';
import { installFakeOffice, uninstallFakeOffice, type SyncRecord } from '../test/fake-excel';

const MB = 1024 * 1024;

function inputSheets(sheets: number, rows: number, cols: number) {
  return Array.from({ length: sheets }, (_, s) => ({
    name: `社区${s + 1}`,
    values: Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c) => (c === 0 ? `M${String(r).padStart(4, '0')}` : r * 10 + c + 0.5)),
    ),
  }));
}

function plan(sheets: number, rows: number, cols: number): WorkbookPlan {
  return {
    styles: { head: { font: { bold: true }, fill: '#DDEBF7' }, num: { numberFormat: '#,##0.00' } },
    sheets: Array.from({ length: sheets }, (_, s) => ({
      name: `输出${s + 1}`,
      cells: Array.from({ length: rows * cols }, (_, i): PlanCell => {
        const row = Math.floor(i / cols);
        const col = i % cols;
        if (row === 0) return { row, col, value: `列${col + 1}`, style: 'head' };
        return col === 0
          ? { row, col, value: `指标${row}` }
          : { row, col, value: row + col / 100, style: 'num' };
      }),
    })),
  };
}

function describe(syncs: readonly SyncRecord[]): string {
  const req = Math.max(...syncs.map((s) => s.requestBytes));
  const res = Math.max(...syncs.map((s) => s.responseBytes));
  const cells = Math.max(...syncs.map((s) => s.largestReadCells));
  const total = syncs.reduce((n, s) => n + s.requestBytes + s.responseBytes, 0);
  return (
    `${syncs.length} syncs; largest request ${(req / MB).toFixed(2)} MB, largest response ${(res / MB).toFixed(2)} MB, ` +
    `largest range read ${cells.toLocaleString('en')} cells, total ${(total / MB).toFixed(2)} MB`
  );
}

async function main(): Promise<void> {
  console.log('Office.js host against the strict fake (request limit 4 MB, read limit 5,000,000 cells)\n');
  const reads: [number, number, number][] = [
    [50, 200, 20],
    [50, 1000, 20],
    [2, 150_000, 20],
  ];
  for (const [sheets, rows, cols] of reads) {
    const excel = installFakeOffice(globalThis, { sheets: inputSheets(sheets, rows, cols) });
    const start = performance.now();
    await Excel.run((context) => readWorkbookSnapshot(context));
    const label = `${sheets} sheets × ${rows.toLocaleString('en')} rows × ${cols} cols = ${(sheets * rows * cols).toLocaleString('en')} cells`;
    console.log(`read   ${label}: ${describe(excel.syncs)} (${Math.round(performance.now() - start)} ms)`);
    uninstallFakeOffice(globalThis);
  }
  console.log('');
  const renders: [number, number, number][] = [
    [10, 1000, 20],
    [50, 200, 20],
    [10, 5000, 20],
  ];
  for (const [sheets, rows, cols] of renders) {
    const excel = installFakeOffice(globalThis, {
      sheets: inputSheets(50, 200, 20),
      requestLimitBytes: 5 * MB,
    });
    const start = performance.now();
    await Excel.run((context) => renderPlan(context, plan(sheets, rows, cols)));
    const label = `${sheets} sheets × ${rows.toLocaleString('en')} rows × ${cols} cols = ${(sheets * rows * cols).toLocaleString('en')} cells`;
    const over = excel.syncs.some((s) => s.requestBytes > MAX_REQUEST_BYTES) ? '  OVER 4 MB!' : '';
    console.log(
      `render ${label}: ${describe(excel.syncs)} (${Math.round(performance.now() - start)} ms)${over}`,
    );
    uninstallFakeOffice(globalThis);
  }
  console.log('');
  // One sheet past the 5,000,000-cell read limit: read in row bands, still 3 syncs.
  const excel = installFakeOffice(globalThis, { sheets: inputSheets(1, 260_000, 20) });
  const start = performance.now();
  await Excel.run((context) => readWorkbookSnapshot(context));
  console.log(
    `read   1 sheet × 260,000 rows × 20 cols = 5,200,000 cells: ${describe(excel.syncs)} (${Math.round(performance.now() - start)} ms)`,
  );
  uninstallFakeOffice(globalThis);
}

void main();
