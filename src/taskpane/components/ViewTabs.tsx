/**
 * Tabs for the result views: Fluent buttons in a WAI-ARIA tablist (arrow keys move between tabs). Fluent's TabList
 * does the same with ~7 KB gzip more initial JS, which the pane's budget has no room for.
 */
import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { type KeyboardEvent, useRef } from 'react';

const useStyles = makeStyles({
  list: {
    display: 'flex',
    columnGap: tokens.spacingHorizontalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  tab: {
    minWidth: 0,
    paddingInline: tokens.spacingHorizontalS,
    borderRadius: 0,
    borderBottom: `${tokens.strokeWidthThicker} solid transparent`,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
  },
  selected: {
    borderBottomColor: tokens.colorCompoundBrandStroke,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
});

/** The id of a tab's button, for the panel's aria-labelledby. */
export function tabId(panelId: string, value: string): string {
  return `${panelId}-tab-${value}`;
}

export interface ViewTab<V extends string> {
  readonly value: V;
  readonly label: string;
}

export function ViewTabs<V extends string>(props: {
  tabs: readonly ViewTab<V>[];
  selected: V;
  label: string;
  panelId: string;
  onSelect: (value: V) => void;
}) {
  const styles = useStyles();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKey = (event: KeyboardEvent, index: number): void => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = (index + step + props.tabs.length) % props.tabs.length;
    refs.current[next]?.focus();
    props.onSelect(props.tabs[next].value);
  };
  return (
    <div className={styles.list} role="tablist" aria-label={props.label}>
      {props.tabs.map((tab, index) => {
        const selected = tab.value === props.selected;
        return (
          <Button
            key={tab.value}
            ref={(el) => {
              refs.current[index] = el as HTMLButtonElement | null;
            }}
            role="tab"
            id={tabId(props.panelId, tab.value)}
            appearance="subtle"
            size="small"
            className={mergeClasses(styles.tab, selected && styles.selected)}
            aria-selected={selected}
            aria-controls={props.panelId}
            tabIndex={selected ? 0 : -1}
            onClick={() => props.onSelect(tab.value)}
            onKeyDown={(event) => onKey(event, index)}
            data-testid={`tab-${tab.value}`}
          >
            {tab.label}
          </Button>
        );
      })}
    </div>
  );
}
