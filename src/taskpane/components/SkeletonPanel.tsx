/** Making the indicator sheet (`指标`) from a masked template: pasted text, or the workbook's `报告模板` sheet. */
import { makeStyles, tokens } from '@fluentui/react-components';
import { useLaterParts } from '../later';
import { useText } from '../pane-text';
import { Disclosure } from './Disclosure';
import type { SkeletonProps } from './SkeletonForm';

const useStyles = makeStyles({
  wrap: {
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
  },
});

export function SkeletonPanel(props: SkeletonProps) {
  const styles = useStyles();
  const text = useText();
  const later = useLaterParts();
  return (
    <div className={styles.wrap}>
      {/* The form comes with the later chunk (fetched right after first paint); closed, it renders nothing anyway. */}
      <Disclosure label={text.t('skeletonHeading')}>
        {later ? <later.SkeletonForm {...props} /> : null}
      </Disclosure>
    </div>
  );
}
