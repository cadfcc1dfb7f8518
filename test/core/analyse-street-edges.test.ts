/**
 * Street-level cases a tester found: hidden sheets, `合计` rows, percentages typed as fractions, and a rate whose
 * numerator is missing in one community. Expected figures are worked out by hand in the comments.
 */
import { analyseWorkbook } from '../../src/core/analyse';
import { localiseFinding } from '../../src/core/findings';
import { catalogueFor } from '../../src/core/i18n';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { CellValue, SheetSnapshot } from '../../src/core/snapshot';

const sheet = (name: string, values: CellValue[][], hidden = false): SheetSnapshot =>
  hidden ? { name, values, hidden } : { name, values };
const HEADER = ['编号', '指标', '单位', '完成值'];
const catalogue = sheet('指标目录', [
  ['编号', '指标', '单位', '目标值', '汇总方式'],
  ['M001', '志愿服务', '人次', null, '求和'],
  ['M002', '满意度', '%', null, '平均'],
]);
const unit = (
  name: string,
  m001: number,
  m002: CellValue,
  extra: CellValue[][] = [],
  hidden = false,
): SheetSnapshot =>
  sheet(name, [HEADER, ['M001', '志愿服务', '人次', m001], ['M002', '满意度', '%', m002], ...extra], hidden);

describe('analyseWorkbook on a street', () => {
  it('leaves a hidden sheet out of the units and says so once, without a cell', () => {
    const analysis = analyseWorkbook(
      {
        sheets: [
          catalogue,
          unit('和平社区', 20, 98),
          unit('光明社区', 15, 97),
          unit('旧版和平社区', 18, 90, [], true),
        ],
      },
      DEFAULT_SETTINGS,
    );
    expect(analysis.units).toEqual(['和平社区', '光明社区']);
    expect(analysis.findings.filter((f) => f.code === 'hidden-sheet-skipped')).toEqual([
      { severity: 'warning', code: 'hidden-sheet-skipped', sheet: '旧版和平社区' },
    ]);
    // 20 + 15, not 20 + 15 + 18.
    expect(analysis.indicators[0].actual).toBe(35);
  });

  it('skips 合计 / 总计 rows under the indicators instead of calling them unknown IDs', () => {
    const analysis = analyseWorkbook(
      {
        sheets: [
          catalogue,
          unit('和平社区', 20, 98, [['合 计', null, null, 20]]),
          unit('光明社区', 15, 97, [[null, '总计', null, 15]]),
        ],
      },
      DEFAULT_SETTINGS,
    );
    expect(analysis.findings.filter((f) => f.code === 'unknown-id')).toEqual([]);
    expect(analysis.indicators[0].actual).toBe(35);
  });

  it('warns when a percentage looks typed as a fraction, and leaves the value as typed', () => {
    const analysis = analyseWorkbook(
      { sheets: [catalogue, unit('和平社区', 20, '0.95'), unit('光明社区', 15, 98)] },
      DEFAULT_SETTINGS,
    );
    const warnings = analysis.findings.filter((f) => f.code === 'percent-looks-like-fraction');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      sheet: '和平社区',
      cell: 'D3',
      found: '0.95',
      params: { percent: '95' },
    });
    expect(localiseFinding(warnings[0], catalogueFor('zh-CN')).message).toBe(
      '和平社区!D3：指标 M002「满意度」是百分比，填写的 0.95 没有 % 号，按 0.95% 计算；如果指 95%，请改填 95 或 95%。',
    );
    // (0.95 + 98) / 2: the warning does not change the figure.
    expect(analysis.indicators[1].actual).toBe(49.475);
  });

  it('says nothing when every unit reports a low rate and there is no target above 1', () => {
    const analysis = analyseWorkbook(
      { sheets: [catalogue, unit('和平社区', 20, 0.5), unit('光明社区', 15, 0.8)] },
      DEFAULT_SETTINGS,
    );
    expect(analysis.findings.filter((f) => f.code === 'percent-looks-like-fraction')).toEqual([]);
  });

  it('computes a rate over the units that have both parts', () => {
    const rateCatalogue = sheet('指标目录', [
      ['编号', '指标', '单位', '目标值', '汇总方式'],
      ['M057', '信访积案', '件', null, '求和'],
      ['M058', '已化解', '件', null, '求和'],
      ['M059', '化解率', '%', null, '比率(M058,M057)'],
    ]);
    const community = (name: string, cases: number, resolved: CellValue): SheetSnapshot =>
      sheet(name, [
        HEADER,
        ['M057', '信访积案', '件', cases],
        ['M058', '已化解', '件', resolved],
        ['M059', '化解率', '%', null],
      ]);
    const analysis = analyseWorkbook(
      {
        sheets: [
          rateCatalogue,
          community('和平社区', 9, 8),
          community('光明社区', 7, 6),
          community('幸福社区', 6, null),
        ],
      },
      DEFAULT_SETTINGS,
    );
    const rate = analysis.indicators[2];
    // (8 + 6) / (9 + 7) = 87.5%; the old way put 幸福社区's 6 cases under nobody's resolutions: 14 / 22 = 63.64%.
    expect(rate.actual).toBe(87.5);
    expect(rate.complete).toBe(false);
    expect(rate.missingUnits).toEqual(['幸福社区']);
    // The parts' own totals stay what their units hold.
    expect(analysis.indicators[0].actual).toBe(22);
    expect(analysis.indicators[1].actual).toBe(14);
  });
  it('warns when the catalogue holds a 完成值 for an indicator totalled from the units', () => {
    const withActual = sheet('指标目录', [
      ['编号', '指标', '单位', '目标值', '汇总方式', '完成值'],
      ['M001', '志愿服务', '人次', null, '求和', 50],
      ['M002', '满意度', '%', null, '平均', 97.5],
    ]);
    const analysis = analyseWorkbook(
      { sheets: [withActual, unit('和平社区', 20, 98), unit('光明社区', 15, 97)] },
      DEFAULT_SETTINGS,
    );
    const ignored = analysis.findings.filter((f) => f.code === 'catalogue-actual-ignored');
    // M001: 20 + 15 = 35, not the 50 typed at F2. M002: (98 + 97) / 2 = 97.5, the same as typed: nothing to say.
    expect(ignored).toHaveLength(1);
    expect(ignored[0]).toMatchObject({ sheet: '指标目录', cell: 'F2', found: '50', expected: '35' });
    expect(localiseFinding(ignored[0], catalogueFor('zh-CN')).message).toBe(
      '指标目录!F2：指标 M001「志愿服务」由各单位汇总为 35，指标目录里填写的完成值 50 未使用。',
    );
    expect(analysis.indicators[0].actual).toBe(35);
  });

  it('reports a sheet of catalogue IDs whose figures column it cannot name, instead of dropping it unseen', () => {
    // 幸福社区 headed its figures 完成情况: it is not a unit, so the street total is 20 + 15 without it, and the
    // error at its 编号 header says why.
    const xingfu = sheet('幸福社区', [
      ['编号', '指标', '单位', '完成情况'],
      ['M001', '志愿服务', '人次', 12],
      ['M002', '满意度', '%', 90],
    ]);
    // A sheet of other IDs (a list of something else) is none of Huibao's business.
    const contacts = sheet('联系人', [
      ['编号', '姓名'],
      ['C01', '张三'],
    ]);
    const analysis = analyseWorkbook(
      { sheets: [catalogue, unit('和平社区', 20, 98), unit('光明社区', 15, 97), xingfu, contacts] },
      DEFAULT_SETTINGS,
    );
    expect(analysis.units).toEqual(['和平社区', '光明社区']);
    expect(analysis.indicators[0].actual).toBe(35);
    const unread = analysis.findings.filter((f) => f.code === 'sheet-not-read');
    expect(unread).toEqual([{ severity: 'error', code: 'sheet-not-read', sheet: '幸福社区', cell: 'A1' }]);
    expect(localiseFinding(unread[0], catalogueFor('zh-CN')).message).toBe(
      '幸福社区!A1：工作表「幸福社区」列有目录中的编号，但找不到“完成值”列，整张表没有读取，合计中没有这张表的数。',
    );
    expect(localiseFinding(unread[0], catalogueFor('en-US')).message).toBe(
      '幸福社区!A1: sheet “幸福社区” lists IDs from the catalogue but has no Actual (完成值) column, so none of it was read: the totals leave it out.',
    );
  });

  it('reads year-labelled figures columns: the latest year is this year, an earlier one last year', () => {
    const yearly = (
      name: string,
      now: number,
      before: number,
      order: 'new-first' | 'old-first',
    ): SheetSnapshot =>
      sheet(
        name,
        order === 'new-first'
          ? [
              ['编号', '指标', '单位', '2022年完成值', '2021年完成值'],
              ['M001', '志愿服务', '人次', now, before],
            ]
          : [
              ['编号', '指标', '单位', '2021年 完成值', '2022完成数'],
              ['M001', '志愿服务', '人次', before, now],
            ],
      );
    const analysis = analyseWorkbook(
      {
        sheets: [catalogue, yearly('和平社区', 20, 10, 'new-first'), yearly('光明社区', 15, 14, 'old-first')],
      },
      DEFAULT_SETTINGS,
    );
    expect(analysis.units).toEqual(['和平社区', '光明社区']);
    // This year 20 + 15 = 35, last year 10 + 14 = 24; 和平社区 doubled (+100% > 50%): one yoy-jump, at its D2.
    expect(analysis.indicators[0]).toMatchObject({ actual: 35, previous: 24 });
    expect(analysis.findings.filter((f) => f.code === 'yoy-jump').map((f) => `${f.sheet}!${f.cell}`)).toEqual(
      ['和平社区!D2'],
    );
  });

  it('says when a unit is named like Excel’s copy of another, and still counts it', () => {
    const analysis = analyseWorkbook(
      {
        sheets: [
          catalogue,
          unit('和平社区', 20, 98),
          unit('和平社区 (2)', 20, 98),
          unit('光明社区（3）', 15, 97),
        ],
      },
      DEFAULT_SETTINGS,
    );
    // 光明社区（3） has no 光明社区 beside it: a name like any other.
    expect(analysis.findings.filter((f) => f.code === 'unit-sheet-copy')).toEqual([
      { severity: 'error', code: 'unit-sheet-copy', sheet: '和平社区 (2)', params: { original: '和平社区' } },
    ]);
    // Counted all the same (20 + 20 + 15), so the error is what keeps the total from passing unnoticed.
    expect(analysis.indicators[0].actual).toBe(55);
    const finding = analysis.findings.find((f) => f.code === 'unit-sheet-copy');
    expect(localiseFinding(finding!, catalogueFor('zh-CN')).message).toBe(
      '和平社区 (2)：表名像是「和平社区」的副本（Excel 复制工作表时会加上“ (2)”），它也作为一个单位计入了合计，数字可能算了两遍。',
    );
  });

  it('reads a % on a figure that is not a percentage as typed, and says so at the cell', () => {
    // M001 counts 人次: 和平社区 typed `95%` as text, 光明社区's 0.9 is formatted as a percentage (90%).
    const heping = unit('和平社区', 0, 98);
    const guangming: SheetSnapshot = {
      ...unit('光明社区', 0, 97),
      values: [HEADER, ['M001', '志愿服务', '人次', 0.9], ['M002', '满意度', '%', 97]],
      numberFormats: [[], [null, null, null, '0%']],
    };
    const typed: SheetSnapshot = {
      ...heping,
      values: [HEADER, ['M001', '志愿服务', '人次', '95%'], ['M002', '满意度', '%', 98]],
    };
    const analysis = analyseWorkbook({ sheets: [catalogue, typed, guangming] }, DEFAULT_SETTINGS);
    // 95 + 90, each with a warning, and nothing else about M001.
    expect(analysis.indicators[0].actual).toBe(185);
    const warned = analysis.findings.filter((f) => f.code === 'percent-on-non-percent');
    expect(warned.map((f) => `${f.sheet}!${f.cell} ${f.found}`)).toEqual([
      '和平社区!D2 95%',
      '光明社区!D2 90%',
    ]);
    expect(analysis.findings.filter((f) => f.indicator?.id === 'M001').map((f) => f.code)).toEqual([
      'percent-on-non-percent',
      'percent-on-non-percent',
    ]);
    expect(localiseFinding(warned[0], catalogueFor('zh-CN')).message).toBe(
      '和平社区!D2：指标 M001「志愿服务」的单位是“人次”，填写的“95%”带百分号，已按 95 计算。',
    );
  });

  it('knows a row without an ID by its indicator name, and points at the name when it is unknown', () => {
    // 光明社区 has no 编号 column: its rows are the catalogue's by name; 志愿者人数 is no indicator of it.
    const guangming = sheet('光明社区', [
      ['序号', '指标', '单位', '完成值'],
      [1, '志愿服务', '人次', 15],
      [2, '满意度', '%', 97],
      [3, '志愿者人数', '人', 40],
    ]);
    const analysis = analyseWorkbook(
      { sheets: [catalogue, unit('和平社区', 20, 98), guangming] },
      DEFAULT_SETTINGS,
    );
    expect(analysis.indicators[0]).toMatchObject({ actual: 35, complete: true });
    const unknown = analysis.findings.filter((f) => f.code === 'unknown-name' || f.code === 'unknown-id');
    expect(unknown.map((f) => `${f.code} ${f.sheet}!${f.cell}`)).toEqual(['unknown-name 光明社区!B4']);
    expect(localiseFinding(unknown[0], catalogueFor('zh-CN')).message).toBe(
      '光明社区!B4：这一行没有编号，指标名称“志愿者人数”在指标目录中也找不到。',
    );
    expect(analysis.findings.filter((f) => f.code === 'unit-missing-indicator')).toEqual([]);
  });

  it('names the first sheet, not a catalogue, when there is no catalogue', () => {
    const analysis = analyseWorkbook(
      { sheets: [unit('和平社区', 20, 98), unit('光明社区', 15, 97, [['M009', '其他', '个', 1]])] },
      DEFAULT_SETTINGS,
    );
    const unknown = analysis.findings.find((f) => f.code === 'unknown-id');
    expect(localiseFinding(unknown!, catalogueFor('zh-CN')).message).toBe(
      '光明社区!A4：编号 M009 不在第一张指标表「和平社区」中。',
    );
    const english = analyseWorkbook(
      { sheets: [unit('和平社区', 20, 98), unit('光明社区', 15, 97, [['M009', '其他', '个', 1]])] },
      { ...DEFAULT_SETTINGS, lang: 'en-US' },
    );
    expect(
      localiseFinding(
        english.findings.find((f) => f.code === 'unknown-id')!,
        catalogueFor('en-US'),
      ).message,
    ).toBe('光明社区!A4: the ID M009 is not in the first indicator sheet “和平社区”.');
  });

  it('says when a rule’s 级别 is a word it does not know, and counts the rule as an error', () => {
    const rules = sheet('校验规则', [
      ['规则', '级别', '说明'],
      ['M002 <= 50', '严重', '满意度不超过 50'],
      ['M001 >= 0', '警告', ''],
    ]);
    const analysis = analyseWorkbook(
      { sheets: [catalogue, unit('和平社区', 20, 98), unit('光明社区', 15, 97), rules] },
      DEFAULT_SETTINGS,
    );
    const unknown = analysis.findings.filter((f) => f.code === 'rule-level-unknown');
    expect(unknown).toEqual([
      {
        severity: 'warning',
        code: 'rule-level-unknown',
        sheet: '校验规则',
        cell: 'B2',
        found: '严重',
        params: { rule: 'M002 <= 50' },
      },
    ]);
    expect(localiseFinding(unknown[0], catalogueFor('zh-CN')).message).toBe(
      '校验规则!B2：规则“M002 <= 50”的级别“严重”无法识别，已按“错误”处理。',
    );
    // 98 and 97 (and their mean) break it: errors, at each unit's cell and at the total.
    const failed = analysis.findings.filter((f) => f.code === 'rule-failed');
    expect(failed.map((f) => `${f.severity} ${f.sheet}!${f.cell}`)).toEqual([
      'error 指标目录!A3',
      'error 和平社区!D3',
      'error 光明社区!D3',
    ]);
  });

  it('rejects a figure Excel turned into a date, in a unit sheet and in a single sheet', () => {
    // 光明社区 typed `5-1` for M001 and Excel stored 2022-05-01 (serial 44682) under a date format.
    const guangming: SheetSnapshot = {
      ...unit('光明社区', 44682, 97),
      numberFormats: [[], [null, null, null, 'yyyy/m/d']],
    };
    const street = analyseWorkbook(
      { sheets: [catalogue, unit('和平社区', 20, 98), guangming] },
      DEFAULT_SETTINGS,
    );
    // 20 alone, not 20 + 44682; the total is incomplete.
    expect(street.indicators[0]).toMatchObject({ actual: 20, complete: false, missingUnits: ['光明社区'] });
    const dated = street.findings.filter((f) => f.code === 'date-in-value');
    expect(dated.map((f) => `${f.sheet}!${f.cell} ${f.found}`)).toEqual(['光明社区!D2 2022/5/1']);
    expect(localiseFinding(dated[0], catalogueFor('zh-CN')).message).toBe(
      '光明社区!D2：指标 M001「志愿服务」的完成值显示为日期 2022/5/1，不是数值（输入“5-1”之类的内容时 Excel 会自动变成日期）。',
    );
    const single: SheetSnapshot = {
      name: '指标',
      values: [
        ['编号', '指标', '单位', '完成值'],
        ['M001', '志愿服务', '人次', 44682],
        ['M002', '开展日期', '', 44682],
      ],
      numberFormats: [[], [null, null, null, 'm"月"d"日"'], [null, null, null, 'yyyy-mm-dd']],
    };
    const alone = analyseWorkbook({ sheets: [single] }, DEFAULT_SETTINGS);
    // M002 has no unit: a text answer, and a date is a fine one.
    expect(alone.findings.filter((f) => f.code === 'date-in-value').map((f) => f.cell)).toEqual(['D2']);
    expect(alone.indicators[0].actual).toBeNull();
  });

  it('questions a percentage target on a figure that is not a percentage', () => {
    const counted = sheet('指标目录', [
      ['编号', '指标', '单位', '目标值', '汇总方式'],
      ['M001', '志愿服务', '人次', '≥95%', '求和'],
      ['M002', '满意度', '%', '≥95%', '平均'],
    ]);
    const analysis = analyseWorkbook(
      { sheets: [counted, unit('和平社区', 20, 98), unit('光明社区', 15, 97)] },
      DEFAULT_SETTINGS,
    );
    const mismatch = analysis.findings.filter((f) => f.code === 'target-unit-mismatch');
    expect(mismatch.map((f) => `${f.sheet}!${f.cell} ${f.found}`)).toEqual(['指标目录!D2 ≥95%']);
    expect(localiseFinding(mismatch[0], catalogueFor('zh-CN')).message).toBe(
      '指标目录!D2：指标 M001「志愿服务」的目标值“≥95%”是百分比，单位却是“人次”。',
    );
  });

  it('reads an ID typed in lower case or full width as the catalogue’s', () => {
    const guangming = sheet('光明社区', [
      HEADER,
      ['m001', '志愿服务', '人次', 15],
      ['Ｍ００２', '满意度', '%', 97],
    ]);
    const analysis = analyseWorkbook(
      { sheets: [catalogue, unit('和平社区', 20, 98), guangming] },
      DEFAULT_SETTINGS,
    );
    expect(analysis.findings.filter((f) => f.code === 'unknown-id')).toEqual([]);
    expect(analysis.indicators.map((i) => [i.id, i.actual, i.complete])).toEqual([
      ['M001', 35, true],
      ['M002', 97.5, true],
    ]);
  });

  it('says when the first sheet looks like a renamed catalogue read as a unit', () => {
    // 目录 keeps a 完成值 column (blank but for the office's own M002), so by the rule it is an indicator sheet.
    const renamed = sheet('目录', [
      ['编号', '指标', '单位', '目标值', '汇总方式', '完成值'],
      ['M001', '志愿服务', '人次', null, '求和', null],
      ['M002', '满意度', '%', null, '平均', 99],
      ['M003', '培训', '场次', null, '求和', null],
    ]);
    const third = (name: string, m001: number): SheetSnapshot =>
      sheet(name, [
        HEADER,
        ['M001', '志愿服务', '人次', m001],
        ['M002', '满意度', '%', 97],
        ['M003', '培训', '场次', 3],
      ]);
    const analysis = analyseWorkbook(
      { sheets: [renamed, third('和平社区', 20), third('光明社区', 15)] },
      DEFAULT_SETTINGS,
    );
    expect(analysis.catalogueSheet).toBeNull();
    expect(analysis.findings.filter((f) => f.code === 'catalogue-as-unit')).toEqual([
      { severity: 'warning', code: 'catalogue-as-unit', sheet: '目录', cell: 'E1' },
    ]);
    // A first unit that fills its figures, 汇总方式 or not, is just a unit.
    const filledIn = sheet('目录', [
      ['编号', '指标', '单位', '目标值', '汇总方式', '完成值'],
      ['M001', '志愿服务', '人次', null, '求和', 5],
      ['M002', '满意度', '%', null, '平均', 99],
      ['M003', '培训', '场次', null, '求和', 1],
    ]);
    const units = analyseWorkbook(
      { sheets: [filledIn, third('和平社区', 20), third('光明社区', 15)] },
      DEFAULT_SETTINGS,
    );
    expect(units.findings.filter((f) => f.code === 'catalogue-as-unit')).toEqual([]);
  });

  describe('after a review of the checks above', () => {
    it('keeps a catalogue with a year’s reference figures a catalogue', () => {
      const list = sheet('指标清单', [
        ['编号', '指标', '单位', '目标值', '汇总方式', '2021年完成值'],
        ['M001', '志愿服务', '人次', '≥30', '求和', 100],
        ['M002', '满意度', '%', null, '平均', 90],
      ]);
      const analysis = analyseWorkbook(
        { sheets: [list, unit('和平社区', 20, 98), unit('光明社区', 15, 97)] },
        DEFAULT_SETTINGS,
      );
      expect(analysis.catalogueSheet).toBe('指标清单');
      expect(analysis.units).toEqual(['和平社区', '光明社区']);
      expect(analysis.indicators[0]).toMatchObject({ actual: 35, status: 'met' });
    });

    it('gives no verdict on a partial sum of figures that can be negative', () => {
      const amounts = sheet('指标目录', [
        ['编号', '指标', '单位', '目标值', '汇总方式'],
        ['M001', '收支结余', '万元', '≤2', '求和'],
      ]);
      const figures = (name: string, value: CellValue): SheetSnapshot =>
        sheet(name, [HEADER, ['M001', '收支结余', '万元', value]]);
      // 3 + 4 = 7 is over ≤2, but 丙社区's blank could be −5.
      const analysis = analyseWorkbook(
        { sheets: [amounts, figures('甲社区', 3), figures('乙社区', 4), figures('丙社区', null)] },
        DEFAULT_SETTINGS,
      );
      expect(analysis.indicators[0]).toMatchObject({ actual: 7, complete: false, status: 'missing' });
      expect(analysis.findings.filter((f) => f.code === 'target-not-met')).toEqual([]);
    });

    it('says nothing of a % on a figure without a unit', () => {
      const noUnit = sheet('指标目录', [
        ['编号', '指标', '单位', '目标值', '汇总方式'],
        ['M001', '覆盖率', '', '≥90', '平均'],
      ]);
      const typed = (name: string, value: CellValue): SheetSnapshot =>
        sheet(name, [HEADER, ['M001', '覆盖率', '', value]]);
      const analysis = analyseWorkbook(
        { sheets: [noUnit, typed('和平社区', '95%'), typed('光明社区', 92)] },
        DEFAULT_SETTINGS,
      );
      expect(analysis.findings.filter((f) => f.code === 'percent-on-non-percent')).toEqual([]);
    });

    it('does not take the first of several sheets made by the skeleton for a catalogue', () => {
      const made = (name: string, m001: CellValue): SheetSnapshot =>
        sheet(name, [
          ['编号', '指标', '单位', '目标值', '汇总方式', '完成值'],
          ['M001', '志愿服务', '人次', null, '求和', m001],
          ['M002', '满意度', '%', null, '平均', null],
          ['M003', '培训', '场次', null, '求和', null],
        ]);
      const filled = (name: string): SheetSnapshot =>
        sheet(name, [
          ['编号', '指标', '单位', '目标值', '汇总方式', '完成值'],
          ['M001', '志愿服务', '人次', null, '求和', 1],
          ['M002', '满意度', '%', null, '平均', 90],
          ['M003', '培训', '场次', null, '求和', 2],
        ]);
      const analysis = analyseWorkbook(
        { sheets: [made('和平社区', 5), filled('光明社区'), filled('幸福社区')] },
        DEFAULT_SETTINGS,
      );
      expect(analysis.findings.filter((f) => f.code === 'catalogue-as-unit')).toEqual([]);
    });

    it('reports an unread sheet whatever case its IDs are in, and a unit sheet read as a second catalogue', () => {
      const lower = sheet('幸福社区', [
        ['编号', '指标', '单位', '完成情况'],
        ['m001', '志愿服务', '人次', 12],
      ]);
      // The skeleton's columns with the figures header renamed: a catalogue-like sheet beside 指标目录.
      const renamed = sheet('平安社区', [
        ['编号', '指标', '单位', '目标值', '汇总方式', '数据'],
        ['M001', '志愿服务', '人次', null, '求和', 9],
      ]);
      const analysis = analyseWorkbook(
        { sheets: [catalogue, unit('和平社区', 20, 98), unit('光明社区', 15, 97), lower, renamed] },
        DEFAULT_SETTINGS,
      );
      expect(
        analysis.findings.filter((f) => f.code === 'sheet-not-read').map((f) => `${f.sheet}!${f.cell}`),
      ).toEqual(['幸福社区!A1', '平安社区!A1']);
    });

    it('says a name two definitions share is ambiguous rather than unknown', () => {
      const twice = sheet('指标目录', [
        ['编号', '指标', '单位', '汇总方式'],
        ['M001', '活动场次', '场次', '求和'],
        ['M002', '活动场次', '场次', '求和'],
      ]);
      const noIds = (name: string): SheetSnapshot =>
        sheet(name, [
          ['指标', '单位', '完成值'],
          ['活动场次', '场次', 3],
        ]);
      const analysis = analyseWorkbook(
        { sheets: [twice, noIds('和平社区'), noIds('光明社区')] },
        DEFAULT_SETTINGS,
      );
      const found = analysis.findings.filter((f) => f.code === 'ambiguous-name' || f.code === 'unknown-name');
      expect(found.map((f) => `${f.code} ${f.sheet}!${f.cell}`)).toEqual([
        'ambiguous-name 和平社区!A2',
        'ambiguous-name 光明社区!A2',
      ]);
      expect(localiseFinding(found[0], catalogueFor('zh-CN')).message).toBe(
        '和平社区!A2：这一行没有编号，而指标目录中不止一个指标叫“活动场次”，无法确定是哪一个。',
      );
    });
  });
});

describe('a percent-formatted target cell', () => {
  it('is quoted as the cell shows it (95%), not as the fraction Excel stores (0.95)', () => {
    // 满意度 target typed as 95% into a 0% cell: Excel stores 0.95. The units average (90 + 92) / 2 = 91, short of 95.
    const rates: SheetSnapshot = {
      name: '指标目录',
      values: [
        ['编号', '指标', '单位', '目标值', '汇总方式'],
        ['M001', '满意度', '%', 0.95, '平均'],
        ['M002', '培训场次', '场次', 0.5, '求和'],
      ],
      numberFormats: [[], [null, null, null, '0%'], [null, null, null, '0%']],
    };
    const row = (name: string, m001: number, m002: number): SheetSnapshot =>
      sheet(name, [HEADER, ['M001', '满意度', '%', m001], ['M002', '培训场次', '场次', m002]]);
    const analysis = analyseWorkbook(
      { sheets: [rates, row('和平社区', 90, 30), row('光明社区', 92, 40)] },
      DEFAULT_SETTINGS,
    );
    expect(analysis.indicators[0]).toMatchObject({ actual: 91, status: 'not-met' });
    expect(analysis.indicators[0].target).toMatchObject({ text: '95%', min: 95 });
    expect(analysis.findings.filter((f) => f.code === 'target-not-met')).toEqual([
      expect.objectContaining({ sheet: '指标目录', cell: 'D2', found: '91%', expected: '95%' }),
    ]);
    // A count of 场次 with a 50% target: one of the two is wrong, and the finding quotes the target as shown.
    expect(analysis.findings.filter((f) => f.code === 'target-unit-mismatch')).toEqual([
      expect.objectContaining({ sheet: '指标目录', cell: 'D3', found: '50%' }),
    ]);
  });
});

describe('an explicit 汇总方式 without a 单位', () => {
  it('求和 makes the indicator a figure to add, not a text the units must agree on', () => {
    // No unit, no target, but 求和: 10 + 31 + 22 = 63. 一致 with no unit stays a text the units share.
    const catalogue2 = sheet('指标目录', [
      ['编号', '指标', '单位', '目标值', '汇总方式'],
      ['M001', '接访批数', null, null, '求和'],
      ['M002', '街道名称', null, null, '一致'],
    ]);
    const row = (name: string, m001: CellValue): SheetSnapshot =>
      sheet(name, [HEADER, ['M001', '接访批数', null, m001], ['M002', '街道名称', null, '和平街道']]);
    const analysis = analyseWorkbook(
      { sheets: [catalogue2, row('和平社区', 10), row('光明社区', 31), row('幸福社区', 22)] },
      DEFAULT_SETTINGS,
    );
    expect(analysis.indicators.map((i) => [i.id, i.actual, i.actualText, i.status])).toEqual([
      ['M001', 63, '63', 'no-target'],
      ['M002', null, '和平街道', 'no-target'],
    ]);
    expect(analysis.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('matches an ID that lost its leading zeros (001 typed as a number) to its definition', () => {
    const numbered: SheetSnapshot = sheet('指标目录', [
      ['编号', '指标', '单位', '目标值', '汇总方式'],
      ['001', '志愿服务', '人次', null, '求和'],
      ['010', '培训场次', '场次', null, '求和'],
    ]);
    const analysis = analyseWorkbook(
      {
        sheets: [
          numbered,
          sheet('和平社区', [HEADER, [1, '志愿服务', '人次', 20], [10, '培训场次', '场次', 3]]),
          sheet('光明社区', [HEADER, ['001', '志愿服务', '人次', 15], ['10', '培训场次', '场次', 4]]),
        ],
      },
      DEFAULT_SETTINGS,
    );
    expect(analysis.findings).toEqual([]);
    // 20 + 15 and 3 + 4.
    expect(analysis.indicators.map((indicator) => indicator.actual)).toEqual([35, 7]);
  });
});
