/** Indicators grouped by status (not met first), each with its value against its target. */
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { formatTemplate } from '../../core/i18n';
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
  mark: {
    color: tokens.colorPaletteDarkOrangeForeground1,
    fontWeight: tokens.fontWeightSemibold,
    cursor: 'help',
  },
  legend: { color: tokens.colorNeutralForeground3 },
});

/** A total some unit did not contribute to (as the 汇总 sheet's `isIncompleteTotal`, kept here out of the engine). */
function isIncomplete(indicator: IndicatorResult): boolean {
  return !indicator.complete && indicator.actual !== null;
}

/** The 汇总 sheet's marker for incomplete totals, without its leading space. */
function markOf(text: ReturnType<typeof useText>): string {
  return text.catalogue.summary.incompleteMark.trim();
}

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
  const mark = markOf(text);
  const anyIncomplete = props.indicators.some(isIncomplete);
  return (
    <div className={styles.groups} data-testid="indicators">
      {anyIncomplete ? (
        <Caption1 className={styles.legend}>
          {formatTemplate(text.catalogue.summary.incompleteLegend, { mark })}
        </Caption1>
      ) : null}
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
                  {isIncomplete(indicator) ? (
                    // The same marker as the workbook, with its meaning as the accessible name.
                    <span
                      className={styles.mark}
                      role="img"
                      aria-label={text.t('incompleteMarker')}
                      title={text.t('incompleteMarker')}
                      data-testid="incomplete-mark"
                    >
                      {mark}
                    </span>
                  ) : null}
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
