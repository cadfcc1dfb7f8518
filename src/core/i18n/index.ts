import type { Catalogue, Lang, Section } from './catalogue';
import { enUS } from './en-US';
import { formatTemplate } from './format';
import { zhCN } from './zh-CN';

export type { Catalogue, Lang, Section } from './catalogue';
export { formatTemplate } from './format';

const CATALOGUES: Readonly<Record<Lang, Catalogue>> = { 'zh-CN': zhCN, 'en-US': enUS };

export function catalogueFor(lang: Lang): Catalogue {
  return CATALOGUES[lang];
}

/** `zh`, `zh-Hans-CN`, `en-GB` … to a supported language; Chinese unless it is clearly English. */
export function languageFrom(tag: string | null | undefined): Lang {
  return tag && /^en\b/i.test(tag.trim()) ? 'en-US' : 'zh-CN';
}

export type Params = Readonly<Record<string, string | number>>;

/** A bound translator: `t('cli', 'wrote', { path })`. */
export interface Messages {
  readonly lang: Lang;
  readonly catalogue: Catalogue;
  t<S extends Section>(section: S, key: keyof Catalogue[S] & string, params?: Params): string;
}

export function messagesFor(lang: Lang, catalogue: Catalogue = catalogueFor(lang)): Messages {
  return {
    lang,
    catalogue,
    t(section, key, params) {
      const template = (catalogue[section] as Readonly<Record<string, string>>)[key];
      return formatTemplate(template ?? `${section}.${key}`, params);
    },
  };
}

/**
 * A pseudo-localised catalogue (every string wrapped in ⟦ ⟧ and padded), for tests that catch text shown without
 * going through the catalogue.
 */
export function pseudoCatalogue(base: Catalogue = zhCN): Catalogue {
  const wrap = (value: unknown): unknown => {
    if (typeof value === 'string') return `⟦${value}⟧`;
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, wrap(v)]));
    }
    return value;
  };
  return wrap(base) as Catalogue;
}
