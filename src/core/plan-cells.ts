/** Building a sheet's cells, merges and row heights for a plan, one put at a time. */
import type { PlanCell, PlanValue, Rect } from './plan';

export class Cells {
  readonly list: PlanCell[] = [];
  readonly merges: Rect[] = [];
  readonly heights: { row: number; height: number }[] = [];

  /** An empty string is written as a blank cell (null), never as an empty text cell. */
  put(row: number, col: number, value: PlanValue, style?: string, extra: Partial<PlanCell> = {}): void {
    this.list.push({ row, col, value: value === '' ? null : value, ...(style ? { style } : {}), ...extra });
  }

  /** A merged block whose top-left holds the value; the other cells carry the style so borders stay whole. */
  merged(rect: Rect, value: PlanValue, style: string): void {
    for (let r = rect.row; r <= rect.lastRow; r++) {
      for (let c = rect.col; c <= rect.lastCol; c++) {
        this.put(r, c, r === rect.row && c === rect.col ? value : null, style);
      }
    }
    if (rect.lastRow > rect.row || rect.lastCol > rect.col) this.merges.push(rect);
  }

  height(row: number, height: number): void {
    this.heights.push({ row, height });
  }
}

export function rect(row: number, col: number, lastRow = row, lastCol = col): Rect {
  return { row, col, lastRow, lastCol };
}
