/** The filled report, paragraph by paragraph, with masks left unfilled marked; and a copy button. */
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { CopyRegular } from '@fluentui/react-icons';
import type { FillResult } from '../../core/results';
import { useText } from '../pane-text';

/** A mask left in the text: `***`, `**.*`, `*+*`; whatever fill could not replace still reads this way. */
const MASK = /[*＊]+(?:(?:\+(?:[*＊]+|N))+|\.[*＊]+)?/g;

const useStyles = makeStyles({
  top: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  legend: { color: tokens.colorNeutralForeground3 },
  body: {
    maxHeight: '360px',
    overflowY: 'auto',
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase300,
  },
  para: { margin: `0 0 ${tokens.spacingVerticalS}`, overflowWrap: 'anywhere' },
  mark: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    outline: `1px solid ${tokens.colorPaletteDarkOrangeBorder2}`,
    borderRadius: tokens.borderRadiusSmall,
    paddingInline: '2px',
  },
});

/** A paragraph split into plain runs and unfilled masks. */
export function splitMasks(paragraph: string): { text: string; mask: boolean }[] {
  const parts: { text: string; mask: boolean }[] = [];
  let last = 0;
  for (const match of paragraph.matchAll(MASK)) {
    const at = match.index ?? 0;
    if (at > last) parts.push({ text: paragraph.slice(last, at), mask: false });
    parts.push({ text: match[0], mask: true });
    last = at + match[0].length;
  }
  if (last < paragraph.length) parts.push({ text: paragraph.slice(last), mask: false });
  return parts;
}

export function ReportPreview(props: { fill: FillResult | null; onCopy: () => void }) {
  const styles = useStyles();
  const text = useText();
  if (!props.fill) return <Caption1>{text.t('reportNone')}</Caption1>;
  // A value written with a warning is still filled.
  const filled = props.fill.slots.filter((s) => s.status === 'filled' || s.status === 'warning').length;
  return (
    <div data-testid="report">
      <div className={styles.top}>
        <Caption1 className={styles.legend}>
          {text.t('reportCounts', { filled, unfilled: props.fill.slots.length - filled })}
          <br />
          {text.t('reportLegend')}
        </Caption1>
        <Button size="small" icon={<CopyRegular />} onClick={props.onCopy}>
          {text.t('copyReport')}
        </Button>
      </div>
      <div className={styles.body} tabIndex={0} role="document" aria-label={text.t('reportHeading')}>
        {props.fill.paragraphs.map((paragraph, index) =>
          paragraph.trim() === '' ? null : (
            <p key={index} className={styles.para}>
              {splitMasks(paragraph).map((part, i) =>
                part.mask ? (
                  <mark key={i} className={styles.mark} title={text.t('reportUnfilled', { mask: part.text })}>
                    {part.text}
                  </mark>
                ) : (
                  <span key={i}>{part.text}</span>
                ),
              )}
            </p>
          ),
        )}
      </div>
    </div>
  );
}
