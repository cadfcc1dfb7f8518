/**
 * Findings as the analysis records them: finding objects for the few, and for the many per-cell findings of unit
 * sheets (a large street can have 150,000 `yoy-jump`s) just a tag and a slot of the unit columns, from which the
 * `Finding` is built when the list is read. Counts by severity are kept as findings come; the sorted list is built
 * once, on first read.
 */
import { type Finding, SEVERITY_ORDER, type Severity } from './findings';

/** Builds and places the findings recorded as a tag and a slot. */
export interface SlotFindings {
  severity(tag: number): Severity;
  finding(tag: number, slot: number): Finding;
  /** Where the finding sits, as the sort reads it: sheet (in workbook order), then 1-based row and column. */
  sheetIndex(slot: number): number;
  row(slot: number): number;
  col(slot: number): number;
}

/** Tag of a finding kept as an object. */
const OBJECT = 0;

export class FindingLog {
  /** Per finding in the order found: its tag (`OBJECT`, or a tag `SlotFindings` knows). */
  private readonly tags: number[] = [];
  /** Per finding: the index into `objects`, or the slot. */
  private readonly refs: number[] = [];
  private readonly objects: Finding[] = [];
  readonly counts = { error: 0, warning: 0, info: 0 };

  constructor(private readonly slots: SlotFindings) {}

  get length(): number {
    return this.tags.length;
  }

  /** `out.push`-compatible, so the checks can write straight into the log. */
  push(finding: Finding): void {
    this.tags.push(OBJECT);
    this.refs.push(this.objects.length);
    this.objects.push(finding);
    this.counts[finding.severity]++;
  }

  /** A finding about a slot's cell, built later from `tag` and `slot` (`tag` > 0). */
  pushSlot(tag: number, slot: number): void {
    this.tags.push(tag);
    this.refs.push(slot);
    this.counts[this.slots.severity(tag)]++;
  }

  /**
   * Every finding, errors first, then warnings, then info; within a severity by sheet in workbook order, then row,
   * then column, then the order they were found in. `sheetIndex` places findings given as objects (by sheet name).
   */
  materialise(sheetIndex: ReadonlyMap<string, number>): Finding[] {
    const n = this.tags.length;
    const order = this.order(sheetIndex);
    const findings = new Array<Finding>(n);
    for (let i = 0; i < n; i++) {
      const j = order[i];
      const tag = this.tags[j];
      findings[i] = tag === OBJECT ? this.objects[this.refs[j]] : this.slots.finding(tag, this.refs[j]);
    }
    return findings;
  }

  /** Finding indices in list order. Findings mostly arrive in order, so each severity is sorted only when it is not. */
  private order(sheetIndex: ReadonlyMap<string, number>): Int32Array {
    const n = this.tags.length;
    const severities = new Uint8Array(n);
    const sheets = new Float64Array(n);
    const rows = new Float64Array(n);
    const cols = new Float64Array(n);
    const slots = this.slots;
    let lastSheet: string | undefined;
    let lastSheetIndex = -1;
    for (let i = 0; i < n; i++) {
      const tag = this.tags[i];
      const ref = this.refs[i];
      if (tag !== OBJECT) {
        severities[i] = SEVERITY_ORDER[slots.severity(tag)];
        sheets[i] = slots.sheetIndex(ref);
        rows[i] = slots.row(ref);
        cols[i] = slots.col(ref);
        continue;
      }
      const finding = this.objects[ref];
      severities[i] = SEVERITY_ORDER[finding.severity];
      const sheet = finding.sheet;
      if (sheet === undefined) {
        sheets[i] = -1;
      } else {
        if (sheet !== lastSheet) {
          lastSheet = sheet;
          lastSheetIndex = sheetIndex.get(sheet) ?? sheetIndex.size;
        }
        sheets[i] = lastSheetIndex;
      }
      addressKey(finding.cell, rows, cols, i);
    }
    // Stable split by severity, then each severity on its own.
    const starts = [0, 0, 0, 0];
    for (let i = 0; i < n; i++) starts[severities[i] + 1]++;
    for (let s = 1; s < 4; s++) starts[s] += starts[s - 1];
    const order = new Int32Array(n);
    const fill = starts.slice(0, 3);
    for (let i = 0; i < n; i++) order[fill[severities[i]]++] = i;
    const before = (a: number, b: number): number =>
      sheets[a] - sheets[b] || rows[a] - rows[b] || cols[a] - cols[b] || a - b;
    for (let s = 0; s < 3; s++) {
      const from = starts[s];
      const to = starts[s + 1];
      let sorted = true;
      for (let i = from + 1; i < to && sorted; i++) sorted = before(order[i - 1], order[i]) < 0;
      if (!sorted) order.subarray(from, to).sort(before);
    }
    return order;
  }
}

/**
 * Row and column of an A1 address as the sort reads it (`/^([A-Z]+)(\d+)$/`: row −1 and column 0 when it is not
 * one), scanned by hand.
 */
function addressKey(cell: string | undefined, rows: Float64Array, cols: Float64Array, i: number): void {
  rows[i] = -1;
  cols[i] = 0;
  if (!cell) return;
  const length = cell.length;
  let col = 0;
  let p = 0;
  for (; p < length; p++) {
    const code = cell.charCodeAt(p);
    if (code < 65 || code > 90) break;
    col = col * 26 + code - 64;
  }
  if (p === 0 || p === length) return;
  let row = 0;
  for (let q = p; q < length; q++) {
    const code = cell.charCodeAt(q);
    if (code < 48 || code > 57) return;
    row = row * 10 + code - 48;
  }
  // Beyond 15 digits the running sum can round differently from `Number`.
  rows[i] = length - p > 15 ? Number(cell.slice(p)) : row;
  cols[i] = col;
}
