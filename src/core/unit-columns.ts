/**
 * Every unit's (community's) value of every indicator, in columns: a street of 10,000 indicators × 30 units is
 * 300,000 cells, and one object plus one string per cell was most of what the analysis cost. Slots are
 * indicator-major (`indicator × unitCount + unit`); a cell's `UnitValue` (and its text and address) is built only
 * when asked for.
 */
import type { UnitValue } from './results';

/** No row for this unit. */
export const SLOT_ABSENT = 0;
/** A number cell: the text is `String(value)`. */
export const SLOT_NUMBER = 1;
/** A percent-formatted number cell, in percent points: the text is `${value}%`. */
export const SLOT_PERCENT = 2;
/** Text kept in `texts` (the value may be a number or null). */
const STORED = 3;
/** Blank: no value, text ''. */
const BLANK = 4;

export class UnitColumns {
  readonly unitCount: number;
  /** Per slot: the value, NaN for null. */
  readonly values: Float64Array;
  /** Per slot: the 0-based sheet row of the unit's cell. */
  readonly rows: Int32Array;
  /** Per slot: what it holds (`SLOT_ABSENT`, `SLOT_NUMBER`, …); written directly only by the analysis's unit loop. */
  readonly slotKinds: Uint8Array;
  /** Texts that are not the value written out (text cells, rejected numbers), by slot. */
  private readonly texts = new Map<number, string>();
  /** Per unit, its A1 addresses by row, one list shared by all units with the same column letters. */
  private readonly addresses: string[][];

  constructor(
    indicatorCount: number,
    /** Unit (sheet) names in unit order. */
    readonly unitNames: readonly string[],
    /** Per unit, the column letters of its cells (its `完成值` column). */
    private readonly letters: readonly string[],
  ) {
    this.unitCount = unitNames.length;
    const size = indicatorCount * this.unitCount;
    this.values = new Float64Array(size).fill(NaN);
    this.rows = new Int32Array(size);
    this.slotKinds = new Uint8Array(size);
    const byLetters = new Map<string, string[]>();
    this.addresses = letters.map((l) => {
      let cells = byLetters.get(l);
      if (!cells) {
        cells = [];
        byLetters.set(l, cells);
      }
      return cells;
    });
  }

  /** The unit has a row for this indicator. */
  has(slot: number): boolean {
    return this.slotKinds[slot] !== SLOT_ABSENT;
  }

  /** A valid number: `value` is the cell's number (in percent points when `percent`, shown with `%`). */
  setNumber(slot: number, row: number, value: number, percent: boolean): void {
    this.slotKinds[slot] = percent ? SLOT_PERCENT : SLOT_NUMBER;
    this.rows[slot] = row;
    this.values[slot] = value;
  }

  /** Anything else: the value (null when missing or rejected) and the text the user sees. */
  setText(slot: number, row: number, value: number | null, text: string): void {
    this.rows[slot] = row;
    this.values[slot] = value === null ? NaN : value;
    if (text === '') {
      // Only a slot set twice (a value rejected after it was read) can have a text to drop.
      if (this.slotKinds[slot] === STORED) this.texts.delete(slot);
      this.slotKinds[slot] = BLANK;
    } else {
      this.slotKinds[slot] = STORED;
      this.texts.set(slot, text);
    }
  }

  /** Rejects the value (keeping its text): nothing is computed from it. */
  reject(slot: number): void {
    if (Number.isNaN(this.values[slot])) return;
    this.setText(slot, this.rows[slot], null, this.text(slot));
  }

  value(slot: number): number | null {
    const value = this.values[slot];
    return Number.isNaN(value) ? null : value;
  }

  /** The cell as the user sees it ('' for a unit without a row). */
  text(slot: number): string {
    switch (this.slotKinds[slot]) {
      case SLOT_NUMBER:
        return String(this.values[slot]);
      case SLOT_PERCENT:
        return `${this.values[slot]}%`;
      case STORED:
        return this.texts.get(slot) ?? '';
      default:
        return '';
    }
  }

  /** The unit's value counts toward a total: a number, or for a text indicator any text. */
  contributes(slot: number, numeric: boolean): boolean {
    const kind = this.slotKinds[slot];
    if (kind === SLOT_ABSENT) return false;
    if (numeric) return !Number.isNaN(this.values[slot]);
    return kind !== BLANK;
  }

  /** The A1 address of the slot's cell. */
  cell(slot: number): string {
    const unit = slot % this.unitCount;
    const row = this.rows[slot];
    return (this.addresses[unit][row] ??= this.letters[unit] + (row + 1));
  }

  sheet(slot: number): string {
    return this.unitNames[slot % this.unitCount];
  }

  /** The slot as the `UnitValue` consumers read; undefined for a unit without a row. */
  unitValue(slot: number): UnitValue | undefined {
    if (this.slotKinds[slot] === SLOT_ABSENT) return undefined;
    return { sheet: this.sheet(slot), cell: this.cell(slot), value: this.value(slot), text: this.text(slot) };
  }
}
