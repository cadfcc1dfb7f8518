/**
 * Fluent's base font stack names Latin fonts only, so Chinese text falls back to whatever the system picks per
 * glyph run. Naming the CJK UI fonts Office itself uses (after the Latin ones, so digits and Latin keep Segoe UI)
 * gives Chinese text one consistent face and spares the browser a fallback search for every text style.
 */
export const FONT_FAMILY_BASE =
  "'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', " +
  "'Microsoft YaHei UI', 'Microsoft YaHei', 'PingFang SC', 'Hiragino Sans GB', 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif";
