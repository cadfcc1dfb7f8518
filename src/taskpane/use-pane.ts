/**
 * The pane's state and actions. Every action runs as one job: the progress bar names the step, a failure becomes
 * a MessageBar with a retry, and a second click while a job runs is ignored rather than queued.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Finding } from '../core/findings';
import type { Lang, Params } from '../core/i18n';
import { messagesFor } from '../core/i18n';
import type { PipelineOutput } from '../core/pipeline';
import type { FilledSlot } from '../core/results';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import type { WorkbookSnapshot } from '../core/snapshot';
import type { HostProgress, WorkbookHost } from '../core/workbook-host';
import type { OfficeErrorMapper } from './describe-error';
import { type DetectedSheets, detectSheets, templateText } from './detect-sheets';
import type { FileWorkbookHost } from './file-workbook-host';
import type { PaneKey, PaneText } from './pane-text';
import type { SummaryView } from './summary-figures';

export interface PaneConnection {
  readonly host: WorkbookHost;
  /** The same host as a file host, in browser mode; null in Excel. */
  readonly file: FileWorkbookHost | null;
  /** Browser mode: the bundled example workbook, loaded on start. */
  readonly exampleUrl?: string;
  readonly mapOfficeError?: OfficeErrorMapper;
  /**
   * The language of the sheets written when the workbook keeps none: Office's display language (as the ribbon's
   * commands), else what the page or the browser asks for. The pane's own language switch does not change it.
   */
  readonly sheetLang?: Lang;
}

/** The notices a settings save ends with (the settings panel repeats them beside its form). */
export const SETTINGS_SAVED_KEYS: ReadonlySet<PaneKey> = new Set<PaneKey>([
  'settingsSaved',
  'settingsSavedRerun',
  'settingsBrowserSaved',
  'settingsBrowserSavedRerun',
]);

export interface Notice {
  readonly intent: 'success' | 'info' | 'warning';
  readonly key: PaneKey;
  readonly params?: Params;
}

export interface PaneError {
  readonly error: unknown;
  /** Runs the failed job again; null when running it again cannot help. */
  readonly retry: (() => void) | null;
  /**
   * Browser mode: the file of this name could not be opened. Retrying would read the same bytes again, so the bar
   * offers to choose another file (or load the example) instead of a retry.
   */
  readonly unreadableFile?: string;
}

export interface PaneState {
  readonly snapshot: WorkbookSnapshot | null;
  readonly detected: DetectedSheets | null;
  readonly output: PipelineOutput | null;
  /** The output's key figures and indicators as the 汇总 sheet counts them (set with `output`). */
  readonly summary: SummaryView | null;
  /** The output has been written to the workbook (and, in browser mode, can be downloaded). */
  readonly written: boolean;
  readonly progress: HostProgress | null;
  readonly notice: Notice | null;
  readonly error: PaneError | null;
  readonly settings: Settings;
  /** The settings kept in the workbook (or the browser) have been read; until then they cannot be saved over. */
  readonly settingsRead: boolean;
  readonly fileName: string | null;
  /** Template text pasted into the pane; used for the skeleton and, when there is no template sheet, for filling. */
  readonly pasted: string;
}

export const INITIAL_PANE_STATE: PaneState = {
  snapshot: null,
  detected: null,
  output: null,
  summary: null,
  written: false,
  progress: null,
  notice: null,
  error: null,
  settings: DEFAULT_SETTINGS,
  settingsRead: false,
  fileName: null,
  pasted: '',
};

export interface PaneActions {
  refresh(): void;
  generate(): void;
  validate(): void;
  writeSummary(): void;
  makeSkeleton(from: 'text' | 'sheet'): void;
  jump(finding: Finding): void;
  clearMarks(): void;
  copyReport(): void;
  setPasted(text: string): void;
  setHighlight(on: boolean): void;
  setLang(lang: Lang): void;
  /** Keeps new settings (in the workbook in Excel, in the browser otherwise); they apply from the next run. */
  saveSettings(settings: Settings): void;
  openFile(file: File): void;
  loadExample(): void;
  download(): void;
  dismiss(): void;
}

/** Lets the browser paint the progress bar before a synchronous core step. */
const nextFrame = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The core's heavy steps, a chunk of their own (out of the initial JS); fetched once, right after first paint. */
let engine: Promise<typeof import('./pane-engine')> | null = null;
function loadEngine(): Promise<typeof import('./pane-engine')> {
  engine ??= import(/* webpackChunkName: "engine" */ './pane-engine').catch((error: unknown) => {
    engine = null; // a failed fetch (network) may succeed on retry
    throw error;
  });
  return engine;
}

export function usePane(
  connection: PaneConnection | null,
  text: PaneText,
  onLang: (lang: Lang) => void,
  initial: PaneState = INITIAL_PANE_STATE,
): [PaneState, PaneActions] {
  const [state, setState] = useState<PaneState>(initial);
  const stateRef = useRef(state);
  stateRef.current = state;
  /**
   * The last run as the sheets are written, made when first asked for: in the sheets' language, which may not be
   * the pane's (仅校验 writes nothing and never pays for it). Null after anything that changes what would be written.
   */
  const sheetsRun = useRef<(() => PipelineOutput) | null>(null);
  /** What the workbook (or the browser) keeps, once read; null until then. */
  const stored = useRef<Partial<Settings> | null>(null);
  const busy = useRef(false);
  const patch = useCallback((next: Partial<PaneState>) => setState((s) => ({ ...s, ...next })), []);

  /** Reads the kept settings unless already read; what is kept wins over the defaults. Throws when it cannot. */
  const readSettings = useCallback(async (): Promise<void> => {
    if (!connection || stored.current) return;
    const kept = await connection.host.loadSettings();
    stored.current = kept;
    const lang = connection.sheetLang ?? DEFAULT_SETTINGS.lang;
    patch({ settings: { ...DEFAULT_SETTINGS, lang, ...kept }, settingsRead: true });
  }, [connection, patch]);

  /**
   * Runs one job with progress and error handling; by default the error's retry re-runs the same job, `failure`
   * words the error otherwise.
   */
  const job = useCallback(
    (
      work: (progress: (p: HostProgress) => void) => Promise<void>,
      failure?: (error: unknown) => PaneError,
    ) => {
      const start = (): void => {
        if (busy.current) return;
        busy.current = true;
        patch({ error: null, notice: null, progress: { step: 'progressWorking', fraction: 0 } });
        const progress = (p: HostProgress): void => patch({ progress: p });
        work(progress)
          .catch((error: unknown) => patch({ error: failure ? failure(error) : { error, retry: start } }))
          .finally(() => {
            busy.current = false;
            patch({ progress: null });
          });
      };
      start();
    },
    [patch],
  );

  const read = useCallback(
    async (progress: (p: HostProgress) => void): Promise<WorkbookSnapshot> => {
      if (!connection) throw new Error('not connected');
      progress({ step: 'progressRead', fraction: 0 });
      const snapshot = await connection.host.readSnapshot(progress);
      patch({ snapshot, detected: detectSheets(snapshot), fileName: connection.file?.fileName() ?? null });
      return snapshot;
    },
    [connection, patch],
  );

  const analyse = useCallback(
    async (snapshot: WorkbookSnapshot, progress: (p: HostProgress) => void): Promise<PipelineOutput> => {
      // Settings a failed first read left at their defaults are read again before they shape a run.
      await readSettings();
      progress({ step: 'progressAnalyse', fraction: 0.4 });
      const [{ runPipeline, summaryView }] = await Promise.all([loadEngine(), nextFrame()]);
      const { settings, pasted } = stateRef.current;
      const hasSheet = templateText(snapshot) !== null;
      const input = {
        snapshot,
        template: !hasSheet && pasted.trim() ? pasted : null,
        generatedAt: new Date(),
      };
      // The pane shows the run in its own language; the sheets are written in theirs (the workbook's setting). A
      // finding's words are built by the analysis, so a second language is a second run (only when they differ).
      const shown = runPipeline({ ...input, settings: { ...settings, lang: text.lang } });
      let sheets: PipelineOutput | null = settings.lang === text.lang ? shown : null;
      sheetsRun.current = () => (sheets ??= runPipeline({ ...input, settings }));
      patch({ output: shown, summary: summaryView(shown.analysis), written: false });
      return shown;
    },
    [patch, readSettings, text.lang],
  );

  /** Writes the last run's sheets (made now in the sheets' language when it is not the pane's). */
  const write = useCallback(
    async (progress: (p: HostProgress) => void): Promise<void> => {
      if (!connection || !sheetsRun.current) throw new Error('not connected');
      progress({ step: 'progressWrite', fraction: 0.7 });
      const output = sheetsRun.current();
      await connection.host.writePlan(output.plan, progress);
      const { settings } = stateRef.current;
      if (settings.highlightFindings) {
        await connection.host.highlightFindings(output.analysis.findings);
      }
      // A workbook that kept no settings keeps them from its first sheets on: its sheets' language travels with it.
      if (!connection.file && stored.current && Object.keys(stored.current).length === 0) {
        await connection.host.saveSettings(settings);
        stored.current = settings;
      }
      // The sheets the plan wrote (汇总, 分单位 when there are units, 校验结果, 报告), named as written.
      const sheets = output.plan.sheets.map((sheet) => sheet.name).join(text.t('listSeparator'));
      patch({
        written: true,
        notice: connection.file
          ? { intent: 'success', key: 'downloadReady' }
          : { intent: 'success', key: 'done', params: { sheets } },
      });
    },
    [connection, patch, text],
  );

  const openBytes = useCallback(
    async (bytes: Uint8Array, name: string, progress: (p: HostProgress) => void) => {
      if (!connection?.file) return;
      connection.file.open(bytes, name);
      patch({ output: null, summary: null, written: false, snapshot: null, detected: null, fileName: name });
      await read(progress);
    },
    [connection, patch, read],
  );

  const actions = useMemo<PaneActions>(
    () => ({
      refresh: () => job(async (progress) => void (await read(progress))),
      generate: () =>
        job(async (progress) => {
          const snapshot = await read(progress);
          await analyse(snapshot, progress);
          await write(progress);
        }),
      validate: () =>
        job(async (progress) => {
          const snapshot = await read(progress);
          const output = await analyse(snapshot, progress);
          const { error, warning } = output.analysis.findingCounts;
          patch({
            notice: { intent: 'info', key: 'validated', params: { errors: error, warnings: warning } },
          });
        }),
      writeSummary: () =>
        job(async (progress) => {
          if (!stateRef.current.output || !sheetsRun.current) await analyse(await read(progress), progress);
          await write(progress);
        }),
      makeSkeleton: (from) =>
        job(async (progress) => {
          if (!connection) throw new Error('not connected');
          let template = stateRef.current.pasted;
          if (from === 'sheet') template = templateText(await read(progress)) ?? '';
          progress({ step: 'progressSkeleton', fraction: 0.4 });
          const [{ scanMasks, buildSkeletonPlan }] = await Promise.all([loadEngine(), nextFrame()]);
          const scan = scanMasks(template);
          if (scan.masks.length === 0) {
            patch({ notice: { intent: 'warning', key: 'skeletonEmpty' } });
            return;
          }
          // The sheet is written in the sheets' language (the pane's own catalogue when it is the same one).
          const sheetLang = stateRef.current.settings.lang;
          const plan = buildSkeletonPlan(
            scan,
            messagesFor(sheetLang, sheetLang === text.lang ? text.catalogue : undefined),
          );
          progress({ step: 'progressWrite', fraction: 0.7 });
          await connection.host.writePlan(plan, progress);
          patch({
            written: true,
            notice: { intent: 'success', key: 'skeletonDone', params: { count: scan.masks.length } },
          });
        }),
      jump: (finding) => {
        // Browser mode cannot select a cell: the findings list says where to look in the download instead.
        if (!connection || connection.file || !finding.sheet || !finding.cell) return;
        connection.host
          .selectCell(finding.sheet, finding.cell)
          .catch((error: unknown) => patch({ error: { error, retry: null } }));
      },
      clearMarks: () =>
        job(async () => {
          await connection?.host.clearHighlights();
          patch({ notice: { intent: 'info', key: 'marksCleared' } });
        }),
      copyReport: () => {
        const fill = stateRef.current.output?.fill;
        // Masks left in the text would be pasted into the report as they are: say how many.
        const unfilled = fill ? unfilledCount(fill.slots) : 0;
        copyText(fill?.text ?? '').then(
          (ok) =>
            patch({
              notice: !ok
                ? { intent: 'warning', key: 'copyFailed' }
                : unfilled > 0
                  ? { intent: 'warning', key: 'copiedWithMasks', params: { count: unfilled } }
                  : { intent: 'success', key: 'copied' },
            }),
          () => patch({ notice: { intent: 'warning', key: 'copyFailed' } }),
        );
      },
      setPasted: (pasted) => patch({ pasted }),
      setHighlight: (on) => {
        const settings = { ...stateRef.current.settings, highlightFindings: on };
        patch({ settings });
        // Never saved over settings not yet read: the workbook's street, year and thresholds would be lost.
        if (stored.current) void connection?.host.saveSettings(settings).catch(() => undefined);
      },
      // The pane's own language only: the sheets' language is a setting of the workbook (设置).
      setLang: (lang) => onLang(lang),
      saveSettings: (settings) =>
        job(async () => {
          if (!connection) throw new Error('not connected');
          await readSettings();
          await connection.host.saveSettings(settings);
          stored.current = settings;
          // 写入汇总 runs again rather than write what the old settings made.
          sheetsRun.current = null;
          const rerun = stateRef.current.output !== null;
          const key = connection.file
            ? rerun
              ? 'settingsBrowserSavedRerun'
              : 'settingsBrowserSaved'
            : rerun
              ? 'settingsSavedRerun'
              : 'settingsSaved';
          patch({ settings, notice: { intent: 'success', key } });
        }),
      openFile: (file) => {
        if (!/\.xlsx$/i.test(file.name)) {
          patch({ notice: { intent: 'warning', key: 'fileNotXlsx', params: { name: file.name } } });
          return;
        }
        job(
          async (progress) => openBytes(new Uint8Array(await file.arrayBuffer()), file.name, progress),
          // The same bytes would fail again: offer another file (or the example) rather than a retry.
          (error) => ({ error, retry: null, unreadableFile: file.name }),
        );
      },
      loadExample: () =>
        job(async (progress) => {
          const url = connection?.exampleUrl;
          if (!url) return;
          const response = await fetch(url);
          if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
          const name = decodeURIComponent(url.split('/').pop() ?? 'example.xlsx');
          await openBytes(new Uint8Array(await response.arrayBuffer()), name, progress);
        }),
      download: () => {
        const file = connection?.file;
        const bytes = file?.bytes();
        if (!file || !bytes) return;
        const base = (file.fileName() ?? 'workbook.xlsx').replace(/\.xlsx$/i, '');
        const url = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: XLSX_TYPE }));
        const link = document.createElement('a');
        link.href = url;
        link.download = text.t('downloadName', { name: base });
        document.body.appendChild(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
      },
      dismiss: () => patch({ error: null, notice: null }),
    }),
    [analyse, connection, job, onLang, openBytes, patch, read, readSettings, text, write],
  );

  // On connecting: settings from the workbook, then the example (browser mode) or the workbook's sheets (Excel).
  useEffect(() => {
    if (!connection) return;
    let live = true;
    // The sheets' language until the workbook's own is read.
    patch({ settings: { ...DEFAULT_SETTINGS, lang: connection.sheetLang ?? DEFAULT_SETTINGS.lang } });
    readSettings().catch(() => {
      // Defaults stand for now (and cannot be saved over what the workbook keeps); the next run reads again.
      if (live) patch({ notice: { intent: 'warning', key: 'settingsUnread' } });
    });
    // After the first paint: the example (and the xlsx code it pulls in) must never delay it.
    afterPaint(() => {
      if (!live) return;
      // Warm the engine chunk now, so 一键生成 does not wait for it.
      loadEngine().catch(() => undefined);
      if (connection.file) {
        if (connection.exampleUrl && !connection.file.bytes()) actions.loadExample();
      } else {
        actions.refresh();
      }
    });
    return () => {
      live = false;
    };
    // Only when the connection changes: actions change with the language, which must not reload the workbook.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [connection]);

  return [state, actions];
}

/** The longest the example waits for a first paint that never comes (a pane with nothing painted still loads). */
const FIRST_PAINT_WAIT_MS = 1000;

/**
 * Runs `callback` once the pane has painted: after the browser's first-contentful-paint entry where paint timing
 * exists (a frame callback can run before its paint is presented, so the example's xlsx code could still start
 * first), else after the next frame.
 */
export function afterPaint(callback: () => void): void {
  let done = false;
  const run = (): void => {
    if (done) return;
    done = true;
    callback();
  };
  if (
    typeof PerformanceObserver === 'function' &&
    PerformanceObserver.supportedEntryTypes?.includes('paint')
  ) {
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      setTimeout(run, 0);
    });
    observer.observe({ type: 'paint', buffered: true });
    setTimeout(() => {
      observer.disconnect();
      run();
    }, FIRST_PAINT_WAIT_MS);
    return;
  }
  if (typeof requestAnimationFrame !== 'function') {
    setTimeout(run, 0);
    return;
  }
  requestAnimationFrame(() => setTimeout(run, 0));
}

async function copyText(value: string): Promise<boolean> {
  if (typeof navigator !== 'undefined' && navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(value);
      return true;
    } catch {
      // Office's iframe may refuse the async clipboard; fall through to the older way.
    }
  }
  const area = document.createElement('textarea');
  area.value = value;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  // execCommand is deprecated but still the only clipboard path in some Office webviews.
  const ok = document.execCommand('copy');
  area.remove();
  return ok;
}

/** Masks the fill could not replace (a value written with a warning is still filled), as the report tab counts them. */
export function unfilledCount(slots: readonly FilledSlot[]): number {
  return slots.filter((slot) => slot.status !== 'filled' && slot.status !== 'warning').length;
}
