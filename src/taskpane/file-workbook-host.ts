/**
 * The browser mode's host: a workbook held as .xlsx bytes in memory, read and written through `src/xlsx`.
 * The xlsx code (and its wasm) is loaded with `import()` on first use, so none of it is fetched before first paint.
 */
import type { Finding } from '../core/findings';
import type { WorkbookPlan } from '../core/plan';
import { parseStoredSettings, type Settings } from '../core/settings';
import type { WorkbookSnapshot } from '../core/snapshot';
import type { HostProgress, WorkbookHost } from '../core/workbook-host';

/** What this host needs of `src/xlsx/index.ts` (engineer C's agreed signatures). */
export interface XlsxModule {
  readXlsx(bytes: Uint8Array, options?: { source?: string }): Promise<WorkbookSnapshot>;
  writeXlsx(plan: WorkbookPlan, base?: Uint8Array | null): Promise<Uint8Array>;
  configureXlsx?(config: { wasmUrl?: string }): void;
}

export interface FileWorkbookHost extends WorkbookHost {
  readonly kind: 'file';
  /** The file's name, for the pane's header and the download's name. */
  fileName(): string | null;
  /** Replaces the workbook held (a chosen, dropped or bundled file). */
  open(bytes: Uint8Array, name: string): void;
  /** The workbook as it stands, with Huibao's sheets once `writePlan` has run. */
  bytes(): Uint8Array | null;
  /** True once `writePlan` has produced something worth downloading. */
  hasOutput(): boolean;
}

export interface FileHostOptions {
  /** Where the browser fetches `excelize.wasm.gz`; resolved against the page. */
  readonly wasmUrl?: string;
  /** How to load the xlsx module; the default is a lazy `import()` (tests pass their own). */
  readonly loadXlsx?: () => Promise<XlsxModule>;
  /** Where settings persist between visits (the browser's localStorage by default, when there is one). */
  readonly storage?: Pick<Storage, 'getItem' | 'setItem'> | null;
}

const SETTINGS_KEY = 'huibao.settings';

function defaultStorage(): Pick<Storage, 'getItem' | 'setItem'> | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Some embedded browsers throw on access to storage; settings then live for the session only.
    return null;
  }
}

export function createFileWorkbookHost(options: FileHostOptions = {}): FileWorkbookHost {
  let current: Uint8Array | null = null;
  let name: string | null = null;
  let written = false;
  let snapshotCache: WorkbookSnapshot | null = null;
  let xlsx: Promise<XlsxModule> | null = null;
  const storage = options.storage === undefined ? defaultStorage() : options.storage;
  let memorySettings: Partial<Settings> = {};

  const loadXlsx = (): Promise<XlsxModule> => {
    if (!xlsx) {
      const load =
        options.loadXlsx ??
        (() => import(/* webpackChunkName: "xlsx" */ '../xlsx/index') as Promise<XlsxModule>);
      xlsx = load().then((mod) => {
        if (options.wasmUrl) mod.configureXlsx?.({ wasmUrl: options.wasmUrl });
        return mod;
      });
      xlsx.catch(() => {
        xlsx = null;
      });
    }
    return xlsx;
  };

  const requireBytes = (): Uint8Array => {
    if (!current) throw new Error('No workbook is open');
    return current;
  };

  return {
    kind: 'file',
    fileName: () => name,
    open(bytes, fileName) {
      current = bytes;
      name = fileName;
      written = false;
      snapshotCache = null;
    },
    bytes: () => current,
    hasOutput: () => written,

    async readSnapshot(onProgress?: (progress: HostProgress) => void) {
      const bytes = requireBytes();
      if (snapshotCache) return snapshotCache;
      onProgress?.({ step: 'progressEngine', fraction: 0 });
      const mod = await loadXlsx();
      onProgress?.({ step: 'progressRead', fraction: 0.5 });
      const snapshot = await mod.readXlsx(bytes, { source: name ?? undefined });
      onProgress?.({ step: 'progressRead', fraction: 1 });
      // The bytes may have changed while reading (another file opened): cache only what is still current.
      if (bytes === current) snapshotCache = snapshot;
      return snapshot;
    },

    async writePlan(plan: WorkbookPlan, onProgress?: (progress: HostProgress) => void) {
      // With no workbook open (a skeleton from pasted text) the plan becomes a new workbook.
      const bytes = current;
      onProgress?.({ step: 'progressEngine', fraction: 0 });
      const mod = await loadXlsx();
      onProgress?.({ step: 'progressWrite', fraction: 0.3 });
      const out = await mod.writeXlsx(plan, bytes);
      if (bytes === current) {
        current = out;
        written = true;
        snapshotCache = null;
        name ??= 'huibao.xlsx';
      }
      onProgress?.({ step: 'progressWrite', fraction: 1 });
    },

    // A file has no selection to move; the pane shows the address instead.
    async selectCell() {},
    async highlightFindings(_findings: readonly Finding[]) {},
    async clearHighlights() {},

    async loadSettings() {
      if (!storage) return memorySettings;
      try {
        const text = storage.getItem(SETTINGS_KEY);
        return text ? parseStoredSettings(text) : {};
      } catch {
        return {};
      }
    },
    async saveSettings(settings: Settings) {
      memorySettings = settings;
      try {
        storage?.setItem(SETTINGS_KEY, JSON.stringify(settings));
      } catch {
        // Storage full or refused: keep them in memory for this visit.
      }
    },
  };
}
