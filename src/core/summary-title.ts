/**
 * The summary's title: `{街道名}{年度}年工作指标完成情况`, with the street and year from the settings or, failing
 * that, from the data, and the generation date in the user's language.
 */
import type { Messages } from './i18n';
import type { Analysis, FillResult } from './results';
import type { Settings } from './settings';
import { type WorkbookSnapshot, cellAt, rowCountOf } from './snapshot';

export interface TitleParts {
  /** The street's name as found (`和平` or `和平街道`), '' when nothing names it. */
  readonly street: string;
  readonly year: number | null;
}

const STREET_MASK = /【[^】]*】\s*街道/;
const YEAR = /((?:19|20)\d{2})\s*年/;
/** Rows above an indicator sheet's header that may hold its title (`和平社区2022年工作指标`). */
const TITLE_ROWS = 3;

function looksLikeName(text: string): boolean {
  return text.trim() !== '' && !/^[\d\s.,%+-]+$/.test(text.trim());
}

function yearIn(text: string): number | null {
  const match = YEAR.exec(text);
  return match ? Number(match[1]) : null;
}

/** The first year written in the title rows of the catalogue, then of the unit sheets (or the one indicator sheet). */
function yearFromSheets(analysis: Analysis, snapshot: WorkbookSnapshot | undefined): number | null {
  if (!snapshot) return null;
  // The catalogue, the unit sheets, or (a single indicator sheet) the sheet the definitions live on.
  const names = new Set(
    [analysis.catalogueSheet, ...analysis.units, ...analysis.indicators.map((i) => i.definedAt.sheet)].filter(
      (n): n is string => n !== null,
    ),
  );
  for (const name of names) {
    const sheet = snapshot.sheets.find((s) => s.name === name);
    if (!sheet) continue;
    for (let row = 0; row < Math.min(TITLE_ROWS, rowCountOf(sheet)); row++) {
      const value = cellAt(sheet, row, 0);
      if (typeof value !== 'string') continue;
      const year = yearIn(value);
      if (year !== null) return year;
    }
  }
  return null;
}

/**
 * Street name and year: the settings win; else the answer of the mask standing before `街道` (`**街道党工委`), and
 * the first year in the report's title line (the first year in `2022年工作总结和2023年工作安排` is the one
 * reported on), or in the title row of the indicator sheets.
 */
export function titleParts(
  analysis: Analysis,
  fill: FillResult | null,
  settings: Pick<Settings, 'streetName' | 'year'>,
  snapshot?: WorkbookSnapshot,
): TitleParts {
  let street = settings.streetName.trim();
  if (street === '') {
    const fromIndicator = analysis.indicators.find(
      (i) => STREET_MASK.test(i.source) && i.actual === null && looksLikeName(i.actualText),
    );
    const fromSlot = fill?.slots.find(
      (s) => STREET_MASK.test(s.source) && typeof s.value === 'string' && looksLikeName(s.value),
    );
    street = (fromIndicator?.actualText ?? (fromSlot ? String(fromSlot.value) : '')).trim();
  }
  let year = settings.year;
  if (year === null && fill) {
    const titleLine = fill.paragraphs.find((p) => p.trim() !== '') ?? '';
    year = yearIn(titleLine);
  }
  if (year === null) year = yearFromSheets(analysis, snapshot);
  return { street, year };
}

/** `和平` → `和平街道`; a name that already ends in one of the catalogue's endings (`街道`, `镇`, `乡`) is kept. */
export function streetName(name: string, messages: Messages): string {
  const trimmed = name.trim();
  if (trimmed === '') return '';
  const endings = messages
    .t('summary', 'streetEndings')
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e !== '');
  return endings.some((e) => trimmed.endsWith(e)) ? trimmed : trimmed + messages.t('summary', 'streetSuffix');
}

export function summaryTitle(parts: TitleParts, messages: Messages): string {
  const street = streetName(parts.street, messages);
  if (street === '') {
    return parts.year === null
      ? messages.t('summary', 'titleBare')
      : messages.t('summary', 'titleNoStreet', { year: parts.year });
  }
  return parts.year === null
    ? messages.t('summary', 'titleNoYear', { street })
    : messages.t('summary', 'title', { street, year: parts.year });
}

export function formatDate(date: Date, messages: Messages): string {
  const m = date.getMonth() + 1;
  const d = date.getDate();
  return messages.t('summary', 'date', {
    y: date.getFullYear(),
    m,
    d,
    mm: String(m).padStart(2, '0'),
    dd: String(d).padStart(2, '0'),
  });
}
