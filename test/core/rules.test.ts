import { RuleSyntaxError, compileRule, evaluateRule, excelRound } from '../../src/core/rules';

const values: Record<string, number | null> = {
  M010: 3,
  M011: 4,
  M012: 8,
  M013: 12,
  M014: 8,
  M015: 66.67,
  M024: 10,
  M025: 12,
  M030: null,
  M031: 0,
};
const lookup = (id: string): number | null => values[id] ?? null;

function problemOf(text: string, known?: ReadonlySet<string>): string {
  try {
    compileRule(text, known);
  } catch (error) {
    if (error instanceof RuleSyntaxError) return error.problem.code;
    throw error;
  }
  return 'none';
}

describe('compileRule and evaluateRule', () => {
  it.each([
    ['M025 <= M024', 'fail'],
    ['M024 <= M025', 'pass'],
    ['M015 = ROUND(M014 / M013 * 100, 2)', 'pass'],
    ['M015 = ROUND(M014 / M013 * 100, 1)', 'fail'],
    ['SUM(M010, M011) <= M012', 'pass'],
    ['SUM(M010, M011, 2) <= M012', 'fail'],
    ['M010 + M011 * 2 = 11', 'pass'],
    ['(M010 + M011) * 2 = 14', 'pass'],
    ['-M010 + 5 = 2', 'pass'],
    ['M012 / 2 - M011 = 0', 'pass'],
    ['M010 <> M011', 'pass'],
    ['M010 = M011', 'fail'],
    ['M010 > 3', 'fail'],
    ['M010 >= 3', 'pass'],
    ['M010 < 3 OR M011 = 4', 'pass'],
    ['M010 < 3 and M011 = 4', 'fail'],
    ['AND(M010 = 3, M011 = 4)', 'pass'],
    ['ABS(M010 - M011) = 1', 'pass'],
    ['MIN(M010, M011, M012) = 3 AND MAX(M010, M011, M012) = 8', 'pass'],
    ['M025 ≤ M024', 'fail'],
    ['M025 ＜＝ M024', 'fail'],
    ['M015 >= 60%', 'pass'],
  ])('%s → %s', (text, expected) => {
    expect(evaluateRule(compileRule(text), lookup).result).toBe(expected);
  });

  it('compares decimals with a small tolerance', () => {
    // 0.1 + 0.2 is 0.30000000000000004 in binary floating point.
    expect(evaluateRule(compileRule('0.1 + 0.2 = 0.3'), lookup).result).toBe('pass');
    expect(evaluateRule(compileRule('0.1 + 0.2 <= 0.3'), lookup).result).toBe('pass');
    expect(evaluateRule(compileRule('0.1 + 0.2 > 0.3'), lookup).result).toBe('fail');
  });

  it('reports both sides of a failed comparison', () => {
    expect(evaluateRule(compileRule('M025 <= M024'), lookup)).toEqual({
      result: 'fail',
      left: 12,
      right: 10,
    });
    expect(evaluateRule(compileRule('M015 = ROUND(M014 / M013 * 100, 1)'), lookup)).toEqual({
      result: 'fail',
      left: 66.67,
      right: 66.7,
    });
  });

  it('is unknown, not failed, when a value is missing or a division is by zero', () => {
    expect(evaluateRule(compileRule('M030 <= M024'), lookup)).toEqual({
      result: 'unknown',
      missing: ['M030'],
    });
    expect(evaluateRule(compileRule('M010 / M031 < 1'), lookup).result).toBe('unknown');
  });

  it('lists the IDs it names once each, in order', () => {
    expect(compileRule('M015 = ROUND(M014 / M013 * 100, 2) AND M014 <= M013').ids).toEqual([
      'M015',
      'M014',
      'M013',
    ]);
  });

  it.each([
    ['', 'ruleEmpty'],
    ['M025 <= ', 'ruleUnexpectedEnd'],
    ['M025 <= M024)', 'ruleUnexpectedToken'],
    ['(M025 <= M024', 'ruleUnclosedParen'],
    ['ROUND(M014 / M013 * 100, 2 = M015', 'ruleUnclosedParen'],
    ['(M025 <= ', 'ruleUnclosedParen'],
    ['M025 <= M024 $', 'ruleUnexpectedChar'],
    ['M025 << M024', 'ruleUnexpectedToken'],
    ['POWER(M025, 2) > 1', 'ruleUnknownFunction'],
    ['ABS(M025, M024) > 1', 'ruleArgCount'],
    ['M025 + M024', 'ruleNotComparison'],
    ['constructor.constructor("x")() = 1', 'ruleUnexpectedChar'],
  ])('rejects %j with %s', (text, code) => {
    expect(problemOf(text)).toBe(code);
  });

  it('reads a rule typed in full-width letters, digits and signs', () => {
    const rule = compileRule('Ｍ０２５　＜＝　Ｍ０２４', new Set(['M025', 'M024']));
    expect(rule.ids).toEqual(['M025', 'M024']);
    expect(evaluateRule(rule, lookup)).toEqual({ result: 'fail', left: 12, right: 10 });
  });

  it('reads an ID typed in lower case as the workbook’s ID', () => {
    const rule = compileRule('m025 <= M024', new Set(['M025', 'M024']));
    expect(rule.ids).toEqual(['M025', 'M024']);
    expect(evaluateRule(rule, lookup)).toEqual({ result: 'fail', left: 12, right: 10 });
  });

  it('rejects an ID the workbook does not have', () => {
    expect(problemOf('M025 <= M999', new Set(['M025', 'M024']))).toBe('ruleUnknownId');
    expect(problemOf('M025 <= M024', new Set(['M025', 'M024']))).toBe('none');
  });

  it('rounds like Excel: half away from zero, negative digits to tens', () => {
    expect(excelRound(2.5, 0)).toBe(3);
    expect(excelRound(-2.5, 0)).toBe(-3);
    expect(excelRound(1.005, 2)).toBe(1.01);
    expect(excelRound(66.6666, 2)).toBe(66.67);
    expect(excelRound(1234, -2)).toBe(1200);
  });
});
