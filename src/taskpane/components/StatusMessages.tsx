/**
 * The failure of the last job (mapped message, retry, collapsible details) and short notices, inside StatusBars'
 * live region (in the later chunk: nothing fails or is noticed before first paint).
 */
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { describeError, type OfficeErrorMapper } from '../describe-error';
import { useText } from '../pane-text';
import { Disclosure } from './Disclosure';
import type { Notice, PaneError } from '../use-pane';

const useStyles = makeStyles({
  next: { display: 'block', marginTop: tokens.spacingVerticalXS },
  details: {
    margin: 0,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase100,
    maxHeight: '160px',
    overflowY: 'auto',
  },
});

export interface StatusProps {
  readonly error: PaneError | null;
  readonly notice: Notice | null;
  readonly mapOfficeError?: OfficeErrorMapper;
  onDismiss(): void;
  /** Browser mode, after an unreadable file: open the file chooser again. */
  onChooseFile?(): void;
  /** Browser mode, after an unreadable file: load the bundled example instead. */
  onExample?(): void;
}

export function StatusMessages(props: StatusProps) {
  const styles = useStyles();
  const text = useText();
  const dismiss = (
    <Button
      appearance="transparent"
      icon={<DismissRegular />}
      aria-label={text.t('dismiss')}
      onClick={props.onDismiss}
    />
  );
  const unreadable = props.error?.unreadableFile;
  const described = props.error
    ? describeError(props.error.error, text, props.mapOfficeError, unreadable !== undefined)
    : null;
  return (
    <>
      {described && props.error ? (
        // Focusable from script only: the pane moves focus here when a job fails.
        <MessageBar intent="error" layout="multiline" id="huibao-error" tabIndex={-1} data-testid="error">
          <MessageBarBody>
            <MessageBarTitle>
              {unreadable !== undefined
                ? text.t('fileUnreadable', { name: unreadable })
                : (described.title ?? text.t('errorTitle'))}
            </MessageBarTitle>
            {described.message}
            {unreadable !== undefined ? (
              <span className={styles.next} data-testid="error-next">
                {text.t('fileUnreadableNext')}
              </span>
            ) : null}
            {described.details ? (
              <Disclosure label={text.t('details')} size="small">
                <pre className={styles.details}>{described.details}</pre>
              </Disclosure>
            ) : null}
          </MessageBarBody>
          <MessageBarActions containerAction={dismiss}>
            {props.error.retry ? <Button onClick={props.error.retry}>{text.t('retry')}</Button> : null}
            {unreadable !== undefined && props.onChooseFile ? (
              <Button onClick={props.onChooseFile} data-testid="choose-another">
                {text.t('chooseAnother')}
              </Button>
            ) : null}
            {unreadable !== undefined && props.onExample ? (
              <Button onClick={props.onExample}>{text.t('fileExample')}</Button>
            ) : null}
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {props.notice ? (
        // Multiline always: Fluent's single-line layout decides once from the width and does not look again when
        // the language changes the text, which then ran past 320 px.
        <MessageBar intent={props.notice.intent} layout="multiline" data-testid="notice">
          <MessageBarBody>{text.t(props.notice.key, props.notice.params)}</MessageBarBody>
          <MessageBarActions containerAction={dismiss} />
        </MessageBar>
      ) : null}
    </>
  );
}
