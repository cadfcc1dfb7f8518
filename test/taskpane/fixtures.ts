/** A hand-made pipeline output (two communities, three indicators, three findings, a report with one unfilled mask). */
import type { Finding } from '../../src/core/findings';
import type { PipelineOutput } from '../../src/core/pipeline';
import type { FillResult, IndicatorResult } from '../../src/core/results';

function indicator(
  over: Partial<IndicatorResult> & Pick<IndicatorResult, 'id' | 'name' | 'status'>,
): IndicatorResult {
  return {
    section: '一、经济发展',
    unit: '万元',
    format: '***',
    owner: '经发办',
    note: '',
    source: '',
    target: { kind: 'at-least', text: '≥500', min: 500, percent: false },
    aggregation: { kind: 'sum' },
    actual: 520,
    actualText: '520',
    previous: 480,
    completion: 1.04,
    yoy: 0.083,
    direction: 'higher-better',
    complete: true,
    definedAt: { sheet: '指标目录', cell: 'C2' },
    units: {},
    ...over,
  };
}

export const FINDINGS: readonly Finding[] = [
  {
    severity: 'error',
    code: 'not-a-number',
    sheet: '东湖社区',
    cell: 'G5',
    indicator: { id: 'M002', name: '新增就业人数' },
    found: '约三百',
    expected: '数字',
  },
  {
    severity: 'warning',
    code: 'target-not-met',
    sheet: '西园社区',
    cell: 'G7',
    indicator: { id: 'M003', name: '垃圾分类覆盖率' },
    found: '88%',
    expected: '≥95%',
  },
  {
    severity: 'info',
    code: 'aggregate-incomplete',
    indicator: { id: 'M001', name: '固定资产投资' },
    params: { missing: '西园社区' },
  },
];

export const INDICATORS: readonly IndicatorResult[] = [
  indicator({ id: 'M001', name: '固定资产投资', status: 'met' }),
  indicator({
    id: 'M002',
    name: '新增就业人数',
    status: 'missing',
    actual: null,
    actualText: '',
    unit: '人',
  }),
  indicator({
    id: 'M003',
    name: '垃圾分类覆盖率',
    status: 'not-met',
    unit: '%',
    actual: 91.5,
    target: { kind: 'at-least', text: '≥95%', min: 95, percent: true },
  }),
];

export const FILL: FillResult = {
  text: '全年完成固定资产投资520万元。\n新增就业***人。',
  paragraphs: ['全年完成固定资产投资520万元。', '新增就业***人。'],
  slots: [
    {
      index: 0,
      mask: '***',
      section: '',
      source: '完成固定资产投资【***】万元',
      indicator: { id: 'M001', name: '固定资产投资', score: 1 },
      value: 520,
      rendered: '520',
      status: 'filled',
      findings: [],
    },
    {
      index: 1,
      mask: '***',
      section: '',
      source: '新增就业【***】人',
      indicator: { id: 'M002', name: '新增就业人数', score: 1 },
      value: null,
      rendered: '***',
      status: 'error',
      findings: [],
    },
  ],
};

export const OUTPUT: PipelineOutput = {
  analysis: {
    indicators: INDICATORS,
    findings: FINDINGS,
    units: ['东湖社区', '西园社区'],
    catalogueSheet: '指标目录',
    counts: { total: 3, met: 1, notMet: 1, exceeded: 0, noTarget: 0, missing: 1 },
    findingCounts: { error: 1, warning: 1, info: 1 },
  },
  fill: FILL,
  plan: { styles: {}, sheets: [] },
  templateFrom: 'sheet',
};

/** Every string above that is data, not interface text (what the pseudo test lets through unwrapped). */
export const DATA_TEXT: readonly string[] = [
  '东湖社区',
  '西园社区',
  '指标目录',
  '报告模板',
  '东湖社区!G5',
  '西园社区!G7',
  'M001',
  'M002',
  'M003',
  '固定资产投资',
  '新增就业人数',
  '垃圾分类覆盖率',
  '520 万元',
  '91.5%',
  '≥500',
  '≥95%',
  '全年完成固定资产投资520万元。',
  '新增就业',
  '***',
  '人。',
];
