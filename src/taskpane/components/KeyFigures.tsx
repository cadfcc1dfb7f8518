/**
 * The run's key figures as a small grid of numbers that wraps evenly: two per row in a narrow pane (320 px), and
 * from 400 px four per row for eight figures (4 + 4) or three for six (3 + 3), never 5 + 3.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Catalogue } from '../../core/i18n';
import type { SummaryFigure, SummaryFigureId } from '../summary-figures';
import { useText } from '../pane-text';

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
    flexDirection: 'column',
    // Label (dt) at the top, number (dd) at the bottom, whatever the label's line count.
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

/** Each figure in the 汇总 sheet's own words (its catalogue entries), so the pane and the sheet read alike. */
const LABEL: Readonly<Record<SummaryFigureId, (c: Catalogue) => string>> = {
  total: (c) => c.summary.figureTotal,
  met: (c) => c.common.statusMet,
  exceeded: (c) => c.common.statusExceeded,
  notMet: (c) => c.common.statusNotMet,
  noTarget: (c) => c.common.statusNoTarget,
  missing: (c) => c.common.statusMissing,
  incomplete: (c) => c.summary.figureIncomplete,
  errors: (c) => c.summary.figureErrors,
};

type Tone = 'bad' | 'warn' | 'good';
const TONE: Readonly<Partial<Record<SummaryFigureId, Tone>>> = {
  met: 'good',
  exceeded: 'good',
  notMet: 'bad',
  missing: 'warn',
  incomplete: 'warn',
  errors: 'bad',
};

/** A figure's label as the pane shows it (the same words as the 汇总 sheet's key figures). */
export function figureLabel(id: SummaryFigureId, catalogue: Catalogue): string {
  return LABEL[id](catalogue);
}

/** Coloured only when there is something to look at: a zero stays neutral. */
function toneOf(figure: SummaryFigure): Tone | null {
  return figure.value > 0 ? (TONE[figure.id] ?? null) : null;
}

export function KeyFigures(props: { figures: readonly SummaryFigure[] }) {
  const styles = useStyles();
  const text = useText();
  const { figures } = props;
  // Full rows only: 8 → 4 + 4, 6 → 3 + 3 (2 per row below 400 px in either case).
  const wide = figures.length % 4 === 0 ? styles.wide4 : styles.wide3;
  return (
    <dl className={mergeClasses(styles.grid, wide)} data-testid="key-figures" data-count={figures.length}>
      {figures.map((figure) => {
        const tone = toneOf(figure);
        return (
          <div key={figure.id} className={styles.cell}>
            <dt className={styles.label}>{figureLabel(figure.id, text.catalogue)}</dt>
            <dd
              className={mergeClasses(styles.value, tone ? styles[tone] : undefined)}
              data-figure={figure.id}
            >
              {figure.value}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
