import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import { followSettings, readDraft } from '../../src/taskpane/components/SettingsForm';

const BASE: Settings = { ...DEFAULT_SETTINGS, highlightFindings: true };
const DRAFT = { streetName: ' 东湖街道 ', year: '2022', exceeded: '130', yoy: '40%', lang: 'en-US' as const };

describe('the settings form', () => {
  it('reads a good draft into settings, keeping what the form does not show', () => {
    const read = readDraft(DRAFT, BASE);
    expect(read.problems).toBeNull();
    expect(read.settings).toEqual({
      lang: 'en-US',
      exceededRatio: 1.3,
      yoyJumpRatio: 0.4,
      streetName: '东湖街道',
      year: 2022,
      highlightFindings: true,
    });
  });

  it('reads a blank year as "from the data" (null)', () => {
    expect(readDraft({ ...DRAFT, year: '  ' }, BASE).settings?.year).toBeNull();
  });

  it('names every field that does not read, and saves nothing', () => {
    const read = readDraft({ ...DRAFT, year: '22', exceeded: '90', yoy: 'abc' }, BASE);
    expect(read.settings).toBeNull();
    expect(read.problems).toEqual({
      year: 'settingsYearInvalid',
      exceeded: 'settingsExceededInvalid',
      yoy: 'settingsYoyInvalid',
    });
    expect(readDraft({ ...DRAFT, yoy: '0' }, BASE).problems).toEqual({ yoy: 'settingsYoyInvalid' });
  });
});

describe('the form following settings changed under it', () => {
  it('moves untouched fields to the new settings and keeps what the user typed', () => {
    const before = {
      streetName: '东湖街道',
      year: '2021',
      exceeded: '150',
      yoy: '30',
      lang: 'en-US' as const,
    };
    // The user typed a street name (unsaved); then the header switch made the sheets Chinese.
    const draft = { ...before, streetName: '光明街道' };
    const after = { ...before, lang: 'zh-CN' as const };
    expect(followSettings(draft, before, after)).toEqual({
      streetName: '光明街道',
      year: '2021',
      exceeded: '150',
      yoy: '30',
      lang: 'zh-CN',
    });
  });
});
