/**
 * What the result tabs mark: indicators totalled with a unit missing carry the workbook's "*" with an accessible
 * explanation, the report boxes figures filled from incomplete totals (需核对) besides unfilled masks, and the
 * number of unfilled masks (what copying would carry into the report) is counted as the report tab counts it.
 */
import { renderToString } from 'react-dom/server';
import type { FilledSlot, FillResult, IndicatorResult } from '../../src/core/results';
import { IndicatorsByStatus } from '../../src/taskpane/components/IndicatorsByStatus';
import { ReportPreview, reportRuns } from '../../src/taskpane/components/ReportPreview';
import { PaneTextProvider, paneText } from '../../src/taskpane/pane-text';
import { unfilledCount } from '../../src/taskpane/use-pane';
import { FILL, INDICATORS } from './fixtures';

const slot = (over: Partial<FilledSlot> & Pick<FilledSlot, 'rendered' | 'status'>): FilledSlot => ({
  ...FILL.slots[0],
  ...over,
});

const WITH_CHECK: FillResult = {
  text: '',
  paragraphs: ['投资520万元，就业36人，打造*+N“七色光”。', '覆盖36个小区。'],
  slots: [
    slot({ index: 0, rendered: '520', status: 'filled' }),
    slot({ index: 1, rendered: '36', status: 'warning' }),
    slot({ index: 2, rendered: '*+N', status: 'unlinked' }),
    slot({ index: 3, rendered: '36', status: 'filled' }),
  ],
};

describe('reportRuns', () => {
  it('boxes the warned figure at its own place (not an earlier equal number) and keeps masks marked', () => {
    const runs = reportRuns(WITH_CHECK.paragraphs, WITH_CHECK.slots);
    expect(runs[0]).toEqual([
      { text: '投资520万元，就业', kind: 'plain' },
      { text: '36', kind: 'check' },
      { text: '人，打造', kind: 'plain' },
      { text: '*+N', kind: 'mask' },
      { text: '“七色光”。', kind: 'plain' },
    ]);
    // The second 36 was filled without a warning.
    expect(runs[1]).toEqual([{ text: '覆盖36个小区。', kind: 'plain' }]);
  });

  it('counts unfilled masks as the report tab does (a warned value is filled)', () => {
    expect(unfilledCount(WITH_CHECK.slots)).toBe(1);
    expect(unfilledCount(FILL.slots)).toBe(1);
  });

  it('renders the check box with its explanation and a legend', () => {
    const html = renderToString(
      <PaneTextProvider value={paneText('zh-CN')}>
        <ReportPreview fill={WITH_CHECK} onCopy={() => undefined} />
      </PaneTextProvider>,
    );
    expect(html).toMatch(/<mark[^>]*title="需核对：36 按不完整的合计填写"[^>]*>36<\/mark>/);
    expect(html).toContain('需核对');
  });
});

describe('IndicatorsByStatus', () => {
  const incomplete: IndicatorResult = { ...INDICATORS[0], id: 'M009', complete: false, actual: 300 };

  it('marks an incomplete total with the workbook’s * and an accessible name, and explains it once', () => {
    const html = renderToString(
      <PaneTextProvider value={paneText('zh-CN')}>
        <IndicatorsByStatus indicators={[...INDICATORS, incomplete]} />
      </PaneTextProvider>,
    );
    const marks = [...html.matchAll(/<span[^>]*data-testid="incomplete-mark"[^>]*>([^<]*)<\/span>/g)];
    expect(marks).toHaveLength(1);
    expect(marks[0][1]).toBe('*');
    expect(marks[0][0]).toContain('role="img"');
    expect(marks[0][0]).toContain('aria-label="合计不完整：有单位未填、数据有误或未能读取，未计入合计"');
    expect(html).toContain('合计不完整：有单位未填、数据有误或未能读取');
  });

  it('shows no marker when every total is complete', () => {
    const html = renderToString(
      <PaneTextProvider value={paneText('en-US')}>
        <IndicatorsByStatus indicators={INDICATORS} />
      </PaneTextProvider>,
    );
    expect(html).not.toContain('incomplete-mark');
  });
});
