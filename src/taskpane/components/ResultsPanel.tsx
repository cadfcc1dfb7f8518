/** The results of the last run: key figures, then findings, indicators by status and the report preview in tabs. */
import { makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Finding } from '../../core/findings';
import type { PipelineOutput } from '../../core/pipeline';
import { useText } from '../pane-text';
import type { SummaryView } from '../summary-figures';
import { FindingsList } from './FindingsList';
import { IndicatorsByStatus } from './IndicatorsByStatus';
import { KeyFigures } from './KeyFigures';
import { ReportPreview } from './ReportPreview';
import { Section } from './Section';
import { tabId, ViewTabs } from './ViewTabs';

type View = 'findings' | 'indicators' | 'report';

const useStyles = makeStyles({
  panel: { paddingTop: tokens.spacingVerticalS },
});

export function ResultsPanel(props: {
  output: PipelineOutput;
  /** Figures and indicators as the 汇总 sheet counts them. */
  summary: SummaryView;
  onJump: (f: Finding) => void;
  onCopy: () => void;
  /** Browser mode: a click on a finding says where to find the cell in the downloaded workbook. */
  jumpInDownload?: boolean;
}) {
  const styles = useStyles();
  const text = useText();
  const [view, setView] = useState<View>('findings');
  const { analysis, fill } = props.output;
  return (
    <Section id="huibao-results" title={text.t('resultsHeading')}>
      <KeyFigures figures={props.summary.figures} />
      <ViewTabs
        tabs={[
          { value: 'findings', label: text.t('tabFindings', { count: analysis.findings.length }) },
          { value: 'indicators', label: text.t('tabIndicators') },
          { value: 'report', label: text.t('tabReport') },
        ]}
        selected={view}
        label={text.t('resultTabs')}
        panelId="huibao-result-view"
        onSelect={setView}
      />
      <div
        className={styles.panel}
        role="tabpanel"
        id="huibao-result-view"
        aria-labelledby={tabId('huibao-result-view', view)}
      >
        {view === 'findings' ? (
          <FindingsList
            findings={analysis.findings}
            onJump={props.onJump}
            jumpInDownload={props.jumpInDownload}
          />
        ) : null}
        {view === 'indicators' ? <IndicatorsByStatus indicators={props.summary.indicators} /> : null}
        {view === 'report' ? <ReportPreview fill={fill} onCopy={props.onCopy} /> : null}
      </div>
    </Section>
  );
}
