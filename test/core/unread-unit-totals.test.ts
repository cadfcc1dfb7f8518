/**
 * A community sheet that cannot be read (its figures column is not headed 完成值) is a unit the street's totals are
 * missing: every total over the units is marked incomplete and names it, as if it had left every value blank, while
 * the office's own figures (不汇总) stand. Sheets that were never units (notes, hidden, totals) change nothing.
 * Expected figures are worked out by hand in the comments.
 */
import { analyseWorkbook } from '../../src/core/analyse';
import { localiseFinding } from '../../src/core/findings';
import { catalogueFor } from '../../src/core/i18n';
import type { IndicatorResult } from '../../src/core/results';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { CellValue, SheetSnapshot } from '../../src/core/snapshot';

const sheet = (name: string, values: CellValue[][], hidden = false): SheetSnapshot =>
  hidden ? { name, values, hidden } : { name, values };

// Rows 2–15; the target is column D, the catalogue's own 完成值 column F.
const catalogue = sheet('指标目录', [
  ['编号', '指标', '单位', '目标值', '汇总方式', '完成值'],
  ['M001', '培训场次', '场次', '≥10', '求和', null],
  ['M002', '参与人数', '人', '≥100', '求和', null],
  ['M003', '满意度', '%', '≥90', '平均', null],
  ['M004', '单日最高接待', '人次', '≥40', '最大', null],
  ['M005', '安全事故', '起', '≤3', '求和', null],
  ['M006', '投入资金', '万元', '≥50', '求和', null],
  ['M007', '结案数', '件', null, '求和', null],
  ['M008', '受理数', '件', null, '求和', null],
  ['M009', '结案率', '%', '≥90', '比率(M007,M008)', null],
  ['M010', '志愿者人数', '人', '≥20', '求和', null],
  ['M011', '数据口径', null, null, '一致', null],
  ['M012', '街道自有经费', '万元', '≥100', '不汇总', 110],
  ['M013', '街道总预算', '万元', null, '不汇总', 400],
  ['M014', '自有经费占比', '%', '≥25', '比率(M012,M013)', null],
]);

/** A community's sheet of M001–M011 (M009 left to the street) under `header`'s figures column. */
const community = (name: string, figures: CellValue[], header = '完成值'): SheetSnapshot => {
  const rows = catalogue.values.slice(1, 12).filter((row) => row[0] !== 'M009');
  return sheet(name, [
    ['编号', '指标', '单位', header],
    ...rows.map((row, i) => [row[0], row[1], row[2], figures[i]]),
  ]);
};

// M001 … M008, M010, M011. 西湖社区 left M010 blank (its row 10).
const dongfeng = community('东风社区', [6, 40, 96, 30, 2, 30, 9, 10, 22, '新口径']);
const xihu = community('西湖社区', [5, 30, 92, 45, 3, 25, 18, 20, null, '新口径']);
/** Its figures are headed 完成情况, so the sheet is not read: a unit the totals lack. */
const xingfu = community('幸福社区', [4, 50, 90, 60, 1, 20, 7, 8, 15, '新口径'], '完成情况');

function byId(indicators: readonly IndicatorResult[]): Record<string, IndicatorResult> {
  return Object.fromEntries(indicators.map((indicator) => [indicator.id, indicator]));
}

/** id → actual (the text for a text indicator), complete, missing units, status. */
function outcomes(indicators: readonly IndicatorResult[]): Record<string, unknown[]> {
  return Object.fromEntries(
    indicators.map((i) => [
      i.id,
      [i.actual ?? i.actualText, i.complete, [...(i.missingUnits ?? [])], i.status],
    ]),
  );
}

describe('an unreadable community sheet beside a catalogue', () => {
  const analysis = analyseWorkbook({ sheets: [catalogue, dongfeng, xingfu, xihu] }, DEFAULT_SETTINGS);

  it('is no unit, and every total over the units is incomplete without it; the office’s own figures stand', () => {
    expect(analysis.units).toEqual(['东风社区', '西湖社区']);
    const none: string[] = [];
    const xingfuOnly = ['幸福社区'];
    expect(outcomes(analysis.indicators)).toEqual({
      // 6 + 5 = 11 ≥ 10: a count only grows as 幸福社区 comes in, so it stays met.
      M001: [11, false, xingfuOnly, 'met'],
      // 40 + 30 = 70 < 100, but 幸福社区 could bring it to 100: 缺数, not 未达标.
      M002: [70, false, xingfuOnly, 'missing'],
      // (96 + 92) / 2 = 94 ≥ 90, but a mean can fall as a unit comes in.
      M003: [94, false, xingfuOnly, 'missing'],
      // max(30, 45) = 45 ≥ 40: a maximum only grows, so it stays met.
      M004: [45, false, xingfuOnly, 'met'],
      // 2 + 3 = 5 > 3 already: more 事故 cannot bring it under ≤3, so it stays not met.
      M005: [5, false, xingfuOnly, 'not-met'],
      // 30 + 25 = 55 ≥ 50, but an amount in 万元 can be negative: 缺数.
      M006: [55, false, xingfuOnly, 'missing'],
      M007: [27, false, xingfuOnly, 'no-target'],
      M008: [30, false, xingfuOnly, 'no-target'],
      // (9 + 18) / (10 + 20) = 90% ≥ 90, but a rate can move either way as a unit comes in.
      M009: [90, false, xingfuOnly, 'missing'],
      // 22 + blank = 22 ≥ 20 (a count, stays met); the blank unit first, then the unread sheet.
      M010: [22, false, ['西湖社区', '幸福社区'], 'met'],
      // Both say 新口径: the agreed text, incomplete without 幸福社区's.
      M011: ['新口径', false, xingfuOnly, 'no-target'],
      // 不汇总: the catalogue's 完成值, 110 ≥ 100 (110 / 100 = 1.1, under the 120% 超额 line).
      M012: [110, true, none, 'met'],
      M013: [400, true, none, 'no-target'],
      // 110 / 400 = 27.5% ≥ 25: a rate of the office's own figures, no unit in it.
      M014: [27.5, true, none, 'met'],
    });
    expect(analysis.counts).toEqual({ total: 14, met: 5, notMet: 1, exceeded: 0, noTarget: 4, missing: 4 });
  });

  it('says the sheet once, as an error that the totals lack it, and names only read units at a total', () => {
    expect(analysis.findings).toEqual([
      { severity: 'error', code: 'sheet-not-read', sheet: '幸福社区', cell: 'A1' },
      expect.objectContaining({ severity: 'error', code: 'missing-value', sheet: '西湖社区', cell: 'D10' }),
      expect.objectContaining({
        severity: 'warning',
        code: 'target-not-met',
        sheet: '指标目录',
        cell: 'D6',
        found: '5',
        expected: '≤3',
      }),
      // Not one per total for 幸福社区: only where a unit that was read left a value out.
      expect.objectContaining({
        severity: 'warning',
        code: 'aggregate-incomplete',
        sheet: '指标目录',
        cell: 'A11',
        params: { missing: '西湖社区' },
      }),
    ]);
    const [unread] = analysis.findings;
    expect(localiseFinding(unread, catalogueFor('zh-CN')).message).toBe(
      '幸福社区!A1：工作表「幸福社区」列有目录中的编号，但找不到“完成值”列，整张表没有读取，合计中没有这张表的数。',
    );
    expect(localiseFinding(unread, catalogueFor('en-US')).message).toBe(
      '幸福社区!A1: sheet “幸福社区” lists IDs from the catalogue but has no Actual (完成值) column, so none of it was read: the totals leave it out.',
    );
  });
});

describe('sheets that were never units', () => {
  it('leave the totals complete: notes beside the IDs, a hidden sheet, a totals sheet', () => {
    const instructions = sheet('填报说明', [
      ['编号', '说明'],
      ['M001', '按实际举办场次填写'],
      ['M002', '2023年起按新口径'],
    ]);
    const hiddenCopy = community('旧版幸福社区', [4, 50, 90, 60, 1, 20, 7, 8, 15, '新口径'], '完成情况');
    const totals = community('街道合计', [11, 70, 94, 45, 5, 55, 27, 30, 22, '新口径'], '合计数');
    // 西湖社区's M010 filled in, so that only the sheets beside the units could leave a total incomplete.
    const full = {
      ...xihu,
      values: xihu.values.map((row) => (row[0] === 'M010' ? [...row.slice(0, 3), 3] : row)),
    };
    const analysis = analyseWorkbook(
      {
        sheets: [catalogue, dongfeng, instructions, { ...hiddenCopy, hidden: true }, totals, full],
      },
      DEFAULT_SETTINGS,
    );
    expect(analysis.units).toEqual(['东风社区', '西湖社区']);
    const indicators = byId(analysis.indicators);
    // 6 + 5, 22 + 3: every unit counted, nothing missing.
    expect([indicators.M001.actual, indicators.M010.actual]).toEqual([11, 25]);
    expect(analysis.indicators.filter((i) => !i.complete || (i.missingUnits ?? []).length > 0)).toEqual([]);
    // 70 < 100 and 5 > 3 are judged as they stand now that the totals are whole.
    expect([indicators.M002.status, indicators.M005.status]).toEqual(['not-met', 'not-met']);
    expect(analysis.findings.map((f) => `${f.severity} ${f.code} ${f.sheet ?? ''}`)).toEqual([
      'warning target-not-met 指标目录',
      'warning target-not-met 指标目录',
    ]);
  });
});

describe('an unreadable unit sheet without a catalogue', () => {
  const first = sheet('东风社区', [
    ['编号', '指标', '单位', '完成值'],
    ['M001', '培训场次', '场次', 6],
  ]);
  const second = sheet('西湖社区', [
    ['编号', '指标', '单位', '完成值'],
    ['M001', '培训场次', '场次', 5],
  ]);
  const unread = sheet('幸福社区', [
    ['编号', '指标', '单位', '完成情况'],
    ['M001', '培训场次', '场次', 4],
  ]);

  it('leaves the units’ sum incomplete too', () => {
    const analysis = analyseWorkbook({ sheets: [first, second, unread] }, DEFAULT_SETTINGS);
    const [m001] = analysis.indicators;
    // 6 + 5 = 11, without 幸福社区's 4.
    expect([m001.actual, m001.complete, m001.missingUnits]).toEqual([11, false, ['幸福社区']]);
  });

  it('leaves a single sheet’s own figures as they are', () => {
    const analysis = analyseWorkbook({ sheets: [first, unread] }, DEFAULT_SETTINGS);
    const [m001] = analysis.indicators;
    expect([m001.actual, m001.complete, m001.missingUnits]).toEqual([6, true, []]);
    expect(analysis.findings.map((f) => `${f.code} ${f.sheet ?? ''}`)).toEqual(['sheet-not-read 幸福社区']);
  });
});
