/** Findings, filterable by severity and sheet; a click selects the finding's cell in the workbook. */
import { Button, Caption1, makeStyles, mergeClasses, Select, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { type Finding, localiseFinding, type Severity } from '../../core/findings';
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

/** The message without its leading `sheet!cell：`, which the row already shows above it. */
function withoutLocation(message: string, where: string): string {
  if (!where || !message.startsWith(where)) return message;
  const rest = message.slice(where.length).replace(/^\s*[：:]\s*/, '');
  // English messages read as a sentence once the location is gone; Chinese has no case.
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

export function FindingsList(props: { findings: readonly Finding[]; onJump: (finding: Finding) => void }) {
  const styles = useStyles();
  const text = useText();
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
        {shown.length === 0
          ? text.t('noFindings')
          : text.t('findingsShown', {
              shown: Math.min(shown.length, SHOWN_LIMIT),
              total: props.findings.length,
            })}
      </Caption1>
      <ul className={styles.list}>
        {shown.slice(0, SHOWN_LIMIT).map((finding, index) => {
          const local = localiseFinding(finding, text.catalogue);
          const where =
            finding.sheet && finding.cell ? `${finding.sheet}!${finding.cell}` : (finding.sheet ?? '');
          const canJump = !!(finding.sheet && finding.cell);
          return (
            <li key={`${finding.code}-${where}-${index}`}>
              <Button
                appearance="subtle"
                className={mergeClasses(styles.item, styles[finding.severity])}
                onClick={() => props.onJump(finding)}
                disabled={!canJump}
                title={
                  canJump
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
                <span>{withoutLocation(local.message, where)}</span>
                {local.hint ? <span className={styles.hint}>{local.hint}</span> : null}
              </Button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
