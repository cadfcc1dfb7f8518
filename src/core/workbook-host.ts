/**
 * What the task pane and the ribbon commands need of a workbook, whoever holds it: Excel through the Office JavaScript API
 * (`src/excel`), or an .xlsx file in the browser (`src/xlsx`). An interface only: the core does no I/O.
 */
import type { Finding } from './findings';
import type { WorkbookPlan } from './plan';
import type { Settings } from './settings';
import type { WorkbookSnapshot } from './snapshot';

export interface HostProgress {
  /** A catalogue key of the `pane` section naming the step, and how far it is (0..1). */
  readonly step: string;
  readonly fraction: number;
}

export interface WorkbookHost {
  readonly kind: 'excel' | 'file';
  /** The whole workbook's snapshot (values, and number formats where they matter). */
  readSnapshot(onProgress?: (progress: HostProgress) => void): Promise<WorkbookSnapshot>;
  /** Writes Huibao's sheets, replacing those of an earlier run; never touches a user's sheet. */
  writePlan(plan: WorkbookPlan, onProgress?: (progress: HostProgress) => void): Promise<void>;
  /** Selects (and shows) a cell, for a click on a finding. */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Marks the cells of findings on the input sheets; `clearHighlights` restores their previous fill exactly. */
  highlightFindings(findings: readonly Finding[]): Promise<void>;
  clearHighlights(): Promise<void>;
  loadSettings(): Promise<Partial<Settings>>;
  saveSettings(settings: Settings): Promise<void>;
}
