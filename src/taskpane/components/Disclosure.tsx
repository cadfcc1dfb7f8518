/**
 * A show/hide block: a Fluent button with aria-expanded and the content below it. Used instead of Fluent's
 * Accordion, whose motion code would push the initial JS past its budget.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronRightRegular } from '@fluentui/react-icons';
import { type ReactNode, useId, useState } from 'react';

const useStyles = makeStyles({
  toggle: {
    justifyContent: 'flex-start',
    paddingInline: 0,
    minWidth: 0,
    fontWeight: tokens.fontWeightSemibold,
  },
  body: { paddingBlock: tokens.spacingVerticalS },
});

export function Disclosure(props: {
  label: string;
  size?: 'small' | 'medium';
  initiallyOpen?: boolean;
  children: ReactNode;
}) {
  const styles = useStyles();
  const [open, setOpen] = useState(props.initiallyOpen ?? false);
  const id = useId();
  return (
    <div>
      <Button
        className={styles.toggle}
        appearance="transparent"
        size={props.size ?? 'medium'}
        icon={open ? <ChevronDownRegular /> : <ChevronRightRegular />}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {props.label}
      </Button>
      <div id={id} className={styles.body} hidden={!open}>
        {open ? props.children : null}
      </div>
    </div>
  );
}
