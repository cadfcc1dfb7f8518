/** The browser mode's host: lazy xlsx loading, snapshot caching, writing onto the open workbook, settings. */
import type { WorkbookPlan } from '../../src/core/plan';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { createFileWorkbookHost, type XlsxModule } from '../../src/taskpane/file-workbook-host';
import { readXlsx, writeXlsx } from '../../src/xlsx';

const PLAN: WorkbookPlan = {
  styles: {},
  sheets: [{ name: '汇总', cells: [{ row: 0, col: 0, value: '=SUM(A1)' }] }],
};

/** A stand-in xlsx module that records its calls; "bytes" are the sheet names joined by commas. */
function fakeXlsx() {
  const calls: string[] = [];
  const mod: XlsxModule = {
    async readXlsx(bytes, options) {
      calls.push(`read:${options?.source}`);
      const names = new TextDecoder().decode(bytes).split(',').filter(Boolean);
      return { source: options?.source, sheets: names.map((name) => ({ name, values: [] })) };
    },
    async writeXlsx(plan, base) {
      calls.push(`write:${base ? new TextDecoder().decode(base) : 'new'}`);
      const before = base ? new TextDecoder().decode(base).split(',') : [];
      return new TextEncoder().encode([...before, ...plan.sheets.map((s) => s.name)].join(','));
    },
    configureXlsx(config) {
      calls.push(`configure:${config.wasmUrl}`);
    },
  };
  return { mod, calls };
}

describe('file workbook host', () => {
  it('loads the xlsx module only when first needed, once, and configures the wasm URL', async () => {
    const { mod, calls } = fakeXlsx();
    const load = jest.fn(async () => mod);
    const host = createFileWorkbookHost({
      loadXlsx: load,
      wasmUrl: 'https://x.test/excelize.wasm.gz',
      storage: null,
    });
    host.open(new TextEncoder().encode('东湖社区,西园社区'), 'street.xlsx');
    expect(load).not.toHaveBeenCalled();
    const steps: string[] = [];
    const snapshot = await host.readSnapshot((p) => steps.push(p.step));
    expect(snapshot.sheets.map((s) => s.name)).toEqual(['东湖社区', '西园社区']);
    expect(snapshot.source).toBe('street.xlsx');
    expect(steps[0]).toBe('progressEngine');
    expect(steps).toContain('progressRead');
    // Cached until something changes the bytes.
    await host.readSnapshot();
    expect(load).toHaveBeenCalledTimes(1);
    expect(calls).toEqual(['configure:https://x.test/excelize.wasm.gz', 'read:street.xlsx']);
  });

  it('writes onto the open workbook, re-reads after writing, and forgets the output when another file opens', async () => {
    const { mod, calls } = fakeXlsx();
    const host = createFileWorkbookHost({ loadXlsx: async () => mod, storage: null });
    host.open(new TextEncoder().encode('东湖社区'), 'a.xlsx');
    await host.readSnapshot();
    expect(host.hasOutput()).toBe(false);
    await host.writePlan(PLAN);
    expect(host.hasOutput()).toBe(true);
    expect(new TextDecoder().decode(host.bytes() ?? new Uint8Array())).toBe('东湖社区,汇总');
    const after = await host.readSnapshot();
    expect(after.sheets.map((s) => s.name)).toEqual(['东湖社区', '汇总']);
    host.open(new TextEncoder().encode('B'), 'b.xlsx');
    expect(host.hasOutput()).toBe(false);
    expect(host.fileName()).toBe('b.xlsx');
    expect(calls.filter((c) => c.startsWith('read')).length).toBe(2);
  });

  it('writes a new workbook when none is open (a skeleton from pasted text)', async () => {
    const { mod } = fakeXlsx();
    const host = createFileWorkbookHost({ loadXlsx: async () => mod, storage: null });
    await expect(host.readSnapshot()).rejects.toThrow(/No workbook/);
    await host.writePlan(PLAN);
    expect(new TextDecoder().decode(host.bytes() ?? new Uint8Array())).toBe('汇总');
    expect(host.fileName()).toBe('huibao.xlsx');
  });

  it('tries loading the xlsx module again after a failed load', async () => {
    const { mod } = fakeXlsx();
    let attempts = 0;
    const host = createFileWorkbookHost({
      storage: null,
      loadXlsx: async () => {
        attempts += 1;
        if (attempts === 1) throw new Error('network down');
        return mod;
      },
    });
    host.open(new TextEncoder().encode('A'), 'a.xlsx');
    await expect(host.readSnapshot()).rejects.toThrow('network down');
    await expect(host.readSnapshot()).resolves.toMatchObject({ sheets: [{ name: 'A' }] });
    expect(attempts).toBe(2);
  });

  it('keeps settings in the given storage, and survives a storage that throws', async () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    };
    const host = createFileWorkbookHost({ storage });
    expect(await host.loadSettings()).toEqual({});
    await host.saveSettings({ ...DEFAULT_SETTINGS, lang: 'en-US', streetName: '东湖街道' });
    const again = createFileWorkbookHost({ storage });
    expect(await again.loadSettings()).toMatchObject({ lang: 'en-US', streetName: '东湖街道' });
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    const host2 = createFileWorkbookHost({ storage: broken });
    await expect(host2.saveSettings(DEFAULT_SETTINGS)).resolves.toBeUndefined();
    await expect(host2.loadSettings()).resolves.toEqual({});
  });

  it('round-trips a real .xlsx through src/xlsx: a user sheet kept, our sheet added, formula text kept as text', async () => {
    const user: WorkbookPlan = {
      styles: {},
      sheets: [
        {
          name: '东湖社区',
          cells: [
            { row: 0, col: 0, value: '编号' },
            { row: 1, col: 0, value: 12 },
          ],
        },
      ],
    };
    const base = await writeXlsx(user, null);
    const host = createFileWorkbookHost({ loadXlsx: async () => ({ readXlsx, writeXlsx }), storage: null });
    host.open(base, 'street.xlsx');
    await host.writePlan(PLAN);
    const snapshot: WorkbookSnapshot = await readXlsx(host.bytes() ?? new Uint8Array());
    const names = snapshot.sheets.map((s) => s.name);
    expect(names.slice(0, 1)).toEqual(['东湖社区']);
    expect(names).toContain('汇总');
    const ours = snapshot.sheets.find((s) => s.name === '汇总');
    expect(ours?.values[0]?.[0]).toBe('=SUM(A1)');
    expect(snapshot.sheets[0].values[1]?.[0]).toBe(12);
  });
});
