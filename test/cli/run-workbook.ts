/**
 * A small street workbook for the `huibao run` tests, written with exceljs (not our own writer), and a way to ask
 * openpyxl (an independent reader) about the result.
 */
import { execFileSync } from 'child_process';
import ExcelJS from 'exceljs';

export const TEMPLATE = [
  '**街道2022年工作总结',
  '开展党建知识培训**场次，发展入党积极分子*个。',
  '群众满意度**.*%，新增就业***人。',
].join('\n');

/**
 * Catalogue M001–M005 (IDs in the template's mask order), three communities. 光明社区 typed `=五十` for M005:
 * text that looks like a formula, an error finding, and a cell that must come back as the same text.
 */
export async function streetWorkbook(
  withTemplateSheet: boolean,
  extraSheet?: { name: string; rows: string[][] },
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const catalogue = wb.addWorksheet('指标目录');
  catalogue.addRows([
    ['编号', '板块', '指标', '单位', '格式', '目标值', '上年值', '汇总方式', '责任部门'],
    ['M001', '基层党建', '街道名称', '', '**', '', null, '一致', '办公室'],
    ['M002', '基层党建', '党建知识培训', '场次', '**', '≥30', 25, '求和', '党建办'],
    ['M003', '基层党建', '发展入党积极分子', '个', '*', '≥9', 8, '求和', '党建办'],
    ['M004', '民生服务', '群众满意度', '%', '**.*%', '≥95%', 94, '平均', '办公室'],
    ['M005', '民生服务', '新增就业', '人', '***', '≥100', 90, '求和', '社保所'],
  ]);
  const units: [string, (string | number)[]][] = [
    ['和平社区', ['和平', 12, 3, 96, 40]],
    ['光明社区', ['和平', 11, 3, 98, '=五十']],
    ['幸福社区', ['和平', 14, 2, 97.5, 35]],
  ];
  const names = ['街道名称', '党建知识培训', '发展入党积极分子', '群众满意度', '新增就业'];
  const unitNames = ['', '场次', '个', '%', '人'];
  for (const [name, values] of units) {
    const sheet = wb.addWorksheet(name);
    sheet.addRow(['编号', '指标', '单位', '完成值']);
    values.forEach((v, k) => sheet.addRow([`M00${k + 1}`, names[k], unitNames[k], v]));
    sheet.getColumn(2).width = 20;
  }
  if (withTemplateSheet) {
    const sheet = wb.addWorksheet('报告模板');
    TEMPLATE.split('\n').forEach((line) => sheet.addRow([line]));
  }
  if (extraSheet) wb.addWorksheet(extraSheet.name).addRows(extraSheet.rows);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Runs a Python snippet with openpyxl (`wb` is the loaded workbook at `path`) and parses the JSON it prints. */
export function askOpenpyxl<T>(path: string, body: string): T {
  const script = [
    'import json, warnings',
    'warnings.simplefilter("ignore")',
    'import openpyxl',
    `path = ${JSON.stringify(path)}`,
    'wb = openpyxl.load_workbook(path)',
    'out = None',
    body,
    'print(json.dumps(out, ensure_ascii=False, default=str))',
  ].join('\n');
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', script], { encoding: 'utf8' })) as T;
}
