/** The detected sheets with their counts: what the one-click run will read. */
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowClockwiseRegular } from '@fluentui/react-icons';
import type { DetectedSheet, DetectedSheets } from '../detect-sheets';
import { type PaneKey, useText } from '../pane-text';
import { Pill } from './Pill';
import { Section } from './Section';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase300 },
  names: { color: tokens.colorNeutralForeground3, display: 'block' },
  // A name wraps as a whole (never "社区\n04"); one longer than the pane is cut with an ellipsis, in full as its title.
  name: {
    display: 'inline-block',
    maxWidth: '100%',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    verticalAlign: 'bottom',
  },
  value: { margin: 0, justifySelf: 'end', alignSelf: 'start' },
});

interface Row {
  readonly label: PaneKey;
  readonly sheets: readonly DetectedSheet[];
  readonly count: PaneKey;
  /** Show the number of sheets rather than the rows in them. */
  readonly bySheet?: boolean;
}

export function SheetsPanel(props: {
  detected: DetectedSheets | null;
  busy: boolean;
  onRefresh: () => void;
}) {
  const styles = useStyles();
  const text = useText();
  const d = props.detected;
  const one = (sheet: DetectedSheet | null | undefined) => (sheet ? [sheet] : []);
  const rows: Row[] = [
    { label: 'sheetsCatalogue', sheets: one(d?.catalogue), count: 'countRows' },
    { label: 'sheetsUnits', sheets: d?.units ?? [], count: 'countSheets', bySheet: true },
    ...(d && d.units.length === 0
      ? [{ label: 'sheetsIndicators' as const, sheets: d.indicators, count: 'countRows' as const }]
      : []),
    { label: 'sheetsTemplate', sheets: one(d?.template), count: 'countParagraphs' },
    { label: 'sheetsRules', sheets: one(d?.rules), count: 'countRules' },
  ];
  // A native title rather than a Fluent Tooltip: the tooltip's positioning code would cost ~15 KB of initial JS.
  const refresh = (
    <Button
      appearance="subtle"
      size="small"
      icon={<ArrowClockwiseRegular />}
      aria-label={text.t('refresh')}
      title={text.t('refresh')}
      disabled={props.busy}
      onClick={props.onRefresh}
    />
  );
  return (
    <Section id="huibao-sheets" title={text.t('sheetsHeading')} action={refresh}>
      <dl className={styles.list} data-testid="detected-sheets">
        {rows.map((row) => {
          const found = row.sheets.length > 0;
          const total = row.bySheet ? row.sheets.length : row.sheets.reduce((sum, s) => sum + s.count, 0);
          return (
            <div key={row.label} style={{ display: 'contents' }}>
              <dt className={styles.term}>
                {text.t(row.label)}
                {found && !(row.sheets.length === 1 && row.sheets[0].name === text.t(row.label)) ? (
                  <Caption1 className={styles.names}>
                    {row.sheets.map((s, i) => (
                      <span key={s.name}>
                        {i > 0 ? text.t('listSeparator') : null}
                        <span className={styles.name} title={s.name}>
                          {s.name}
                        </span>
                      </span>
                    ))}
                  </Caption1>
                ) : null}
              </dt>
              <dd className={styles.value}>
                <Pill color={found ? 'brand' : 'subtle'}>
                  {found ? text.count(row.count, total) : text.t('notFound')}
                </Pill>
              </dd>
            </div>
          );
        })}
      </dl>
    </Section>
  );
}
