import { FindingLog, type SlotFindings } from '../../src/core/finding-log';
import type { Finding, Severity } from '../../src/core/findings';
import { UnitColumns } from '../../src/core/unit-columns';

/** A deterministic pseudo-random sequence. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const SHEETS = ['目录', '甲', '乙', '丙'];
const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

/** Slot findings over a 1-column sheet per slot: slot s sits in sheet 1 + s % 3, row 1 + s, column D. */
const slots: SlotFindings = {
  severity: (tag) => SEVERITIES[tag % 3],
  finding: (tag, slot) => ({
    severity: SEVERITIES[tag % 3],
    code: 'yoy-jump',
    sheet: SHEETS[1 + (slot % 3)],
    cell: `D${slot + 1}`,
    found: `${tag}/${slot}`,
  }),
  sheetIndex: (slot) => 1 + (slot % 3),
  row: (slot) => slot + 1,
  col: () => 4,
};

/** The order the list promises, by a plain stable sort. */
function reference(findings: readonly Finding[]): Finding[] {
  const key = (f: Finding): number[] => {
    const match = /^([A-Z]+)(\d+)$/.exec(f.cell ?? '');
    const col = match ? [...match[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) : 0;
    return [
      SEVERITIES.indexOf(f.severity),
      f.sheet === undefined ? -1 : SHEETS.indexOf(f.sheet),
      match ? Number(match[2]) : -1,
      col,
    ];
  };
  return findings
    .map((f, i) => ({ f, k: key(f), i }))
    .sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.k[2] - b.k[2] || a.k[3] - b.k[3] || a.i - b.i)
    .map(({ f }) => f);
}

describe('FindingLog', () => {
  it('lists findings errors first, then by sheet, row, column and arrival, however they arrive', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const next = random(seed);
      const log = new FindingLog(slots);
      const arrived: Finding[] = [];
      // Runs in order (as the unit sheets give them), then stragglers, as the analysis produces them.
      let slot = 0;
      for (let i = 0; i < 400; i++) {
        if (next() < 0.7) {
          slot += Math.floor(next() * 3);
          const tag = Math.floor(next() * 6) + 1;
          log.pushSlot(tag, slot);
          arrived.push(slots.finding(tag, slot));
        } else {
          const finding: Finding = {
            severity: SEVERITIES[Math.floor(next() * 3)],
            code: 'target-not-met',
            ...(next() < 0.9 ? { sheet: SHEETS[Math.floor(next() * 4)] } : {}),
            ...(next() < 0.9 ? { cell: `${next() < 0.5 ? 'A' : 'AB'}${Math.floor(next() * 50) + 1}` } : {}),
            found: String(i),
          };
          log.push(finding);
          arrived.push(finding);
        }
      }
      const sheetIndex = new Map(SHEETS.map((name, i) => [name, i] as const));
      const listed = log.materialise(sheetIndex);
      expect(listed).toEqual(reference(arrived));
      expect(log.counts).toEqual({
        error: arrived.filter((f) => f.severity === 'error').length,
        warning: arrived.filter((f) => f.severity === 'warning').length,
        info: arrived.filter((f) => f.severity === 'info').length,
      });
    }
  });
});

describe('UnitColumns', () => {
  it('gives back each cell as the UnitValue it stands for, and nothing for a unit without a row', () => {
    const columns = new UnitColumns(2, ['甲', '乙'], ['D', 'E']);
    columns.setNumber(0, 4, 12, false);
    columns.setNumber(1, 9, 98.58, true);
    columns.setText(2, 5, null, '约三十');
    expect(columns.unitValue(0)).toEqual({ sheet: '甲', cell: 'D5', value: 12, text: '12' });
    expect(columns.unitValue(1)).toEqual({ sheet: '乙', cell: 'E10', value: 98.58, text: '98.58%' });
    expect(columns.unitValue(2)).toEqual({ sheet: '甲', cell: 'D6', value: null, text: '约三十' });
    expect(columns.unitValue(3)).toBeUndefined();
    columns.reject(0);
    expect(columns.unitValue(0)).toEqual({ sheet: '甲', cell: 'D5', value: null, text: '12' });
    expect([0, 1, 2, 3].map((slot) => columns.contributes(slot, true))).toEqual([false, true, false, false]);
    expect([0, 1, 2, 3].map((slot) => columns.contributes(slot, false))).toEqual([true, true, true, false]);
  });
});
