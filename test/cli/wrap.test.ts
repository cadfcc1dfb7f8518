/**
 * Long lines on a terminal: wrapped to its width with CJK characters counted as two columns, continuation lines
 * under the message column; left whole when the output is not a terminal (pipes, files, tests' writers).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/cli';
import { formatFindingsTable } from '../../src/cli/validate-command';
import { wrapLine, wrapText } from '../../src/cli/wrap';
import type { LocalisedFinding } from '../../src/core/findings';
import { messagesFor } from '../../src/core/i18n';
import { textWidth } from '../../src/core/plan-styles';
import { streetWorkbook } from './run-workbook';

const zh = messagesFor('zh-CN');
const widths = (text: string) => text.split('\n').map(textWidth);

describe('wrapLine', () => {
  it('leaves a line that fits as it is', () => {
    expect(wrapLine('短的一行 short line', 80, 4)).toBe('短的一行 short line');
  });

  it('counts CJK characters as two columns and indents continuation lines', () => {
    const line = '汉'.repeat(50); // 100 columns
    const wrapped = wrapLine(line, 80, 4);
    expect(wrapped).toBe(`${'汉'.repeat(40)}\n    ${'汉'.repeat(10)}`);
    expect(Math.max(...widths(wrapped))).toBeLessThanOrEqual(80);
  });

  it('breaks English between words, never inside one', () => {
    const line =
      'The total of indicator M040 is incomplete: one community gave no usable value and is left out.';
    const wrapped = wrapLine(line, 40, 2);
    expect(wrapped).toBe(
      [
        'The total of indicator M040 is',
        '  incomplete: one community gave no',
        '  usable value and is left out.',
      ].join('\n'),
    );
    expect(wrapped.replace(/\n +/g, ' ')).toBe(line);
  });

  it('keeps closing punctuation with what it closes and opening punctuation with what it opens', () => {
    // At 21 columns a plain cut would fall before “，” (columns 21–22) and, on the next line, after “（”.
    const line = `${'字'.repeat(10)}，${'字'.repeat(7)}（括号里的字）${'字'.repeat(10)}`;
    const lines = wrapLine(line, 21, 0).split('\n');
    expect(lines.slice(0, 2)).toEqual(['字'.repeat(9), `字，${'字'.repeat(7)}`]);
    for (const l of lines) {
      expect(textWidth(l)).toBeLessThanOrEqual(21);
      expect(l).not.toMatch(/^[，。）]/);
      expect(l).not.toMatch(/（$/);
    }
    expect(lines.join('')).toBe(line);
  });

  it('does not break inside the leading columns it indents under', () => {
    const row = `  警告    A42    ${'合计不完整'.repeat(8)}`;
    const lines = wrapLine(row, 40, 17).split('\n');
    expect(lines[0].startsWith('  警告    A42    合计')).toBe(true);
    for (const l of lines.slice(1)) expect(l).toMatch(/^ {17}\S/);
  });

  it('leaves lines whole when the terminal is too narrow for wrapping to help', () => {
    const row = `${' '.repeat(17)}${'很长的一行'.repeat(10)}`;
    expect(wrapLine(row, 20, 17)).toBe(row);
  });

  it('wrapText wraps every line, and nothing without a width (not a terminal)', () => {
    const text = `${'一'.repeat(30)}\n${'二'.repeat(30)}`;
    expect(wrapText(text, undefined, 2)).toBe(text);
    expect(wrapText(text, 40, 2).split('\n')).toEqual([
      '一'.repeat(20),
      `  ${'一'.repeat(10)}`,
      '二'.repeat(20),
      `  ${'二'.repeat(10)}`,
    ]);
  });
});

describe('the findings table', () => {
  const finding: LocalisedFinding = {
    code: 'missing-value',
    severity: 'warning',
    sheet: '指标目录',
    cell: 'A42',
    message:
      '指标目录!A42：指标 M040「少数民族人口」的合计不完整：幸福社区 没有可用的数值（未填或有误），未计入合计。',
    hint: '补齐或改正这些单位的数据后重新汇总，然后再运行一次 huibao validate 看看是否还有问题。',
  };

  it('wraps rows under the message column and hints under the hint', () => {
    const table = formatFindingsTable([finding], ['指标目录'], zh, 60);
    const lines = table.split('\n').filter((l) => l !== '');
    expect(lines[0]).toBe('■ 指标目录（1 条）');
    expect(lines[1].startsWith('  警告    A42    指标 M040「少数民族人口」')).toBe(true);
    const hintAt = lines.findIndex((l) => l.includes('→'));
    for (const l of lines.slice(2, hintAt)) expect(l).toMatch(/^ {17}[^ ]/);
    expect(lines[hintAt]).toMatch(/^ {17}→ 补齐/);
    for (const l of lines.slice(hintAt + 1)) expect(l).toMatch(/^ {19}[^ ]/);
    for (const l of lines) expect(textWidth(l)).toBeLessThanOrEqual(60);
  });

  it('is unwrapped without a width', () => {
    const table = formatFindingsTable([finding], ['指标目录'], zh);
    expect(table.split('\n')[1]).toBe(
      '  警告    A42    指标 M040「少数民族人口」的合计不完整：幸福社区 没有可用的数值（未填或有误），未计入合计。',
    );
  });
});

describe('validate on a terminal and off it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'huibao-wrap-'));
  const path = join(dir, 'street.xlsx');
  beforeAll(async () => writeFileSync(path, await streetWorkbook(false)));

  async function validate(columns?: number): Promise<string> {
    let out = '';
    await runCli(['validate', path], {
      out: (t) => (out += t),
      err: () => undefined,
      ...(columns === undefined ? {} : { columns: { out: columns } }),
    });
    return out;
  }

  it('fits a 50-column terminal, and keeps the same words', async () => {
    const [narrow, whole] = [await validate(50), await validate()];
    expect(Math.max(...widths(whole))).toBeGreaterThan(50);
    expect(Math.max(...widths(narrow))).toBeLessThanOrEqual(50);
    const words = (text: string) => text.replace(/\s+/g, '');
    expect(words(narrow)).toBe(words(whole));
  });
});
