/**
 * The language picked with the pane's switch, kept in the browser's storage so a reload (in Excel or a browser)
 * starts in it. Stored only on an explicit choice: the workbook settings' `lang` is also saved on other changes,
 * so it cannot tell a choice from the default.
 */
import { type Lang, languageFrom } from '../core/i18n';

const KEY = 'huibao.paneLang';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Some embedded browsers (and Office webviews with storage off) throw on access.
    return null;
  }
}

export function loadLangChoice(): Lang | null {
  try {
    const value = storage()?.getItem(KEY);
    return value ? languageFrom(value) : null;
  } catch {
    return null;
  }
}

export function saveLangChoice(lang: Lang): void {
  try {
    storage()?.setItem(KEY, lang);
  } catch {
    // Full or refused: the choice lasts for this visit only.
  }
}
