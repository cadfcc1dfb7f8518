/**
 * The class that carries the light theme's CSS variables. The build computes its rule from `light-theme.ts` and
 * writes it into taskpane.html's head, so the light theme costs no JavaScript before first paint.
 */
export const LIGHT_THEME_CLASS = 'huibao-light';
