/**
 * The excelize runtime is a Go program: a panic inside excelize makes it exit, and every later call into it fails.
 * A base workbook without a usable styles part used to cause one (NewStyle and AddComment dereference nil), and the
 * long-lived pane then could not write again until reloaded. Here: such bases now write valid files (read back with
 * openpyxl), a stopped runtime is replaced on the next call, and a write that does crash says where and why.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { WorkbookPlan } from '../../src/core/plan';
import { readXlsx, writeXlsx, XlsxWriteError } from '../../src/xlsx';
import { excelizeStopped, loadExcelize } from '../../src/xlsx/excelize-runtime';
import { completeStyles, withUsableStyles } from '../../src/xlsx/styles-part';
import { artifact, openpyxl, rawWorkbook } from './helpers';
import { samplePlan } from './sample-plan';

type Json = Record<string, unknown>;

const USER_SHEET = {
  name: '数据',
  xml: '<row r="1"><c r="A1" t="inlineStr"><is><t>用户数据</t></is></c><c r="B1"><v>42</v></c></row>',
};

/** What generators that leave styles out write: no styles part, no relationship, no content type. */
const noStyles = (): Uint8Array => rawWorkbook([USER_SHEET]);

/** A styles part at a path excelize does not look at (it reads only xl/styles.xml). */
function stylesElsewhere(): Uint8Array {
  const files = unzipSync(
    rawWorkbook([USER_SHEET], { styles: '<fonts count="1"><font><sz val="11"/></font></fonts>' }),
  );
  files['xl/custom-styles.xml'] = files['xl/styles.xml'];
  delete files['xl/styles.xml'];
  const rels = strFromU8(files['xl/_rels/workbook.xml.rels']);
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    rels.replace('Target="styles.xml"', 'Target="custom-styles.xml"'),
  );
  return zipSync(files);
}

const SMALL: WorkbookPlan = {
  styles: { bold: { font: { bold: true } } },
  sheets: [{ name: '汇总', cells: [{ row: 0, col: 0, value: '第二次', style: 'bold', note: '备注' }] }],
};

const CHECK_SAMPLE = `ws = wb['汇总']
out = {'names': wb.sheetnames, 'user': [wb['数据']['A1'].value, wb['数据']['B1'].value],
  'title': [ws['A1'].value, ws['A1'].font.b, ws['A1'].font.sz], 'format': ws['C4'].number_format,
  'note': ws['A8'].comment.text, 'author': ws['A8'].comment.author}`;
const SAMPLE_EXPECTED = {
  names: ['数据', '汇总', '校验结果'],
  user: ['用户数据', 42],
  title: ['长安街道2022年工作指标完成情况', true, 16],
  format: '#,##0',
  note: '点击跳转',
  author: 'Huibao',
};

describe('bases without a usable styles part', () => {
  test('no styles part at all: the summary with styles and a note writes, and so does the next write', async () => {
    const written = await writeXlsx(samplePlan, noStyles());
    expect(excelizeStopped()).toBeNull();
    expect(openpyxl<Json>(artifact('no-styles-out.xlsx', written), CHECK_SAMPLE)).toEqual(SAMPLE_EXPECTED);
    // The added part is declared as a valid package needs: one styles relationship and its content type.
    const parts = unzipSync(written);
    expect(strFromU8(parts['xl/_rels/workbook.xml.rels']).match(/relationships\/styles"/g)).toHaveLength(1);
    expect(strFromU8(parts['[Content_Types].xml'])).toMatch(
      /<Override PartName="\/xl\/styles\.xml" ContentType="application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.styles\+xml"/,
    );
    // The second write in the same process (the pane's second 一键生成) works, onto the first one's output.
    const again = await writeXlsx(SMALL, written);
    // (a replaced sheet of ours goes to the end, as on every re-run)
    expect((await readXlsx(again)).sheets.map((s) => s.name)).toEqual(['数据', '校验结果', '汇总']);
  });

  test('a styles part missing the collections excelize needs gets default ones; what it had is kept', async () => {
    const base = rawWorkbook([USER_SHEET], {
      styles:
        '<numFmts count="1"><numFmt numFmtId="164" formatCode="0.000"/></numFmts><cellStyles count="0"/>',
    });
    const written = await writeXlsx(SMALL, base);
    const out = openpyxl<Json>(
      artifact('partial-styles-out.xlsx', written),
      `out = [wb.sheetnames, wb['汇总']['A1'].value, wb['汇总']['A1'].font.b, wb['汇总']['A1'].comment.text]`,
    );
    expect(out).toEqual([['数据', '汇总'], '第二次', true, '备注']);
    expect(strFromU8(unzipSync(written)['xl/styles.xml'])).toMatch(
      /<numFmt numFmtId="164" formatCode="0\.000"/,
    );
  });

  test('completeStyles inserts in schema order, fills empty collections, keeps a prefix, leaves complete parts', () => {
    const ns = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
    const partial = `<x:styleSheet ${ns}><x:numFmts count="0"/><x:fonts count="0"/><x:dxfs count="0"/></x:styleSheet>`;
    expect(completeStyles(partial)).toBe(
      `<x:styleSheet ${ns}><x:numFmts count="0"/>` +
        '<x:fonts count="1"><x:font><x:sz val="11"/><x:name val="Calibri"/><x:family val="2"/></x:font></x:fonts>' +
        '<x:fills count="2"><x:fill><x:patternFill patternType="none"/></x:fill><x:fill><x:patternFill patternType="gray125"/></x:fill></x:fills>' +
        '<x:borders count="1"><x:border><x:left/><x:right/><x:top/><x:bottom/><x:diagonal/></x:border></x:borders>' +
        '<x:cellXfs count="1"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></x:cellXfs>' +
        '<x:dxfs count="0"/></x:styleSheet>',
    );
    expect(completeStyles('<styleSheet/>')).toContain('<styleSheet><fonts count="1">');
    const complete = completeStyles('<styleSheet></styleSheet>');
    expect(completeStyles(complete)).toBe(complete);
    // A workbook that already has what excelize needs comes back as the very same bytes.
    const fine = unzipSync(noStyles());
    const withStyles = withUsableStyles(noStyles());
    expect(withUsableStyles(withStyles)).toBe(withStyles);
    expect(Object.keys(unzipSync(withStyles)).sort()).toEqual([...Object.keys(fine), 'xl/styles.xml'].sort());
  });
});

describe('a stopped runtime', () => {
  test('a runtime broken on purpose is replaced by a fresh one on the next call', async () => {
    const ex = await loadExcelize();
    // Straight into excelize, past the writer's repair: this panics and the Go program exits.
    const file = ex.OpenReader(noStyles());
    expect(
      file.AddComment('数据', { Cell: 'C1', Author: 'x', Paragraph: [{ Text: 'boom' }] }),
    ).toBeUndefined();
    expect(excelizeStopped()).toMatch(
      /^panic: runtime error: invalid memory address or nil pointer dereference/,
    );
    expect(() => ex.NewFile()).toThrow('Go program has already exited');

    const written = await writeXlsx(SMALL);
    expect(excelizeStopped()).toBeNull();
    const fresh = await loadExcelize();
    expect(fresh).not.toBe(ex);
    expect(fresh.NewFile().GetSheetList().list).toEqual(['Sheet1']);
    expect((await readXlsx(written)).sheets).toEqual([
      { name: '汇总', values: [['第二次']], writtenByHuibao: true },
    ]);
  });

  test('a write that crashes excelize fails with a located XlsxWriteError, and the next write works', async () => {
    const failure = await writeXlsx(SMALL, stylesElsewhere()).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(XlsxWriteError);
    expect((failure as XlsxWriteError).key).toBe('writeFailed');
    // the cell whose note excelize was adding when it panicked, and the panic itself
    expect((failure as XlsxWriteError).message).toBe(
      '写出工作簿失败（汇总!A1 note: panic: runtime error: invalid memory address or nil pointer dereference）。',
    );
    const bytes = await writeXlsx(SMALL, noStyles());
    expect(openpyxl<Json>(artifact('after-crash.xlsx', bytes), `out = wb['汇总']['A1'].comment.text`)).toBe(
      '备注',
    );
  });
});
