import type { zhCN } from './zh-CN';

type Stringify<T> = { readonly [K in keyof T]: T[K] extends string ? string : Stringify<T[K]> };

/** Every language has exactly the keys of the Chinese catalogue, which is the reference. */
export type Catalogue = Stringify<typeof zhCN>;
export type Lang = 'zh-CN' | 'en-US';
export type Section = Exclude<keyof Catalogue, 'findings'>;
