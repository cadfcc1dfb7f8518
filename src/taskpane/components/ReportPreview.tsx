/**
 * The filled report, paragraph by paragraph, with masks left unfilled marked and figures filled from incomplete
 * totals (需核对) boxed; and a copy button.
 */
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { CopyRegular } from '@fluentui/react-icons';
import type { FilledSlot, FillResult } from '../../core/results';
import { useText } from '../pane-text';
import { unfilledCount } from '../use-pane';

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
  check: {
    backgroundColor: 'transparent',
    color: 'inherit',
    outline: `1px dashed ${tokens.colorPaletteDarkOrangeBorder2}`,
    borderRadius: tokens.borderRadiusSmall,
    paddingInline: '2px',
  },
});

export interface ReportRun {
  readonly text: string;
  readonly kind: 'plain' | 'mask' | 'check';
}

/**
 * Each paragraph as runs: unfilled masks, figures to check (slots written with a warning, e.g. from an incomplete
 * total) and plain text. Slots come in template order, so each is looked for after the previous one.
 */
export function reportRuns(paragraphs: readonly string[], slots: readonly FilledSlot[]): ReportRun[][] {
  const checks: { paragraph: number; at: number; length: number }[] = [];
  let paragraph = 0;
  let offset = 0;
  for (const slot of slots) {
    if (!slot.rendered) continue;
    for (let p = paragraph; p < paragraphs.length; p++) {
      const at = paragraphs[p].indexOf(slot.rendered, p === paragraph ? offset : 0);
      if (at < 0) continue;
      if (slot.status === 'warning') checks.push({ paragraph: p, at, length: slot.rendered.length });
      paragraph = p;
      offset = at + slot.rendered.length;
      break;
    }
  }
  return paragraphs.map((text, p) => {
    const runs: ReportRun[] = [];
    let last = 0;
    for (const check of checks.filter((c) => c.paragraph === p)) {
      if (check.at < last) continue;
      for (const part of splitMasks(text.slice(last, check.at))) {
        runs.push({ text: part.text, kind: part.mask ? 'mask' : 'plain' });
      }
      runs.push({ text: text.slice(check.at, check.at + check.length), kind: 'check' });
      last = check.at + check.length;
    }
    for (const part of splitMasks(text.slice(last)))
      runs.push({ text: part.text, kind: part.mask ? 'mask' : 'plain' });
    return runs;
  });
}

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
  const filled = props.fill.slots.length - unfilledCount(props.fill.slots);
  const hasChecks = props.fill.slots.some((slot) => slot.status === 'warning');
  const runs = reportRuns(props.fill.paragraphs, props.fill.slots);
  return (
    <div data-testid="report">
      <div className={styles.top}>
        <Caption1 className={styles.legend}>
          {text.t('reportCounts', { filled, unfilled: props.fill.slots.length - filled })}
          <br />
          {text.t('reportLegend')}
          {hasChecks ? (
            <>
              <br />
              {text.t('reportLegendCheck')}
            </>
          ) : null}
        </Caption1>
        <Button size="small" icon={<CopyRegular />} onClick={props.onCopy}>
          {text.t('copyReport')}
        </Button>
      </div>
      <div className={styles.body} tabIndex={0} role="document" aria-label={text.t('reportHeading')}>
        {props.fill.paragraphs.map((paragraph, index) =>
          paragraph.trim() === '' ? null : (
            <p key={index} className={styles.para}>
              {runs[index].map((part, i) =>
                part.kind === 'mask' ? (
                  <mark key={i} className={styles.mark} title={text.t('reportUnfilled', { mask: part.text })}>
                    {part.text}
                  </mark>
                ) : part.kind === 'check' ? (
                  <mark
                    key={i}
                    className={styles.check}
                    title={text.t('reportCheck', { text: part.text })}
                    data-testid="report-check"
                  >
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
