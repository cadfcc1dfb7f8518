/** Settings that change results; hosts persist them (the add-in in `workbook.settings`, the CLI from flags). */
import type { Lang } from './i18n';
import { roundFloat, toHalfWidth } from './parse-number';

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

/** `2022`, `2022年`, `2022 年度` → 2022; undefined when it is not a plausible four-digit year. */
export function parseYear(text: string): number | undefined {
  const trimmed = toHalfWidth(text.trim()).replace(/\s*年度?$/, '');
  if (!/^\d{4}$/.test(trimmed)) return undefined;
  const year = Number(trimmed);
  return year >= 1900 && year <= 2199 ? year : undefined;
}

/** The bounds a threshold typed as a percentage may take (exclusive below, inclusive above). */
export interface PercentBounds {
  readonly above: number;
  readonly atMost: number;
}

/** A ratio over 100% (超额 from 120% of an at-least target). */
export const EXCEEDED_PERCENT: PercentBounds = { above: 100, atMost: 1000 };
/** A change against 上年值 of more than ± this percentage. */
export const YOY_JUMP_PERCENT: PercentBounds = { above: 0, atMost: 1000 };

/**
 * A threshold typed as a percentage (`120`, `120%`, `１２０％`) → the ratio stored in the settings (1.2); undefined
 * when it is not a number within the bounds.
 */
export function parsePercentSetting(text: string, bounds: PercentBounds): number | undefined {
  const trimmed = toHalfWidth(text.trim()).replace(/\s*%$/, '');
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return undefined;
  const percent = Number(trimmed);
  if (!(percent > bounds.above && percent <= bounds.atMost)) return undefined;
  return roundFloat(percent / 100);
}

/** A ratio as the percentage a user types (1.2 → `120`), without float noise. */
export function percentText(ratio: number): string {
  return String(roundFloat(ratio * 100));
}

function withinPercentBounds(ratio: unknown, bounds: PercentBounds): ratio is number {
  return typeof ratio === 'number' && ratio * 100 > bounds.above && ratio * 100 <= bounds.atMost;
}

/**
 * Settings read back from where a host kept them (a workbook setting, the browser's storage): JSON text or a parsed
 * value. Checked field by field with the same bounds as the pane's form: a damaged, foreign or out-of-range value is
 * left out (its default stands), not trusted.
 */
export function parseStoredSettings(raw: unknown): Partial<Settings> {
  let value: unknown = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return {};
    }
  }
  if (!value || typeof value !== 'object') return {};
  const v = value as Record<string, unknown>;
  const out: { -readonly [K in keyof Settings]?: Settings[K] } = {};
  if (v.lang === 'zh-CN' || v.lang === 'en-US') out.lang = v.lang;
  if (withinPercentBounds(v.exceededRatio, EXCEEDED_PERCENT)) out.exceededRatio = v.exceededRatio;
  if (withinPercentBounds(v.yoyJumpRatio, YOY_JUMP_PERCENT)) out.yoyJumpRatio = v.yoyJumpRatio;
  if (typeof v.streetName === 'string') out.streetName = v.streetName.trim();
  if (v.year === null || (typeof v.year === 'number' && parseYear(String(v.year)) === v.year)) {
    out.year = v.year as number | null;
  }
  if (typeof v.highlightFindings === 'boolean') out.highlightFindings = v.highlightFindings;
  return out;
}
