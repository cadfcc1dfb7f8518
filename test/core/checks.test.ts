import {
  approxPossible,
  checkActualCell,
  checkFormat,
  definitionFromRow,
  newDefinitionCache,
  yearOnYear,
  yearOnYearFinding,
} from '../../src/core/checks';
import type { Finding } from '../../src/core/findings';
import type { IndicatorRow } from '../../src/core/indicator-sheet';
import type { CellValue } from '../../src/core/snapshot';

function row(unit: string, format: string, extra: Partial<IndicatorRow['text']> = {}): IndicatorRow {
  const text = {
    id: 'M001',
    section: '',
    name: '指标',
    unit,
    format,
    target: '',
    actual: '',
    previous: '',
    aggregation: '',
    owner: '',
    source: '',
    note: '',
    ...extra,
  };
  return {
    sheet: '指标',
    row: 4,
    text,
    actual: null,
    previous: null,
    target: text.target,
    actualIsPercentFormat: false,
    previousIsPercentFormat: false,
    cells: { id: 'A5', actual: 'G5' },
  };
}

const labels = {
  number: '数字',
  integer: '整数',
  nonNegative: '0 或正数',
  percentRange: '0～100',
  exact: '准确数字',
};
const at = { sheet: '和平社区', cell: 'D7' };

function check(unit: string, format: string, raw: CellValue, name = '指标', percentFormat = false) {
  const out: Finding[] = [];
  const def = definitionFromRow(row(unit, format, { name }), 'M001', 'A5');
  const result = checkActualCell(raw, { percentFormat }, def, at, labels, out);
  return { result, codes: out.map((f) => `${f.code}@${f.cell}:${f.found}>${f.expected ?? ''}`) };
}

describe('checkActualCell', () => {
  it('reads plain values without findings', () => {
    expect(check('场次', '**余', 35)).toEqual({ result: { value: 35, text: '35' }, codes: [] });
    expect(check('%', '**.*', '98.5%')).toEqual({ result: { value: 98.5, text: '98.5%' }, codes: [] });
    expect(check('%', '**.**', 0.9858, '满意度', true).result.value).toBe(98.58);
  });

  it('reads 12.3万 in a 万人次 column as 12.3, not 123000', () => {
    expect(check('万人次', '**万余', '12.3万').result.value).toBe(12.3);
    expect(check('万人次', '**万余', 12.3).result.value).toBe(12.3);
  });

  it.each([
    ['件', '', null, 'missing-value@D7:>'],
    ['件', '', '  ', 'missing-value@D7:>'],
    ['件', '', { error: '#DIV/0!' }, 'excel-error@D7:#DIV/0!>'],
    ['件', '', '十二', 'not-a-number@D7:十二>数字'],
    ['件', '', true, 'not-a-number@D7:TRUE>数字'],
    ['人次', '', -3, 'negative-count@D7:-3>0 或正数'],
    ['人', '', 12.5, 'not-integer@D7:12.5>整数'],
    ['%', '', 101, 'percent-out-of-range@D7:101>0～100'],
    ['%', '', -1, 'percent-out-of-range@D7:-1>0～100'],
    ['个', '***', 95, 'mask-digits@D7:95>***'],
    ['场次', '**余', 30, 'approx-not-possible@D7:30>**余'],
    ['个', '*余', 7, 'approx-not-possible@D7:7>*余'],
    ['人次', '****余', 2400, 'approx-not-possible@D7:2400>****余'],
    ['万人', '*万余', 3, 'approx-not-possible@D7:3>*万余'],
    // 1563800 人次 = 156.38 万人次, which fits `***.*`; 423 万元 against `*` stays a plain digit count (0.0423 < 1).
    ['万人次', '***.*', 1563800, 'scale-suspect@D7:1563800>***.*'],
    ['万元', '*', 423, 'mask-digits@D7:423>*'],
    // More decimals than the mask shows, as the mask shows the figure: 350000000 元 under `*亿` is 3.5亿.
    ['万元', '**', 12.5, 'mask-decimals@D7:12.5>**'],
    ['万元', '*.*', 0.05, 'mask-decimals@D7:0.05>*.*'],
    ['元', '*亿', 350000000, 'mask-decimals@D7:350000000>*亿'],
    ['%', '**.*%', 86.36, 'mask-decimals@D7:86.36>**.*%'],
  ])('%s %s %j → %s', (unit, format, raw, expected) => {
    expect(check(unit, format, raw as CellValue).codes).toEqual([expected]);
  });

  it('says what the report would write for a figure with more decimals than its mask', () => {
    const out: Finding[] = [];
    const def = definitionFromRow(row('元', '*亿'), 'M001', 'A5');
    checkActualCell(350000000, { percentFormat: false }, def, at, labels, out);
    expect(out).toEqual([
      {
        severity: 'warning',
        code: 'mask-decimals',
        sheet: '和平社区',
        cell: 'D7',
        indicator: { id: 'M001', name: '指标' },
        found: '350000000',
        expected: '*亿',
        params: { unit: '元', decimals: 1, maskDecimals: 0, shown: '3.5亿', rendered: '4亿' },
      },
    ]);
    // 12.55 under `*.*`: too many digits and too many decimals, both said; the report writes 12.6.
    const both: Finding[] = [];
    checkActualCell(
      12.55,
      { percentFormat: false },
      definitionFromRow(row('万元', '*.*'), 'M001', 'A5'),
      at,
      labels,
      both,
    );
    expect(both.map((f) => [f.code, f.params?.rendered])).toEqual([
      ['mask-digits', undefined],
      ['mask-decimals', '12.6'],
    ]);
  });

  it('leaves decimals alone where the mask rounds on purpose, or the figure fits it', () => {
    expect(check('人次', '**万余', 125000).codes).toEqual([]);
    expect(check('万人次', '约***.*', 123.45).codes).toEqual([]);
    expect(check('万人次', '近***.*', 123.45).codes).toEqual([]);
    expect(check('%', '**.**%', 86.4).codes).toEqual([]);
    expect(check('亿元', '*.*亿', 3.5).codes).toEqual([]);
    // The 原文 says 约 (or 余) where the 格式 does not: the fill writes by the template's words.
    const out: Finding[] = [];
    const source = { source: '参检人次约【***.*】万人次' };
    checkActualCell(
      123.45,
      { percentFormat: false },
      definitionFromRow(row('万人次', '***.*', source), 'M001', 'A5'),
      at,
      labels,
      out,
    );
    const more = { source: '访问量【**】万余人次' };
    checkActualCell(
      12.5,
      { percentFormat: false },
      definitionFromRow(row('万人次', '**', more), 'M001', 'A5'),
      at,
      labels,
      out,
    );
    expect(out).toEqual([]);
  });

  it('warns at the 格式 cell about a format that is no mask, and checks no figure against it', () => {
    const formatted = (format: string): Finding[] => {
      const out: Finding[] = [];
      const base = row('个', format);
      const def = definitionFromRow({ ...base, cells: { ...base.cells, format: 'E5' } }, 'M001', 'A5');
      checkFormat(def, 1, out);
      checkActualCell(123, { percentFormat: false }, def, at, labels, out);
      return out;
    };
    // 123 would have 3 digits against the 2 stars `**.*.*` starts with: no mask-digits, the format is what to fix.
    expect(formatted('abc').map((f) => `${f.code}@${f.sheet}!${f.cell}:${f.found}`)).toEqual([
      'format-not-a-mask@指标!E5:abc',
    ]);
    expect(formatted('**.*.*').map((f) => `${f.code}@${f.sheet}!${f.cell}:${f.found}`)).toEqual([
      'format-malformed@指标!E5:**.*.*',
    ]);
    for (const malformed of ['.**', '**.', '** **', '1**']) {
      expect(formatted(malformed)[0]?.code).toBe('format-malformed');
    }
    // Masks as skeletons and people write them: no format finding.
    for (const fine of [
      '',
      '**',
      '***.*',
      '约***.*万',
      '**万余',
      '**余万',
      '**.**%',
      '*+*+N',
      '**街道',
      '＊＊',
      'XX.XX%',
      'xxx万元',
    ]) {
      expect(formatted(fine).filter((f) => f.code.startsWith('format-'))).toEqual([]);
    }
  });

  it('reads a mask typed in full-width stars', () => {
    expect(check('个', '＊＊', 123).codes).toEqual(['mask-digits@D7:123>＊＊']);
  });

  it('reads the XX placeholder documents write as a mask, but not an X inside a word', () => {
    // XXXX is four digits: 123 has three; 1234 fits.
    expect(check('个', 'XXXX', 123).codes).toEqual(['mask-digits@D7:123>XXXX']);
    expect(check('个', 'XXXX', 1234).codes).toEqual([]);
    expect(check('个', 'Ｘｘ', 123).codes).toEqual(['mask-digits@D7:123>Ｘｘ']);
    // `Excel` is a word: no mask, so nothing to check 123 against.
    expect(check('个', 'Excel', 123).codes).toEqual([]);
  });

  it('reads 12.3万 as 123000 in a row whose unit is unscaled, whatever the mask shows (as the fill does)', () => {
    // It used to divide by the mask's 万 and report “应为整数，实际为 12.3万”.
    expect(check('人次', '**万余', '12.3万')).toEqual({
      result: { value: 123000, text: '12.3万' },
      codes: [],
    });
    expect(check('元', '', '12.3万')).toEqual({ result: { value: 123000, text: '12.3万' }, codes: [] });
    // The mask 万 shows 234567 as 23万余: two digits, and 余 is possible.
    expect(check('人次', '**万余', 234567).codes).toEqual([]);
    expect(check('人次', '**万余', 230000).codes).toEqual(['approx-not-possible@D7:230000>**万余']);
    expect(check('亿元', '*.*亿', '1.5亿').result.value).toBe(1.5);
  });

  it('reads a figure written in another magnitude in the indicator’s unit', () => {
    // 3000万 = 30,000,000 = 0.3亿; 1.5亿 = 150,000,000 = 15000万; 5000元 = 0.5万元; 3千 = 3000.
    expect(check('亿元', '', '3000万').result.value).toBe(0.3);
    expect(check('亿元', '', '3000万元').result.value).toBe(0.3);
    expect(check('万元', '', '1.5亿').result.value).toBe(15000);
    expect(check('万元', '', '5000元').result.value).toBe(0.5);
    expect(check('万元', '', '12.3万元').result.value).toBe(12.3);
    expect(check('元', '', '3千').result.value).toBe(3000);
    expect(check('元', '', '2千万').result.value).toBe(20000000);
    expect(check('人', '', '1百万').result.value).toBe(1000000);
    // The unit written in full is the unit: 3千米 under 千米 is 3, 30个 under 个 is 30.
    expect(check('千米', '', '3千米').result.value).toBe(3);
    expect(check('个', '', '30个').result.value).toBe(30);
    // An approximate figure is converted too, and the warning names the converted figure.
    const approx = definitionFromRow(row('万元', ''), 'M001', 'A5');
    const out: Finding[] = [];
    expect(checkActualCell('约5000元', { percentFormat: false }, approx, at, labels, out).value).toBe(0.5);
    expect(out.map((f) => [f.code, f.params?.value])).toEqual([['approx-value', 0.5]]);
  });

  it('says where a figure is written in another unit than the indicator’s, and reads it in the indicator’s', () => {
    expect(check('人次', '', '50人')).toEqual({
      result: { value: 50, text: '50人' },
      codes: ['value-unit-differs@D7:50人>人次'],
    });
    // The unit itself, after a scale word, or a scaled unit's own word: nothing to say.
    for (const [unit, raw] of [
      ['个', '30个'],
      ['万人次', '12.3万人次'],
      ['万元', '5000元'],
      ['元', '3千'],
      ['', '30个'],
    ]) {
      expect(check(unit, '', raw).codes).toEqual([]);
    }
  });

  it('reads a growth rate’s bare 0 target as no decline (at least 0), another indicator’s as none allowed', () => {
    const cache = newDefinitionCache();
    const growth = definitionFromRow(row('%', '', { name: '税收增长率', target: '0' }), 'M001', 'A5', cache);
    const incidents = definitionFromRow(
      row('%', '', { name: '刑事案件发案率', target: '0' }),
      'M002',
      'A6',
      cache,
    );
    expect(growth.target).toMatchObject({ kind: 'at-least', min: 0 });
    expect(incidents.target).toMatchObject({ kind: 'at-most', max: 0 });
  });

  it('reads the same target text per unit: ≥1.2亿 is 12000 in 万元 and 120,000,000 in 元', () => {
    const cache = newDefinitionCache();
    const inWan = definitionFromRow(row('万元', '', { target: '≥1.2亿' }), 'M001', 'A5', cache);
    const inYuan = definitionFromRow(row('元', '', { target: '≥1.2亿' }), 'M002', 'A6', cache);
    expect(inWan.target).toMatchObject({ kind: 'at-least', min: 12000 });
    expect(inYuan.target).toMatchObject({ kind: 'at-least', min: 120000000 });
  });

  it('rejects a value with an error finding: null, its text kept', () => {
    expect(check('人', '', -3)).toEqual({
      result: { value: null, text: '-3' },
      codes: ['negative-count@D7:-3>0 或正数'],
    });
    expect(check('人', '****余', 986.5)).toEqual({
      result: { value: null, text: '986.5' },
      codes: ['not-integer@D7:986.5>整数'],
    });
    expect(check('%', '', '150%', '满意度').result).toEqual({ value: null, text: '150%' });
  });

  it('scales numbers, not text, in a percent-formatted cell, and shows them as Excel does', () => {
    expect(check('%', '**.**', 0.9858, '满意度', true)).toEqual({
      result: { value: 98.58, text: '98.58%' },
      codes: [],
    });
    expect(check('%', '', '95', '满意度', true)).toEqual({ result: { value: 95, text: '95' }, codes: [] });
    expect(check('%', '', '0.9858', '满意度', true).result.value).toBe(0.9858);
    expect(check('%', '', 1.5, '满意度', true)).toEqual({
      result: { value: null, text: '150%' },
      codes: ['percent-out-of-range@D7:150%>0～100'],
    });
  });

  it('reports a blank formula result as not calculated', () => {
    const out: Finding[] = [];
    const def = definitionFromRow(row('个', ''), 'M001', 'A5');
    expect(checkActualCell(null, { percentFormat: false, formula: true }, def, at, labels, out)).toEqual({
      value: null,
      text: '',
    });
    expect(out.map((f) => `${f.code}@${f.cell}`)).toEqual(['formula-not-calculated@D7']);
  });

  it('reads a cell as its context says: no mask on a unit cell, a date-formatted figure as a date', () => {
    const out: Finding[] = [];
    const def = definitionFromRow(row('个', '***'), 'M001', 'A5');
    // 95 under `***` is a mask mistake on a total, not on one unit's share of it.
    expect(checkActualCell(95, { percentFormat: false, maskChecks: false }, def, at, labels, out)).toEqual({
      value: 95,
      text: '95',
    });
    expect(out).toEqual([]);
    // 45047 is how Excel stores 2023-05-01 (`5-1` typed into a date-formatted cell), shown as a Chinese Excel does.
    expect(checkActualCell(45047, { percentFormat: false, dateFormat: true }, def, at, labels, out)).toEqual({
      value: null,
      text: '2023/5/1',
    });
    expect(out.map((f) => `${f.code}@${f.cell}:${f.found}`)).toEqual(['date-in-value@D7:2023/5/1']);
  });

  it('lets growth percentages pass 100 and text indicators hold text', () => {
    expect(check('%', '', 150, '税收增长率').codes).toEqual([]);
    expect(check('', '**街道', '和平')).toEqual({ result: { value: null, text: '和平' }, codes: [] });
  });
});

describe('approxPossible follows the fill policy', () => {
  it.each([
    [37, true], // 30余
    [30, false],
    [7, false],
    [2468, true], // 2400余
    [2400, false],
    [2410, true],
    [30.5, true],
  ])('%d → %s', (value, expected) => {
    expect(approxPossible(value)).toBe(expected);
  });
  it('with a scale word the floor is at the mask decimals', () => {
    expect(approxPossible(3.4, true, 0)).toBe(true);
    expect(approxPossible(3, true, 0)).toBe(false);
    expect(approxPossible(12.6, true, 1)).toBe(false);
  });
});

describe('yearOnYear', () => {
  it('is the change on last year, null without a base', () => {
    expect(yearOnYear(30, 10)).toBe(2);
    expect(yearOnYear(8, 10)).toBe(-0.2);
    expect(yearOnYear(8, 0)).toBeNull();
    expect(yearOnYear(null, 10)).toBeNull();
  });
});

describe('yearOnYearFinding', () => {
  const def = definitionFromRow(row('元', ''), 'M001', 'A5');
  const change = (actual: number, previous: number): unknown =>
    yearOnYearFinding(actual, previous, def, { sheet: '指标', cell: 'G5' }).params?.change;

  it('keeps changes below 10,000% to a tenth, as they were', () => {
    expect(change(30, 20)).toBe('+50%');
    // 502 / 57 = 8.80701…
    expect(change(559, 57)).toBe('+880.7%');
    // 493 / 34 = 14.5
    expect(change(527, 34)).toBe('+1450%');
    expect(change(3, 8)).toBe('-62.5%');
    // 99.989 / 1: 9998.9%
    expect(change(100.989, 1)).toBe('+9998.9%');
  });

  it('shows a change of 10,000% or more whole and grouped in threes', () => {
    // 122947 / 53 = 2319.7547…: 231,975.47%
    expect(change(123000, 53)).toBe('+231,975%');
    // 4938272 / 4 = 1234568: 123,456,800%
    expect(change(4938276, 4)).toBe('+123,456,800%');
    // From 2 to -20000: -20002 / 2 = -10001
    expect(change(-20000, 2)).toBe('-1,000,100%');
    // 99.99995 rounds to 10000.0% in tenths, so it is grouped: 10,000%
    expect(change(100.99995, 1)).toBe('+10,000%');
    expect(change(101, 1)).toBe('+10,000%');
  });
});
