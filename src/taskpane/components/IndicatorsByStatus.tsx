/** Indicators grouped by status (not met first), each with its value against its target. */
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { IndicatorResult, IndicatorStatus } from '../../core/results';
import { type CommonKey, useText } from '../pane-text';
import { Pill } from './Pill';

const ORDER: readonly IndicatorStatus[] = ['not-met', 'missing', 'exceeded', 'met', 'no-target'];
const LABEL: Record<IndicatorStatus, CommonKey> = {
  'not-met': 'statusNotMet',
  missing: 'statusMissing',
  exceeded: 'statusExceeded',
  met: 'statusMet',
  'no-target': 'statusNoTarget',
};
const COLOR = {
  'not-met': 'danger',
  missing: 'warning',
  exceeded: 'success',
  met: 'success',
  'no-target': 'informative',
} as const;

const useStyles = makeStyles({
  groups: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  head: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, margin: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  item: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    columnGap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalXXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    fontSize: tokens.fontSizeBase200,
  },
  name: { overflowWrap: 'anywhere' },
  id: { color: tokens.colorNeutralForeground3, marginRight: tokens.spacingHorizontalXS },
  value: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  target: { color: tokens.colorNeutralForeground3, display: 'block' },
});

function valueOf(indicator: IndicatorResult, none: string): string {
  if (indicator.actual !== null) {
    // Four decimals at most: totals of percentages can carry float noise.
    const value = String(Math.round(indicator.actual * 10000) / 10000);
    if (!indicator.unit) return value;
    return indicator.unit === '%' ? `${value}%` : `${value} ${indicator.unit}`;
  }
  return indicator.actualText || none;
}

export function IndicatorsByStatus(props: { indicators: readonly IndicatorResult[] }) {
  const styles = useStyles();
  const text = useText();
  const groups = ORDER.map((status) => ({
    status,
    items: props.indicators.filter((indicator) => indicator.status === status),
  })).filter((group) => group.items.length > 0);
  if (groups.length === 0) return <Caption1>{text.t('noIndicators')}</Caption1>;
  return (
    <div className={styles.groups} data-testid="indicators">
      {groups.map((group) => (
        <section key={group.status} aria-label={text.common(LABEL[group.status])}>
          <h3 className={styles.head}>
            <Pill color={COLOR[group.status]}>{text.common(LABEL[group.status])}</Pill>
            <Caption1>{text.count('countIndicators', group.items.length)}</Caption1>
          </h3>
          <ul className={styles.list}>
            {group.items.map((indicator) => (
              <li key={indicator.id} className={styles.item}>
                <span className={styles.name}>
                  <span className={styles.id}>{indicator.id}</span>
                  {indicator.name}
                </span>
                <span className={styles.value}>
                  {valueOf(indicator, text.t('noValue'))}
                  {indicator.target.kind !== 'none' && indicator.target.text ? (
                    <span className={styles.target}>{indicator.target.text}</span>
                  ) : null}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
