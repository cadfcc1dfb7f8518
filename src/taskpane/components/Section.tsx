/** A titled block of the pane; the one place that sets the pane's section spacing. */
import { makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  head: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalS,
  },
});

export function Section(props: { title: string; id: string; action?: ReactNode; children: ReactNode }) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby={props.id}>
      <div className={styles.head}>
        {/* Focusable from script only: the pane moves focus here when a run's results appear. */}
        <Subtitle2 as="h2" id={props.id} tabIndex={-1}>
          {props.title}
        </Subtitle2>
        {props.action}
      </div>
      {props.children}
    </section>
  );
}
