import { mayBeFractionForPercent, parseUserNumber } from '../../src/core/parse-number';

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
