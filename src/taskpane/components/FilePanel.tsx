/** Browser mode: the workbook comes from a file (chosen, dropped, or the bundled example). */
import { Button, Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { DocumentArrowUpRegular, DocumentBulletListRegular } from '@fluentui/react-icons';
import { type DragEvent, type RefObject, useState } from 'react';
import { useText } from '../pane-text';
import { Section } from './Section';

const useStyles = makeStyles({
  drop: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'stretch',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  over: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  button: { flexGrow: 1, minWidth: '130px' },
  hint: { color: tokens.colorNeutralForeground3 },
  hidden: { display: 'none' },
});

export function FilePanel(props: {
  /** The hidden file input, also opened from the error bar after an unreadable file. */
  inputRef: RefObject<HTMLInputElement>;
  busy: boolean;
  hasExample: boolean;
  onFile: (file: File) => void;
  onExample: () => void;
}) {
  const styles = useStyles();
  const text = useText();
  const input = props.inputRef;
  const [over, setOver] = useState(false);
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) props.onFile(file);
  };
  return (
    <Section id="huibao-file" title={text.t('fileHeading')}>
      <div
        className={mergeClasses(styles.drop, over && styles.over)}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        data-testid="drop-zone"
      >
        <Caption1 className={styles.hint}>{text.t('fileHint')}</Caption1>
        <div className={styles.buttons}>
          <Button
            className={styles.button}
            icon={<DocumentArrowUpRegular />}
            disabled={props.busy}
            onClick={() => input.current?.click()}
          >
            {text.t('fileChoose')}
          </Button>
          {props.hasExample ? (
            <Button
              className={styles.button}
              appearance="subtle"
              icon={<DocumentBulletListRegular />}
              disabled={props.busy}
              onClick={props.onExample}
            >
              {text.t('fileExample')}
            </Button>
          ) : null}
        </div>
        <Caption1 className={styles.hint} aria-hidden="true">
          {text.t('fileDrop')}
        </Caption1>
        <input
          ref={input}
          className={styles.hidden}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label={text.t('fileChoose')}
          data-testid="file-input"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) props.onFile(file);
            event.target.value = '';
          }}
        />
      </div>
    </Section>
  );
}
