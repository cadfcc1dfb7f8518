import { type TotalTrend, evaluateTarget, incompleteOutcome, parseTarget } from '../../src/core/targets';

describe('parseTarget', () => {
  it.each([
    ['≥95%', { kind: 'at-least', min: 95, percent: true }],
    ['>=95%', { kind: 'at-least', min: 95, percent: true }],
    ['＞＝95％', { kind: 'at-least', min: 95, percent: true }],
    ['≧ 95 %', { kind: 'at-least', min: 95, percent: true }],
    ['≤3', { kind: 'at-most', max: 3, percent: false }],
    ['<5', { kind: 'at-most', max: 5, strict: true }],
    ['＜5', { kind: 'at-most', max: 5, strict: true }],
    ['>10', { kind: 'at-least', min: 10, strict: true }],
    ['=100%', { kind: 'equal', min: 100, max: 100, percent: true }],
    ['20~30', { kind: 'range', min: 20, max: 30 }],
    ['20～30', { kind: 'range', min: 20, max: 30 }],
    ['20-30', { kind: 'range', min: 20, max: 30 }],
    ['90%至100%', { kind: 'range', min: 90, max: 100, percent: true }],
    ['20', { kind: 'at-least', min: 20, percent: false }],
    ['２０个', { kind: 'at-least', min: 20 }],
    ['不少于20', { kind: 'at-least', min: 20 }],
    ['不低于95%', { kind: 'at-least', min: 95, percent: true }],
    ['不超过3', { kind: 'at-most', max: 3 }],
    ['不高于 5%', { kind: 'at-most', max: 5, percent: true }],
    ['20以上', { kind: 'at-least', min: 20 }],
    ['3以下', { kind: 'at-most', max: 3 }],
    ['1.5万', { kind: 'at-least', min: 15000 }],
    ['5以内', { kind: 'at-most', max: 5 }],
    ['3起以内', { kind: 'at-most', max: 3 }],
    ['控制在3起以内', { kind: 'at-most', max: 3 }],
    ['保持在95%以上', { kind: 'at-least', min: 95, percent: true }],
    ['不足5', { kind: 'at-most', max: 5, strict: true }],
    ['不到 5%', { kind: 'at-most', max: 5, strict: true, percent: true }],
    ['≥95%（含）', { kind: 'at-least', min: 95, percent: true }],
    ['90%以上(含)', { kind: 'at-least', min: 90, percent: true }],
  ])('reads %s', (text, expected) => {
    expect(parseTarget(text)).toMatchObject({ ...expected, text });
  });

  it('reads a bare number cell as an at-least target, and a percent-formatted 0.95 as 95', () => {
    expect(parseTarget(20)).toMatchObject({ kind: 'at-least', min: 20, percent: false });
    expect(parseTarget(0.95, { percentFormat: true })).toMatchObject({
      kind: 'at-least',
      text: '95%',
      min: 95,
      percent: true,
    });
    expect(parseTarget(0.875, { percentFormat: true })).toMatchObject({ text: '87.5%', min: 87.5 });
  });

  it('reads a bare 0 as "none allowed" (at most 0), not as an at-least target every count meets', () => {
    expect(parseTarget(0)).toMatchObject({ kind: 'at-most', max: 0, text: '0' });
    expect(parseTarget('0')).toMatchObject({ kind: 'at-most', max: 0 });
    expect(parseTarget('0起')).toMatchObject({ kind: 'at-most', max: 0, text: '0起' });
    expect(parseTarget('0%')).toMatchObject({ kind: 'at-most', max: 0, percent: true });
    // Said with an operator, it is what the operator says.
    expect(parseTarget('≥0')).toMatchObject({ kind: 'at-least', min: 0 });
    // 2 accidents against a target of 0: not met; none: met.
    expect(evaluateTarget(parseTarget('0起'), 2, '2', 1.2).status).toBe('not-met');
    expect(evaluateTarget(parseTarget(0), 0, '0', 1.2).status).toBe('met');
  });

  it('reads a target written in another magnitude in the indicator’s unit', () => {
    // ≥1.2亿 for an indicator in 万元 is ≥12000 (万元); 15000 万元 (1.5亿) meets it at 125%.
    const target = parseTarget('≥1.2亿', { unit: '万元' });
    expect(target).toMatchObject({ kind: 'at-least', min: 12000, text: '≥1.2亿' });
    expect(evaluateTarget(target, 15000, '15000', 1.2)).toMatchObject({
      status: 'exceeded',
      completion: 1.25,
    });
    expect(parseTarget('500万~1亿', { unit: '亿元' })).toMatchObject({ min: 0.05, max: 1 });
    expect(parseTarget('不少于3千', { unit: '元' })).toMatchObject({ min: 3000 });
  });

  it.each(['完成', '已完成', '是', ' 完成 '])('reads %s as done', (text) => {
    expect(parseTarget(text).kind).toBe('done');
  });

  it('treats blank as no target and keeps what it cannot read', () => {
    expect(parseTarget(null).kind).toBe('none');
    expect(parseTarget('   ').kind).toBe('none');
    expect(parseTarget('争取更好')).toEqual({ kind: 'unparsed', text: '争取更好' });
    expect(parseTarget('≥ 很多')).toEqual({ kind: 'unparsed', text: '≥ 很多' });
    expect(parseTarget({ error: '#N/A' })).toEqual({ kind: 'unparsed', text: '#N/A' });
    expect(parseTarget('30~20').kind).toBe('unparsed');
  });
});

describe('evaluateTarget', () => {
  const atLeast95 = parseTarget('≥95%');
  const atMost3 = parseTarget('≤3');

  it('meets, exceeds and misses at-least targets with the completion ratio actual/target', () => {
    const met = evaluateTarget(atLeast95, 98, '98', 1.2);
    expect(met).toMatchObject({ status: 'met', direction: 'higher-better' });
    expect(met.completion).toBeCloseTo(1.031579, 5);
    expect(evaluateTarget(atLeast95, 95, '95', 1.2).status).toBe('met');
    expect(evaluateTarget(atLeast95, 90, '90', 1.2)).toMatchObject({ status: 'not-met' });
    expect(evaluateTarget(atLeast95, 90, '90', 1.2).completion).toBeCloseTo(0.947368, 5);
    // 24 against 20 is 120%: exceeded exactly at the threshold; 23 is 115%: only met.
    expect(evaluateTarget(parseTarget('20'), 24, '24', 1.2)).toMatchObject({
      status: 'exceeded',
      completion: 1.2,
    });
    expect(evaluateTarget(parseTarget('20'), 23, '23', 1.2).status).toBe('met');
    expect(evaluateTarget(parseTarget('20'), 23, '23', 1.1).status).toBe('exceeded');
  });

  it('treats ≤ targets as lower-is-better, never above 100% completion', () => {
    expect(evaluateTarget(atMost3, 1, '1', 1.2)).toEqual({
      status: 'met',
      completion: 1,
      direction: 'lower-better',
    });
    expect(evaluateTarget(atMost3, 3, '3', 1.2).status).toBe('met');
    expect(evaluateTarget(atMost3, 6, '6', 1.2)).toEqual({
      status: 'not-met',
      completion: 0.5,
      direction: 'lower-better',
    });
    expect(evaluateTarget(parseTarget('<5'), 5, '5', 1.2).status).toBe('not-met');
    expect(evaluateTarget(parseTarget('<5'), 4.99, '4.99', 1.2).status).toBe('met');
  });

  it('handles ranges, equality with a tolerance, done targets, missing and no target', () => {
    const range = parseTarget('20~30');
    expect(evaluateTarget(range, 25, '25', 1.2)).toMatchObject({ status: 'met', completion: null });
    expect(evaluateTarget(range, 31, '31', 1.2).status).toBe('not-met');
    // (1 - 0.9) * 1000 is 99.99999999999998: floating-point noise, not a shortfall.
    expect(evaluateTarget(parseTarget('=100%'), (1 - 0.9) * 1000, '100', 1.2).status).toBe('met');
    expect(evaluateTarget(parseTarget('=100%'), 99.9999, '99.9999', 1.2).status).toBe('not-met');
    expect(evaluateTarget(parseTarget('=100%'), 99.5, '99.5', 1.2).status).toBe('not-met');
    const done = parseTarget('完成');
    expect(evaluateTarget(done, null, '已完成', 1.2).status).toBe('met');
    expect(evaluateTarget(done, null, '未完成', 1.2).status).toBe('not-met');
    expect(evaluateTarget(done, null, '', 1.2).status).toBe('missing');
    expect(evaluateTarget(atLeast95, null, '', 1.2).status).toBe('missing');
    expect(evaluateTarget(parseTarget(''), 12, '12', 1.2)).toMatchObject({
      status: 'no-target',
      completion: null,
    });
  });
});

describe('evaluateTarget: a difference a person typed is never rounded away', () => {
  it.each([
    // 49,999,960 is 40 short of 50 million: within a millionth, which an earlier tolerance let pass.
    ['≥50000000', 49999960, 'not-met'],
    ['≥1000000', 999999, 'not-met'],
    ['≥1000000', 1000000, 'met'],
    ['>1000000', 1000001, 'met'],
    ['>1000000', 1000000, 'not-met'],
    ['≤3', 3.0000001, 'not-met'],
    ['<5', 4.9999999, 'met'],
    ['=12345678901.23', 12345678901.24, 'not-met'],
    ['3起以内', 2, 'met'],
    ['3起以内', 3, 'met'],
    ['3起以内', 4, 'not-met'],
    ['不足5', 4, 'met'],
    ['不足5', 5, 'not-met'],
  ] as const)('%s with %d is %s', (text, actual, status) => {
    expect(evaluateTarget(parseTarget(text), actual, String(actual), 1.2).status).toBe(status);
  });
});

describe('parseTarget: ≥ and ≤ before a plain number (read without the general parser)', () => {
  it('reads the usual catalogue targets', () => {
    expect(parseTarget('≥95%')).toEqual({ kind: 'at-least', text: '≥95%', percent: true, min: 95 });
    expect(parseTarget('≤3')).toEqual({ kind: 'at-most', text: '≤3', percent: false, max: 3 });
    expect(parseTarget(' ≥22799 ')).toEqual({ kind: 'at-least', text: '≥22799', percent: false, min: 22799 });
    expect(parseTarget('≥99.5%')).toEqual({ kind: 'at-least', text: '≥99.5%', percent: true, min: 99.5 });
  });

  it('gives what the general reading gives for the same target written with a space', () => {
    const texts = [
      '95%',
      '3',
      '0',
      '22799',
      '99.5',
      '0.5%',
      '100%',
      '007',
      '12.',
      '.5',
      '1.2.3',
      '%',
      '5%%',
      '1e3',
    ];
    for (const number of texts) {
      for (const sign of ['≥', '≤']) {
        const fast = parseTarget(`${sign}${number}`);
        const general = parseTarget(`${sign} ${number}`);
        // Same reading, key for key and in the same order; only the text differs (the space).
        expect(JSON.stringify({ ...fast, text: '' })).toBe(JSON.stringify({ ...general, text: '' }));
      }
    }
  });
});

describe('incompleteOutcome: a total some units are missing from', () => {
  // `partial` is the total of the units that reported; `trend` says which way the missing ones could move it.
  const judge = (targetText: string, partial: number, trend: TotalTrend = 'up'): string => {
    const target = parseTarget(targetText);
    return incompleteOutcome(evaluateTarget(target, partial, String(partial), 1.2), target, partial, trend)
      .status;
  };

  it.each([
    // at least 50: 55 is met and 60 (120%) exceeded whatever the others add; 36 may yet reach 50.
    ['≥50', 55, 'met'],
    ['≥50', 60, 'exceeded'],
    ['≥50', 36, 'missing'],
    // at most 3 (lower is better): 5 is over already; 2 may not stay under.
    ['≤3', 5, 'not-met'],
    ['<5', 5, 'not-met'],
    ['≤3', 2, 'missing'],
    // 20~30: 31 is over the top already; 25 and 10 depend on what is missing.
    ['20~30', 31, 'not-met'],
    ['20~30', 25, 'missing'],
    ['20~30', 10, 'missing'],
    ['=100', 120, 'not-met'],
    ['完成', 1, 'met'],
    ['', 7, 'no-target'],
  ])('%s with a partial sum of %s: %s', (target, partial, status) => {
    expect(judge(target, partial)).toBe(status);
  });

  it('keeps what a minimum of some units settles: under a ceiling, or short of a floor', () => {
    expect(judge('≤50', 15, 'down')).toBe('met');
    expect(judge('≥95', 90, 'down')).toBe('not-met');
    expect(judge('20~30', 10, 'down')).toBe('not-met');
    expect(judge('≥95', 96, 'down')).toBe('missing');
    expect(judge('≤50', 60, 'down')).toBe('missing');
  });

  it('gives a mean or a rate of some units no verdict, met or not', () => {
    expect(judge('≥95', 96, null)).toBe('missing');
    expect(judge('≤3', 5, null)).toBe('missing');
    expect(judge('≥50', 36, null)).toBe('missing');
  });

  it('drops the completion of a total it does not judge', () => {
    const target = parseTarget('≥50');
    expect(incompleteOutcome(evaluateTarget(target, 36, '36', 1.2), target, 36, 'up')).toMatchObject({
      status: 'missing',
      completion: null,
      direction: 'higher-better',
    });
  });
});

describe('approximate targets', () => {
  it('read the number and keep the word: 约40 is at least 40, 100左右 at least 100, 30以上 is exact', () => {
    expect(parseTarget('约40')).toEqual({
      kind: 'at-least',
      text: '约40',
      percent: false,
      min: 40,
      approxWord: '约',
    });
    expect(parseTarget('100左右')).toMatchObject({ kind: 'at-least', min: 100, approxWord: '左右' });
    expect(parseTarget('≤约3')).toMatchObject({ kind: 'at-most', max: 3, approxWord: '约' });
    expect(parseTarget('30以上')).not.toHaveProperty('approxWord');
    expect(parseTarget('≥95%')).not.toHaveProperty('approxWord');
  });
});
