import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fillIndicatorsFromSnapshot, fillReport } from '../../src/core/fill';
import { localiseFinding } from '../../src/core/findings';
import { catalogueFor } from '../../src/core/i18n';
import { scanMasks, skeletonRows } from '../../src/core/masks';
import type { FillIndicator } from '../../src/core/results';
import { indicator, indicatorWorkbook } from './fill-helpers';

const SEED = readFileSync(join(__dirname, '../../examples/2022-street-work-summary.masked.txt'), 'utf8');

describe('fillReport on single sentences', () => {
  it('writes a linked number and leaves the rest of the text alone', () => {
    const result = fillReport('开展党建知识培训**余场次，提升服务群众水平。', [
      indicator({ name: '党建知识培训场次', unit: '场次', value: 37 }),
    ]);
    expect(result.text).toBe('开展党建知识培训30余场次，提升服务群众水平。');
    expect(result.slots[0]).toMatchObject({
      index: 0,
      mask: '**',
      rendered: '30余',
      value: 37,
      status: 'filled',
      findings: [],
    });
    expect(result.slots[0].indicator?.name).toBe('党建知识培训场次');
  });

  it('drops 余 and warns when the value is round', () => {
    const result = fillReport('开展党建知识培训**余场次。', [
      indicator({ name: '党建知识培训场次', unit: '场次', value: 30, at: { sheet: '指标', cell: 'G5' } }),
    ]);
    expect(result.text).toBe('开展党建知识培训30场次。');
    expect(result.slots[0].status).toBe('warning');
    expect(result.slots[0].findings[0]).toMatchObject({
      severity: 'warning',
      code: 'approx-not-possible',
      sheet: '指标',
      cell: 'G5',
      found: '30',
      expected: '30余',
    });
  });

  it('scales 人次 into a 万 mask and keeps 约 in the text', () => {
    const result = fillReport('参检人次约*.*万人次；', [
      indicator({ name: '参检人次', unit: '人次', value: 12345 }),
    ]);
    expect(result.text).toBe('参检人次约1.2万人次；');
  });

  it('fills text masks from text: names, codes and hotlines', () => {
    const template =
      '今年以来，**街道党工委。高度重视“*+*+N”信访工作机制，打造*+N“七色光”群防群治队伍。认真落实“*****”市民服务热线工作。';
    const result = fillReport(template, [
      indicator({ name: '街道名称', text: '和平街道' }),
      indicator({ name: '信访工作机制', text: '1+3+N' }),
      indicator({ name: '七色光群防群治队伍', text: '5+N' }),
      indicator({ name: '市民服务热线号码', value: 12345, text: '12345' }),
    ]);
    expect(result.text).toBe(
      '今年以来，和平街道党工委。高度重视“1+3+N”信访工作机制，打造5+N“七色光”群防群治队伍。认真落实“12345”市民服务热线工作。',
    );
    expect(result.slots.map((s) => s.status)).toEqual(['filled', 'filled', 'filled', 'filled']);
  });

  it('never fills a mask with a value that failed to parse', () => {
    const result = fillReport('共收到投诉*件，均办结。', [
      indicator({
        name: '收到投诉件数',
        unit: '件',
        text: '见附件',
        parseError: true,
        at: { sheet: '指标', cell: 'G9' },
      }),
    ]);
    expect(result.text).toBe('共收到投诉*件，均办结。');
    expect(result.slots[0]).toMatchObject({ status: 'error', rendered: '*', value: null });
    expect(result.slots[0].findings[0]).toMatchObject({
      code: 'fill-not-a-number',
      cell: 'G9',
      found: '见附件',
    });
  });

  it('leaves a blank value masked with an error', () => {
    const result = fillReport('共收到投诉*件。', [indicator({ name: '收到投诉件数', unit: '件' })]);
    expect(result.text).toBe('共收到投诉*件。');
    expect(result.slots[0].findings[0].code).toBe('fill-missing');
  });

  it('reports an unlinked mask and leaves it', () => {
    const result = fillReport('划分基本网格**个，配备网格长*人。', [
      indicator({ name: '基本网格数', unit: '个', value: 24 }),
    ]);
    expect(result.text).toBe('划分基本网格24个，配备网格长*人。');
    expect(result.slots[1]).toMatchObject({ status: 'unlinked', indicator: null, rendered: '*' });
    expect(result.slots[1].findings[0]).toMatchObject({
      code: 'fill-unlinked',
      params: { line: 1, maskId: 'M002' },
    });
  });
});

describe('linking', () => {
  it('uses one indicator for one mask only, even when two masks resemble it', () => {
    const result = fillReport('收集整理上报问题**件，已办结**件。办理阳光信访件**件，办结**件。', [
      indicator({ name: '办结件数', unit: '件', value: 40 }),
    ]);
    const used = result.slots.filter((s) => s.indicator !== null);
    expect(used).toHaveLength(1);
    expect(result.slots.filter((s) => s.status === 'unlinked')).toHaveLength(3);
  });

  it('links by 原文 when the workbook has no IDs, with or without 【】', () => {
    const template = '受理居民诉求***件，办结***件，满意度***%。';
    const result = fillReport(template, [
      indicator({ name: '甲', source: '受理居民诉求***件，办结【***】件，', value: 120 }),
      indicator({ name: '乙', source: '受理居民诉求***件', value: 130 }),
      indicator({ name: '丙', source: '满意度***%', value: 99 }),
    ]);
    expect(result.text).toBe('受理居民诉求130件，办结120件，满意度99%。');
    expect(result.slots.map((s) => s.indicator?.score)).toEqual([1, 1, 1]);
  });

  it('links by similarity of name and unit, with a score', () => {
    const template = '开展谈话提醒*人次，责令检查*人次，通报批评*人次。';
    const result = fillReport(template, [
      indicator({ name: '通报批评', unit: '人次', value: 1 }),
      indicator({ name: '谈话提醒', unit: '人次', value: 6 }),
      indicator({ name: '责令检查', unit: '人次', value: 2 }),
    ]);
    expect(result.text).toBe('开展谈话提醒6人次，责令检查2人次，通报批评1人次。');
    for (const slot of result.slots) expect(slot.indicator?.score).toBe(1);
  });

  it('tells apart neighbours in one clause, which share their words', () => {
    const result = fillReport('每月理论中心组集中学习**次、交流研讨*次。', [
      indicator({ name: '交流研讨次数', unit: '次', value: 6 }),
      indicator({ name: '理论中心组集中学习', unit: '次', value: 12 }),
    ]);
    expect(result.text).toBe('每月理论中心组集中学习12次、交流研讨6次。');
  });

  it('links a whole hand-made workbook of names and units only (no IDs, no 原文) to the seed', () => {
    const rows = skeletonRows(scanMasks(SEED)).filter((row) => !row.sameAs);
    // Row order reversed, so template order cannot be what links them.
    const indicators = rows
      .map((row) =>
        indicator({
          name: row.name.replace(/（\d）$/, ''),
          unit: row.unit,
          text: row.id,
          value: row.kind.startsWith('text') ? null : Number(row.id.slice(1)),
        }),
      )
      .reverse();
    const result = fillReport(SEED, indicators);
    const wrong = result.slots.filter((slot) => {
      const expected = slot.mask.includes('+') || slot.status === 'unlinked' ? null : slot.index + 1;
      if (slot.status === 'unlinked') return true;
      if (typeof slot.value === 'string')
        return slot.value !== 'M001' && slot.value !== `M${String(slot.index + 1).padStart(3, '0')}`;
      // Twin names (two 星级 stations) may swap, as their names say nothing more.
      const twin = rows.filter((r) => r.name.replace(/（\d）$/, '') === slot.indicator?.name).length > 1;
      return !twin && slot.value !== expected;
    });
    expect(wrong.map((s) => [s.index, s.indicator?.name])).toEqual([]);
  });

  it('does not trust an ID whose 原文 and 格式 belong to another template', () => {
    const result = fillReport('开展谈话提醒*人次。', [
      indicator({
        id: 'M001',
        name: '党建知识培训场次',
        format: '**余',
        source: '开展党建知识培训【**】余场次',
        value: 37,
      }),
    ]);
    expect(result.slots[0].status).toBe('unlinked');
  });
});

describe('the seed, filled by ID from its skeleton', () => {
  const scan = scanMasks(SEED);
  const rows = skeletonRows(scan);
  const textValues: Record<string, string> = {
    M001: '和平',
    M051: '1+3+N',
    M052: '3+2+1',
    M064: '5+N',
    M080: '12345',
  };
  const indicators: FillIndicator[] = rows.map((row) => {
    const text = textValues[row.id] ?? (row.sameAs ? '' : '');
    const value = row.kind.startsWith('text') ? null : 11;
    return indicator({
      id: row.id,
      name: row.name,
      unit: row.unit,
      format: row.format,
      source: row.source,
      value,
      text: text || (value === null ? '' : '11'),
    });
  });

  it('fills all 80 masks (the repeated street names from the first one)', () => {
    const result = fillReport(SEED, indicators);
    expect(result.slots).toHaveLength(80);
    const statuses = result.slots.map((s) => s.status);
    expect(statuses.filter((s) => s === 'unlinked' || s === 'error')).toEqual([]);
    expect(result.text).not.toMatch(/\*/);
    expect(result.paragraphs[2].startsWith('今年以来，和平街道党工委')).toBe(true);
    expect(result.text).toContain('2023年，和平街道将坚持');
    expect(result.text).toContain('认真落实“12345”市民服务热线工作');
    // 11 into `**余` → 10余; 11 人次 into `**万余人次` (unit 万人次) → 11 without 余, warned.
    expect(result.text).toContain('开展党建知识培训10余场次');
    expect(result.slots[33]).toMatchObject({ rendered: '11万', status: 'warning' });
    expect(result.slots[0].indicator).toEqual({ id: 'M001', name: '街道名称', score: 1 });
  });
});

describe('fillIndicatorsFromSnapshot', () => {
  it('reads what people type, and percent-formatted cells as percent points', () => {
    const snapshot = indicatorWorkbook([
      { id: 'A1', name: '甲', actual: '１２３' },
      { id: 'A2', name: '乙', actual: '1,234' },
      { id: 'A3', name: '丙', actual: ' 95% ' },
      { id: 'A4', name: '丁', actual: '12.3万' },
      { id: 'A5', name: '戊', actual: 0.9858, percent: true },
      { id: 'A6', name: '己', actual: '见附件' },
      { id: 'A7', name: '庚', actual: null },
    ]);
    const got = fillIndicatorsFromSnapshot(snapshot).map((i) => [i.id, i.value, i.parseError, i.at.cell]);
    expect(got).toEqual([
      ['A1', 123, false, 'G2'],
      ['A2', 1234, false, 'G3'],
      ['A3', 95, false, 'G4'],
      ['A4', 123000, false, 'G5'],
      ['A5', 98.58, false, 'G6'],
      ['A6', null, true, 'G7'],
      ['A7', null, false, 'G8'],
    ]);
  });

  it('fills a percent-formatted 0.9858 as 98.6 and 12.3万 typed into a 万人次 row as 12万余', () => {
    const snapshot = indicatorWorkbook([
      { name: '满意度', unit: '%', actual: 0.9858, percent: true },
      { name: '平台访问量', unit: '万人次', actual: '12.3万' },
    ]);
    const result = fillReport('满意度**.*%，平台访问量**万余人次。', fillIndicatorsFromSnapshot(snapshot));
    expect(result.text).toBe('满意度98.6%，平台访问量12万余人次。');
  });

  it('fills an approximate figure as written by the mask, and says the report now reads it as exact', () => {
    const snapshot = indicatorWorkbook([
      { id: 'M001', name: '党建知识培训', unit: '场次', actual: '32余' },
      { id: 'M002', name: '志愿服务', unit: '人次', actual: '约1200' },
      { id: 'M003', name: '党建品牌', unit: '个', actual: 6 },
    ]);
    const indicators = fillIndicatorsFromSnapshot(snapshot);
    expect(indicators.map((i) => i.approxWord)).toEqual(['余', '约', undefined]);
    const result = fillReport('开展党建知识培训**余场次，志愿服务****人次，党建品牌*个。', indicators);
    expect(result.text).toBe('开展党建知识培训30余场次，志愿服务1200人次，党建品牌6个。');
    const approx = result.slots
      .flatMap((slot) => slot.findings)
      .filter((f) => f.code === 'fill-approx-value');
    expect(approx.map((f) => [f.cell, f.found, f.params?.rendered, f.params?.word])).toEqual([
      ['G2', '32余', '30余', '余'],
      ['G3', '约1200', '1200', '约'],
    ]);
    expect(localiseFinding(approx[1], catalogueFor('zh-CN')).message).toBe(
      '指标!G3：指标 M002「志愿服务」的完成值“约1200”是约数，报告中的 **** 按它填成了“1200”，读来像准确数字。',
    );
  });

  it('reads the skeleton sheet even when the host knows Huibao wrote it, but no other sheet of Huibao', () => {
    const snapshot = indicatorWorkbook([{ id: 'M001', name: '甲', actual: 3 }], { writtenByHuibao: true });
    expect(fillIndicatorsFromSnapshot(snapshot)).toHaveLength(1);
    const other = { sheets: [{ ...snapshot.sheets[0], name: '汇总' }] };
    expect(fillIndicatorsFromSnapshot(other)).toHaveLength(0);
  });
});

describe('fillReport where rounding would change the claim', () => {
  it('writes 99.5 into 满意度***% as 99%, with a round-to-100 warning in the catalogue', () => {
    const result = fillReport('群众满意度***%。', [
      indicator({
        id: 'M037',
        name: '群众满意度',
        unit: '%',
        value: 99.5,
        at: { sheet: '指标', cell: 'G9' },
      }),
    ]);
    expect(result.text).toBe('群众满意度99%。');
    expect(result.slots[0].status).toBe('warning');
    const [finding] = result.slots[0].findings;
    expect(finding).toMatchObject({ code: 'round-to-100', found: '99.5', expected: '***%' });
    expect(localiseFinding(finding, catalogueFor('zh-CN')).message).toBe(
      '指标!G9：指标 M037「群众满意度」的值 99.5% 按格式 ***% 四舍五入为 100%，报告不写“100%”，已写作 99%。',
    );
  });

  it('writes 100 into 化解率达**.**% as 100%', () => {
    const result = fillReport('化解率达**.**%。', [indicator({ name: '化解率', unit: '%', value: 100 })]);
    expect(result.text).toBe('化解率达100%。');
  });

  it('writes 0.04万元 into **.*万元 as 400元, never 0.0万元', () => {
    const result = fillReport('发放临时救助资金**.*万元。', [
      indicator({
        id: 'M012',
        name: '临时救助资金',
        unit: '万元',
        value: 0.04,
        at: { sheet: '指标', cell: 'G4' },
      }),
    ]);
    expect(result.text).toBe('发放临时救助资金400元。');
    const [finding] = result.slots[0].findings;
    expect(finding).toMatchObject({ code: 'round-to-zero', found: '0.04万', expected: '**.*万' });
    expect(localiseFinding(finding, catalogueFor('en-US')).message).toBe(
      '指标!G4: indicator M012 “临时救助资金” is 0.04万, which the mask **.*万 would write as 0; it was written as 400.',
    );
  });
});
