/** The results of the last run: key figures, then findings, indicators by status and the report preview in tabs. */
import { makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Finding } from '../../core/findings';
import type { PipelineOutput } from '../../core/pipeline';
import { useText } from '../pane-text';
import { FindingsList } from './FindingsList';
import { IndicatorsByStatus } from './IndicatorsByStatus';
import { KeyFigures } from './KeyFigures';
import { ReportPreview } from './ReportPreview';
import { Section } from './Section';

type View = 'findings' | 'indicators' | 'report';

const useStyles = makeStyles({
  tabs: { marginInline: `calc(-1 * ${tokens.spacingHorizontalS})` },
  panel: { paddingTop: tokens.spacingVerticalS },
});

export function ResultsPanel(props: {
  output: PipelineOutput;
  onJump: (f: Finding) => void;
  onCopy: () => void;
}) {
  const styles = useStyles();
  const text = useText();
  const [view, setView] = useState<View>('findings');
  const { analysis, fill } = props.output;
  return (
    <Section id="huibao-results" title={text.t('resultsHeading')}>
      <KeyFigures output={props.output} />
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={view}
        onTabSelect={(_, data) => setView(data.value as View)}
        aria-label={text.t('resultTabs')}
      >
        <Tab value="findings" data-testid="tab-findings">
          {text.t('tabFindings', { count: analysis.findings.length })}
        </Tab>
        <Tab value="indicators" data-testid="tab-indicators">
          {text.t('tabIndicators')}
        </Tab>
        <Tab value="report" data-testid="tab-report">
          {text.t('tabReport')}
        </Tab>
      </TabList>
      <div className={styles.panel} role="tabpanel">
        {view === 'findings' ? <FindingsList findings={analysis.findings} onJump={props.onJump} /> : null}
        {view === 'indicators' ? <IndicatorsByStatus indicators={analysis.indicators} /> : null}
        {view === 'report' ? <ReportPreview fill={fill} onCopy={props.onCopy} /> : null}
      </div>
    </Section>
  );
}
