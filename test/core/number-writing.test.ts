import { scanMasks } from '../../src/core/masks';
import {
  type NumberSlot,
  DEFAULT_NUMBER_WRITING,
  roundHalfUp,
  writeNumber,
} from '../../src/core/number-writing';

/** The slot of the only mask in a sentence, so tests read like the report. */
function slotOf(sentence: string): NumberSlot {
  const scan = scanMasks(sentence);
  expect(scan.masks).toHaveLength(1);
  return scan.masks[0];
}

const write = (value: number, sentence: string, unit = '') => writeNumber(value, slotOf(sentence), { unit });

describe('plain numbers', () => {
  it('writes half-width digits without thousands separators', () => {
    expect(write(1234, '完成****个')).toMatchObject({ text: '1234', issues: [] });
    expect(write(5, '完成*个').text).toBe('5');
  });

  it('keeps the decimals the mask shows', () => {
    expect(write(8650.5, '发放*******.**元').text).toBe('8650.50');
    // Seven integer stars, four digits: the true value is written, with a warning.
    expect(write(8650.5, '发放*******.**元').issues).toEqual([
      { code: 'mask-digits', found: '8650.5', expected: '*******.**', params: { digits: 4, maskDigits: 7 } },
    ]);
    expect(write(1234567.89, '发放*******.**元')).toMatchObject({ text: '1234567.89', issues: [] });
    // A third decimal the mask cannot show is rounded away, and said.
    expect(write(1234567.891, '发放*******.**元')).toMatchObject({
      text: '1234567.89',
      issues: [
        {
          code: 'mask-decimals',
          found: '1234567.891',
          expected: '*******.**',
          params: { decimals: 3, maskDecimals: 2, shown: '1234567.891' },
        },
      ],
    });
  });

  it('rounds decimally, not in binary', () => {
    expect(write(98.58, '满意度**.*%').text).toBe('98.6');
    expect(write(1.005, '增长*.**倍').text).toBe('1.01');
    expect(write(2.675, '增长*.**倍').text).toBe('2.68');
    expect(write(0.125, '增长*.**倍').text).toBe('0.13');
    expect(roundHalfUp(1.45, 1)).toBe('1.5');
    expect(roundHalfUp(-2.5, 0)).toBe('-3');
    expect(roundHalfUp(1e21, 0)).toBe('1000000000000000000000');
  });

  it('writes the true value and warns when the digit count differs', () => {
    expect(write(128, '完成**个')).toEqual({
      text: '128',
      shown: '128',
      scaled: false,
      issues: [{ code: 'mask-digits', found: '128', expected: '**', params: { digits: 3, maskDigits: 2 } }],
    });
    expect(write(7, '完成**个').issues[0]?.code).toBe('mask-digits');
  });
});

describe('decimals the mask cannot show (mask-decimals)', () => {
  it('warns when the value as the mask shows it has more decimals than the mask', () => {
    // 350000000 元 under `*亿` is 3.5亿: one decimal, the mask none, so the report says 4亿.
    expect(write(350000000, '投资*亿元', '元')).toEqual({
      text: '4亿',
      shown: '4',
      scaled: true,
      issues: [
        {
          code: 'mask-decimals',
          found: '3.5',
          expected: '*亿',
          params: { decimals: 1, maskDecimals: 0, shown: '3.5亿' },
        },
      ],
    });
    // 12.5 万元 under `**` → 13万(元); 0.05 万元 under `*.*` → 0.1万(元) (half up, not zero). The unit already
    // counts in 万: nothing is divided, and the 万 after the mask is the sentence's.
    expect(write(12.5, '税收**万元', '万元')).toMatchObject({
      text: '13万',
      issues: [
        { code: 'mask-decimals', found: '12.5', params: { decimals: 1, maskDecimals: 0, shown: '12.5' } },
      ],
    });
    expect(write(0.05, '资金*.*万元', '万元')).toMatchObject({
      text: '0.1万',
      issues: [{ code: 'mask-decimals', found: '0.05', params: { decimals: 2, maskDecimals: 1 } }],
    });
    // With both too many digits and too many decimals, both are said.
    expect(write(12.55, '共*.*个').issues.map((i) => i.code)).toEqual(['mask-digits', 'mask-decimals']);
  });

  it('says nothing when the mask rounds on purpose (余/多/约/近) or the decimals fit', () => {
    expect(write(125000, '访问量**万余人次', '人次')).toMatchObject({ text: '12万余', issues: [] });
    expect(write(1234567, '参检人次约***.*万人次', '人次')).toMatchObject({ text: '123.5万', issues: [] });
    expect(write(19.6, '新建近**个', '个')).toMatchObject({ text: '20', issues: [] });
    expect(write(86.4, '满意率**.**%')).toMatchObject({ text: '86.40', issues: [] });
    expect(write(3.5, '投资*.*亿元', '亿元')).toMatchObject({ text: '3.5亿', issues: [] });
  });
});

describe('percent masks', () => {
  it('take percent points', () => {
    expect(write(98.58, '化解率达**.**%')).toMatchObject({ text: '98.58', issues: [] });
    expect(write(98.58, '满意度**.*%').text).toBe('98.6');
    expect(write(100, '满意度***%')).toMatchObject({ text: '100', issues: [] });
  });
});

describe('scale words', () => {
  it('divides by 10^4 when the indicator unit is the unscaled one', () => {
    expect(write(123456, '参检人次约**.*万人次', '人次')).toMatchObject({ text: '12.3万', scaled: true });
    expect(write(865000, '发放低保金**.*万元', '元').text).toBe('86.5万');
  });

  it('shows the value as is when the unit already is 万人次 / 万元', () => {
    expect(write(12.34, '参检人次约**.*万人次', '万人次')).toMatchObject({ text: '12.3万', scaled: false });
    expect(write(86.5, '发放低保金**.*万元', '万元').text).toBe('86.5万');
  });

  it('divides by 10^8 for 亿', () => {
    expect(write(356000000, '完成投资*.**亿元', '元').text).toBe('3.56亿');
  });

  it('without a unit, reads the value the way that fits the mask', () => {
    expect(write(1234, '完成税收****万').text).toBe('1234万');
    expect(write(12345678, '完成税收****万').text).toBe('1235万');
  });

  it('takes a value typed as 12.3万 as base units', () => {
    const slot = slotOf('访问量**万余人次');
    expect(writeNumber(123000, slot, { unit: '万人次', valueIsBase: true }).text).toBe('12万余');
  });
});

describe('余 and 多 (floor)', () => {
  it('keeps one significant digit of a two-digit value, two of longer ones', () => {
    expect(write(37, '培训**余场次')).toMatchObject({ text: '30余', issues: [] });
    expect(write(2468, '参学****余人次')).toMatchObject({ text: '2400余', issues: [] });
    expect(write(12680, '服务*****余人次')).toMatchObject({ text: '12000余', issues: [] });
    expect(write(168, '活动***余场次').text).toBe('160余');
    expect(write(45, '帮扶**多人').text).toBe('40多');
  });

  it('floors after scaling', () => {
    expect(write(234567, '访问量**万余人次', '人次')).toMatchObject({ text: '23万余', issues: [] });
    expect(write(23.6, '访问量**万余人次', '万人次').text).toBe('23万余');
    expect(write(156000, '服务**余万人次', '人次').text).toBe('15余万');
  });

  it('drops 余 with a warning when the value equals its rounded form', () => {
    expect(write(30, '培训**余场次')).toEqual({
      text: '30',
      shown: '30',
      scaled: false,
      issues: [{ code: 'approx-not-possible', found: '30', expected: '30余' }],
    });
    expect(write(230000, '访问量**万余人次', '人次')).toMatchObject({
      text: '23万',
      issues: [{ code: 'approx-not-possible', found: '23', expected: '23万余' }],
    });
  });

  it('warns for a one-digit value', () => {
    expect(write(7, '培训**余场次')).toMatchObject({
      text: '7',
      issues: [{ code: 'approx-one-digit', found: '7', expected: '**余' }],
    });
  });

  it('warns when the floored value does not fit the mask', () => {
    expect(write(1280, '培训**余场次')).toMatchObject({
      text: '1200余',
      issues: [
        { code: 'mask-digits', found: '1280', expected: '**余', params: { digits: 4, maskDigits: 2 } },
      ],
    });
  });
});

describe('约 and 近 (round half up)', () => {
  it('rounds to the mask decimals after scaling', () => {
    expect(write(12345, '参检约*.*万人次', '人次')).toMatchObject({ text: '1.2万', issues: [] });
    expect(write(12500, '参检约*万人次', '人次').text).toBe('1万');
    expect(write(15000, '参检约*万人次', '人次').text).toBe('2万');
    expect(write(1234567, '参检人次约***.*万人次', '人次').text).toBe('123.5万');
    expect(write(19.6, '新建近**个', '个').text).toBe('20');
  });
});

describe('the policy', () => {
  it('is one object that can be changed', () => {
    const slot = slotOf('参学****余人次');
    const oneDigit = { ...DEFAULT_NUMBER_WRITING, approxDownSignificantDigits: () => 1 };
    expect(writeNumber(2468, slot, {}, oneDigit).text).toBe('2000余');
  });
});

describe('rounding never changes what the sentence claims', () => {
  it('does not round a rate below 100 up to 100% (100% says "all"): floors it and warns', () => {
    expect(write(99.5, '满意度***%')).toEqual({
      text: '99',
      shown: '99',
      scaled: false,
      issues: [{ code: 'round-to-100', found: '99.5', expected: '***%' }],
    });
    expect(write(99.96, '满意度**.*%')).toMatchObject({
      text: '99.9',
      issues: [{ code: 'round-to-100', found: '99.96', expected: '**.*%' }],
    });
    // 99.4 rounds to 99 anyway and 98.58 to 98.6: ordinary rounding, which loses a decimal all the same.
    expect(write(99.4, '满意度**%')).toMatchObject({
      text: '99',
      issues: [{ code: 'mask-decimals', params: { decimals: 1, maskDecimals: 0 } }],
    });
    expect(write(98.58, '满意度**.*%')).toMatchObject({
      text: '98.6',
      issues: [{ code: 'mask-decimals', params: { decimals: 2, maskDecimals: 1 } }],
    });
  });

  it('lets a 约/近 mask round to 100, which the sentence already says is approximate', () => {
    expect(write(99.5, '满意度近***%')).toMatchObject({ text: '100', issues: [] });
    expect(write(99.5, '满意度约***%')).toMatchObject({ text: '100', issues: [] });
  });

  it('is a policy an office can turn off', () => {
    const slot = slotOf('满意度***%');
    const policy = { ...DEFAULT_NUMBER_WRITING, percentBelowHundredRoundsDown: false };
    expect(writeNumber(99.5, slot, {}, policy)).toMatchObject({
      text: '100',
      issues: [{ code: 'mask-decimals', found: '99.5', params: { decimals: 1, maskDecimals: 0 } }],
    });
  });

  it('writes an exact 100 into a percent mask with decimals as 100 (100%, not 100.00%), warning on the digits', () => {
    expect(write(100, '化解率达**.**%')).toEqual({
      text: '100',
      shown: '100',
      scaled: false,
      issues: [
        { code: 'mask-digits', found: '100', expected: '**.**%', params: { digits: 3, maskDigits: 2 } },
      ],
    });
    expect(write(100, '化解率达***.*%')).toMatchObject({ text: '100', issues: [] });
    // Only an exact 100: other values keep the mask's decimals, whole or not.
    expect(write(100.004, '化解率达***.**%')).toMatchObject({
      text: '100.00',
      issues: [{ code: 'mask-decimals', params: { decimals: 3, maskDecimals: 2 } }],
    });
    expect(write(95, '化解率达**.**%')).toMatchObject({ text: '95.00', issues: [] });
    // Not a percent mask: the decimals stay.
    expect(write(100, '发放***.**元').text).toBe('100.00');
    const keep = { ...DEFAULT_NUMBER_WRITING, hundredPercentWithoutDecimals: false };
    expect(writeNumber(100, slotOf('化解率达***.**%'), {}, keep).text).toBe('100.00');
  });

  it('writes a nonzero value below a 万 mask’s smallest step in the base unit, never 0.0万', () => {
    // 0.04万元 = 400元: the mask's 万 goes, the sentence's 元 stays (发放低保金400元).
    expect(write(0.04, '发放低保金**.*万元', '万元')).toEqual({
      text: '400',
      shown: '400',
      scaled: false,
      issues: [{ code: 'round-to-zero', found: '0.04万', expected: '**.*万' }],
    });
    expect(write(400, '发放低保金**.*万元', '元').text).toBe('400');
    // 3456人次 into **万余: 0.3456万 floors to 0, so 3400余 (two significant digits, the 余 policy) in 人次.
    expect(write(3456, '访问量**万余人次', '人次')).toMatchObject({
      text: '3400余',
      issues: [{ code: 'round-to-zero', found: '0.3456万', expected: '**万余' }],
    });
    expect(write(0.3, '访问量**万余人次', '万人次').text).toBe('3000');
    // 0.00004亿 = 4000.
    expect(write(0.00004, '完成投资*.**亿元', '亿元').text).toBe('4000');
    // 0.04 and 0.06 still show as 0.0 and 0.1 in 万 at one decimal: only a zero is rewritten.
    expect(write(0.06, '发放低保金**.*万元', '万元')).toMatchObject({ text: '0.1万' });
  });

  it('keeps the decimals a small value needs when the mask has no scale word', () => {
    expect(write(0.04, '增长*.*倍')).toMatchObject({
      text: '0.04',
      issues: [{ code: 'round-to-zero', found: '0.04', expected: '*.*' }],
    });
    expect(write(0.004, '发生率*.*%')).toMatchObject({ text: '0.004', issues: [{ code: 'round-to-zero' }] });
    expect(write(-0.04, '增长*.*%').text).toBe('-0.04');
    expect(write(0.3, '培训**余场次')).toMatchObject({ text: '0.3', issues: [{ code: 'round-to-zero' }] });
    // A true zero is written as the mask asks.
    expect(write(0, '发放低保金**.*万元', '万元')).toMatchObject({ text: '0.0万' });
  });
});
