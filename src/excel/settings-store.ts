/**
 * Settings persist in the workbook (`workbook.settings`, ExcelApi 1.4) as one JSON setting, so they travel with an
 * e-mailed file. What is read back is checked field by field: a damaged or foreign value is ignored, not trusted.
 */
import type { Lang } from '../core/i18n';
import type { Settings } from '../core/settings';

export const SETTINGS_KEY = 'huibao.settings';

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
  if (v.lang === 'zh-CN' || v.lang === 'en-US') out.lang = v.lang as Lang;
  if (typeof v.exceededRatio === 'number' && Number.isFinite(v.exceededRatio))
    out.exceededRatio = v.exceededRatio;
  if (typeof v.yoyJumpRatio === 'number' && Number.isFinite(v.yoyJumpRatio))
    out.yoyJumpRatio = v.yoyJumpRatio;
  if (typeof v.streetName === 'string') out.streetName = v.streetName;
  if (v.year === null || (typeof v.year === 'number' && Number.isInteger(v.year)))
    out.year = v.year as number | null;
  if (typeof v.highlightFindings === 'boolean') out.highlightFindings = v.highlightFindings;
  return out;
}

export async function loadWorkbookSettings(context: Excel.RequestContext): Promise<Partial<Settings>> {
  const setting = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY).load('value');
  await context.sync();
  return setting.isNullObject ? {} : parseStoredSettings(setting.value);
}

export async function saveWorkbookSettings(context: Excel.RequestContext, settings: Settings): Promise<void> {
  context.workbook.settings.add(SETTINGS_KEY, JSON.stringify(settings));
  await context.sync();
}
