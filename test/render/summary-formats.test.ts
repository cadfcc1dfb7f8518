/**
 * The example's figures in 汇总 carry the decimals the filled report prints them with (`numberFormatFor`'s rule),
 * read back from the written file by openpyxl. Values checked by hand in examples/street-2022.xlsx: M074 护理补贴
 * 6200 + 4900 + 4000 = 15100, M071 低保金 16.2 + 13.5 + 11.4 = 41.1, M066 参检人次 42.3 + 36.8 + 28.4 = 107.5,
 * M012 参学党员人次 520 + 460 + 386 = 1366 (上年 260 + 430 + 360 = 1050), M059 化解率 19 ÷ 22 = 86.36%; M050 税收
 * 3560 (上年 3120), M038 满意度 100 (上年 98), M045 2856340.5 and M034 12.6 are the catalogue's own.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runPipeline } from '../../src/core/pipeline';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { summaryIndicators } from '../../src/core/summary-plan';
import { readXlsx, writeXlsx } from '../../src/xlsx';
import { openpyxl } from '../xlsx/helpers';

const EXAMPLE = join(__dirname, '..', '..', 'examples', 'street-2022.xlsx');

interface Row {
  readonly actual: number | null;
  readonly actualFormat: string;
  readonly previous: number | null;
  readonly previousFormat: string;
  readonly yoy: number | null;
  readonly yoyFormat: string;
}

describe('汇总 writes each figure with the decimals the report prints', () => {
  let rows: Record<string, Row> = {};
  let output: ReturnType<typeof runPipeline>;

  beforeAll(async () => {
    const snapshot = await readXlsx(readFileSync(EXAMPLE), { source: 'street-2022.xlsx' });
    output = runPipeline({ snapshot, settings: DEFAULT_SETTINGS, generatedAt: new Date(2023, 0, 5) });
    const path = join(mkdtempSync(join(tmpdir(), 'huibao-formats-')), 'summary.xlsx');
    writeFileSync(path, await writeXlsx(output.plan, null));
    rows = openpyxl<Record<string, Row>>(
      path,
      [
        'ws = wb["汇总"]',
        'out = {}',
        'for r in ws.iter_rows(min_row=1, max_row=ws.max_row):',
        '    a = r[0].value',
        '    if isinstance(a, str) and a.startswith("M") and isinstance(r[1].value, str) and a not in out:',
        '        out[a] = {"actual": r[4].value, "actualFormat": r[4].number_format,',
        '                  "previous": r[7].value, "previousFormat": r[7].number_format,',
        '                  "yoy": r[8].value, "yoyFormat": r[8].number_format}',
      ].join('\n'),
    );
  }, 60000);

  it.each([
    // id, unit and mask (in the comment), value, format: as the report prints it, thousands grouped.
    ['M050', 3560, '#,##0'], // 万元 `****万`: 3560万, was 3,560.00
    ['M074', 15100, '#,##0'], // 元 `*****`: 15100, was 15,100.00
    ['M071', 41.1, '#,##0.0'], // 万元 `**.*万`: 41.1万, was 41.10
    ['M045', 2856340.5, '#,##0.00'], // 元 `*******.**`: 2856340.50
    ['M038', 100, '0"%"'], // % `***%`: 100%, was 100.0%
    ['M059', 86.36, '0.00"%"'], // % `**.**%`: 86.36%
    ['M066', 107.5, '#,##0.0'], // 万人次 `约***.*万`: 约107.5万
    ['M012', 1366, '#,##0'], // 人次 `****余`: the report rounds off (1300余), the table keeps the total
    ['M034', 12.6, '#,##0.0'], // 万人次 `**万余`: the report writes 12万余, the table the exact 12.6
  ])('%s %d as %s', (id, value, format) => {
    expect(rows[id].actual).toBeCloseTo(value, 10);
    expect(rows[id].actualFormat).toBe(format);
  });

  it('writes the previous year in the same format as the actual figure', () => {
    expect(rows.M050).toMatchObject({ previous: 3120, previousFormat: '#,##0' });
    expect(rows.M038).toMatchObject({ previous: 98, previousFormat: '0"%"' });
    expect(rows.M012).toMatchObject({ previous: 1050, previousFormat: '#,##0' });
    expect(rows.M059.previousFormat).toBe('0.00"%"');
  });

  it('writes a rate’s change in points with the rate’s decimals', () => {
    // 100 − 98 = 2 points; 86.36 − 84.5 = 1.86 points.
    expect(rows.M038).toMatchObject({ yoy: 2, yoyFormat: '+0"个百分点";-0"个百分点";0"个百分点"' });
    expect(rows.M059.yoy).toBeCloseTo(1.86, 10);
    expect(rows.M059.yoyFormat).toBe('+0.00"个百分点";-0.00"个百分点";0.00"个百分点"');
  });

  it('shows every exactly-masked figure as the report wrote it', () => {
    // For each indicator of 汇总 filled into a mask without 约/近/余/多: the value at the format's decimals is the
    // report's figure without its scale word.
    const byId = new Map(summaryIndicators(output.analysis).map((i) => [i.id, i]));
    const compared: string[] = [];
    for (const slot of output.fill?.slots ?? []) {
      const indicator = slot.indicator ? byId.get(slot.indicator.id) : undefined;
      if (!indicator || typeof slot.value !== 'number' || /[约近余多]/.test(indicator.format)) continue;
      if (indicator.actual === null || !rows[indicator.id]) continue;
      const decimals = /\.(0+)/.exec(rows[indicator.id].actualFormat)?.[1].length ?? 0;
      expect([indicator.id, indicator.actual.toFixed(decimals)]).toEqual([
        indicator.id,
        slot.rendered.replace(/[万亿]$/, ''),
      ]);
      compared.push(indicator.id);
    }
    expect(compared).toEqual(expect.arrayContaining(['M038', 'M045', 'M050', 'M059', 'M071', 'M074']));
  });
});
