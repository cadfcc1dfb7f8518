import {
  EXCEEDED_PERCENT,
  parsePercentSetting,
  parseStoredSettings,
  parseYear,
  percentText,
  YOY_JUMP_PERCENT,
} from '../../src/core/settings';

describe('settings typed by users', () => {
  it('reads a four-digit year, with 年 or full-width digits', () => {
    expect(parseYear('2022')).toBe(2022);
    expect(parseYear(' 2023年 ')).toBe(2023);
    expect(parseYear('２０２４')).toBe(2024);
    expect(parseYear('2022 年')).toBe(2022);
    expect(parseYear('2022年度')).toBe(2022);
  });

  it('refuses what is not a plausible year', () => {
    for (const text of ['22', '20222', '2022.5', '1899', '2200', '二〇二二', '', 'abc']) {
      expect(parseYear(text)).toBeUndefined();
    }
  });

  it('reads thresholds typed as percentages into ratios', () => {
    expect(parsePercentSetting('120', EXCEEDED_PERCENT)).toBe(1.2);
    expect(parsePercentSetting('150%', EXCEEDED_PERCENT)).toBe(1.5);
    expect(parsePercentSetting('１１０％', EXCEEDED_PERCENT)).toBe(1.1);
    // 100.1 / 100 is 1.0010000000000001 in binary floating point: the stored ratio is the one the user meant.
    expect(parsePercentSetting('100.1', EXCEEDED_PERCENT)).toBe(1.001);
    expect(parsePercentSetting('50', YOY_JUMP_PERCENT)).toBe(0.5);
    expect(parsePercentSetting(' 12.5 % ', YOY_JUMP_PERCENT)).toBe(0.125);
  });

  it('refuses thresholds outside their bounds or not numbers', () => {
    // 超额 must be above 100%: at 100% every met target would count as exceeded.
    expect(parsePercentSetting('100', EXCEEDED_PERCENT)).toBeUndefined();
    expect(parsePercentSetting('1001', EXCEEDED_PERCENT)).toBeUndefined();
    expect(parsePercentSetting('1000', EXCEEDED_PERCENT)).toBe(10);
    expect(parsePercentSetting('0', YOY_JUMP_PERCENT)).toBeUndefined();
    for (const text of ['', '-50', '五十', '1.2.3', '50%%', '1e2']) {
      expect(parsePercentSetting(text, YOY_JUMP_PERCENT)).toBeUndefined();
    }
  });

  it('shows a ratio as the percentage a user types, without float noise', () => {
    expect(percentText(1.2)).toBe('120');
    expect(percentText(0.5)).toBe('50');
    // 0.07 * 100 is 7.000000000000001 in binary floating point.
    expect(percentText(0.07)).toBe('7');
    expect(percentText(1.155)).toBe('115.5');
  });

  it('checks settings read back with the same bounds as the form: what is out of range keeps its default', () => {
    expect(
      parseStoredSettings(
        JSON.stringify({
          lang: 'en-US',
          exceededRatio: 0.5, // 50%: every met target would be 超额
          yoyJumpRatio: 0,
          streetName: ' 东湖街道 ',
          year: 99,
          highlightFindings: 'yes',
        }),
      ),
    ).toEqual({ lang: 'en-US', streetName: '东湖街道' });
    expect(parseStoredSettings({ exceededRatio: 1.3, yoyJumpRatio: 0.25, year: 2022 })).toEqual({
      exceededRatio: 1.3,
      yoyJumpRatio: 0.25,
      year: 2022,
    });
    expect(parseStoredSettings('[1,2]')).toEqual({});
    expect(parseStoredSettings(null)).toEqual({});
  });
});
