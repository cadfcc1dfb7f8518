/** The one-click button, the separate steps, and the progress of the job that runs. */
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import {
  ArrowDownloadRegular,
  CheckmarkCircleRegular,
  EraserRegular,
  FlashRegular,
  HighlightRegular,
  TableAddRegular,
} from '@fluentui/react-icons';
import type { Lang } from '../../core/i18n';
import type { HostProgress } from '../../core/workbook-host';
import { useLaterParts } from '../later';
import { useText } from '../pane-text';

const useStyles = makeStyles({
  block: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalM,
  },
  primary: { width: '100%' },
  hint: { color: tokens.colorNeutralForeground3, textAlign: 'center' },
  steps: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  step: { flexGrow: 1, minWidth: '120px' },
});

export interface ActionsProps {
  readonly mode: 'excel' | 'file' | null;
  readonly ready: boolean;
  readonly progress: HostProgress | null;
  readonly highlight: boolean;
  /** The sheets' language (a workbook setting) when it is not the pane's, else null. */
  readonly sheetLang: Lang | null;
  readonly canDownload: boolean;
  onGenerate(): void;
  onValidate(): void;
  onWriteSummary(): void;
  onHighlight(on: boolean): void;
  onClearMarks(): void;
  onDownload(): void;
}

export function ActionsPanel(props: ActionsProps) {
  const styles = useStyles();
  const text = useText();
  const busy = props.progress !== null;
  const later = useLaterParts(busy);
  const disabled = busy || !props.ready;
  return (
    <div className={styles.block}>
      <Button
        className={styles.primary}
        appearance="primary"
        size="large"
        icon={<FlashRegular />}
        disabled={disabled}
        onClick={props.onGenerate}
        data-testid="generate"
      >
        {text.t('generate')}
      </Button>
      <Caption1 className={styles.hint}>{text.t('generateHint')}</Caption1>
      {props.sheetLang ? (
        <Caption1 className={styles.hint} data-testid="sheet-lang">
          {text.t('sheetsInLang', {
            lang: text.t(props.sheetLang === 'en-US' ? 'sheetLangEn' : 'sheetLangZh'),
          })}
        </Caption1>
      ) : null}
      <div className={styles.steps} role="group" aria-label={text.t('stepsLabel')}>
        <Button
          className={styles.step}
          icon={<CheckmarkCircleRegular />}
          disabled={disabled}
          onClick={props.onValidate}
        >
          {text.t('validate')}
        </Button>
        <Button
          className={styles.step}
          icon={<TableAddRegular />}
          disabled={disabled}
          onClick={props.onWriteSummary}
        >
          {text.t('writeSummary')}
        </Button>
        {props.mode === 'file' && props.canDownload ? (
          <Button
            className={styles.step}
            appearance="primary"
            icon={<ArrowDownloadRegular />}
            disabled={busy}
            onClick={props.onDownload}
            data-testid="download"
          >
            {text.t('download')}
          </Button>
        ) : null}
      </div>
      {props.mode === 'excel' ? (
        <div className={styles.steps}>
          {/* A pressed/unpressed Button (aria-pressed) for the option: Switch or ToggleButton would add ~4 KB gzip. */}
          <Button
            appearance={props.highlight ? 'primary' : 'subtle'}
            icon={<HighlightRegular />}
            aria-pressed={props.highlight}
            onClick={() => props.onHighlight(!props.highlight)}
          >
            {text.t('highlight')}
          </Button>
          <Button appearance="subtle" icon={<EraserRegular />} disabled={busy} onClick={props.onClearMarks}>
            {text.t('clearMarks')}
          </Button>
        </div>
      ) : null}
      {busy && later ? <later.JobProgress progress={props.progress} /> : null}
    </div>
  );
}
