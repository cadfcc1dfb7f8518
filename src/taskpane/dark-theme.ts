/** Fluent's dark theme, loaded only when Office (or the system) is dark. */
export { webDarkTheme as darkTheme } from '@fluentui/react-components';
