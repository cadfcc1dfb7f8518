/**
 * `huibao run` on a street whose rate (结案率 = 结案数 ÷ 立案数, mask `**.*%`) three communities handle three ways:
 * left blank, typed wrong, over a denominator of 0. The workbook is written by exceljs and the output read back by
 * openpyxl (independent writer and reader). Figures worked out by hand:
 *   甲社区 11 ÷ 12 = 91.666…% → 91.7 (blank, computed); 乙社区 7 ÷ 8 = 87.5% (typed 95%, computed);
 *   丙社区 0 ÷ 0 has no rate: its typed 100 stands; the street (11 + 7 + 0) ÷ (12 + 8 + 0) = 18 ÷ 20 = 90.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { cli } from './capture';
import { askOpenpyxl } from './run-workbook';

const dir = mkdtempSync(join(tmpdir(), 'huibao-unit-rates-'));
const input = join(dir, 'street.xlsx');
const output = join(dir, 'summary.xlsx');
const jsonPath = join(dir, 'result.json');

async function streetWithRates(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('指标目录').addRows([
    ['编号', '板块', '指标', '单位', '格式', '目标值', '汇总方式'],
    ['C01', '综治', '立案数', '件', '**', '', '求和'],
    ['C02', '综治', '结案数', '件', '**', '', '求和'],
    ['C03', '综治', '结案率', '%', '**.*%', '≥90%', '比率(C02,C01)'],
  ]);
  const units: [string, (string | number | null)[]][] = [
    ['甲社区', [12, 11, null]],
    ['乙社区', [8, 7, '95%']],
    ['丙社区', [0, 0, 100]],
  ];
  for (const [name, values] of units) {
    const sheet = wb.addWorksheet(name);
    sheet.addRow(['编号', '指标', '单位', '完成值']);
    sheet.addRow(['C01', '立案数', '件', values[0]]);
    sheet.addRow(['C02', '结案数', '件', values[1]]);
    sheet.addRow(['C03', '结案率', '%', values[2]]);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

beforeAll(async () => {
  writeFileSync(input, await streetWithRates());
}, 60000);

describe('each unit’s rate in the summary workbook', () => {
  let code: number;
  beforeAll(async () => {
    ({ code } = await cli(['run', input, '-o', output, '--json', jsonPath]));
  }, 120000);

  it('gives the JSON each unit’s parts’ rate, and says which ones were computed', () => {
    // No error in the data (乙社区's rate is a warning): exit 0.
    expect(code).toBe(0);
    const json = JSON.parse(readFileSync(jsonPath, 'utf8'));
    const rate = json.indicators.find((i: { id: string }) => i.id === 'C03');
    expect(rate).toMatchObject({
      actual: 90,
      status: 'met',
      units: { 甲社区: 91.7, 乙社区: 87.5, 丙社区: 100 },
      computedUnits: ['甲社区', '乙社区'],
    });
    const counts = json.indicators.find((i: { id: string }) => i.id === 'C01');
    expect(counts.units).toEqual({ 甲社区: 12, 乙社区: 8, 丙社区: 0 });
    expect(counts).not.toHaveProperty('computedUnits');
  });

  it('writes them on 分单位 as numbers in the mask’s format, with a note under the table', () => {
    const sheet = askOpenpyxl<{
      rows: Record<string, unknown[]>;
      formats: string[];
      notes: string[];
      area: string;
      noteRow: number;
    }>(
      output,
      `ws = wb['分单位']
rows = {}
formats = []
notes = []
note_row = None
for row in ws.iter_rows():
    a = row[0].value
    # The table's rows, not the share table's under it.
    if a in ('C01', 'C02', 'C03') and a not in rows:
        rows[a] = [c.value for c in row[:7]]
        if a == 'C03':
            formats = [c.number_format for c in row[3:7]]
    elif isinstance(a, str) and '分子' in a:
        notes.append(a)
        note_row = row[0].row
out = {'rows': rows, 'formats': formats, 'notes': notes, 'area': ws.print_area, 'noteRow': note_row}`,
    );
    expect(sheet.rows.C03).toEqual(['C03', '结案率', '%', 91.7, 87.5, 100, 90]);
    expect(sheet.formats).toEqual(['0.0"%"', '0.0"%"', '0.0"%"', '0.0"%"']);
    expect(sheet.rows.C01).toEqual(['C01', '立案数', '件', 12, 8, 0, 20]);
    expect(sheet.notes).toEqual([
      '按分子、分母汇总的比率，各单位的数由本单位的分子 ÷ 分母算出（两者都有且分母不为 0 时），与合计算法相同，不取所填之数。',
    ]);
    // The note prints with the table: the print area (ID to 合计, columns A–G) ends on its row.
    expect(String(sheet.area)).toMatch(new RegExp(`\\$A\\$1:\\$G\\$${sheet.noteRow}\\b`));
  });
});
