/**
 * Writing onto a base workbook: the caller's bytes are only read (Node Buffers from `fs.readFileSync`, pooled ones
 * included, and views with an offset into a larger buffer), and the active sheet is applied to workbooks that
 * have no `<bookViews>` or `<sheetViews>` (exceljs writes neither), with exactly one tab selected. Written files
 * are checked with openpyxl.
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'fs';
import { join } from 'path';
import { strFromU8, unzipSync } from 'fflate';
import type { WorkbookPlan } from '../../src/core/plan';
import { readXlsx, writeXlsx } from '../../src/xlsx';
import { addPointColors } from '../../src/xlsx/chart-points';
import { patchWorkbook, selectTab } from '../../src/xlsx/patch-xml';
import { artifact, openpyxl, rawWorkbook, SELECTED_TABS, withoutTabSelected } from './helpers';
import { samplePlan } from './sample-plan';

type Json = Record<string, unknown>;

/**
 * A small workbook (well under Node's 4 KiB pool threshold) holding a user sheet and one of our sheets, so writing
 * onto it first rewrites the zip to drop our old sheet: the path that failed on a Buffer.
 */
function smallWithOurSheet(): Uint8Array {
  return rawWorkbook(
    [
      {
        name: '数据',
        xml: '<row r="1"><c r="A1" t="inlineStr"><is><t>用户数据</t></is></c><c r="B1"><v>42</v></c></row>',
      },
      { name: '汇总', xml: '<row r="1"><c r="A1" t="inlineStr"><is><t>旧的汇总</t></is></c></row>' },
    ],
    {
      // a styles part as Excel writes one (bases without one: runtime-recovery.test.ts)
      styles:
        '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
        '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
        '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="1"><xf/></cellXfs>',
      definedNames:
        '<definedNames><definedName name="Huibao_Sheet" localSheetId="1" hidden="1">"huibao"</definedName></definedNames>',
    },
  );
}

const SUMMARY_CHECK = `out = {'names': wb.sheetnames, 'user': [wb['数据']['A1'].value, wb['数据']['B1'].value],
  'title': wb['汇总']['A1'].value, 'active': wb.active.title, 'selected': ${SELECTED_TABS}}`;
const SUMMARY_EXPECTED = {
  names: ['数据', '汇总', '校验结果'],
  user: ['用户数据', 42],
  title: '长安街道2022年工作指标完成情况',
  active: '汇总',
  selected: ['汇总'],
};

describe('the base bytes are only read', () => {
  test('a small file read with fs.readFileSync (a view into Node’s shared pool), read and then written onto', async () => {
    const file = artifact('small-ours.xlsx', smallWithOurSheet());
    const bytes = readFileSync(file);
    // the case in point: a Buffer that is a window on a larger, shared ArrayBuffer
    expect(bytes.byteLength).toBeLessThan(4096);
    expect(bytes.buffer.byteLength).toBeGreaterThan(bytes.byteLength);
    const copy = Buffer.from(bytes);

    const snapshot = await readXlsx(bytes, { source: 'small-ours.xlsx' });
    expect(snapshot.sheets.map((s) => [s.name, s.writtenByHuibao ?? false])).toEqual([
      ['数据', false],
      ['汇总', true],
    ]);
    const written = await writeXlsx(samplePlan, bytes);
    expect(bytes.equals(copy)).toBe(true);
    expect(openpyxl<Json>(artifact('small-ours-out.xlsx', written), SUMMARY_CHECK)).toEqual(SUMMARY_EXPECTED);
    // and once more from the very same Buffer
    const again = await writeXlsx(samplePlan, bytes);
    expect(bytes.equals(copy)).toBe(true);
    expect((await readXlsx(again)).sheets.map((s) => s.name)).toEqual(['数据', '汇总', '校验结果']);
  });

  test('the re-run case: a written workbook read back from its file as a Buffer, read and written onto', async () => {
    const first = await writeXlsx(samplePlan, smallWithOurSheet());
    const bytes = readFileSync(artifact('rerun-source.xlsx', first));
    const copy = Buffer.from(bytes);
    await readXlsx(bytes);
    const second = await writeXlsx(samplePlan, bytes);
    expect(bytes.equals(copy)).toBe(true);
    const out = openpyxl<Json>(
      artifact('rerun-from-buffer.xlsx', second),
      `${SUMMARY_CHECK}\nout['charts'] = len(wb['汇总']._charts)`,
    );
    expect(out).toEqual({ ...SUMMARY_EXPECTED, charts: 4 });
  });

  test.each(['Buffer.subarray', 'Uint8Array view'])(
    'a %s at an offset into a larger buffer: the bytes around it and in it stay as they were',
    async (kind) => {
      const workbook = await writeXlsx(samplePlan, smallWithOurSheet());
      const offset = 29; // odd, and below 42: the central-directory offset once landed at byte 42 of the ArrayBuffer
      const whole = Buffer.alloc(workbook.length + 64, 0xa5);
      whole.set(workbook, offset);
      const view =
        kind === 'Buffer.subarray'
          ? whole.subarray(offset, offset + workbook.length)
          : new Uint8Array(whole.buffer, whole.byteOffset + offset, workbook.length);
      const before = Buffer.from(whole);

      await readXlsx(view);
      const written = await writeXlsx(samplePlan, view);
      expect(whole.equals(before)).toBe(true);
      expect(
        openpyxl<Json>(artifact(`offset-${kind.replace(/\W/g, '')}.xlsx`, written), SUMMARY_CHECK),
      ).toEqual(SUMMARY_EXPECTED);
    },
  );
});

describe('the active sheet, and only it, is selected', () => {
  async function exceljsWorkbook(): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('甲').getCell('A1').value = 1;
    const second = wb.addWorksheet('乙');
    second.getCell('B2').value = '文本';
    second.getCell('C3').value = { formula: 'B2&"x"', result: '文本x' };
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }

  const DUMP = `out = {'active': wb.active.title, 'selected': ${SELECTED_TABS},
  'cells': {ws.title: [[c.coordinate, c.value] for row in ws.iter_rows() for c in row] for ws in wb.worksheets if ws.title in ('甲', '乙')}}`;

  test('a workbook written by exceljs (no bookViews, no sheetViews) opens on the planned sheet', async () => {
    const base = await exceljsWorkbook();
    const input = unzipSync(base);
    expect(strFromU8(input['xl/workbook.xml'])).not.toContain('bookViews'); // the case in point
    const written = await writeXlsx(samplePlan, base);
    const workbookXml = strFromU8(unzipSync(written)['xl/workbook.xml']);
    // created where the schema wants it, right before <sheets>
    expect(workbookXml).toMatch(/<bookViews><workbookView activeTab="2"\/><\/bookViews><sheets>/);
    const before = openpyxl<Json>(artifact('exceljs-input.xlsx', base), DUMP);
    const after = openpyxl<Json>(artifact('exceljs-plus-summary.xlsx', written), DUMP);
    expect(after).toEqual({ active: '汇总', selected: ['汇总'], cells: before.cells });
    expect((before.cells as Record<string, unknown[]>)['乙']).toContainEqual(['C3', '=B2&"x"']);
  });

  test('a user sheet without a sheet view can be the active one: it gets a view and nothing else', async () => {
    const base = await exceljsWorkbook();
    const plan: WorkbookPlan = { ...samplePlan, activeSheet: '乙' };
    const written = await writeXlsx(plan, base);
    const after = openpyxl<Json>(artifact('exceljs-active-user.xlsx', written), DUMP);
    const before = openpyxl<Json>(artifact('exceljs-input.xlsx', base), DUMP);
    expect(after).toEqual({ active: '乙', selected: ['乙'], cells: before.cells });
    const was = strFromU8(unzipSync(base)['xl/worksheets/sheet2.xml']);
    const is = strFromU8(unzipSync(written)['xl/worksheets/sheet2.xml']);
    expect(is.replace('<sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews>', '')).toBe(
      was,
    );
    expect(is).toMatch(/<dimension ref="[^"]*"\/><sheetViews>/);
  });

  test('the bundled example: 汇总 active and the only selected tab; input sheets unchanged but for that flag', async () => {
    const path = join(__dirname, '..', '..', 'examples', 'street-2022.xlsx');
    const bytes = readFileSync(path);
    const written = await writeXlsx(samplePlan, bytes);
    const out = openpyxl<Json>(
      artifact('example-plus-summary.xlsx', written),
      `out = {'active': wb.active.title, 'selected': ${SELECTED_TABS}, 'names': wb.sheetnames[-2:]}`,
    );
    expect(out).toEqual({ active: '汇总', selected: ['汇总'], names: ['汇总', '校验结果'] });
    const before = unzipSync(bytes);
    const after = unzipSync(written);
    const sheets = Object.keys(before).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
    expect(sheets.length).toBeGreaterThanOrEqual(6);
    const flagged: string[] = [];
    for (const part of sheets) {
      const expected = withoutTabSelected(before[part]);
      if (expected.had) flagged.push(part);
      expect(strFromU8(after[part])).toBe(expected.xml);
    }
    expect(flagged).toEqual(['xl/worksheets/sheet2.xml']); // the first input sheet, as reported
  });
});

describe('the XML edits on their own', () => {
  test('selectTab steps over <sheetViews>, handles prefixes, and changes only the flag', () => {
    const sheet = (view: string) =>
      `<x:worksheet xmlns:x="urn:s"><x:dimension ref="A1"/><x:sheetViews>${view}</x:sheetViews><x:sheetData/></x:worksheet>`;
    expect(selectTab(sheet('<x:sheetView tabSelected="true" workbookViewId="0"/>'), false)).toBe(
      sheet('<x:sheetView workbookViewId="0"/>'),
    );
    expect(selectTab(sheet('<x:sheetView workbookViewId="0"/>'), true)).toBe(
      sheet('<x:sheetView workbookViewId="0" tabSelected="1"/>'),
    );
    expect(
      selectTab(sheet('<x:sheetView tabSelected="0" workbookViewId="0"><x:pane/></x:sheetView>'), true),
    ).toBe(sheet('<x:sheetView tabSelected="1" workbookViewId="0"><x:pane/></x:sheetView>'));
    const unselected = sheet('<x:sheetView workbookViewId="0"/>');
    expect(selectTab(unselected, false)).toBe(unselected);
    expect(
      selectTab('<worksheet><sheetPr><tabColor rgb="FF000000"/></sheetPr><sheetData/></worksheet>', true),
    ).toBe(
      '<worksheet><sheetPr><tabColor rgb="FF000000"/></sheetPr><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><sheetData/></worksheet>',
    );
  });

  test('patchWorkbook sets activeTab on an existing view, an empty bookViews, or none at all (prefixed)', () => {
    expect(
      patchWorkbook(
        '<workbook><bookViews><workbookView firstSheet="1" activeTab="0"/></bookViews><sheets/></workbook>',
        false,
        3,
      ),
    ).toBe('<workbook><bookViews><workbookView activeTab="3"/></bookViews><sheets/></workbook>');
    expect(patchWorkbook('<workbook><bookViews/><sheets/></workbook>', false, 1)).toBe(
      '<workbook><bookViews><workbookView activeTab="1"/></bookViews><sheets/></workbook>',
    );
    expect(
      patchWorkbook(
        '<x:workbook xmlns:x="urn:s"><x:workbookPr/><x:sheets><x:sheet/></x:sheets></x:workbook>',
        false,
        2,
      ),
    ).toBe(
      '<x:workbook xmlns:x="urn:s"><x:workbookPr/><x:bookViews><x:workbookView activeTab="2"/></x:bookViews><x:sheets><x:sheet/></x:sheets></x:workbook>',
    );
  });

  test('addPointColors adds points to the coloured series only, after the moved invertIfNegative', () => {
    const ser = (tail: string) =>
      `<c:ser><c:idx val="0"/><c:order val="0"/><c:spPr><a:ln/></c:spPr><c:dLbls><c:showVal val="1"/></c:dLbls>${tail}<c:cat/><c:val/></c:ser>`;
    const xml = `<c:chartSpace xmlns:c="urn:c" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:barChart>${ser('<c:invertIfNegative val="0"/>')}${ser('')}</c:barChart></c:chartSpace>`;
    const out = addPointColors(xml, [undefined, ['#00b050', 'not a colour']]);
    const [first, second] = out.match(/<c:ser>[\s\S]*?<\/c:ser>/g) ?? [];
    expect(first).toBe(ser('<c:invertIfNegative val="0"/>'));
    expect(second).toBe(
      '<c:ser><c:idx val="0"/><c:order val="0"/><c:spPr><a:ln/></c:spPr>' +
        '<c:dPt><c:idx val="0"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/><c:spPr><a:solidFill><a:srgbClr val="00B050"/></a:solidFill></c:spPr></c:dPt>' +
        '<c:dLbls><c:showVal val="1"/></c:dLbls><c:cat/><c:val/></c:ser>',
    );
    // applied twice, still one set of points
    expect(addPointColors(out, [undefined, ['#00B050']])).toBe(out);
  });
});
