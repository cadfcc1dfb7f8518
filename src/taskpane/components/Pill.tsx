/**
 * A small status label in Fluent tokens. Fluent's Badge would do the same but costs ~4 KB gzip of initial JS,
 * and the pane must stay inside its first-paint budget.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

export type PillColor = 'danger' | 'warning' | 'success' | 'informative' | 'brand' | 'subtle';

const useStyles = makeStyles({
  pill: {
    display: 'inline-flex',
    alignItems: 'center',
    flexShrink: 0,
    minHeight: '20px',
    paddingInline: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusCircular,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: 'nowrap',
  },
  danger: { backgroundColor: tokens.colorPaletteRedBackground3, color: tokens.colorNeutralForegroundOnBrand },
  warning: {
    backgroundColor: tokens.colorPaletteDarkOrangeBackground3,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  success: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    color: tokens.colorPaletteGreenForeground1,
  },
  informative: { backgroundColor: tokens.colorNeutralBackground5, color: tokens.colorNeutralForeground2 },
  brand: { backgroundColor: tokens.colorBrandBackground2, color: tokens.colorBrandForeground2 },
  subtle: {
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground3,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
});

export function Pill(props: { color: PillColor; children: ReactNode }) {
  const styles = useStyles();
  return <span className={mergeClasses(styles.pill, styles[props.color])}>{props.children}</span>;
}
