/**
 * The figures `validate` and `run` print, in the same words: the indicators (and, of them, the numeric ones 汇总
 * counts, with their statuses), then the data checks and, when a report was filled, the fill's own findings apart.
 */
import type { Finding } from '../core/findings';
import type { Messages } from '../core/i18n';
import type { Analysis, FillResult, IndicatorStatus } from '../core/results';
import { isIncompleteTotal, summaryIndicators } from '../core/summary-plan';

export interface Figures {
  /** Every indicator row, text masks included. */
  readonly total: number;
  /** The numeric indicators 汇总 reports on (text masks such as the street's name left out), by status. */
  readonly numeric: {
    readonly total: number;
    readonly met: number;
    readonly exceeded: number;
    readonly notMet: number;
    readonly noTarget: number;
    readonly missing: number;
    readonly incomplete: number;
  };
  readonly text: number;
  /** The analysis's findings: what 汇总 counts as 数据错误. */
  readonly data: { readonly error: number; readonly warning: number; readonly info: number };
  /** Findings of the report fill that 校验结果 lists besides the data's; null when no report was filled. */
  readonly report: {
    readonly filled: number;
    readonly slots: number;
    readonly error: number;
    readonly warning: number;
  } | null;
}

/**
 * `findings` is what 校验结果 lists (the pipeline's, data and fill together, repeats dropped); the report's share
 * is what it adds to the analysis's.
 */
export function figuresOf(
  analysis: Analysis,
  fill: FillResult | null,
  findings?: readonly Finding[],
): Figures {
  const numeric = summaryIndicators(analysis);
  const count = (status: IndicatorStatus) => numeric.filter((i) => i.status === status).length;
  const fromData = new Set(analysis.findings);
  const fillOnly = (findings ?? []).filter((f) => !fromData.has(f));
  return {
    total: analysis.indicators.length,
    numeric: {
      total: numeric.length,
      met: count('met'),
      exceeded: count('exceeded'),
      notMet: count('not-met'),
      noTarget: count('no-target'),
      missing: count('missing'),
      incomplete: numeric.filter(isIncompleteTotal).length,
    },
    text: analysis.indicators.length - numeric.length,
    data: analysis.findingCounts,
    report: fill
      ? {
          filled: fill.slots.filter((s) => s.status === 'filled' || s.status === 'warning').length,
          slots: fill.slots.length,
          error: fillOnly.filter((f) => f.severity === 'error').length,
          warning: fillOnly.filter((f) => f.severity === 'warning').length,
        }
      : null,
  };
}

/** Two lines: the indicators, then the findings (data, and the report's apart). */
export function figureLines(figures: Figures, messages: Messages): string {
  const indicators = messages.t('cli', 'figuresIndicators', {
    ...figures.numeric,
    total: figures.total,
    numericTotal: figures.numeric.total,
    text: figures.text,
  });
  const data = messages.t('cli', 'figuresData', figures.data);
  const report = figures.report ? messages.t('cli', 'figuresReport', figures.report) : '';
  return `${indicators}\n${data}${report}${messages.t('cli', 'figuresEnd')}\n`;
}

/** True when the data or the report has an error: exit 1. */
export function hasErrors(figures: Figures): boolean {
  return figures.data.error > 0 || (figures.report?.error ?? 0) > 0;
}
