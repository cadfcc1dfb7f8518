import { strToU8, zipSync } from 'fflate';
import { messagesFor } from '../../src/core/i18n';
import { readXlsx, XlsxReadError } from '../../src/xlsx';
import { rawWorkbook } from './helpers';

const STYLES =
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0&quot;%&quot;;[Red]-0.0%"/></numFmts>' +
  '<cellStyleXfs count="1"><xf numFmtId="10"/></cellStyleXfs>' +
  '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="10" applyNumberFormat="1"/><xf numFmtId="164"/><xf numFmtId="14"><alignment/></xf></cellXfs>';

describe('readXlsx', () => {
  test('reads every kind of cell value at its 0-based position', async () => {
    const bytes = rawWorkbook(
      [
        {
          name: '东社区',
          xml:
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="D1"><v>12.5</v></c></row>' +
            '<row r="3"><c r="A3" t="inlineStr"><is><t>内联 &amp; 文本</t></is></c>' +
            '<c r="B3" t="b"><v>1</v></c><c r="C3" t="e"><v>#DIV/0!</v></c>' +
            '<c r="D3" t="str"><f>A1&amp;"x"</f><v>编号x</v></c><c r="E3"><f>D1*2</f><v>25</v></c>' +
            '<c r="F3" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="G3" s="1"/></row>' +
            '<row r="4"><c r="AB4" t="s"><v>2</v></c></row>',
        },
      ],
      {
        sharedStrings:
          '<si><t>编号</t></si>' +
          '<si><r><t>完成</t></r><r><rPr><b/></rPr><t xml:space="preserve">值 </t></r><rPh sb="0" eb="2"><t>ワンセイ</t></rPh></si>' +
          '<si><t>=SUM(1)_x000D_</t></si>',
      },
    );
    const snapshot = await readXlsx(bytes, { source: 'east.xlsx' });
    expect(snapshot.source).toBe('east.xlsx');
    const [sheet] = snapshot.sheets;
    expect(sheet.name).toBe('东社区');
    expect(sheet.values[0]).toEqual(['编号', '完成值 ', undefined, 12.5]);
    expect(sheet.values[1]).toEqual([]);
    expect(sheet.values[2]).toEqual([
      '内联 & 文本',
      true,
      { error: '#DIV/0!' },
      '编号x',
      25,
      { error: '#DIV/0!' },
    ]);
    expect(sheet.values[3][27]).toBe('=SUM(1)\r');
    expect(sheet.values[3].length).toBe(28);
    expect(sheet.formulas?.[2]).toEqual([undefined, undefined, undefined, '=A1&"x"', '=D1*2', '=1/0']);
    expect(sheet.writtenByHuibao).toBeUndefined();
  });

  test('sheets come as grids sharing one text table: a shared string and an equal inline text are one index', async () => {
    const bytes = rawWorkbook(
      [
        { name: '甲', xml: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>3</v></c></row>' },
        {
          name: '乙',
          xml: '<row r="2"><c r="C2" t="inlineStr"><is><t>M001</t></is></c><c r="D2" t="s"><v>1</v></c></row>',
        },
      ],
      { sharedStrings: '<si><t>M001</t></si><si><t>完成值</t></si>' },
    );
    const [first, second] = (await readXlsx(bytes)).sheets;
    const a = first.grid;
    const b = second.grid;
    expect(a && b).toBeTruthy();
    expect(a?.texts).toBe(b?.texts);
    expect(a?.column(0)?.numbers[0]).toBe(0); // the shared string's own index
    expect(b?.column(2)?.numbers[1]).toBe(0); // the inline 'M001' found in the table
    expect(b?.column(3)?.numbers[1]).toBe(1);
    expect(b?.cell(1, 3)).toBe('完成值');
    expect(a?.rowCount).toBe(1);
    expect(b?.rowCount).toBe(2);
  });

  test('number formats come from styles: built-in ids, custom codes with entities, General left out', async () => {
    const bytes = rawWorkbook(
      [
        {
          name: 'S',
          xml: '<row r="1"><c r="A1" s="1"><v>0.9858</v></c><c r="B1" s="2"><v>3</v></c><c r="C1" s="0"><v>4</v></c><c r="D1" s="3"><v>44927</v></c></row>',
        },
      ],
      { styles: STYLES },
    );
    const [sheet] = (await readXlsx(bytes)).sheets;
    expect(sheet.values[0]).toEqual([0.9858, 3, 4, 44927]);
    expect(sheet.numberFormats?.[0]).toEqual(['0.00%', '0.0"%";[Red]-0.0%', undefined, 'yyyy/m/d']);
  });

  test('merged ranges come from <mergeCells>, 0-based and inclusive; a sheet without any has none', async () => {
    const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const bytes = rawWorkbook([
      {
        name: '指标目录',
        xml:
          `<?xml version="1.0"?><x:worksheet xmlns:x="${NS}"><x:sheetData>` +
          '<x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>党建</x:t></x:is></x:c></x:row></x:sheetData>' +
          '<x:mergeCells count="3"><x:mergeCell ref="B2:B4"/><x:mergeCell ref="A10:I10"/>' +
          '<x:mergeCell ref="AA1:AB27"/></x:mergeCells></x:worksheet>',
      },
      { name: '甲社区', xml: '<row r="1"><c r="A1"><v>1</v></c></row>' },
    ]);
    const [catalogue, unit] = (await readXlsx(bytes)).sheets;
    expect(catalogue.merges).toEqual([
      { top: 1, left: 1, bottom: 3, right: 1 },
      { top: 9, left: 0, bottom: 9, right: 8 },
      { top: 0, left: 26, bottom: 26, right: 27 },
    ]);
    expect(unit.merges).toBeUndefined();
  });

  test('cells without r attributes and rows without r follow one another', async () => {
    const bytes = rawWorkbook([
      {
        name: 'S',
        xml: '<row><c><v>1</v></c><c><v>2</v></c></row><row><c t="inlineStr"><is><t>x</t></is></c></row>',
      },
    ]);
    const [sheet] = (await readXlsx(bytes)).sheets;
    expect(sheet.values).toEqual([[1, 2], ['x']]);
  });

  test('namespace-prefixed worksheets (x:row, x:c) are read', async () => {
    const xml =
      '<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
      '<x:row r="2"><x:c r="B2"><x:v>7</x:v></x:c><x:c r="C2" t="inlineStr"><x:is><x:t>七</x:t></x:is></x:c></x:row>' +
      '</x:sheetData></x:worksheet>';
    const [sheet] = (await readXlsx(rawWorkbook([{ name: 'P', xml }]))).sheets;
    expect(sheet.values).toEqual([[], [undefined, 7, '七']]);
  });

  test('sheet names with entities, sheet order, and the Huibao marker by localSheetId', async () => {
    const bytes = rawWorkbook(
      [
        { name: 'A&amp;B', xml: '' },
        { name: '汇总', xml: '' },
        { name: '说明', xml: '' },
      ],
      {
        definedNames:
          '<definedNames><definedName name="Huibao_Sheet" localSheetId="1" hidden="1">"huibao"</definedName><definedName name="Other" localSheetId="2">1</definedName></definedNames>',
      },
    );
    const sheets = (await readXlsx(bytes)).sheets;
    expect(sheets.map((s) => s.name)).toEqual(['A&B', '汇总', '说明']);
    expect(sheets.map((s) => s.writtenByHuibao ?? false)).toEqual([false, true, false]);
  });

  test('hidden and very hidden sheets are marked hidden (state on <sheet>), visible ones are not', async () => {
    const row = '<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>';
    const bytes = rawWorkbook([
      { name: '和平社区', xml: row },
      { name: '旧版和平社区', xml: row, state: 'hidden' },
      { name: '草稿', xml: row, state: 'veryHidden' },
    ]);
    const sheets = (await readXlsx(bytes)).sheets;
    expect(sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['和平社区', undefined],
      ['旧版和平社区', true],
      ['草稿', true],
    ]);
    expect(sheets[1].values).toEqual([['x']]);
  });

  describe('unreadable files give a located, readable reason', () => {
    async function failure(bytes: Uint8Array): Promise<XlsxReadError> {
      try {
        await readXlsx(bytes, { source: 'input.xlsx' });
      } catch (error) {
        expect(error).toBeInstanceOf(XlsxReadError);
        return error as XlsxReadError;
      }
      throw new Error('expected readXlsx to fail');
    }
    const cfb = (extra: number[]): Uint8Array =>
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0), ...extra]);
    const utf16 = (word: string): number[] => [...word].flatMap((ch) => [ch.charCodeAt(0), 0]);

    test('plain text is not a zip', async () => {
      const error = await failure(strToU8('编号,完成值\nM001,3\n'));
      expect(error.key).toBe('notZip');
      expect(error.message).toBe('input.xlsx：不是 .xlsx 工作簿（文件内容不是 Excel 2007 及以后的格式）。');
      expect(error.localise(messagesFor('en-US'))).toContain('input.xlsx: not an .xlsx workbook');
    });
    test('an OLE file without an encrypted package is a legacy .xls', async () => {
      const error = await failure(cfb(utf16('Workbook')));
      expect(error.key).toBe('legacyXls');
      expect(error.message).toContain('另存为');
    });
    test('an OLE file holding EncryptedPackage is a password-protected .xlsx', async () => {
      const error = await failure(cfb([...utf16('EncryptionInfo'), 0, 0, ...utf16('EncryptedPackage')]));
      expect(error.key).toBe('encrypted');
      expect(error.localise(messagesFor('en-US'))).toContain('encrypted');
    });
    test('an empty file', async () => {
      expect((await failure(new Uint8Array(0))).key).toBe('empty');
    });
    test('a zip with neither a workbook nor a package relation is not an Excel workbook', async () => {
      const error = await failure(zipSync({ 'xl/other.xml': strToU8('<w/>') }));
      expect(error.key).toBe('notWorkbook');
      expect(error.message).toBe(
        'input.xlsx：不是 Excel 工作簿（这是一个压缩包，但里面没有工作簿部分 xl/workbook.xml）。',
      );
    });
    test('a .docx (its main part is a document) and an .ods (mimetype entry) are not workbooks', async () => {
      const rels =
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" ' +
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
      const docx = zipSync({ '_rels/.rels': strToU8(rels), 'word/document.xml': strToU8('<w/>') });
      expect((await failure(docx)).key).toBe('notZip');
      const ods = zipSync({
        mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'),
        'content.xml': strToU8('<x/>'),
      });
      expect((await failure(ods)).key).toBe('notZip');
    });
    test('an .xlsb says it is a binary workbook', async () => {
      const rels =
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" ' +
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>';
      const error = await failure(
        zipSync({ '_rels/.rels': strToU8(rels), 'xl/workbook.bin': new Uint8Array([1, 2]) }),
      );
      expect(error.key).toBe('binaryWorkbook');
      expect(error.message).toBe(
        'input.xlsx：这是二进制工作簿（.xlsb），Huibao 只能读取 .xlsx。请在 Excel 中“另存为”Excel 工作簿（*.xlsx）后再试。',
      );
    });
    test('a truncated zip is damaged', async () => {
      const whole = rawWorkbook([{ name: 'S', xml: '<row r="1"><c r="A1"><v>1</v></c></row>' }]);
      expect((await failure(whole.subarray(0, Math.floor(whole.length / 2)))).key).toBe('corrupt');
    });
  });
});
