/** Detected sheets: catalogue, units, a single indicator sheet, template and rules, with hand-counted rows. */
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { detectSheets, templateText } from '../../src/taskpane/detect-sheets';

const HEADER = ['编号', '指标', '单位', '目标值', '完成值'];
const CATALOGUE_HEADER = ['编号', '板块', '指标', '单位', '目标值', '汇总方式'];

const street: WorkbookSnapshot = {
  sheets: [
    { name: '说明', values: [['这是说明']] },
    {
      name: '指标目录',
      values: [
        CATALOGUE_HEADER,
        ['M001', '经济', '投资', '万元', '≥500', '求和'],
        ['M002', '民生', '就业', '人', '', '求和'],
      ],
    },
    {
      name: '东湖社区',
      values: [HEADER, ['M001', '投资', '万元', '', 300], ['M002', '就业', '人', '', 12], [null, null]],
    },
    { name: '西园社区', values: [HEADER, ['M001', '投资', '万元', '', 250], ['M002', '就业', '人', '', '']] },
    {
      name: '校验规则',
      values: [
        ['规则', '说明'],
        ['M001 >= 0', '非负'],
        ['M002 >= 0', ''],
        ['', ''],
      ],
    },
    { name: '报告模板', values: [['一、经济'], [''], ['完成投资***万元。'], ['新增就业**人。']] },
    { name: '汇总', values: [['旧的']], writtenByHuibao: true },
  ],
};

describe('detectSheets', () => {
  it('finds the catalogue, the two communities as units, the template and the rules, with their counts', () => {
    const d = detectSheets(street);
    expect(d.catalogue).toEqual({ name: '指标目录', count: 2 });
    expect(d.units.map((u) => u.name)).toEqual(['东湖社区', '西园社区']);
    // 东湖社区 has a trailing blank row that is not counted.
    expect(d.units.map((u) => u.count)).toEqual([2, 2]);
    expect(d.template).toEqual({ name: '报告模板', count: 3 });
    expect(d.rules).toEqual({ name: '校验规则', count: 2 });
    expect(d.ours).toEqual(['汇总']);
  });

  it('treats one indicator sheet without a catalogue as a single sheet, not a unit', () => {
    const d = detectSheets({ sheets: [{ name: '指标', values: [HEADER, ['M001', '投资', '万元', '', 1]] }] });
    expect(d.units).toEqual([]);
    expect(d.indicators).toEqual([{ name: '指标', count: 1 }]);
    expect(d.catalogue).toBeNull();
    expect(d.template).toBeNull();
    expect(d.rules).toBeNull();
  });

  it('does not count 合计/总计 rows as indicators, as the core reader skips them', () => {
    const withTotals: WorkbookSnapshot = {
      sheets: [
        street.sheets[1],
        {
          name: '社区01',
          values: [
            HEADER,
            ['M001', '投资', '万元', '', 300],
            ['M002', '就业', '人', '', 12],
            ['合计', '', '', '', 312],
          ],
        },
        {
          name: '社区02',
          values: [
            HEADER,
            ['M001', '投资', '万元', '', 1],
            ['', '总 计', '', '', 1],
            ['M002', '就业', '人', '', 2],
          ],
        },
      ],
    };
    expect(detectSheets(withTotals).units).toEqual([
      { name: '社区01', count: 2 },
      { name: '社区02', count: 2 },
    ]);
  });

  it('reads the template sheet as text, one paragraph per non-blank row', () => {
    expect(templateText(street)).toBe('一、经济\n完成投资***万元。\n新增就业**人。');
    expect(templateText({ sheets: [] })).toBeNull();
  });
});
