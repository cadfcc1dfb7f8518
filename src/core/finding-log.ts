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

/** Tags are below this: an entry is `slot × TAGS + tag` (so slots stay below 2^28, far past rows × units). */
const TAGS = 8;

export class FindingLog {
  /**
   * Per finding in the order found: `slot × TAGS + tag` for a slot's finding, −1 − its index in `objects` for a
   * finding object. Typed and grown by doubling: no heap number or array slot per finding.
   */
  private entries = new Int32Array(1024);
  private size = 0;
  private readonly objects: Finding[] = [];
  readonly counts = { error: 0, warning: 0, info: 0 };

  constructor(private readonly slots: SlotFindings) {}

  get length(): number {
    return this.size;
  }

  private add(entry: number): void {
    if (this.size === this.entries.length) {
      const grown = new Int32Array(this.entries.length * 2);
      grown.set(this.entries);
      this.entries = grown;
    }
    this.entries[this.size++] = entry;
  }

  /** `out.push`-compatible, so the checks can write straight into the log. */
  push(finding: Finding): void {
    this.add(-1 - this.objects.length);
    this.objects.push(finding);
    this.counts[finding.severity]++;
  }

  /** A finding about a slot's cell, built later from `tag` (1 to 7) and `slot`. */
  pushSlot(tag: number, slot: number): void {
    this.add(slot * TAGS + tag);
    this.counts[this.slots.severity(tag)]++;
  }

  /**
   * Every finding, errors first, then warnings, then info; within a severity by sheet in workbook order, then row,
   * then column, then the order they were found in. `sheetIndex` places findings given as objects (by sheet name).
   */
  materialise(sheetIndex: ReadonlyMap<string, number>): Finding[] {
    const n = this.size;
    const order = this.order(sheetIndex);
    const findings = new Array<Finding>(n);
    for (let i = 0; i < n; i++) {
      const entry = this.entries[order[i]];
      findings[i] =
        entry < 0 ? this.objects[-1 - entry] : this.slots.finding(entry % TAGS, Math.floor(entry / TAGS));
    }
    return findings;
  }

  /** Finding indices in list order. Findings mostly arrive in order, so each severity is sorted only when it is not. */
  private order(sheetIndex: ReadonlyMap<string, number>): Int32Array {
    const n = this.size;
    const severities = new Uint8Array(n);
    const sheets = new Float64Array(n);
    const rows = new Float64Array(n);
    const cols = new Float64Array(n);
    const slots = this.slots;
    let lastSheet: string | undefined;
    let lastSheetIndex = -1;
    for (let i = 0; i < n; i++) {
      const entry = this.entries[i];
      if (entry >= 0) {
        const slot = Math.floor(entry / TAGS);
        severities[i] = SEVERITY_ORDER[slots.severity(entry % TAGS)];
        sheets[i] = slots.sheetIndex(slot);
        rows[i] = slots.row(slot);
        cols[i] = slots.col(slot);
        continue;
      }
      const finding = this.objects[-1 - entry];
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
    // Stable split by severity and sheet (sheets are -1 for none, up to `sheetIndex.size` for an unknown one), then
    // each severity on its own: the unit loop reads the sheets in blocks of rows, so its findings arrive sheet after
    // sheet block after block, and within one sheet they are in order again once split.
    const sheetKeys = sheetIndex.size + 2;
    const buckets = new Int32Array(3 * sheetKeys + 1);
    const bucketOf = (i: number): number => severities[i] * sheetKeys + sheets[i] + 1;
    for (let i = 0; i < n; i++) buckets[bucketOf(i) + 1]++;
    for (let b = 1; b < buckets.length; b++) buckets[b] += buckets[b - 1];
    const order = new Int32Array(n);
    const fill = buckets.slice(0, buckets.length - 1);
    for (let i = 0; i < n; i++) order[fill[bucketOf(i)]++] = i;
    const before = (a: number, b: number): number =>
      sheets[a] - sheets[b] || rows[a] - rows[b] || cols[a] - cols[b] || a - b;
    for (let s = 0; s < 3; s++)
      mergeRuns(order, buckets[s * sheetKeys], buckets[(s + 1) * sheetKeys], before);
    return order;
  }
}

/**
 * Sorts `order[from … to − 1]` by `before` (a strict order) as a natural merge sort: findings arrive as a few long
 * sorted runs (the unit sheets cell by cell, then the catalogue's rows), so this is one or two linear passes where a
 * comparison sort of 150,000 findings would call `before` millions of times.
 */
function mergeRuns(
  order: Int32Array,
  from: number,
  to: number,
  before: (a: number, b: number) => number,
): void {
  const bounds = [from];
  for (let i = from + 1; i < to; i++) if (before(order[i - 1], order[i]) > 0) bounds.push(i);
  if (bounds.length === 1) return;
  bounds.push(to);
  let source = order.slice(from, to);
  let target = new Int32Array(to - from);
  let runs = bounds.map((b) => b - from);
  while (runs.length > 2) {
    const merged = [0];
    for (let r = 0; r + 1 < runs.length; r += 2) {
      const start = runs[r];
      const middle = runs[r + 1];
      const end = r + 2 < runs.length ? runs[r + 2] : middle;
      let i = start;
      let j = middle;
      let k = start;
      while (i < middle && j < end)
        target[k++] = before(source[i], source[j]) <= 0 ? source[i++] : source[j++];
      while (i < middle) target[k++] = source[i++];
      while (j < end) target[k++] = source[j++];
      merged.push(end);
    }
    [source, target] = [target, source];
    runs = merged;
  }
  order.set(source, from);
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
