/** Making the indicator sheet (`指标`) from a masked template: pasted text, or the workbook's `报告模板` sheet. */
import { Button, Field, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { DocumentTableRegular, TextBulletListSquareRegular } from '@fluentui/react-icons';
import { useText } from '../pane-text';
import { Disclosure } from './Disclosure';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  button: { flexGrow: 1, minWidth: '140px' },
  wrap: {
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
  },
});

export function SkeletonPanel(props: {
  pasted: string;
  hasTemplateSheet: boolean;
  busy: boolean;
  ready: boolean;
  onPasted: (text: string) => void;
  onMake: (from: 'text' | 'sheet') => void;
}) {
  const styles = useStyles();
  const text = useText();
  return (
    <div className={styles.wrap}>
      <Disclosure label={text.t('skeletonHeading')}>
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
      </Disclosure>
    </div>
  );
}
