import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import { readDraft } from '../../src/taskpane/components/SettingsForm';

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
