/**
 * The run's key figures as a small grid of numbers that wraps evenly: two per row in a narrow pane (320 px), and
 * from 400 px four per row for eight figures (4 + 4) or three for six (3 + 3), never 5 + 3.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { PipelineOutput } from '../../core/pipeline';
import { type PaneKey, useText } from '../pane-text';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(2, minmax(0, 1fr))',
    gap: tokens.spacingHorizontalS,
    margin: 0,
  },
  wide4: { '@media (min-width: 400px)': { gridTemplateColumns: 'repeat(4, minmax(0, 1fr))' } },
  wide3: { '@media (min-width: 400px)': { gridTemplateColumns: 'repeat(3, minmax(0, 1fr))' } },
  cell: {
    display: 'flex',
    flexDirection: 'column-reverse',
    // Label at the top, number at the bottom, whatever the label's line count.
    justifyContent: 'space-between',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  label: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  value: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: '1.2',
  },
  bad: { color: tokens.colorPaletteRedForeground1 },
  warn: { color: tokens.colorPaletteDarkOrangeForeground1 },
  good: { color: tokens.colorPaletteGreenForeground1 },
});

interface Figure {
  readonly key: PaneKey;
  readonly value: number;
  readonly tone?: 'bad' | 'warn' | 'good';
}

export function figuresOf(output: PipelineOutput): Figure[] {
  const { counts, findingCounts } = output.analysis;
  const figures: Figure[] = [
    { key: 'figureIndicators', value: counts.total },
    { key: 'figureMet', value: counts.met + counts.exceeded, tone: 'good' },
    { key: 'figureNotMet', value: counts.notMet, tone: counts.notMet ? 'bad' : undefined },
    { key: 'figureMissing', value: counts.missing, tone: counts.missing ? 'warn' : undefined },
    { key: 'figureErrors', value: findingCounts.error, tone: findingCounts.error ? 'bad' : undefined },
    { key: 'figureWarnings', value: findingCounts.warning, tone: findingCounts.warning ? 'warn' : undefined },
  ];
  if (output.fill) {
    const filled = output.fill.slots.filter(
      (slot) => slot.status === 'filled' || slot.status === 'warning',
    ).length;
    const unfilled = output.fill.slots.length - filled;
    figures.push({ key: 'figureFilled', value: filled, tone: 'good' });
    figures.push({ key: 'figureUnfilled', value: unfilled, tone: unfilled ? 'bad' : undefined });
  }
  return figures;
}

export function KeyFigures(props: { output: PipelineOutput }) {
  const styles = useStyles();
  const text = useText();
  const figures = figuresOf(props.output);
  // Full rows only: 8 → 4 + 4, 6 → 3 + 3 (2 per row below 400 px in either case).
  const wide = figures.length % 4 === 0 ? styles.wide4 : styles.wide3;
  return (
    <dl className={mergeClasses(styles.grid, wide)} data-testid="key-figures" data-count={figures.length}>
      {figures.map((figure) => (
        <div key={figure.key} className={styles.cell}>
          <dd
            className={`${styles.value} ${figure.tone ? styles[figure.tone] : ''}`}
            data-figure={figure.key}
          >
            {figure.value}
          </dd>
          <dt className={styles.label}>{text.t(figure.key)}</dt>
        </div>
      ))}
    </dl>
  );
}
