/** Findings in the pane read as sentences once their `sheet!cell:` location is dropped, as the CLI prints them. */
import { localiseFinding, type Finding } from '../../src/core/findings';
import { catalogueFor } from '../../src/core/i18n';
import { findingSentence } from '../../src/taskpane/finding-text';

const rule: Finding = {
  severity: 'error',
  code: 'rule-failed',
  sheet: '光明社区',
  cell: 'D34',
  params: { rule: 'M048 <= M047', detail: 'left 12, right 10' },
};

describe('findingSentence', () => {
  it('drops the location and capitalises an English message that now starts mid-sentence', () => {
    const message = localiseFinding(rule, catalogueFor('en-US')).message;
    expect(message.startsWith('光明社区!D34: the rule')).toBe(true);
    expect(findingSentence(message, '光明社区', 'D34', 'en-US')).toBe(
      'The rule “M048 <= M047” does not hold (left 12, right 10).',
    );
  });

  it('drops a sheet-only location even when the finding has a cell (a missing indicator)', () => {
    const missing: Finding = {
      severity: 'error',
      code: 'unit-missing-indicator',
      sheet: '和平社区',
      cell: 'A49',
      indicator: { id: 'M062', name: '网格指导员人数' },
    };
    const message = localiseFinding(missing, catalogueFor('en-US')).message;
    expect(message.startsWith('和平社区: indicator M062')).toBe(true);
    expect(findingSentence(message, '和平社区', 'A49', 'en-US')).toMatch(
      /^Indicator M062 “网格指导员人数” is missing/,
    );
  });

  it('leaves a message without the prefix, or a sheet name that merely starts it, as it is', () => {
    expect(findingSentence('indicator M062 is missing.', '和平社区', 'A1', 'en-US')).toBe(
      'indicator M062 is missing.',
    );
    expect(findingSentence('x!A1: the rule', undefined, undefined, 'en-US')).toBe('x!A1: the rule');
    expect(findingSentence('和平社区二: the rule', '和平社区', undefined, 'en-US')).toBe(
      '和平社区二: the rule',
    );
  });

  it('drops the location in Chinese (full-width colon too) without changing the text', () => {
    const message = localiseFinding(rule, catalogueFor('zh-CN')).message;
    const sentence = findingSentence(message, '光明社区', 'D34', 'zh-CN');
    expect(sentence.startsWith('光明社区')).toBe(false);
    expect(message.endsWith(sentence)).toBe(true);
    expect(findingSentence('光明社区!D34：规则不成立', '光明社区', 'D34', 'zh-CN')).toBe('规则不成立');
  });
});
