/**
 * The Office.js host against the strict fake: round trips (syncs) and payload sizes, in UTF-8 bytes as they travel,
 * for reading a whole workbook and rendering a plan at 200,000 and 1,000,000 cells, numbers and long Chinese text.
 * Excel on the web refuses a request or a response over 5 MB; Huibao aims under 4 MiB (requests estimated at up to
 * 3.5 MiB, responses at up to 4 MiB). Times are the fake's (host-side work, no Excel), printed for scale only.
 *   npx tsx bench/office.bench.ts
 */
import type { PlanCell, WorkbookPlan } from '../src/core/plan';
import { MAX_REQUEST_BYTES } from '../src/excel/chunking';
import { readWorkbookSnapshot } from '../src/excel/read-snapshot';
import { renderPlan } from '../src/excel/render-plan';
import {
  installFakeOffice,
  uninstallFakeOffice,
  type FakeExcelHandle,
  type SyncRecord,
} from '../test/fake-excel';

const LIMIT = 5 * 1024 * 1024;
const HANZI = '社区居民人口登记完成情况说明报表指标数据核对错误提示街道办事处年度统计汇总填写要求请补充核实';

const n = (value: number): string => value.toLocaleString('en');

/** A Chinese text of `chars` characters, varied by position. */
function hanzi(seed: number, chars: number): string {
  let text = '';
  for (let k = 0; k < chars; k++) text += HANZI[(seed + k) % HANZI.length];
  return text;
}

function inputSheets(sheets: number, rows: number, cols: number) {
  return Array.from({ length: sheets }, (_, s) => ({
    name: `社区${s + 1}`,
    values: Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c) => (c === 0 ? `M${String(r).padStart(4, '0')}` : r * 10 + c + 0.5)),
    ),
  }));
}

/** Numbers with a styled header and a text column (`text` = 0), or every cell `text` Chinese characters. */
function plan(sheets: number, rows: number, cols: number, text = 0): WorkbookPlan {
  return {
    styles: { head: { font: { bold: true }, fill: '#DDEBF7' }, num: { numberFormat: '#,##0.00' } },
    sheets: Array.from({ length: sheets }, (_, s) => ({
      name: `输出${s + 1}`,
      cells: Array.from({ length: rows * cols }, (_, i): PlanCell => {
        const row = Math.floor(i / cols);
        const col = i % cols;
        if (text > 0) return { row, col, value: hanzi(row * 7 + col * 3, text) };
        if (row === 0) return { row, col, value: `列${col + 1}`, style: 'head' };
        return col === 0
          ? { row, col, value: `指标${row}` }
          : { row, col, value: row + col / 100, style: 'num' };
      }),
    })),
  };
}

function sizes(syncs: readonly SyncRecord[]): string {
  // A sync whose response passed the limit was refused by "Excel" (the read retries it in halves).
  const accepted = syncs.filter((s) => s.responseBytes <= LIMIT);
  const refused = syncs.length - accepted.length;
  const largest = (pick: (s: SyncRecord) => number): number => Math.max(0, ...accepted.map(pick));
  const total = (pick: (s: SyncRecord) => number): number => accepted.reduce((sum, s) => sum + pick(s), 0);
  const cells = largest((s) => s.largestReadCells);
  const over = syncs.some((s) => s.requestBytes > MAX_REQUEST_BYTES) ? '  REQUEST OVER 4 MiB!' : '';
  return (
    `${syncs.length} syncs` +
    (refused > 0 ? ` (${refused} refused for a response over 5 MB and retried in halves)` : '') +
    `; requests largest ${n(largest((s) => s.requestBytes))} bytes, total ${n(total((s) => s.requestBytes))}` +
    `; responses largest ${n(largest((s) => s.responseBytes))} bytes, total ${n(total((s) => s.responseBytes))}` +
    (cells > 0 ? `; largest range read ${n(cells)} cells` : '') +
    over
  );
}

const shape = (sheets: number, rows: number, cols: number, what: string): string =>
  `${sheets} sheet${sheets === 1 ? '' : 's'} × ${n(rows)} rows × ${cols} cols = ${n(sheets * rows * cols)} cells (${what})`;

async function read(excel: FakeExcelHandle, label: string): Promise<void> {
  excel.resetSyncs();
  const start = performance.now();
  await Excel.run((context) => readWorkbookSnapshot(context));
  console.log(`read   ${label}: ${sizes(excel.syncs)} (${Math.round(performance.now() - start)} ms)`);
}

async function main(): Promise<void> {
  console.log(
    'Office.js host against the strict fake (Excel on the web: 5 MB a request or response; 5,000,000 cells a read)\n',
  );
  const reads: [number, number, number][] = [
    [50, 200, 20],
    [50, 1000, 20],
  ];
  for (const [sheets, rows, cols] of reads) {
    const excel = installFakeOffice(globalThis, { sheets: inputSheets(sheets, rows, cols) });
    await read(excel, shape(sheets, rows, cols, 'numbers'));
    uninstallFakeOffice(globalThis);
  }
  console.log('');

  const renders: [number, number, number, number][] = [
    [10, 1000, 20, 0],
    [10, 5000, 20, 0],
    [1, 10_000, 20, 40],
  ];
  for (const [sheets, rows, cols, text] of renders) {
    const excel = installFakeOffice(globalThis, { sheets: [{ name: 'Sheet1' }] });
    const start = performance.now();
    const report = await Excel.run((context) => renderPlan(context, plan(sheets, rows, cols, text)));
    const ms = Math.round(performance.now() - start);
    const writes = excel.syncs.slice(excel.syncs.length - report.requestEstimates.length);
    const within = writes.every((s, i) => s.requestBytes <= report.requestEstimates[i]);
    const what = text ? `${text} Chinese characters a cell` : 'numbers';
    console.log(
      `write  ${shape(sheets, rows, cols, what)}: ${sizes(excel.syncs)}; ` +
        `estimate ≥ measured in every request: ${within ? 'yes' : 'NO'} (${ms} ms)`,
    );
    // Read back what was just written (text: 3 bytes a character, far beyond the read's 20 bytes a cell).
    await read(excel, `the same ${n(sheets * rows * cols)} cells, read back`);
    uninstallFakeOffice(globalThis);
  }
  console.log('');
  // One sheet past the 5,000,000-cell read limit: read in row bands.
  const excel = installFakeOffice(globalThis, { sheets: inputSheets(1, 260_000, 20) });
  await read(excel, shape(1, 260_000, 20, 'numbers, past the 5,000,000-cell read limit'));
  uninstallFakeOffice(globalThis);
}

void main();
