import { strFromU8, unzipSync } from 'fflate';
import type { PlanCell, WorkbookPlan } from '../../src/core/plan';
import { writeXlsx, XlsxWriteError } from '../../src/xlsx';
import { loadExcelize } from '../../src/xlsx/excelize-runtime';
import {
  goAttribute,
  insertLinks,
  linkedCellCount,
  locationLinksXml,
  MAX_SHEET_LINKS,
} from '../../src/xlsx/sheet-links';
import { artifact, openpyxl } from './helpers';

const part = (bytes: Uint8Array, name: string): string => strFromU8(unzipSync(bytes)[name]);
const hyperlinks = (sheetXml: string): string =>
  /<hyperlinks>[\s\S]*<\/hyperlinks>/.exec(sheetXml)?.[0] ?? '';

describe('links within the workbook, written as XML', () => {
  test("are what excelize's SetCellHyperLink wrote for the same links, byte for byte", async () => {
    const links = [
      { sheet: '社区00', cell: 'D11', tooltip: '转到 社区00!D11' },
      { sheet: "O'Brien & <Co>", cell: 'A1', tooltip: 'say "hi"\tand\nbye\r' },
      { sheet: '东 社区', cell: 'C5' },
      { sheet: 'x', cell: 'B2', tooltip: 'bad \u0001 char and \ud800 lone' },
      { sheet: '社区00', cell: 'E3', tooltip: '𠀀 astral' },
    ];
    const cells: PlanCell[] = links.map((hyperlink, row) => ({ row, col: 2, value: 'x', hyperlink }));
    // The same cell twice: the later link replaces the earlier one in its place.
    cells.push({ row: 0, col: 2, value: 'x', hyperlink: { sheet: '社区01', cell: 'A9', tooltip: 'again' } });

    const ex = await loadExcelize();
    const file = ex.NewFile();
    for (const cell of cells) {
      const link = cell.hyperlink as { sheet: string; cell: string; tooltip?: string };
      const target = `'${link.sheet.replace(/'/g, "''")}'!${link.cell}`;
      const opts = link.tooltip ? { Tooltip: link.tooltip } : {};
      expect(file.SetCellHyperLink('Sheet1', `C${cell.row + 1}`, target, 'Location', opts).error).toBeNull();
    }
    const written = file.WriteToBuffer();
    expect(written.error).toBeNull();
    const theirs = hyperlinks(
      part(new Uint8Array(written.buffer as ArrayBuffer), 'xl/worksheets/sheet1.xml'),
    );

    expect(theirs).not.toBe('');
    expect(`<hyperlinks>${locationLinksXml(cells)}</hyperlinks>`).toBe(theirs);
  });

  test('Go escaping of attribute values', () => {
    expect(goAttribute(`a"b'c&d<e>f\tg\nh\ri`)).toBe('a&#34;b&#39;c&amp;d&lt;e&gt;f&#x9;g&#xA;h&#xD;i');
    expect(goAttribute('\u0000\u001f\ufffe\ud800 ok 𠀀')).toBe('\ufffd\ufffd\ufffd\ufffd ok 𠀀');
    expect(goAttribute('转到 社区00!D11')).toBe('转到 社区00!D11');
  });

  test('links to a URL are left to excelize; a cell is counted once', () => {
    const cells: PlanCell[] = [
      { row: 0, col: 0, value: 'a', hyperlink: { url: 'https://example.com' } },
      { row: 1, col: 0, value: 'b', hyperlink: { sheet: 'S', cell: 'A1' } },
      { row: 1, col: 0, value: 'b', hyperlink: { sheet: 'S', cell: 'A2' } },
      { row: 2, col: 0, value: 'c' },
    ];
    expect(locationLinksXml(cells)).toBe(`<hyperlink ref="A2" location="&#39;S&#39;!A2"></hyperlink>`);
    expect(linkedCellCount(cells)).toBe(2);
    expect(locationLinksXml([])).toBe('');
  });

  test('go where the schema puts them', () => {
    const link = '<hyperlink ref="A1" location="x"></hyperlink>';
    const head =
      '<worksheet><sheetPr><pageSetUpPr fitToPage="true"></pageSetUpPr></sheetPr><sheetData></sheetData>';
    // Before the first element that follows <hyperlinks>, not one whose name only starts the same.
    expect(insertLinks(`${head}<autoFilter ref="A1"></autoFilter><pageSetup/></worksheet>`, link)).toBe(
      `${head}<autoFilter ref="A1"></autoFilter><hyperlinks>${link}</hyperlinks><pageSetup/></worksheet>`,
    );
    expect(insertLinks(`${head}<drawingHF/><legacyDrawing r:id="rId1"/></worksheet>`, link)).toBe(
      `${head}<hyperlinks>${link}</hyperlinks><drawingHF/><legacyDrawing r:id="rId1"/></worksheet>`,
    );
    expect(insertLinks(`${head}</worksheet>`, link)).toBe(
      `${head}<hyperlinks>${link}</hyperlinks></worksheet>`,
    );
    // After the links excelize wrote (to a URL).
    const url = '<hyperlink ref="B1" r:id="rId2"></hyperlink>';
    expect(insertLinks(`${head}<hyperlinks>${url}</hyperlinks><pageMargins/></worksheet>`, link)).toBe(
      `${head}<hyperlinks>${url}${link}</hyperlinks><pageMargins/></worksheet>`,
    );
    expect(insertLinks(`${head}</worksheet>`, '')).toBe(`${head}</worksheet>`);
  });
});

describe('writeXlsx with many links', () => {
  const count = 3000;
  const plan: WorkbookPlan = {
    styles: {},
    sheets: [
      { name: '数据', cells: [{ row: 0, col: 0, value: 1 }] },
      {
        name: '校验结果',
        cells: [
          { row: 0, col: 0, value: '网站', hyperlink: { url: 'https://example.com/', tooltip: '外链' } },
          ...Array.from({ length: count }, (_, k): PlanCell => ({
            row: k + 1,
            col: 2,
            value: `A${k + 1}`,
            hyperlink: { sheet: '数据', cell: `A${k + 1}`, tooltip: `转到 数据!A${k + 1}` },
          })),
        ],
        autoFilter: { row: 0, col: 0, lastRow: count, lastCol: 2 },
        print: { orientation: 'landscape', paper: 'A4', footer: 'p' },
      },
    ],
  };

  test('cross into excelize only for links to a URL, one call each', async () => {
    const ex = await loadExcelize();
    const newFile = ex.NewFile.bind(ex);
    let calls = 0;
    const spy = jest.spyOn(ex, 'NewFile').mockImplementation(() => {
      const file = newFile();
      const setLink = file.SetCellHyperLink.bind(file);
      file.SetCellHyperLink = (...args: Parameters<typeof setLink>) => {
        calls++;
        return setLink(...args);
      };
      return file;
    });
    let bytes: Uint8Array;
    try {
      bytes = await writeXlsx(plan);
    } finally {
      spy.mockRestore();
    }
    expect(calls).toBe(1);
    const path = artifact('many-links.xlsx', bytes);
    const out = openpyxl<[number, string | null, string | null, string | null, string | null]>(
      path,
      `ws = wb['校验结果']
links = [c.hyperlink for row in ws.iter_rows() for c in row if c.hyperlink]
last = ws['C${count + 1}'].hyperlink
out = [len(links), ws['A1'].hyperlink.target, ws['A1'].hyperlink.tooltip, last.location, last.tooltip]`,
    );
    expect(out).toEqual([count + 1, 'https://example.com/', '外链', "'数据'!A3000", '转到 数据!A3000']);
  });

  test("more links on a sheet than Excel allows is refused, as excelize refused the one past Excel's limit", async () => {
    const cells = Array.from({ length: MAX_SHEET_LINKS + 1 }, (_, k): PlanCell => ({
      row: k,
      col: 0,
      value: 'x',
      hyperlink: { sheet: 'a', cell: 'A1' },
    }));
    await expect(writeXlsx({ styles: {}, sheets: [{ name: 'a', cells }] })).rejects.toBeInstanceOf(
      XlsxWriteError,
    );
    // Exactly at the limit is written.
    const bytes = await writeXlsx({ styles: {}, sheets: [{ name: 'a', cells: cells.slice(1) }] });
    const sheets = Object.entries(unzipSync(bytes)).filter(([name]) =>
      name.startsWith('xl/worksheets/sheet'),
    );
    expect(sheets).toHaveLength(1);
    expect(strFromU8(sheets[0][1]).split('<hyperlink ').length - 1).toBe(MAX_SHEET_LINKS);
  });
});
