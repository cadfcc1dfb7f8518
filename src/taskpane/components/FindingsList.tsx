/**
 * Findings, filterable by severity and sheet; a click selects the finding's cell in the workbook (in Excel), or,
 * in browser mode, says under the row where to find the cell in the downloaded workbook.
 */
import { Button, Caption1, makeStyles, mergeClasses, Select, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { type Finding, localiseFinding, type Severity } from '../../core/findings';
import { findingSentence } from '../finding-text';
import { type CommonKey, useText } from '../pane-text';
import { Pill } from './Pill';

/** More than this many rows would make the pane sluggish; the filters narrow it down. */
const SHOWN_LIMIT = 200;

const useStyles = makeStyles({
  filters: { display: 'flex', gap: tokens.spacingHorizontalS },
  filter: { flexGrow: 1, minWidth: 0 },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: '2px',
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: '2px',
    alignItems: 'stretch',
    width: '100%',
    maxWidth: 'none',
    textAlign: 'left',
    fontWeight: tokens.fontWeightRegular,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    // An inset shadow for the severity stripe: the subtle button's hover styles repaint its borders.
    boxShadow: `inset 3px 0 0 ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  error: { boxShadow: `inset 3px 0 0 ${tokens.colorPaletteRedBorder2}` },
  warning: { boxShadow: `inset 3px 0 0 ${tokens.colorPaletteDarkOrangeBorder2}` },
  info: { boxShadow: `inset 3px 0 0 ${tokens.colorPaletteBlueBorderActive}` },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
  note: {
    display: 'block',
    margin: `2px 0 ${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  top: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  where: { color: tokens.colorNeutralForeground3, fontFamily: tokens.fontFamilyMonospace },
  hint: { color: tokens.colorNeutralForeground3 },
  count: { color: tokens.colorNeutralForeground3 },
});

const SEVERITY_LABEL: Record<Severity, CommonKey> = {
  error: 'severityError',
  warning: 'severityWarning',
  info: 'severityInfo',
};
const SEVERITY_COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;

export function FindingsList(props: {
  findings: readonly Finding[];
  onJump: (finding: Finding) => void;
  /** Browser mode: no cell can be selected, so a click shows where to look in the downloaded workbook. */
  jumpInDownload?: boolean;
}) {
  const styles = useStyles();
  const text = useText();
  /** The last clicked row (its key), marked, and in browser mode followed by the note. */
  const [clicked, setClicked] = useState<string | null>(null);
  const [severity, setSeverity] = useState<Severity | 'all'>('all');
  const [sheet, setSheet] = useState<string>('');
  const sheets = useMemo(
    () => [...new Set(props.findings.map((f) => f.sheet).filter((s): s is string => !!s))],
    [props.findings],
  );
  const shown = props.findings.filter(
    (f) => (severity === 'all' || f.severity === severity) && (sheet === '' || f.sheet === sheet),
  );
  return (
    <div className={styles.list} data-testid="findings">
      <div className={styles.filters}>
        <Select
          className={styles.filter}
          size="small"
          aria-label={text.t('filterSeverity')}
          value={severity}
          onChange={(_, data) => setSeverity(data.value as Severity | 'all')}
        >
          <option value="all">{text.t('filterAll')}</option>
          {(['error', 'warning', 'info'] as const).map((s) => (
            <option key={s} value={s}>
              {text.common(SEVERITY_LABEL[s])}
            </option>
          ))}
        </Select>
        <Select
          className={styles.filter}
          size="small"
          aria-label={text.t('filterSheet')}
          value={sheet}
          onChange={(_, data) => setSheet(data.value)}
        >
          <option value="">{text.t('filterAllSheets')}</option>
          {sheets.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </Select>
      </div>
      <Caption1 className={styles.count} aria-live="polite">
        {props.findings.length === 0
          ? text.t('noFindings')
          : text.t('findingsShown', {
              shown: Math.min(shown.length, SHOWN_LIMIT),
              total: props.findings.length,
            })}
      </Caption1>
      {shown.length === 0 && props.findings.length > 0 ? (
        <Caption1 data-testid="no-match">{text.t('noFindingsMatch')}</Caption1>
      ) : null}
      <ul className={styles.list}>
        {shown.slice(0, SHOWN_LIMIT).map((finding, index) => {
          const local = localiseFinding(finding, text.catalogue);
          const where =
            finding.sheet && finding.cell ? `${finding.sheet}!${finding.cell}` : (finding.sheet ?? '');
          const canJump = !!(finding.sheet && finding.cell);
          const key = `${finding.code}-${where}-${index}`;
          const isClicked = clicked === key;
          return (
            <li key={key}>
              <Button
                appearance="subtle"
                className={mergeClasses(styles.item, styles[finding.severity], isClicked && styles.selected)}
                onClick={() => {
                  setClicked(key);
                  props.onJump(finding);
                }}
                aria-current={isClicked ? 'true' : undefined}
                disabled={!canJump}
                title={
                  canJump && !props.jumpInDownload
                    ? text.t('jumpTo', { sheet: finding.sheet ?? '', cell: finding.cell ?? '' })
                    : undefined
                }
                data-cell={where}
              >
                <span className={styles.top}>
                  <Pill color={SEVERITY_COLOR[finding.severity]}>
                    {text.common(SEVERITY_LABEL[finding.severity])}
                  </Pill>
                  {where ? <span className={styles.where}>{where}</span> : null}
                </span>
                <span>{findingSentence(local.message, finding.sheet, finding.cell, text.lang)}</span>
                {local.hint ? <span className={styles.hint}>{local.hint}</span> : null}
              </Button>
              {isClicked && props.jumpInDownload && canJump ? (
                <span className={styles.note} role="status" data-testid="jump-note">
                  {text.t('jumpInDownload', { sheet: finding.sheet ?? '', cell: finding.cell ?? '' })}
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
