/** The pane's bound catalogue: placeholders, singular forms, and progress steps from hosts. */
import { paneText, stepText } from '../../src/taskpane/pane-text';

describe('paneText', () => {
  it('uses the singular form for one in English, and the same words in Chinese', () => {
    const en = paneText('en-US');
    expect(en.count('countParagraphs', 1)).toBe('1 paragraph');
    expect(en.count('countParagraphs', 16)).toBe('16 paragraphs');
    expect(en.count('countSheets', 0)).toBe('0 sheets');
    const zh = paneText('zh-CN');
    expect(zh.count('countParagraphs', 1)).toBe('1 段');
    expect(zh.count('countRules', 9)).toBe('9 条');
  });

  it('fills placeholders and names a host’s progress step, with a generic line for an unknown step', () => {
    const zh = paneText('zh-CN');
    expect(zh.t('sourceFile', { name: 'street-2022.xlsx' })).toBe('文件：street-2022.xlsx');
    expect(stepText(zh, 'progressRead')).toBe('正在读取工作簿…');
    expect(stepText(paneText('en-US'), 'progressWrite')).toBe('Writing sheets…');
    expect(stepText(zh, 'somethingElse')).toBe('正在处理…');
  });
});
