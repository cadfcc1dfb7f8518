/** The progress of the job that runs, named by its step (in the later chunk: a job starts only after first paint). */
import { Field, ProgressBar } from '@fluentui/react-components';
import type { HostProgress } from '../../core/workbook-host';
import { stepText, useText } from '../pane-text';

export function JobProgress(props: { progress: HostProgress | null }) {
  const text = useText();
  return (
    <Field
      label={text.t('progressLabel')}
      validationMessage={stepText(text, props.progress?.step ?? '')}
      validationState="none"
      aria-live="polite"
    >
      <ProgressBar
        value={Math.max(0.05, props.progress?.fraction ?? 0)}
        thickness="large"
        data-testid="progress"
      />
    </Field>
  );
}
