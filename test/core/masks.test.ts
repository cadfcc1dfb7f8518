import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Mask, scanMasks, sectionLabel, skeletonRows } from '../../src/core/masks';

const SEED = readFileSync(join(__dirname, '../../examples/2022-street-work-summary.masked.txt'), 'utf8');

describe('the seed template', () => {
  const scan = scanMasks(SEED);
  const byId = (id: string): Mask => scan.masks.find((m) => m.id === id) as Mask;

  it('has exactly 80 masks, 73 numeric and 7 text, none unclassified', () => {
    expect(scan.masks).toHaveLength(80);
    expect(scan.unclassified).toEqual([]);
    const kinds: Record<string, number> = {};
    for (const m of scan.masks) kinds[m.kind] = (kinds[m.kind] ?? 0) + 1;
    // Counted by hand from the seed text.
    expect(kinds).toEqual({
      'text-name': 3,
      'text-code': 3,
      'text-hotline': 1,
      percent: 2,
      decimal: 3,
      count: 68,
    });
  });

  it('finds every mask as written, in order (listed by hand from the seed)', () => {
    const HAND_LIST = [
      '**街道',
      '**余场次',
      '*个',
      '*次',
      '**余个',
      '*个',
      '*个',
      '*个',
      '*个',
      '*个',
      '**余场次',
      '****余人次',
      '**次',
      '*次',
      '***余场次',
      '*星级',
      '*个',
      '*星级',
      '*个',
      '*个',
      '*个',
      '***余场次',
      '*人次',
      '*人次',
      '*人次',
      '**人次',
      '**人次',
      '*条',
      '*名',
      '**条',
      '**次',
      '*期',
      '**街道',
      '**万余人次',
      '*万余人',
      '****余份',
      '*件',
      '***%',
      '*人',
      '***人',
      '*人',
      '*名',
      '**名',
      '**家',
      '*******.**元',
      '**次',
      '**件',
      '**件',
      '*个',
      '****万',
      '*+*+N',
      '*+*+*',
      '***批',
      '***余人次',
      '**件',
      '**件',
      '**件',
      '**件',
      '**.**%',
      '**个',
      '*人',
      '**人',
      '**人',
      '*+N',
      '**次',
      '约***.*万人次',
      '****余人',
      '**人',
      '**户',
      '***人',
      '**.*万元',
      '***人',
      '***人',
      '*****元',
      '****个',
      '***个',
      '***个',
      '****个',
      '**街道',
      '*****',
    ];
    expect(HAND_LIST).toHaveLength(80);
    const written = scan.masks.map(
      (m) => m.format + (m.kind === 'text-name' || m.kind === 'percent' ? '' : m.unit),
    );
    expect(written).toEqual(HAND_LIST);
  });

  it('finds the seven text masks where they stand', () => {
    const text = scan.masks.filter((m) => m.kind.startsWith('text-')).map((m) => [m.id, m.mask, m.kind]);
    expect(text).toEqual([
      ['M001', '**', 'text-name'],
      ['M033', '**', 'text-name'],
      ['M051', '*+*+N', 'text-code'],
      ['M052', '*+*+*', 'text-code'],
      ['M064', '*+N', 'text-code'],
      ['M079', '**', 'text-name'],
      ['M080', '*****', 'text-hotline'],
    ]);
  });

  it('marks the 11 余 masks, the one 约 mask and the five scaled masks', () => {
    const down = scan.masks.filter((m) => m.markers.after === '余').map((m) => m.id);
    expect(down).toEqual([
      'M002',
      'M005',
      'M011',
      'M012',
      'M015',
      'M022',
      'M034',
      'M035',
      'M036',
      'M054',
      'M067',
    ]);
    expect(scan.masks.filter((m) => m.markers.before).map((m) => [m.id, m.markers.before])).toEqual([
      ['M066', '约'],
    ]);
    expect(scan.masks.filter((m) => m.scale).map((m) => m.id)).toEqual([
      'M034',
      'M035',
      'M050',
      'M066',
      'M071',
    ]);
  });

  it('records mask, unit, format and section of sample masks', () => {
    const sample = (id: string) => {
      const m = byId(id);
      return [m.mask, m.kind, m.digits, m.decimals, m.unit, m.format, m.section];
    };
    expect(sample('M002')).toEqual(['**', 'count', 2, 0, '场次', '**余', '（一）统筹推进基层党建工作。']);
    expect(sample('M034')).toEqual(['**', 'count', 2, 0, '人次', '**万余', '（三）切实加强党风廉政建设。']);
    expect(sample('M038')).toEqual(['***', 'percent', 3, 0, '%', '***%', '（三）切实加强党风廉政建设。']);
    expect(sample('M045')).toEqual([
      '*******.**',
      'decimal',
      7,
      2,
      '元',
      '*******.**',
      '（五）精准助力经济稳步发展。',
    ]);
    expect(sample('M050')).toEqual(['****', 'count', 4, 0, '', '****万', '（五）精准助力经济稳步发展。']);
    expect(sample('M053')).toEqual(['***', 'count', 3, 0, '批', '***', '（六）齐心推动社会平安建设。']);
    expect(sample('M059')).toEqual(['**.**', 'percent', 2, 2, '%', '**.**%', '（六）齐心推动社会平安建设。']);
    expect(sample('M066')).toEqual([
      '***.*',
      'decimal',
      3,
      1,
      '人次',
      '约***.*万',
      '（六）齐心推动社会平安建设。',
    ]);
    expect(sample('M071')).toEqual(['**.*', 'decimal', 2, 1, '元', '**.*万', '（七）凝心聚力保障民生实事。']);
    expect(sample('M079')).toEqual(['**', 'text-name', 2, 0, '街道', '**街道', '二、2023年工作安排']);
    expect(sample('M080')).toEqual(['*****', 'text-hotline', 5, 0, '', '*****', '（四）抓民生，办实事。']);
    expect(byId('M001').section).toBe('');
    expect(byId('M066').sectionPath).toEqual(['一、2022年工作总结', '（六）齐心推动社会平安建设。']);
  });

  it('points at the mask and what a fill replaces', () => {
    const m = byId('M034');
    expect(SEED.slice(m.start, m.end)).toBe('**');
    expect(SEED.slice(m.replaceStart, m.replaceEnd)).toBe('**万余');
    const approx = byId('M066');
    expect(SEED.slice(approx.replaceStart - 1, approx.replaceEnd + 2)).toBe('约***.*万人次');
    const code = byId('M051');
    expect(SEED.slice(code.replaceStart - 1, code.replaceEnd + 1)).toBe('“*+*+N”');
  });

  it('excerpts the source with six characters each side and the own mask in 【】', () => {
    for (const m of scan.masks) {
      const open = m.source.indexOf('【');
      const close = m.source.indexOf('】');
      expect(m.source.slice(open + 1, close)).toBe(m.mask);
      const line = SEED.split('\n')[m.line];
      const lineStart = SEED.lastIndexOf('\n', m.start - 1) + 1;
      const before = m.start - lineStart;
      const after = line.length - (before + m.mask.length);
      expect(open).toBeGreaterThanOrEqual(Math.min(6, before));
      expect(m.source.length - close - 1).toBeGreaterThanOrEqual(Math.min(6, after));
    }
    expect(byId('M002').source).toBe('开展党建知识培训【**】余场次，提升服务群众水平。');
    expect(byId('M048').source).toBe('收集整理上报问题**件，已办结【**】件。税源管理稳步加强。');
  });

  it('gives every row an ID, a readable name and the unit asked for', () => {
    const rows = skeletonRows(scan);
    expect(rows).toHaveLength(80);
    expect(rows.map((r) => r.id).slice(0, 3)).toEqual(['M001', 'M002', 'M003']);
    expect(rows[79].id).toBe('M080');
    const row = (id: string) => rows.find((r) => r.id === id);
    expect(row('M002')).toMatchObject({ name: '党建知识培训场次', unit: '场次', format: '**余' });
    expect(row('M034')).toMatchObject({ unit: '万人次' });
    expect(row('M050')).toMatchObject({ name: '税收', unit: '万元' });
    expect(row('M059')).toMatchObject({ name: '化解率', unit: '%' });
    expect(row('M069')).toMatchObject({ name: '低保户数', unit: '户' });
    expect(row('M070')).toMatchObject({ name: '低保人数', unit: '人' });
    expect(row('M080')).toMatchObject({ name: '市民服务热线号码', unit: '' });
    // The repeated street name points at its first occurrence.
    expect([row('M001')?.sameAs, row('M033')?.sameAs, row('M079')?.sameAs]).toEqual([null, 'M001', 'M001']);
    // Names are unique except for the shared street name.
    const names = rows.filter((r) => !r.sameAs).map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('masks beyond the seed', () => {
  const one = (text: string): Mask => {
    const scan = scanMasks(text);
    expect(scan.masks).toHaveLength(1);
    return scan.masks[0];
  };

  it('reads 多 after, 近 before, 亿 and 余 before a scale word', () => {
    expect(one('帮扶困难群众**多人。')).toMatchObject({
      markers: { after: '多' },
      unit: '人',
      format: '**多',
    });
    expect(one('新建近**个小区。')).toMatchObject({ markers: { before: '近' }, unit: '个', format: '近**' });
    expect(one('完成投资**.*亿元。')).toMatchObject({ scale: '亿', unit: '元', kind: 'decimal' });
    expect(one('服务群众**余万人次。')).toMatchObject({
      scale: '万',
      markers: { after: '余', afterBeforeScale: true },
      unit: '人次',
      format: '**余万',
    });
  });

  it('takes full-width stars, and a name before 社区', () => {
    expect(one('完成＊＊个项目')).toMatchObject({ mask: '**', digits: 2, unit: '个' });
    expect(one('**社区获评先进')).toMatchObject({ kind: 'text-name', unit: '社区' });
  });

  it('lists masks it cannot classify instead of guessing', () => {
    const scan = scanMasks('编号为**，另有“***”号文件，完成**个。');
    expect(scan.masks).toHaveLength(3);
    expect(scan.unclassified.map((m) => m.mask)).toEqual(['**', '***']);
    expect(scan.masks[2].kind).toBe('count');
  });
});

describe('sectionLabel (the skeleton’s 板块)', () => {
  it('drops list numbering and the full stop, keeping the words', () => {
    expect(sectionLabel('（一）统筹推进基层党建工作。')).toBe('统筹推进基层党建工作');
    expect(sectionLabel('(二) 切实加强党风廉政建设；')).toBe('切实加强党风廉政建设');
    expect(sectionLabel('一、2022年工作总结')).toBe('2022年工作总结');
    expect(sectionLabel('十二、其他工作')).toBe('其他工作');
    expect(sectionLabel('1. 深化基层治理。')).toBe('深化基层治理');
    expect(sectionLabel('3、优化营商环境')).toBe('优化营商环境');
    expect(sectionLabel('（10）垃圾分类')).toBe('垃圾分类');
    expect(sectionLabel('第一，抓党建')).toBe('抓党建');
    expect(sectionLabel('')).toBe('');
  });

  it('leaves a number that is part of the words', () => {
    expect(sectionLabel('2022年工作总结')).toBe('2022年工作总结');
    expect(sectionLabel('1.5万人次志愿服务')).toBe('1.5万人次志愿服务');
    expect(sectionLabel('一网通办')).toBe('一网通办');
  });

  it('gives the seed’s rows their sections in template order, numbering gone', () => {
    const rows = skeletonRows(scanMasks(SEED));
    const sections = [...new Set(rows.map((r) => r.section))];
    expect(sections).toEqual([
      '',
      '统筹推进基层党建工作',
      '奋力推进精神文明建设',
      '切实加强党风廉政建设',
      '稳步推动统战各项工作',
      '精准助力经济稳步发展',
      '齐心推动社会平安建设',
      '凝心聚力保障民生实事',
      '2023年工作安排',
      '抓民生，办实事',
    ]);
  });
});
