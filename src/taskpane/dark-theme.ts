/** Fluent's dark theme with the pane's CJK font stack, loaded only when Office (or the system) is dark. */
import { type Theme, webDarkTheme } from '@fluentui/react-components';
import { FONT_FAMILY_BASE } from './cjk-font';

export const darkTheme: Theme = { ...webDarkTheme, fontFamilyBase: FONT_FAMILY_BASE };
