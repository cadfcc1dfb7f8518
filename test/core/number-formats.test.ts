import { isDateFormat, isPercentFormat } from '../../src/core/snapshot';

describe('number formats', () => {
  it.each([
    'yyyy/m/d',
    'm/d/yy',
    'yyyy"年"m"月"d"日"',
    '[$-804]yyyy-mm-dd',
    'h:mm:ss',
    'mm:ss',
    'd-mmm',
    '[h]:mm',
  ])('%s shows a date or a time', (format) => {
    expect(isDateFormat(format)).toBe(true);
  });

  it.each([
    'General',
    '0',
    '#,##0.00',
    '0.0%',
    '0.00E+00',
    '0"场次"',
    '#,##0"万元"',
    '[Red]#,##0;[Blue]-#,##0',
    '_-* #,##0_-;-* #,##0_-;_-* "-"_-;_-@_-',
    '@',
    '\\m0',
  ])('%s shows no date', (format) => {
    expect(isDateFormat(format)).toBe(false);
  });

  it('tells a percentage from a % in quotes', () => {
    expect(isPercentFormat('0.0%')).toBe(true);
    expect(isPercentFormat('0"%"')).toBe(false);
  });
});
