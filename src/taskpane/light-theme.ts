/**
 * Fluent's light theme with the pane's CJK font stack, as one CSS rule of custom properties on
 * `LIGHT_THEME_CLASS`. Evaluated at build time (webpack.config.js writes the rule into taskpane.html's head), not
 * in the pane: FluentProvider would otherwise build the theme object, turn its ~450 tokens into a rule and insert it
 * during the first render. Only the dark theme (its own chunk) is handed to FluentProvider at run time.
 */
import { createCSSRuleFromTheme, type Theme, webLightTheme } from '@fluentui/react-components';
import { FONT_FAMILY_BASE } from './cjk-font';
import { LIGHT_THEME_CLASS } from './light-theme-class';

export const lightTheme: Theme = { ...webLightTheme, fontFamilyBase: FONT_FAMILY_BASE };

export function lightThemeRule(): string {
  return createCSSRuleFromTheme(`.${LIGHT_THEME_CLASS}`, lightTheme);
}
