/** Settings that change results; hosts persist them (the add-in in `workbook.settings`, the CLI from flags). */
import type { Lang } from './i18n';

export interface Settings {
  readonly lang: Lang;
  /** An at-least target reached to this ratio or more is `超额` (exceeded). */
  readonly exceededRatio: number;
  /** A change against `上年值` beyond ± this ratio is a `yoy-jump` warning. */
  readonly yoyJumpRatio: number;
  /** Street name for titles; taken from the data when blank. */
  readonly streetName: string;
  /** Report year for titles; taken from the data when null. */
  readonly year: number | null;
  /** Add-in only: mark findings on the input cells (undone by 清除标记). */
  readonly highlightFindings: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  lang: 'zh-CN',
  exceededRatio: 1.2,
  yoyJumpRatio: 0.5,
  streetName: '',
  year: null,
  highlightFindings: false,
};
