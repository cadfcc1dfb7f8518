import { analyseWorkbook } from '../../src/core/analyse';
import { fillIndicatorsFromSnapshot } from '../../src/core/fill';
import { localiseFinding } from '../../src/core/findings';
import { catalogueFor } from '../../src/core/i18n';
import {
  findIndicatorSheets,
  isTotalRowKey,
  readIndicatorRows,
  scanIndicatorSheets,
} from '../../src/core/indicator-sheet';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../src/core/snapshot';
import { discoverUnits } from '../../src/core/workbook-units';

const sheet = (name: string, values: CellValue[][], hidden = false): SheetSnapshot =>
  hidden ? { name, values, hidden } : { name, values };

const HEADER = ['编号', '指标', '单位', '完成值'];
const community = (name: string, m001: number, m002: number, hidden = false): SheetSnapshot =>
  sheet(name, [HEADER, ['M001', '党建知识培训', '场次', m001], ['M002', '志愿服务', '人次', m002]], hidden);

/** The tester's street: three communities, and a hidden old copy of 和平社区 that must not count. */
function street(hiddenCopy: 'hidden' | 'visible'): WorkbookSnapshot {
  return {
    sheets: [
      sheet('指标目录', [
        ['编号', '指标', '单位', '汇总方式'],
        ['M001', '党建知识培训', '场次', '求和'],
        ['M002', '志愿服务', '人次', '求和'],
      ]),
      community('和平社区', 10, 20),
      community('光明社区', 11, 15),
      community('新华社区', 12, 12),
      community('旧版和平社区', 9, 18, hiddenCopy === 'hidden'),
    ],
  };
}

describe('hidden sheets', () => {
  it('are not units: M002 is 20 + 15 + 12 = 47, not 65 with the hidden copy', () => {
    const analysis = analyseWorkbook(street('hidden'), DEFAULT_SETTINGS);
    expect(analysis.units).toEqual(['和平社区', '光明社区', '新华社区']);
    expect(analysis.indicators.find((i) => i.id === 'M002')?.actual).toBe(47);
    expect(analysis.indicators.find((i) => i.id === 'M001')?.actual).toBe(33);
    // The same copy, visible, is a fourth unit (which is what a person who shows it asks for).
    const visible = analyseWorkbook(street('visible'), DEFAULT_SETTINGS);
    expect(visible.indicators.find((i) => i.id === 'M002')?.actual).toBe(65);
  });

  it('are listed for the hidden-sheet-skipped note, once each', () => {
    const units = discoverUnits(street('hidden'));
    expect(units.mode).toBe('catalogue');
    expect(units.units.map((t) => t.sheet.name)).toEqual(['和平社区', '光明社区', '新华社区']);
    expect(units.hiddenSheets).toEqual(['旧版和平社区']);
    expect(discoverUnits(street('visible')).hiddenSheets).toEqual([]);
    expect(scanIndicatorSheets(street('hidden')).hidden).toEqual(['旧版和平社区']);
    expect(findIndicatorSheets(street('hidden')).map((l) => l.sheet)).not.toContain('旧版和平社区');
  });

  it('a hidden catalogue still defines the indicators; a hidden sheet that is no indicator sheet is not listed', () => {
    const snapshot: WorkbookSnapshot = {
      sheets: [
        { ...street('visible').sheets[0], hidden: true },
        community('和平社区', 1, 2),
        community('光明社区', 3, 4),
        sheet('草稿', [['随手记']], true),
      ],
    };
    const units = discoverUnits(snapshot);
    expect(units.mode).toBe('catalogue');
    expect(units.catalogueSheet).toBe('指标目录');
    expect(units.hiddenSheets).toEqual([]);
  });

  it('prefers a visible catalogue to a hidden old one when neither is named 指标目录', () => {
    const catalogue = (name: string, hidden: boolean): SheetSnapshot =>
      sheet(
        name,
        [
          ['编号', '指标', '汇总方式'],
          ['M001', '党建知识培训', '求和'],
        ],
        hidden,
      );
    const units = discoverUnits({
      sheets: [
        catalogue('旧目录', true),
        catalogue('目录2023', false),
        community('和平社区', 1, 2),
        community('光明社区', 3, 4),
      ],
    });
    expect(units.catalogueSheet).toBe('目录2023');
  });

  it('a hidden only indicator sheet leaves none to validate, and says why', () => {
    const units = discoverUnits({ sheets: [community('和平社区', 1, 2, true)] });
    expect(units.mode).toBe('none');
    expect(units.hiddenSheets).toEqual(['和平社区']);
  });

  it('do not feed the fill', () => {
    const indicators = fillIndicatorsFromSnapshot({
      sheets: [community('指标', 10, 20), community('旧版指标', 9, 18, true)],
    });
    expect(indicators.map((i) => `${i.at.sheet}:${i.id}`)).toEqual(['指标:M001', '指标:M002']);
  });

  it('have a message and a hint in both languages', () => {
    for (const lang of ['zh-CN', 'en-US'] as const) {
      const localised = localiseFinding(
        { severity: 'info', code: 'hidden-sheet-skipped', sheet: '旧版和平社区' },
        catalogueFor(lang),
      );
      expect(localised.message).toContain('旧版和平社区');
      expect(localised.hint).not.toBe('');
    }
    expect(
      localiseFinding(
        { severity: 'info', code: 'hidden-sheet-skipped', sheet: '旧版和平社区' },
        catalogueFor('zh-CN'),
      ).message,
    ).toBe('旧版和平社区：该工作表已隐藏，不作为单位参与校验和汇总。');
  });
});

describe('total rows', () => {
  it('are told by their 编号 (or 指标 when the ID is blank): 合计, 总计, 小计, 合 计, Total', () => {
    for (const key of [
      '合计',
      '总计',
      '小计',
      '共计',
      '合 计',
      '合\u3000计',
      '总 计：',
      'Total',
      'SUBTOTAL',
      'Grand total',
    ])
      expect([key, isTotalRowKey(key)]).toEqual([key, true]);
    for (const key of ['M001', '', '合计数', '合计人次', '小计划', '总计划数', 'totals', '社区合计'])
      expect([key, isTotalRowKey(key)]).toEqual([key, false]);
  });

  const withTotals = (): SheetSnapshot =>
    sheet('和平社区', [
      ['编号', '指标', '单位', '完成值'],
      ['M001', '党建知识培训', '场次', 10],
      ['小计', null, null, 10],
      ['M002', '志愿服务', '人次', 20],
      ['合 计', null, null, 30],
      [null, '总计', null, 30],
    ]);

  it('are not indicator rows', () => {
    const s = withTotals();
    const [layout] = findIndicatorSheets({ sheets: [s] });
    expect(readIndicatorRows(s, layout).map((r) => r.text.id)).toEqual(['M001', 'M002']);
  });

  it('are not unit rows', () => {
    const snapshot = { sheets: [withTotals(), community('光明社区', 1, 2)] };
    const units = discoverUnits(snapshot);
    expect(units.mode).toBe('units');
    expect(units.definitions.map((d) => d.text.id)).toEqual(['M001', 'M002']);
    const analysis = analyseWorkbook(snapshot, DEFAULT_SETTINGS);
    // Not unknown, not duplicates, and not added: M001 = 10 + 1, M002 = 20 + 2.
    expect(analysis.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(analysis.indicators.map((i) => i.actual)).toEqual([11, 22]);
  });

  it('in a catalogue are no definitions, so no 编号 合计 is ever unknown or duplicated', () => {
    const analysis = analyseWorkbook(
      {
        sheets: [
          sheet('指标目录', [
            ['编号', '指标', '单位', '汇总方式'],
            ['M001', '党建知识培训', '场次', '求和'],
            ['M002', '志愿服务', '人次', '求和'],
            ['合计', null, null, null],
          ]),
          community('和平社区', 10, 20),
          community('光明社区', 11, 15),
        ],
      },
      DEFAULT_SETTINGS,
    );
    expect(analysis.indicators.map((i) => i.id)).toEqual(['M001', 'M002']);
    expect(analysis.findings.filter((f) => f.found === '合计')).toEqual([]);
  });
});
