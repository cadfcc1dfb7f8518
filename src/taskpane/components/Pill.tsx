/**
 * A small status label in Fluent tokens. Fluent's Badge would do the same but costs ~4 KB gzip of initial JS,
 * and the pane must stay inside its first-paint budget.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

export type PillColor = 'danger' | 'warning' | 'success' | 'informative' | 'brand' | 'subtle';

/**
 * Background and text token of each filled colour. Each pair keeps text contrast at 4.5:1 or more in both the light
 * and the dark theme (test/taskpane/pill-contrast.test.ts); the palette's *Background1/*Foreground1 pairs and
 * Neutral Background5 with Foreground2 looked faint in the dark theme.
 */
export const PILL_TOKENS = {
  danger: ['colorPaletteRedBackground3', 'colorNeutralForegroundOnBrand'],
  warning: ['colorPaletteDarkOrangeBackground3', 'colorNeutralForegroundOnBrand'],
  success: ['colorPaletteGreenBackground2', 'colorPaletteGreenForeground2'],
  informative: ['colorNeutralBackground5', 'colorNeutralForeground1'],
  brand: ['colorBrandBackground2', 'colorBrandForeground2'],
} as const satisfies Record<
  Exclude<PillColor, 'subtle'>,
  readonly [keyof typeof tokens, keyof typeof tokens]
>;

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
  danger: { backgroundColor: tokens[PILL_TOKENS.danger[0]], color: tokens[PILL_TOKENS.danger[1]] },
  warning: { backgroundColor: tokens[PILL_TOKENS.warning[0]], color: tokens[PILL_TOKENS.warning[1]] },
  success: { backgroundColor: tokens[PILL_TOKENS.success[0]], color: tokens[PILL_TOKENS.success[1]] },
  informative: {
    backgroundColor: tokens[PILL_TOKENS.informative[0]],
    color: tokens[PILL_TOKENS.informative[1]],
  },
  brand: { backgroundColor: tokens[PILL_TOKENS.brand[0]], color: tokens[PILL_TOKENS.brand[1]] },
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
