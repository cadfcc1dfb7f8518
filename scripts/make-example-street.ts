/**
 * Builds `examples/street-2022.xlsx`: the seed report's indicators as a catalogue (`指标目录`), three community
 * sheets whose values add up to the street totals the report prints, a `校验规则` sheet drawn from the report's own
 * logic, and the template in `报告模板`. A few entries are wrong on purpose so that every check fires once.
 *
 * Run: npx tsx scripts/make-example-street.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { scanMasks, skeletonRows } from '../src/core/masks';
import type { PlanCell, PlanValue, SheetPlan, WorkbookPlan } from '../src/core/plan';
import { OWNER_NAME } from '../src/xlsx/ownership';
import { writeXlsx } from '../src/xlsx';

const ROOT = join(__dirname, '..');
const TEMPLATE = join(ROOT, 'examples/2022-street-work-summary.masked.txt');
const OUT = join(ROOT, 'examples/street-2022.xlsx');

const COMMUNITIES = ['和平社区', '光明社区', '幸福社区'] as const;
type Triple = readonly [PlanValue, PlanValue, PlanValue];

/** How each indicator is collected. `street`: the office's own figure (不汇总); `units`: one value per community. */
interface Spec {
  readonly aggregation: string;
  readonly street?: PlanValue;
  readonly units?: Triple;
  readonly target?: string;
  readonly previous?: number;
  /** Last year per community (only some rows have it). */
  readonly unitPrevious?: Triple;
}

const street = (value: PlanValue, extra: Partial<Spec> = {}): Spec => ({
  aggregation: '不汇总',
  street: value,
  ...extra,
});
const sum = (values: Triple, extra: Partial<Spec> = {}): Spec => ({
  aggregation: '求和',
  units: values,
  ...extra,
});

/** Street totals chosen to fit each mask (`**余` → two digits, not round); deliberate mistakes are commented. */
const SPECS: Readonly<Record<string, Spec>> = {
  M001: street('新华'),
  M002: sum([18, 15, 14], { target: '≥40', previous: 41, unitPrevious: [16, 14, 13] }),
  M003: sum([2, 2, 1]),
  M004: sum([3, 2, 3]),
  M005: sum([8, 7, 5]), // 20 cannot be “20余”: approx-not-possible on the total
  M006: sum([3, 2, 4]),
  M007: sum([2, 3, 1]),
  M008: sum([1, 2, 1]),
  M009: sum([1, 1, 1]),
  M010: sum([1, 0, 1]),
  M011: sum([12, 10, 11], { target: '≥30' }),
  M012: sum([520, 460, 386], { target: '≥1000', unitPrevious: [260, 430, 360] }), // 和平 doubled: yoy-jump
  M013: street(12, { target: '10~12' }),
  M014: street(6),
  M015: sum([48, 41, 37], { target: '不少于100' }),
  M016: street(5),
  M017: street(2),
  M018: street(4),
  M019: street(3),
  M020: sum([2, 3, 2]), // 光明 repeats the row: duplicate-id
  M021: street(3),
  M022: sum([45, 38, 34], { target: '≥100', unitPrevious: [40, 35, 30] }),
  M023: street(4),
  M024: street(2),
  M025: street(1),
  M026: street(15),
  M027: street(23),
  M028: street(8),
  M029: street(7),
  M030: street(26),
  M031: street(36),
  M032: street(9),
  M033: street('新华'),
  M034: street(12.6),
  M035: street(3.4),
  M036: street(1260),
  M037: street(8, { target: '≤10', previous: 11 }),
  M038: street(100, { target: '≥95%', previous: 98 }),
  M039: street(6),
  M040: sum([85, 72, null]), // 幸福 left it blank: missing-value, the total is incomplete
  M041: sum([1, 0, 2]),
  M042: sum([1, 1, 0]),
  M043: sum([5, 4, 3]),
  M044: street(46),
  M045: street(2856340.5),
  M046: sum([20, 18, 16], { target: '≥50' }), // 光明 writes 人次: unit-mismatch
  M047: sum([12, 10, 9]),
  M048: sum([11, 12, 8]), // 光明 closed 12 of 10: rule-failed
  M049: street(3),
  M050: street(3560, { target: '≥3000', previous: 3120 }),
  M051: street('1+3+N'),
  M052: street('3+2+1'),
  M053: sum([42, 31, 22]), // 95 batches has two digits, the mask three: mask-digits on the total
  M054: sum([210, 165, 131]),
  M055: sum([14, 11, 9]),
  M056: sum([14, 10, 8]),
  M057: sum([9, 7, 6]),
  M058: sum([8, 6, 5]),
  // 19 / 22 = 86.36%, short of 90%: target-not-met. 幸福 typed 150 for 83.33: percent-out-of-range and rule-failed.
  M059: { aggregation: '比率(M058,M057)', units: [88.89, 85.71, 150], target: '≥90%', previous: 84.5 },
  M060: sum([8, 6, 5], { target: '全覆盖' }), // target-unparsed
  M061: sum([3, 3, 2]),
  M062: sum([null, 6, 5]), // 和平 has no row at all: unit-missing-indicator
  M063: sum([14, '十二', 12]), // not-a-number
  M064: { aggregation: '一致', units: ['7+N', '7+N', '6+N'] }, // aggregate-disagree
  M065: { aggregation: '最大', units: [36, 36, 35], target: '≥30' },
  M066: sum([42.3, 36.8, 28.4]),
  M067: sum([1234, 986.5, 1105]), // 986.5 people: not-integer
  M068: sum([-3, 8, 9]), // negative-count
  M069: sum([21, 17, 14]),
  M070: sum([45, 36, 27]),
  M071: sum([16.2, 13.5, 11.4]),
  M072: sum([62, 48, 41]),
  M073: sum([55, 47, 38]),
  M074: { aggregation: '按月', units: [6200, 4900, 4000] }, // aggregation-unparsed (summed by default)
  M075: sum([620, 540, '#DIV/0!'], { target: '≥1000' }), // 幸福's formula divides by zero: excel-error
  M076: sum([145, 120, 98]),
  M077: sum([68, 55, 42], { target: '≥150' }),
  M078: sum([720, 610, 530], { target: '≥1500' }),
  M079: street('新华'),
  M080: street('12345'),
};

/** Not a mask of the template, but the report's “均办结” needs it: complaints closed, which must equal M037. */
const EXTRA_ROWS = [
  {
    id: 'M081',
    section: '',
    name: '投诉办结件数',
    unit: '件',
    format: '',
    source: '共收到投诉*件，【均办结】',
  },
];
const EXTRA_SPECS: Readonly<Record<string, Spec>> = { M081: street(8) };

const RULES: readonly (readonly [string, string, string])[] = [
  ['M058 <= M057', '错误', '已化解的积案不能多于积案总数。'],
  ['M059 = ROUND(M058 / M057 * 100, 2)', '警告', '化解率 = 已化解 ÷ 积案 × 100，保留两位小数。'],
  ['M048 <= M047', '错误', '已办结的问题不能多于上报的问题。'],
  ['M056 <= M055', '错误', '阳光信访办结件数不能多于办理件数。'],
  ['M070 >= M069', '错误', '低保人数不少于低保户数。'],
  ['M081 = M037', '警告', '报告写“均办结”：投诉办结件数应等于收到件数。'],
  ['M053 <= M054', '警告', '接访批数不超过接访人次。'],
  ['M061 <= M060', '提示', '网格长不多于基本网格。'],
  ['M056 <= M055 +', '错误', '（故意写错的规则，用来演示 rule-invalid）'],
];

const STYLES: WorkbookPlan['styles'] = {
  title: { font: { bold: true, size: 14 }, horizontal: 'left' },
  header: {
    font: { bold: true, color: '#FFFFFF' },
    fill: '#2F5597',
    horizontal: 'center',
    vertical: 'center',
    wrap: true,
    border: { style: 'thin', color: '#BFBFBF' },
  },
  cell: { border: { style: 'thin', color: '#BFBFBF' }, vertical: 'top' },
  wrap: { border: { style: 'thin', color: '#BFBFBF' }, vertical: 'top', wrap: true },
  input: { border: { style: 'thin', color: '#BFBFBF' }, fill: '#FFF9E5' },
};

function tableSheet(
  name: string,
  title: string,
  headers: readonly string[],
  rows: readonly (readonly PlanValue[])[],
  widths: readonly number[],
  inputCols: readonly number[],
): SheetPlan {
  const cells: PlanCell[] = [{ row: 0, col: 0, value: title, style: 'title' }];
  headers.forEach((header, col) => cells.push({ row: 1, col, value: header, style: 'header' }));
  rows.forEach((line, r) =>
    line.forEach((value, col) => {
      if (value === null) return;
      const style = inputCols.includes(col) ? 'input' : widths[col] >= 30 ? 'wrap' : 'cell';
      cells.push({ row: r + 2, col, value, style });
    }),
  );
  return {
    name,
    cells,
    columnWidths: widths.map((width, col) => ({ col, width })),
    merges: [{ row: 0, col: 0, lastRow: 0, lastCol: headers.length - 1 }],
    freeze: { rows: 2, cols: 0 },
  };
}

/** The rows and cells the post-processing turns into a cached `#DIV/0!` formula result. */
const ERROR_MARK = '#DIV/0!';

async function main(): Promise<void> {
  const template = readFileSync(TEMPLATE, 'utf8');
  const skeleton = [...skeletonRows(scanMasks(template)), ...EXTRA_ROWS];
  const specs = { ...SPECS, ...EXTRA_SPECS };
  for (const row of skeleton)
    if (!specs[row.id]) throw new Error(`No example value for ${row.id} ${row.name}`);

  const catalogueRows = skeleton.map((row) => {
    const spec = specs[row.id];
    return [
      row.id,
      row.section.replace(/^（[一二三四五六七八九十]+）/, '').replace(/。$/, ''),
      row.name,
      row.unit,
      row.format,
      spec.target ?? null,
      spec.previous ?? null,
      spec.aggregation,
      spec.street ?? null,
      row.source,
    ];
  });
  // The catalogue lists 原文 so readers know where a figure goes; 完成值 holds the street's own figures (不汇总).
  const catalogue = tableSheet(
    '指标目录',
    '新华街道2022年工作指标目录',
    ['编号', '板块', '指标', '单位', '格式', '目标值', '上年值', '汇总方式', '完成值', '原文'],
    catalogueRows,
    [8, 16, 26, 8, 10, 10, 8, 16, 12, 48],
    [8],
  );

  const unitSheets = COMMUNITIES.map((community, u) => {
    const rows: PlanValue[][] = [];
    for (const row of skeleton) {
      const spec = specs[row.id];
      if (!spec.units) continue;
      if (row.id === 'M062' && u === 0) continue; // the missing row
      const unit = row.id === 'M046' && u === 1 ? '人次' : row.unit;
      rows.push([row.id, row.name, unit, spec.units[u], spec.unitPrevious?.[u] ?? null, null]);
    }
    if (u === 1) rows.push(['M020', '志愿服务项目数', '个', 5, null, '重复填报']);
    if (u === 2) rows.push(['M099', '老年食堂数', '个', 2, null, '目录中没有这一项']);
    return tableSheet(
      community,
      `${community}2022年工作指标（填报）`,
      ['编号', '指标', '单位', '完成值', '上年值', '备注'],
      rows,
      [8, 30, 8, 10, 8, 16],
      [3],
    );
  });

  const rules = tableSheet(
    '校验规则',
    '指标之间的校验规则',
    ['规则', '级别', '说明'],
    RULES,
    [40, 8, 50],
    [],
  );
  const paragraphs = template.replace(/\r\n/g, '\n').replace(/\n+$/, '').split('\n');
  const report: SheetPlan = {
    name: '报告模板',
    cells: paragraphs.flatMap((text, row) =>
      text === '' ? [] : [{ row, col: 0, value: text, style: 'wrapTop' }],
    ),
    columnWidths: [{ col: 0, width: 120 }],
  };

  const plan: WorkbookPlan = {
    styles: { ...STYLES, wrapTop: { wrap: true, vertical: 'top' } },
    sheets: [catalogue, ...unitSheets, rules, report],
    activeSheet: '指标目录',
  };
  const bytes = await writeXlsx(plan, null);
  writeFileSync(OUT, asUserWorkbook(bytes));
  process.stdout.write(`wrote ${OUT}\n`);
}

/**
 * The example stands for a workbook people filled in, so its sheets must not carry Huibao's ownership mark (a run
 * would otherwise treat them as its own output), and the `#DIV/0!` cell must be a formula whose cached result is
 * the error, as Excel saves it. Both are small edits to the XML the writer produced.
 */
function asUserWorkbook(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  const workbook = strFromU8(files['xl/workbook.xml']);
  const owner = new RegExp(`<definedName[^>]*name="${OWNER_NAME}"[^>]*>[^<]*</definedName>`, 'g');
  let cleaned = workbook.replace(owner, '');
  cleaned = cleaned.replace(/<definedNames>\s*<\/definedNames>/, '');
  files['xl/workbook.xml'] = strToU8(cleaned);
  const strings = files['xl/sharedStrings.xml'] ? strFromU8(files['xl/sharedStrings.xml']) : '';
  const shared = [...strings.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => m[1].replace(/<[^>]+>/g, ''));
  const errorIndex = shared.indexOf(ERROR_MARK);
  for (const path of Object.keys(files)) {
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(path)) continue;
    const xml = strFromU8(files[path]);
    const patched = xml.replace(
      /<c r="([A-Z]+)(\d+)"([^>]*?)t="(s|str|inlineStr)"([^>]*)>([\s\S]*?)<\/c>/g,
      (whole, col, row, a, t, b, inner) => {
        const isMark = t === 's' ? inner.includes(`<v>${errorIndex}</v>`) : inner.includes(ERROR_MARK);
        if (!isMark) return whole;
        const above = Number(row) - 1;
        return `<c r="${col}${row}"${a}t="e"${b}><f>${col}${above}/0</f><v>${ERROR_MARK}</v></c>`;
      },
    );
    files[path] = strToU8(patched);
  }
  return zipSync(files, { level: 6 });
}

main().catch((error: unknown) => {
  process.stderr.write(`make-example-street: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
