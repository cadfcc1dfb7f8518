/**
 * runPipeline on snapshots built by hand: where the template comes from, what the fill sees, and that the plan
 * is the summary of exactly this analysis.
 */
import { analyseWorkbook } from '../../src/core/analyse';
import { fillReport } from '../../src/core/fill';
import { TEMPLATE_SHEET, fillIndicatorsOf, runPipeline, templateFromSnapshot } from '../../src/core/pipeline';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../src/core/snapshot';

const sheet = (name: string, values: CellValue[][]): SheetSnapshot => ({ name, values });

const TEMPLATE = '**街道2022年工作总结\n开展培训**场次，满意度**.*%。';

/** Catalogue M001–M003 (the template's masks in order) and two communities. */
function street(extra: SheetSnapshot[] = []): WorkbookSnapshot {
  const header = ['编号', '指标', '单位', '完成值'];
  return {
    source: 'street.xlsx',
    sheets: [
      sheet('指标目录', [
        ['编号', '板块', '指标', '单位', '格式', '目标值', '汇总方式'],
        ['M001', '党建', '街道名称', '', '**', '', '一致'],
        ['M002', '党建', '培训场次', '场次', '**', '≥20', '求和'],
        ['M003', '民生', '满意度', '%', '**.*%', '≥95%', '平均'],
      ]),
      sheet('东风社区', [
        header,
        ['M001', '街道名称', '', '光明'],
        ['M002', '培训', '场次', 12],
        ['M003', '满意度', '%', 96],
      ]),
      sheet('红旗社区', [
        header,
        ['M001', '街道名称', '', '光明'],
        ['M002', '培训', '场次', 13],
        ['M003', '满意度', '%', 98],
      ]),
      ...extra,
    ],
  };
}

const AT = new Date(2023, 1, 3);

describe('templateFromSnapshot', () => {
  it('reads column A of 报告模板 one paragraph per row, keeping inner blank rows and dropping trailing ones', () => {
    const snapshot = street([
      sheet(TEMPLATE_SHEET, [['第一段', 'ignored'], [null], ['第三段', null], [''], [null]]),
    ]);
    expect(TEMPLATE_SHEET).toBe('报告模板');
    expect(templateFromSnapshot(snapshot)).toBe('第一段\n\n第三段');
  });

  it('is null without the sheet or when it is blank', () => {
    expect(templateFromSnapshot(street())).toBeNull();
    expect(templateFromSnapshot(street([sheet(TEMPLATE_SHEET, [[null], ['  ']])]))).toBeNull();
  });
});

describe('fillIndicatorsOf', () => {
  it('gives the fill the street totals when there are units', () => {
    const { analysis } = runPipeline({ snapshot: street(), settings: DEFAULT_SETTINGS, generatedAt: AT });
    const indicators = fillIndicatorsOf(analysis, street());
    expect(indicators.map((i) => [i.id, i.value, i.text])).toEqual([
      ['M001', null, '光明'],
      ['M002', 25, '25'],
      ['M003', 97, '97'],
    ]);
    expect(indicators[0].parseError).toBe(true);
    expect(indicators[1].parseError).toBe(false);
  });

  it('reads a single indicator sheet directly, so each value points at its own cell', () => {
    const single: WorkbookSnapshot = {
      sheets: [
        sheet('指标', [
          ['编号', '板块', '指标', '单位', '格式', '目标值', '完成值'],
          ['M001', '党建', '街道名称', '', '**', '', '光明'],
          ['M002', '党建', '培训场次', '场次', '**', '≥20', 25],
        ]),
      ],
    };
    const { analysis } = runPipeline({ snapshot: single, settings: DEFAULT_SETTINGS, generatedAt: AT });
    const indicators = fillIndicatorsOf(analysis, single);
    expect(indicators.map((i) => [i.id, i.value, i.at.sheet, i.at.cell])).toEqual([
      ['M001', null, '指标', 'G2'],
      ['M002', 25, '指标', 'G3'],
    ]);
  });
});

describe('runPipeline', () => {
  it('says a mask stays unfilled because the units give no street total, pointing at the catalogue row', () => {
    // The two communities name the street differently: `一致` leaves no total, so `**街道` stays a mask.
    const snapshot = street();
    const disagreeing: WorkbookSnapshot = {
      sheets: snapshot.sheets.map((s) =>
        s.name === '红旗社区'
          ? { ...s, values: s.values.map((r) => (r[0] === 'M001' ? [...r.slice(0, 3), '幸福'] : r)) }
          : s,
      ),
    };
    const out = runPipeline({
      snapshot: disagreeing,
      template: TEMPLATE,
      settings: DEFAULT_SETTINGS,
      generatedAt: AT,
    });
    const slot = out.fill?.slots[0];
    expect(slot?.status).toBe('error');
    expect(slot?.findings.map((f) => [f.code, f.sheet, f.cell])).toEqual([
      ['fill-missing-total', '指标目录', 'A2'],
    ]);
  });

  it('validates, totals, fills the template given and plans 汇总, 校验结果, 报告', () => {
    const out = runPipeline({
      snapshot: street(),
      template: TEMPLATE,
      settings: DEFAULT_SETTINGS,
      generatedAt: AT,
    });
    expect(out.templateFrom).toBe('argument');
    expect(out.analysis.units).toEqual(['东风社区', '红旗社区']);
    // 12 + 13 = 25 training sessions; satisfaction mean(96, 98) = 97.
    expect(out.fill?.paragraphs).toEqual(['光明街道2022年工作总结', '开展培训25场次，满意度97.0%。']);
    expect(out.plan.sheets.map((s) => s.name)).toEqual(['汇总', '分单位', '校验结果', '报告']);
    expect(out.plan.activeSheet).toBe('汇总');
    const title = out.plan.sheets[0].cells.find((c) => c.row === 0 && c.col === 0);
    expect(title?.value).toBe('光明街道2022年工作指标完成情况');
  });

  it('falls back to the 报告模板 sheet, and the argument wins over it', () => {
    const snapshot = street([sheet(TEMPLATE_SHEET, [['**街道2021年工作总结']])]);
    const fromSheet = runPipeline({ snapshot, settings: DEFAULT_SETTINGS, generatedAt: AT });
    expect(fromSheet.templateFrom).toBe('sheet');
    expect(fromSheet.fill?.paragraphs).toEqual(['光明街道2021年工作总结']);
    const fromArgument = runPipeline({
      snapshot,
      template: TEMPLATE,
      settings: DEFAULT_SETTINGS,
      generatedAt: AT,
    });
    expect(fromArgument.templateFrom).toBe('argument');
    expect(fromArgument.fill?.paragraphs[0]).toBe('光明街道2022年工作总结');
  });

  it('plans no 报告 without a template', () => {
    const out = runPipeline({ snapshot: street(), settings: DEFAULT_SETTINGS, generatedAt: AT });
    expect(out.templateFrom).toBeNull();
    expect(out.fill).toBeNull();
    expect(out.plan.sheets.map((s) => s.name)).toEqual(['汇总', '分单位', '校验结果']);
  });

  it('reports an unfilled mask as an error finding next to the validation findings', () => {
    const out = runPipeline({
      snapshot: street(),
      template: `${TEMPLATE}\n另有****项。`,
      settings: DEFAULT_SETTINGS,
      generatedAt: AT,
    });
    const unfilled = out.fill?.slots.filter((s) => s.status === 'unlinked') ?? [];
    expect(unfilled.map((s) => s.mask)).toEqual(['****']);
    expect(out.findings?.some((f) => f.code === 'fill-unlinked' && f.severity === 'error')).toBe(true);
    expect(out.findings?.[0].severity).toBe('error');
  });

  it('keeps one finding per unmatched mask, though none of them has a sheet, cell or indicator', () => {
    // Three masks no indicator matches (the trial's t3.txt) after the template's two lines: three fill-unlinked
    // errors, on lines 3, 4 and 5.
    const out = runPipeline({
      snapshot: street(),
      template: `${TEMPLATE}\n访问**万余人次。\n资金**万元。\n人数**人。`,
      settings: DEFAULT_SETTINGS,
      generatedAt: AT,
    });
    const unlinked = (out.findings ?? []).filter((f) => f.code === 'fill-unlinked');
    expect(unlinked.map((f) => [f.params?.mask, f.params?.line])).toEqual([
      ['**万余', 3],
      ['**万', 4],
      ['**', 5],
    ]);
  });

  it('takes the street name and year from the settings when given', () => {
    const out = runPipeline({
      snapshot: street(),
      template: TEMPLATE,
      settings: { ...DEFAULT_SETTINGS, streetName: '幸福街道', year: 2030 },
      generatedAt: AT,
    });
    expect(out.plan.sheets[0].cells[0].value).toBe('幸福街道2030年工作指标完成情况');
  });

  it('says “some units” for a rate incomplete with every unit’s figure in (a numerator over its denominator)', () => {
    const header = ['编号', '指标', '单位', '完成值'];
    const community = (name: string, cases: number, resolved: number, typed: CellValue) =>
      sheet(name, [
        header,
        ['M001', '积案', '件', cases],
        ['M002', '已化解', '件', resolved],
        ['M003', '化解率', '%', typed],
      ]);
    const out = runPipeline({
      snapshot: {
        sheets: [
          sheet('指标目录', [
            ['编号', '板块', '指标', '单位', '格式', '目标值', '汇总方式'],
            ['M001', '信访', '积案', '件', '**', '', '求和'],
            ['M002', '信访', '已化解', '件', '**', '', '求和'],
            ['M003', '信访', '化解率', '%', '**.**%', '≥90%', '比率(M002,M001)'],
          ]),
          // 东风社区 resolved 12 of 10 (ratio-over-100), its rate 120% from its parts; 红旗社区 left its rate blank,
          // 4 ÷ 6 = 66.67% from its parts: no unit is without a figure, yet the pair is wrong.
          community('东风社区', 10, 12, 120),
          community('红旗社区', 6, 4, null),
        ],
      },
      template: '积案**件，已化解**件，化解率达**.**%。',
      settings: DEFAULT_SETTINGS,
      generatedAt: AT,
    });
    const rate = out.analysis.indicators.find((i) => i.id === 'M003');
    // (12 + 4) ÷ (10 + 6) = 100%, not complete while 东风社区's pair is wrong.
    expect([rate?.actual, rate?.complete, rate?.missingUnits]).toEqual([100, false, []]);
    expect(Object.values(rate?.units ?? {}).map((v) => v.value)).toEqual([120, 66.67]);
    const finding = out.findings?.find((f) => f.code === 'fill-total-incomplete');
    expect(finding).toMatchObject({ indicator: { id: 'M003' }, params: { missing: '部分单位' } });
  });

  it('marks a figure written from an incomplete total as a warning that names the unit left out', () => {
    // 红旗社区 typed 十三 for M002: the total is 东风社区's 12 alone, incomplete.
    const snapshot = street();
    const red = snapshot.sheets[2];
    const values = red.values.map((row, r) => (r === 2 ? ['M002', '培训', '场次', '十三'] : row));
    const out = runPipeline({
      snapshot: { ...snapshot, sheets: [snapshot.sheets[0], snapshot.sheets[1], { ...red, values }] },
      template: TEMPLATE,
      settings: DEFAULT_SETTINGS,
      generatedAt: AT,
    });
    const m002 = out.analysis.indicators.find((i) => i.id === 'M002');
    expect([m002?.actual, m002?.complete]).toEqual([12, false]);
    const slot = out.fill?.slots.find((x) => x.indicator?.id === 'M002');
    expect([slot?.rendered, slot?.status]).toEqual(['12', 'warning']);
    const finding = out.findings?.find((f) => f.code === 'fill-total-incomplete');
    expect(finding).toMatchObject({
      severity: 'warning',
      sheet: '指标目录',
      cell: 'A3',
      indicator: { id: 'M002', name: '培训场次' },
      found: '12',
      params: { mask: '**', missing: '红旗社区' },
    });
    // 汇总 counts it under 合计不完整 (J4 holds 数据错误, I4 合计不完整).
    const summary = out.plan.sheets[0];
    const at = (row: number, col: number) => summary.cells.find((c) => c.row === row && c.col === col)?.value;
    expect([at(2, 8), at(3, 8)]).toEqual(['合计不完整', 1]);
  });

  it('gives the fill no number for a single sheet’s value the analysis rejected (actual null)', () => {
    const snapshot: WorkbookSnapshot = {
      source: 'one.xlsx',
      sheets: [
        sheet('和平社区2022', [
          ['和平社区2022年工作指标'],
          ['编号', '指标', '单位', '格式', '目标值', '完成值'],
          ['M001', '街道名称', '', '**', '', '和平'],
          ['M002', '培训场次', '场次', '**', '≥20', 24],
          ['M003', '满意度', '%', '**.*%', '≥95%', 150],
        ]),
      ],
    };
    // The agreed contract: an invalid single-sheet value gives actual null, status missing.
    const analysis = analyseWorkbook(snapshot, DEFAULT_SETTINGS);
    const rejected = {
      ...analysis,
      indicators: analysis.indicators.map((i) =>
        i.id === 'M003' ? { ...i, actual: null, status: 'missing' as const, completion: null } : i,
      ),
    };
    const seen = fillIndicatorsOf(rejected, snapshot);
    expect(seen.map((i) => [i.id, i.value, i.text])).toEqual([
      ['M001', null, '和平'],
      ['M002', 24, '24'],
      ['M003', null, '150'],
    ]);
    // So the report keeps the mask instead of printing 150%.
    const fill = fillReport(TEMPLATE, seen);
    expect(fill.paragraphs[1]).toBe('开展培训24场次，满意度**.*%。');
  });

  it('takes the year from the indicator sheet’s title row when the template has none', () => {
    const snapshot: WorkbookSnapshot = {
      source: 'one.xlsx',
      sheets: [
        sheet('和平社区', [
          ['和平社区2022年工作指标'],
          ['编号', '指标', '单位', '格式', '目标值', '完成值'],
          ['M001', '培训场次', '场次', '**', '≥20', 24],
        ]),
      ],
    };
    const out = runPipeline({ snapshot, settings: DEFAULT_SETTINGS, generatedAt: AT });
    expect(out.plan.sheets[0].cells[0].value).toBe('2022年工作指标完成情况');
    const en = runPipeline({ snapshot, settings: { ...DEFAULT_SETTINGS, lang: 'en-US' }, generatedAt: AT });
    expect(en.plan.sheets[0].cells[0].value).toBe('Work indicators 2022: completion');
  });
});
