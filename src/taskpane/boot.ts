/**
 * Starts the pane: waits for Office (quick, and host null in a plain browser), picks the host (Excel, or the
 * file host over .xlsx bytes), the language and the theme, and renders the App.
 */
import type { Theme } from '@fluentui/react-components';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { languageFrom, type Lang } from '../core/i18n';
import type { WorkbookHost } from '../core/workbook-host';
import { App } from './App';
import type { OfficeErrorMapper } from './describe-error';
import { createFileWorkbookHost } from './file-workbook-host';
import { loadLangChoice } from './lang-choice';
import type { PaneConnection } from './use-pane';

export interface OfficeStart {
  readonly host: 'excel' | null;
  readonly displayLanguage: string | null;
  /** Office's theme is dark (when the Excel host can tell); the browser's preference decides otherwise. */
  readonly dark?: boolean | null;
}

export interface BootOptions {
  readonly whenOfficeReady: () => Promise<OfficeStart>;
  readonly createExcelHost: () => WorkbookHost;
  readonly mapOfficeError?: OfficeErrorMapper;
  /** Office's theme changes while the pane is open (where the host says so); returns an unsubscribe. */
  readonly onThemeChange?: (listener: (dark: boolean) => void) => () => void;
  /** Base URL of the built files (the example workbook and the wasm sit there). */
  readonly baseUrl?: string;
}

/** `?lang=en-US` and `?theme=dark` override what Office says (screenshots, and people who prefer it). */
function overrides(search: string): { lang: Lang | null; dark: boolean | null } {
  const params = new URLSearchParams(search);
  const lang = params.get('lang');
  const theme = params.get('theme');
  return {
    lang: lang ? languageFrom(lang) : null,
    dark: theme === 'dark' ? true : theme === 'light' ? false : null,
  };
}

/** The browser's own language (`navigator.language`, then the first of `navigator.languages`); null when absent. */
function browserLanguage(): string | null {
  if (typeof navigator === 'undefined') return null;
  return navigator.language || navigator.languages?.[0] || null;
}

/**
 * The pane's language: `?lang=` first, then Office's display language in Excel; with no display language (a plain
 * browser, or an Office that does not say), the browser's language; Chinese when none of them is English.
 */
export function chooseLanguage(
  forced: Lang | null,
  displayLanguage: string | null,
  browser: string | null,
): Lang {
  if (forced) return forced;
  if (displayLanguage) return languageFrom(displayLanguage);
  return languageFrom(browser);
}

function prefersDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
}

export async function boot(element: HTMLElement, options: BootOptions): Promise<PaneConnection> {
  const base = options.baseUrl ?? document.baseURI;
  const forced = overrides(location.search);
  // The pane's language switch, remembered from an earlier visit, counts as asked for (after ?lang=).
  const asked = forced.lang ?? loadLangChoice();
  const root = createRoot(element);
  // The shell paints at once, as Office can take a while to answer inside Excel (not when dark is expected:
  // a light shell would flash).
  if (!(forced.dark ?? prefersDark())) {
    // Office has not said yet: the browser's language is the best guess (Excel's webview usually follows Office).
    const shellLang = chooseLanguage(asked, null, browserLanguage());
    root.render(createElement(App, { connection: null, mode: null, initialLang: shellLang }));
  }
  const office = await options
    .whenOfficeReady()
    .catch((): OfficeStart => ({ host: null, displayLanguage: null }));
  // Chinese first; English when ?lang=, Office's display language or (without one) the browser asks for it.
  const lang = chooseLanguage(asked, office.displayLanguage, browserLanguage());
  const dark = forced.dark ?? office.dark ?? prefersDark();
  // The sheets' language when the workbook keeps none: as the ribbon's commands choose it, the pane's switch aside.
  const sheetLang = chooseLanguage(forced.lang, office.displayLanguage, browserLanguage());
  let connection: PaneConnection;
  if (office.host === 'excel') {
    connection = {
      host: options.createExcelHost(),
      file: null,
      mapOfficeError: options.mapOfficeError,
      sheetLang,
    };
  } else {
    const file = createFileWorkbookHost({ wasmUrl: new URL('excelize.wasm.gz', base).href });
    connection = {
      host: file,
      file,
      exampleUrl: new URL('examples/street-2022.xlsx', base).href,
      sheetLang,
    };
  }
  // The dark theme is its own chunk: most panes are light, and the light theme is already in the initial JS.
  const themeFor = async (isDark: boolean): Promise<Theme | null> =>
    isDark ? (await import(/* webpackChunkName: "dark-theme" */ './dark-theme')).darkTheme : null;
  const render = (darkTheme: Theme | null): void =>
    // A new key: the pane starts afresh in the language Office asked for (the same key keeps it on a theme change).
    root.render(
      createElement(App, {
        key: 'connected',
        connection,
        mode: office.host === 'excel' ? 'excel' : 'file',
        initialLang: lang,
        darkTheme,
      }),
    );
  render(dark ? await themeFor(true) : null);
  // Inside Office the pane follows Office's theme as it changes, unless ?theme= forced one.
  if (office.host === 'excel' && forced.dark === null && options.onThemeChange) {
    let latest = dark;
    options.onThemeChange((isDark) => {
      latest = isDark;
      void themeFor(isDark).then((theme) => {
        if (latest === isDark) render(theme);
      });
    });
  }
  return connection;
}
