/**
 * The status bars' live region, there from the start so that screen readers announce what appears in it; the
 * messages themselves (StatusMessages, Fluent's MessageBar) come with the later chunk. Should that chunk not load
 * (a network failure), the notice or the error's title is still shown, as plain text.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { useLaterParts } from '../later';
import { useText } from '../pane-text';
import type { StatusProps } from './StatusMessages';

const useStyles = makeStyles({
  bars: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
});

export function StatusBars(props: StatusProps) {
  const styles = useStyles();
  const text = useText();
  const shown = props.error !== null || props.notice !== null;
  const later = useLaterParts(shown);
  return (
    <div className={styles.bars} aria-live="polite">
      {shown && later ? <later.StatusMessages {...props} /> : null}
      {shown && !later ? (
        <p>
          {props.error
            ? text.t('errorTitle')
            : props.notice
              ? text.t(props.notice.key, props.notice.params)
              : null}
        </p>
      ) : null}
    </div>
  );
}
