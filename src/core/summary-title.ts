/**
 * The summary's title: `{街道名}{年度}年工作指标完成情况`, with the street and year from the settings or, failing
 * that, from the data, and the generation date in the user's language.
 */
import type { Messages } from './i18n';
import type { Analysis, FillResult } from './results';
import type { Settings } from './settings';

export interface TitleParts {
  /** `和平街道`, '' when nothing names it. */
  readonly street: string;
  readonly year: number | null;
}

const STREET_MASK = /【[^】]*】\s*街道/;
const YEAR = /((?:19|20)\d{2})\s*年/;

function asStreetName(text: string): string {
  const name = text.trim();
  return name === '' || /(街道|镇|乡)$/.test(name) ? name : `${name}街道`;
}

function looksLikeName(text: string): boolean {
  return text.trim() !== '' && !/^[\d\s.,%+-]+$/.test(text.trim());
}

/**
 * Street name and year: the settings win; else the answer of the mask standing before `街道` (`**街道党工委`), and
 * the first year in the report's title line (the first year in `2022年工作总结和2023年工作安排` is the one
 * reported on).
 */
export function titleParts(
  analysis: Analysis,
  fill: FillResult | null,
  settings: Pick<Settings, 'streetName' | 'year'>,
): TitleParts {
  let street = settings.streetName.trim();
  if (street === '') {
    const fromIndicator = analysis.indicators.find(
      (i) => STREET_MASK.test(i.source) && i.actual === null && looksLikeName(i.actualText),
    );
    const fromSlot = fill?.slots.find(
      (s) => STREET_MASK.test(s.source) && typeof s.value === 'string' && looksLikeName(s.value),
    );
    street = asStreetName(fromIndicator?.actualText ?? (fromSlot ? String(fromSlot.value) : ''));
  }
  let year = settings.year;
  if (year === null && fill) {
    const titleLine = fill.paragraphs.find((p) => p.trim() !== '') ?? '';
    const match = YEAR.exec(titleLine);
    if (match) year = Number(match[1]);
  }
  return { street, year };
}

export function summaryTitle(parts: TitleParts, messages: Messages): string {
  return parts.year === null
    ? messages.t('summary', 'titleNoYear', { street: parts.street })
    : messages.t('summary', 'title', { street: parts.street, year: parts.year });
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
