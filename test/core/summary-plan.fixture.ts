/**
 * A hand-built analysis and fill (two sections, three communities, one of each status) for the summary plan
 * tests. Every number here was chosen by hand; the expectations in the tests are worked out from these.
 */
import type { Finding } from '../../src/core/findings';
import type {
  Analysis,
  FillResult,
  FilledSlot,
  IndicatorResult,
  Target,
  UnitValue,
} from '../../src/core/results';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import type { WorkbookSnapshot } from '../../src/core/snapshot';

export const UNITS = ['东风社区', '红旗社区', '新华社区'];

function units(values: (number | string | null)[], row: number): Record<string, UnitValue> {
  const out: Record<string, UnitValue> = {};
  values.forEach((v, k) => {
    out[UNITS[k]] = {
      sheet: UNITS[k],
      cell: `G${row}`,
      value: typeof v === 'number' ? v : null,
      text: v === null ? '' : String(v),
    };
  });
  return out;
}

const atLeast = (text: string, min: number, percent = false): Target => ({
  kind: 'at-least',
  text,
  min,
  percent,
});

function indicator(
  partial: Partial<IndicatorResult> & Pick<IndicatorResult, 'id' | 'name'>,
): IndicatorResult {
  return {
    section: '',
    unit: '',
    format: '',
    owner: '',
    note: '',
    source: '',
    target: { kind: 'none', text: '' },
    aggregation: { kind: 'sum' },
    actual: null,
    actualText: '',
    previous: null,
    status: 'no-target',
    completion: null,
    yoy: null,
    direction: 'higher-better',
    complete: true,
    definedAt: { sheet: '指标目录', cell: 'A2' },
    units: {},
    ...partial,
  };
}

export const INDICATORS: IndicatorResult[] = [
  indicator({
    id: 'M001',
    name: '开展党建知识培训',
    section: '基层党建',
    unit: '场次',
    format: '**余',
    owner: '党建办',
    target: atLeast('≥30', 30),
    actual: 36,
    actualText: '36',
    previous: 30,
    status: 'exceeded',
    completion: 1.2,
    yoy: 0.2,
    units: units([10, 12, 14], 3),
  }),
  indicator({
    id: 'M002',
    name: '发展入党积极分子',
    section: '基层党建',
    unit: '个',
    format: '*',
    owner: '党建办',
    target: atLeast('10', 10),
    actual: 8,
    actualText: '8',
    previous: 10,
    status: 'not-met',
    completion: 0.8,
    yoy: -0.2,
    units: units([3, 3, 2], 4),
  }),
  indicator({
    id: 'M003',
    name: '街道名称',
    section: '基层党建',
    format: '**',
    source: '今年以来，【**】街道党工委、办事处坚持',
    aggregation: { kind: 'same' },
    actualText: '和平',
    status: 'no-target',
    units: units(['和平', '和平', '和平'], 5),
  }),
  indicator({
    id: 'M004',
    name: '发放各项补贴资金',
    section: '经济发展',
    unit: '元',
    format: '*******.**',
    owner: '经济科',
    actual: 1234567.89,
    actualText: '1234567.89',
    previous: 1000000,
    status: 'no-target',
    yoy: 0.23456789,
    units: units([400000, 434567.89, 400000], 6),
  }),
  indicator({
    id: 'M005',
    name: '群众满意度',
    section: '经济发展',
    unit: '%',
    format: '***.*%',
    owner: '办公室',
    target: atLeast('≥95%', 95, true),
    aggregation: { kind: 'mean' },
    actual: 98.5,
    actualText: '98.5',
    previous: 97,
    status: 'met',
    completion: 98.5 / 95,
    yoy: 1.5 / 97,
    units: units([98, 99, 98.5], 7),
  }),
  indicator({
    id: 'M006',
    name: '信访投诉件数',
    section: '经济发展',
    unit: '件',
    format: '*',
    owner: '信访办',
    target: { kind: 'at-most', text: '≤5', max: 5, percent: false },
    actual: 7,
    actualText: '7',
    previous: 5,
    status: 'not-met',
    completion: 5 / 7,
    yoy: 0.4,
    direction: 'lower-better',
    units: units([2, 3, 2], 8),
  }),
  indicator({
    id: 'M007',
    name: '新增就业人数',
    section: '经济发展',
    unit: '人',
    format: '***',
    owner: '=劳动保障所',
    target: atLeast('≥100', 100),
    status: 'missing',
    complete: false,
    units: units([40, '十二', 30], 9),
  }),
];

export const FINDINGS: Finding[] = [
  {
    severity: 'warning',
    code: 'yoy-jump',
    sheet: '东风社区',
    cell: 'G8',
    indicator: { id: 'M006', name: '信访投诉件数' },
    found: '7',
    expected: '5',
    params: { change: '+40%' },
  },
  {
    severity: 'error',
    code: 'not-a-number',
    sheet: '红旗社区',
    cell: 'G9',
    indicator: { id: 'M007', name: '新增就业人数' },
    found: '=十二',
    expected: '数字',
  },
];

export const ANALYSIS: Analysis = {
  indicators: INDICATORS,
  findings: FINDINGS,
  units: UNITS,
  catalogueSheet: '指标目录',
  counts: { total: 7, met: 1, notMet: 2, exceeded: 1, noTarget: 2, missing: 1 },
  findingCounts: { error: 1, warning: 1, info: 0 },
};

function slot(
  index: number,
  mask: string,
  value: number | string | null,
  rendered: string,
  status: FilledSlot['status'],
  findings: Finding[] = [],
): FilledSlot {
  return {
    index,
    mask,
    section: '',
    source: '',
    indicator: value === null ? null : { id: `M00${index + 1}`, name: '', score: 1 },
    value,
    rendered,
    status,
    findings,
  };
}

export const FILL: FillResult = {
  text: '',
  paragraphs: [
    '街道党工委2022年工作总结和2023年工作安排',
    '',
    '今年以来，和平街道党工委开展党建知识培训36余场次，发展入党积极分子8个。',
    '群众满意度98.5%，新增就业***人。',
  ],
  slots: [
    slot(0, '**', '和平', '和平', 'filled'),
    slot(1, '**', 36, '36', 'filled'),
    slot(2, '*', 8, '8', 'warning'),
    slot(3, '***.*', 98.5, '98.5', 'filled'),
    slot(4, '***', null, '***', 'unlinked', [
      {
        severity: 'error',
        code: 'fill-unlinked',
        params: { mask: '***', maskId: 'M005', source: '', line: 4 },
      },
    ]),
  ],
};

export const SETTINGS: Settings = { ...DEFAULT_SETTINGS };

export const SNAPSHOT: WorkbookSnapshot = { source: 'street.xlsx', sheets: [] };

/** 2023-01-05 10:00 local time. */
export const GENERATED_AT = new Date(2023, 0, 5, 10, 0, 0);
