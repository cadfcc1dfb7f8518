import {
  mayBeFractionForPercent,
  parseUserNumber,
  roundFloat,
  trimText,
  readInUnit,
  decimalPlaces,
  roundSum,
  roundQuotient,
} from '../../src/core/parse-number';

const valueOf = (text: string): number | string => {
  const parsed = parseUserNumber(text);
  return parsed.ok ? parsed.value : parsed.reason;
};

describe('grouping spaces (GB/T 15835)', () => {
  it('reads digits grouped in threes by a space, thin space or narrow no-break space', () => {
    expect(valueOf('1 000')).toBe(1000);
    expect(valueOf('12 345 678')).toBe(12345678);
    expect(valueOf('1\u2009000')).toBe(1000);
    expect(valueOf('1\u202f234.5')).toBe(1234.5);
    // No-break and full-width spaces become plain spaces first.
    expect(valueOf('1\u00a0000')).toBe(1000);
    expect(valueOf('１\u3000０００')).toBe(1000);
    expect(valueOf('-1 000')).toBe(-1000);
    expect(valueOf('1 000万')).toBe(10000000);
    expect(parseUserNumber('1 000 人次')).toMatchObject({ ok: true, value: 1000, trailingText: '人次' });
    expect(parseUserNumber('98 %')).toMatchObject({ ok: true, value: 98, percent: true });
  });

  it('rejects groups of other than three digits, mixed separators and two numbers', () => {
    for (const text of [
      '1 00',
      '1 0000',
      '10 00',
      '1000 000',
      '1,000 000',
      '1 000,000',
      '1  000',
      '3 5',
      '1 000 00',
    ])
      expect([text, valueOf(text)]).toEqual([text, 'not-a-number']);
  });

  it('keeps commas and plain digits as they were', () => {
    expect(valueOf('1,234')).toBe(1234);
    expect(valueOf('1,234,567.8')).toBe(1234567.8);
    expect(valueOf('1,23')).toBe('not-a-number');
    expect(valueOf('1000')).toBe(1000);
  });
});

describe('a fraction typed for a percentage', () => {
  it('is flagged when no % was typed or formatted and the value is in (0, 1]', () => {
    expect(mayBeFractionForPercent(parseUserNumber('0.95'))).toBe(true);
    expect(mayBeFractionForPercent(parseUserNumber(0.95))).toBe(true);
    expect(mayBeFractionForPercent(parseUserNumber(1))).toBe(true);
  });

  it('is not flagged with a % sign, a percent number format, 0, or a value above 1', () => {
    expect(mayBeFractionForPercent(parseUserNumber('0.95%'))).toBe(false);
    // 0.0095 in a `0.00%` cell shows as 0.95% and reads 0.95 percent points: the person saw the % sign.
    expect(mayBeFractionForPercent(parseUserNumber(0.0095, { percentFormat: true }))).toBe(false);
    expect(mayBeFractionForPercent(parseUserNumber(0))).toBe(false);
    expect(mayBeFractionForPercent(parseUserNumber('95'))).toBe(false);
    expect(mayBeFractionForPercent(parseUserNumber('abc'))).toBe(false);
  });
});

describe('roundFloat', () => {
  const reference = (value: number): number => Number(value.toPrecision(12));
  // A fixed sequence (xorshift), so a failure names the same value every run.
  let state = 0x2545f491;
  const random = (): number => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };

  it('strips the noise of decimal arithmetic to 12 significant digits', () => {
    expect(roundFloat(0.9858 * 100)).toBe(98.58);
    expect(roundFloat(0.1 + 0.2)).toBe(0.3);
    expect(roundFloat(14 / 16)).toBe(0.875);
    expect(roundFloat(2 / 3)).toBe(0.666666666667);
    expect(roundFloat(-2 / 3)).toBe(-0.666666666667);
    expect(roundFloat(24034 / 22799)).toBe(1.0541690425);
    expect(roundFloat(123456789.12345679)).toBe(123456789.123);
    expect(Object.is(roundFloat(-0), 0)).toBe(true);
    expect(roundFloat(Number.NaN)).toBeNaN();
    expect(roundFloat(Infinity)).toBe(Infinity);
  });

  it('gives exactly what toPrecision(12) gives, over ratios, sums, halves and every magnitude', () => {
    const values: number[] = [];
    for (let i = 0; i < 100_000; i++) {
      const a = Math.floor(random() * 1e6);
      const b = Math.floor(random() * 1e5) + 1;
      values.push(a / b, (a * 100) / b, a / 100 + b / 100, -a / b);
      // Any double over 40 decades, and values whose 13th digit is a 5 (ties once scaled).
      values.push((random() - 0.5) * 10 ** Math.floor(random() * 40 - 20));
      const digits = Math.floor(random() * 1e12);
      const shift = Math.floor(random() * 30) - 15;
      values.push(((digits * 10 + 5) / 1e13) * 10 ** shift);
    }
    for (let k = -12; k <= 13; k++) {
      const power = Number(`1e${k}`);
      values.push(
        power,
        power * (1 - 1e-15),
        power * (1 + 1e-15),
        power * 0.9999999999995,
        power * 9.9999999999995,
      );
    }
    const wrong = values.filter((value) => !Object.is(roundFloat(value), reference(value)));
    expect(wrong.slice(0, 5)).toEqual([]);
  });
});

describe('decimalPlaces and roundSum', () => {
  it.each([
    [3, 0],
    [0.5, 1],
    [0.25, 2],
    [4115226300.41, 2],
    [-12.125, 3],
    [0.1 + 0.2, 1],
    [1 / 3, 11],
  ])('%d has %d decimal places', (value, places) => {
    expect(decimalPlaces(value)).toBe(places);
  });

  it('gives the exact decimal of a sum, and 15 significant digits past 10 places', () => {
    expect(roundSum(0.1 + 0.2, 1)).toBe(0.3);
    expect(roundSum(4115226300.41 * 3, 2)).toBe(12345678901.23);
    expect(roundSum(-0.1 + 0.1 - 1e-17, 1)).toBe(0);
    expect(Object.is(roundSum(-1e-17, 1), 0)).toBe(true);
    expect(roundSum(1 / 3, 11)).toBe(0.333333333333333);
    // 12 significant digits below a billion, 15 above.
    expect(roundQuotient(22 / 3)).toBe(7.33333333333);
    expect(roundQuotient(12345678901.23 / 3)).toBe(4115226300.41);
    expect(roundQuotient(20000000000 / 3)).toBe(6666666666.66667);
    expect(roundQuotient(9)).toBe(9);
  });
});

describe('trimText', () => {
  it('trims exactly what String.prototype.trim trims, at either end, for every UTF-16 code unit', () => {
    const differing: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      for (const text of [`${c}a`, `a${c}`, `${c}`, `${c}中${c}`]) {
        if (trimText(text) !== text.trim()) differing.push(code.toString(16));
      }
    }
    expect(differing).toEqual([]);
  });

  it('returns the text itself when there is nothing to trim, and trims what there is', () => {
    expect(trimText('')).toBe('');
    expect(trimText('M001')).toBe('M001');
    expect(trimText('\u3000 指标 \t')).toBe('指标');
    expect(trimText('\ufeffM001\u00a0')).toBe('M001');
  });
});

describe('scale words', () => {
  it('reads 百, 千, 万, 百万, 千万 and 亿 as their magnitude, the longest word first', () => {
    expect(parseUserNumber('3千')).toMatchObject({
      ok: true,
      value: 3000,
      scaleWord: '千',
      trailingText: '',
    });
    expect(parseUserNumber('3千万')).toMatchObject({ value: 30000000, scaleWord: '千万' });
    expect(parseUserNumber('2百万元')).toMatchObject({
      value: 2000000,
      scaleWord: '百万',
      trailingText: '元',
    });
    expect(parseUserNumber('1.5亿')).toMatchObject({ value: 150000000, scaleWord: '亿' });
    expect(parseUserNumber('12.3万人次')).toMatchObject({
      value: 123000,
      scaleWord: '万',
      trailingText: '人次',
    });
    expect(parseUserNumber('3百')).toMatchObject({ value: 300, scaleWord: '百' });
    // The 百 of 百分比 is no scale word.
    expect(parseUserNumber('3百分比')).toMatchObject({ value: 3, trailingText: '百分比' });
  });

  it('gives a figure in an indicator’s unit, and the unit word it was written with if another', () => {
    const inUnit = (text: string, unit: string): [number, string | null] | string => {
      const parsed = parseUserNumber(text);
      if (!parsed.ok) return parsed.reason;
      const read = readInUnit(parsed, unit);
      return [read.value, read.otherUnit];
    };
    expect(inUnit('3000万', '亿元')).toEqual([0.3, null]);
    expect(inUnit('12.3万', '万人次')).toEqual([12.3, null]);
    expect(inUnit('12.3万人次', '万人次')).toEqual([12.3, null]);
    expect(inUnit('12.3万', '人次')).toEqual([123000, null]);
    expect(inUnit('5000元', '万元')).toEqual([0.5, null]);
    expect(inUnit('5000人', '万元')).toEqual([5000, '人']);
    expect(inUnit('30个', '个')).toEqual([30, null]);
    // Units with 千, 百万, 千万 scale too: 5万元 = 50 千元, 300万元 = 3 百万元, 1亿元 = 10 千万元, 3亿 = 300 百万元.
    expect(inUnit('5万元', '千元')).toEqual([50, null]);
    expect(inUnit('5000元', '千元')).toEqual([5, null]);
    expect(inUnit('300万元', '百万元')).toEqual([3, null]);
    expect(inUnit('1亿元', '千万元')).toEqual([10, null]);
    expect(inUnit('3亿', '百万元')).toEqual([300, null]);
    expect(inUnit('3百', '元')).toEqual([300, null]);
    // 千 before another unit word is that word: 3.5千米 under 公里 is 3.5 (公里 and 千米 are one unit), under 米 3.5 in 千米.
    expect(inUnit('3.5千米', '公里')).toEqual([3.5, null]);
    expect(inUnit('3.5千米', '吨')).toEqual([3.5, '千米']);
    expect(inUnit('3千米', '千米')).toEqual([3, null]);
    expect(inUnit('3000米', '千米')).toEqual([3, null]);
    expect(inUnit('3千克', '公斤')).toEqual([3, null]);
    // Synonyms are no other unit: 平米 for 平方米.
    expect(inUnit('120平米', '平方米')).toEqual([120, null]);
  });
});
