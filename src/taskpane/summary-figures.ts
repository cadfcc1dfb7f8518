/**
 * The key figures the pane shows, counted exactly as the 汇总 sheet counts them: over the summary's indicators
 * (text masks such as `**街道` or the hotline left out) with the same statuses. Part of the engine chunk, as it
 * needs the summary plan's rules.
 */
import type { Analysis, IndicatorResult } from '../core/results';
import { isIncompleteTotal, summaryIndicators } from '../core/summary-plan';

/** The 汇总 sheet's key figures, in its order. */
export type SummaryFigureId =
  'total' | 'met' | 'exceeded' | 'notMet' | 'noTarget' | 'missing' | 'incomplete' | 'errors';

export interface SummaryFigure {
  readonly id: SummaryFigureId;
  readonly value: number;
}

export interface SummaryView {
  readonly figures: readonly SummaryFigure[];
  /** The indicators 汇总 reports on (the pane's indicator view lists the same ones). */
  readonly indicators: readonly IndicatorResult[];
}

export function summaryView(analysis: Analysis): SummaryView {
  const indicators = summaryIndicators(analysis);
  const count = (status: IndicatorResult['status']): number =>
    indicators.filter((i) => i.status === status).length;
  return {
    indicators,
    figures: [
      { id: 'total', value: indicators.length },
      { id: 'met', value: count('met') },
      { id: 'exceeded', value: count('exceeded') },
      { id: 'notMet', value: count('not-met') },
      { id: 'noTarget', value: count('no-target') },
      { id: 'missing', value: count('missing') },
      { id: 'incomplete', value: indicators.filter(isIncompleteTotal).length },
      { id: 'errors', value: analysis.findingCounts.error },
    ],
  };
}
