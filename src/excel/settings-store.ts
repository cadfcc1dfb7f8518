/**
 * Settings persist in the workbook (`workbook.settings`, ExcelApi 1.4) as one JSON setting, so they travel with an
 * e-mailed file. What is read back is checked field by field (`parseStoredSettings`).
 */
import { parseStoredSettings, type Settings } from '../core/settings';

export const SETTINGS_KEY = 'huibao.settings';

export async function loadWorkbookSettings(context: Excel.RequestContext): Promise<Partial<Settings>> {
  const setting = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY).load('value');
  await context.sync();
  return setting.isNullObject ? {} : parseStoredSettings(setting.value);
}

export async function saveWorkbookSettings(context: Excel.RequestContext, settings: Settings): Promise<void> {
  context.workbook.settings.add(SETTINGS_KEY, JSON.stringify(settings));
  await context.sync();
}
