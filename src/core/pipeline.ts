/**
 * The one-click job: validate → aggregate → fill → plan. Every host runs exactly this.
 * (Stub: the summary issue fills it in.)
 */
import type { WorkbookPlan } from './plan';
import type { Analysis, FillResult } from './results';
import type { Settings } from './settings';
import type { WorkbookSnapshot } from './snapshot';

export interface PipelineInput {
  readonly snapshot: WorkbookSnapshot;
  /** The masked report text; when absent, a sheet named `报告模板` (one paragraph per row in column A) is used. */
  readonly template?: string | null;
  readonly settings: Settings;
  /** When the run happened, for the summary's date line (passed in: the core has no clock). */
  readonly generatedAt: Date;
}

export interface PipelineOutput {
  readonly analysis: Analysis;
  readonly fill: FillResult | null;
  readonly plan: WorkbookPlan;
  readonly templateFrom: 'argument' | 'sheet' | null;
}

export function runPipeline(_input: PipelineInput): PipelineOutput {
  throw new Error('runPipeline is not built yet');
}
