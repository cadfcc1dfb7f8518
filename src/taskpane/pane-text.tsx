/**
 * The pane's words: a bound catalogue (Chinese, English, or the pseudo catalogue in tests) handed down by context,
 * so no component holds a literal string.
 */
import { createContext, useContext } from 'react';
import type { Catalogue, Lang, Params } from '../core/i18n';
import { catalogueFor, formatTemplate } from '../core/i18n';

export type PaneKey = keyof Catalogue['pane'] & string;
export type CommonKey = keyof Catalogue['common'] & string;

export interface PaneText {
  readonly lang: Lang;
  readonly catalogue: Catalogue;
  t(key: PaneKey, params?: Params): string;
  /** `{count} …` with the singular form (`<key>One`) when the count is 1 and the catalogue has one. */
  count(key: PaneKey, count: number): string;
  common(key: CommonKey): string;
}

export function paneText(lang: Lang, catalogue: Catalogue = catalogueFor(lang)): PaneText {
  const pane = catalogue.pane as Readonly<Record<string, string>>;
  return {
    lang,
    catalogue,
    t: (key, params) => formatTemplate(pane[key] ?? key, params),
    count: (key, count) =>
      formatTemplate((count === 1 ? pane[`${key}One`] : undefined) ?? pane[key] ?? key, { count }),
    common: (key) => catalogue.common[key],
  };
}

const TextContext = createContext<PaneText>(paneText('zh-CN'));

export const PaneTextProvider = TextContext.Provider;

export function useText(): PaneText {
  return useContext(TextContext);
}

/** A progress step key from a host (`progressRead`…) as words; unknown keys fall back to a generic line. */
export function stepText(text: PaneText, step: string): string {
  const pane = text.catalogue.pane as Readonly<Record<string, string>>;
  return pane[step] ?? text.t('progressWorking');
}
