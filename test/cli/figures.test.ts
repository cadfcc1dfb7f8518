/**
 * `validate` and `run` print the same figures in the same words as 汇总 and 校验结果 show them, on the bundled
 * example. Counted by hand with openpyxl (an independent reader): 指标目录 has 81 indicator rows; 汇总's key figures
 * are 74 numeric indicators (7 text masks such as the street's name left out): 达标 9, 超额 4, 未达标 1, 无目标 59,
 * 缺数 1 (M046: 20 + 16 = 36 against ≥50 without 光明社区's 18, which is in another unit: no verdict yet), 合计不完整 7,
 * 数据错误 14; 校验结果 lists 15 errors and 20 warnings, of which the data's are 14 and 13 (validate, which fills no
 * report) and the report fill's the rest, 1 and 7.
 */
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './capture';
import { askOpenpyxl } from './run-workbook';

const dir = mkdtempSync(join(tmpdir(), 'huibao-figures-'));
const input = join(dir, 'street-2022.xlsx');
const output = join(dir, 'street-2022-汇总.xlsx');
const json = join(dir, 'result.json');
const INDICATORS =
  '指标 81 项（数值 74 项：达标 9，超额 4，未达标 1，无目标 59，缺数 1，以上含合计不完整 7 项；文字 7 项）\n';

let validate: { code: number; out: string; err: string };
let run: { code: number; out: string; err: string };
beforeAll(async () => {
  copyFileSync(join(__dirname, '../../examples/street-2022.xlsx'), input);
  validate = await cli(['validate', input, '--json', join(dir, 'findings.json')]);
  run = await cli(['run', input, '-o', output, '--json', json]);
}, 180000);

describe('the figures of the example', () => {
  it('validate: the indicators, then the data checks', () => {
    expect(validate.code).toBe(1);
    expect(validate.out).toContain(`\n${INDICATORS}数据校验：错误 14，警告 13，提示 0。\n已写出 `);
    const written = JSON.parse(readFileSync(join(dir, 'findings.json'), 'utf8'));
    expect(written.figures.numeric.total).toBe(74);
    expect(written.figures.data).toEqual({ error: 14, warning: 13, info: 0 });
    expect(written.figures.report).toBeNull();
  });

  it('run: the same lines, with the report fill apart', () => {
    expect(run.code).toBe(1);
    expect(run.out).toBe(
      `已写出 ${output}\n${INDICATORS}数据校验：错误 14，警告 13，提示 0；报告填写：已填 79/80 处，错误 1，警告 7。\n已写出 ${json}\n`,
    );
  });

  it('are what the written workbook shows, counted by openpyxl', () => {
    const counted = askOpenpyxl<{ ids: number; figures: unknown[]; findings: Record<string, number> }>(
      output,
      [
        'import re',
        "ids = sum(1 for r in wb['指标目录'].iter_rows(values_only=True) if r[0] and re.match(r'M\\d+$', str(r[0])))",
        "s = wb['汇总']",
        'labels = [s.cell(3, c).value for c in range(3, 11)]',
        'values = [s.cell(4, c).value for c in range(3, 11)]',
        "f = wb['校验结果']",
        'findings = {}',
        'for r in range(2, f.max_row + 1): findings[f.cell(r, 1).value] = findings.get(f.cell(r, 1).value, 0) + 1',
        "out = {'ids': ids, 'figures': list(zip(labels, values)), 'findings': findings}",
      ].join('\n'),
    );
    expect(counted.ids).toBe(81);
    expect(counted.figures).toEqual([
      ['指标总数', 74],
      ['达标', 9],
      ['超额', 4],
      ['未达标', 1],
      ['无目标', 59],
      ['缺数', 1],
      ['合计不完整', 7],
      ['数据错误', 14],
    ]);
    // 14 + 1 errors, 13 + 7 warnings: data and report together, as printed apart.
    expect(counted.findings).toEqual({ 错误: 15, 警告: 20 });
  });

  it('are in the JSON too', () => {
    const written = JSON.parse(readFileSync(json, 'utf8'));
    expect(written.figures).toEqual({
      total: 81,
      numeric: { total: 74, met: 9, exceeded: 4, notMet: 1, noTarget: 59, missing: 1, incomplete: 7 },
      text: 7,
      data: { error: 14, warning: 13, info: 0 },
      report: { filled: 79, slots: 80, error: 1, warning: 7 },
    });
    expect(written.findings).toHaveLength(35);
  });
});
