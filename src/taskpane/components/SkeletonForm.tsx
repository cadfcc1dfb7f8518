/**
 * The skeleton's form: the pasted template and the two ways to make `指标` (in the later chunk: it is behind a
 * closed disclosure at first paint).
 */
import { Button, Field, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { DocumentTableRegular, TextBulletListSquareRegular } from '@fluentui/react-icons';
import { useText } from '../pane-text';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  button: { flexGrow: 1, minWidth: '140px' },
});

export interface SkeletonProps {
  readonly pasted: string;
  readonly hasTemplateSheet: boolean;
  readonly busy: boolean;
  readonly ready: boolean;
  onPasted(text: string): void;
  onMake(from: 'text' | 'sheet'): void;
}

export function SkeletonForm(props: SkeletonProps) {
  const styles = useStyles();
  const text = useText();
  return (
    <div className={styles.body}>
      <Field label={text.t('skeletonPaste')}>
        <Textarea
          value={props.pasted}
          resize="vertical"
          rows={4}
          placeholder={text.t('skeletonPlaceholder')}
          onChange={(_, data) => props.onPasted(data.value)}
        />
      </Field>
      <div className={styles.buttons}>
        <Button
          className={styles.button}
          icon={<TextBulletListSquareRegular />}
          disabled={props.busy || !props.ready || props.pasted.trim() === ''}
          onClick={() => props.onMake('text')}
        >
          {text.t('skeletonFromText')}
        </Button>
        <Button
          className={styles.button}
          icon={<DocumentTableRegular />}
          disabled={props.busy || !props.ready || !props.hasTemplateSheet}
          onClick={() => props.onMake('sheet')}
        >
          {text.t('skeletonFromSheet')}
        </Button>
      </div>
    </div>
  );
}
