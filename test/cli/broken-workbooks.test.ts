/**
 * Broken workbooks are told in the user's words: what is damaged (a file cut short, a part that cannot be
 * decompressed, a part missing), a password-protected zip, a zip that holds no workbook. Never the zip library's
 * own English (`zip: no end of central directory`, `invalid distance`, `unexpected EOF`). The inputs are made here
 * from a workbook written by exceljs, zipped again with fflate, rather than kept as binaries.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { cli } from './capture';
import { streetWorkbook } from './run-workbook';

const dir = mkdtempSync(join(tmpdir(), 'huibao-broken-'));
const at = (name: string) => join(dir, name);
/** The street workbook's parts, to be zipped again broken in one way or another. */
let parts: Record<string, Uint8Array>;

beforeAll(async () => {
  const workbook = await streetWorkbook(false);
  writeFileSync(at('street.xlsx'), workbook);
  parts = unzipSync(workbook);
});

/** The street workbook zipped again uncompressed (so headers can be found by their signature), then `edit`ed. */
function rezipped(edit?: (zip: Uint8Array) => void, without?: string): Uint8Array {
  const files = Object.fromEntries(Object.entries(parts).filter(([name]) => name !== without));
  const zip = zipSync(files, { level: 0 });
  edit?.(zip);
  return zip;
}

/** What `validate` says about a workbook made of `bytes`. */
async function validateBytes(name: string, bytes: Uint8Array, lang = 'zh') {
  writeFileSync(at(name), bytes);
  return cli(['validate', at(name), '--lang', lang]);
}

const LIBRARY_WORDS = /zip:|central|invalid|unexpected|EOF|distance|block/i;

describe('broken workbooks are told in the user’s words', () => {
  it('a file cut short: the missing directory, no library text', async () => {
    const whole = readFileSync(at('street.xlsx'));
    const r = await validateBytes('cut.xlsx', whole.subarray(0, Math.floor(whole.length / 2)));
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `huibao validate：无法读取 ${at('cut.xlsx')}：工作簿已损坏或不完整（文件末尾的目录缺失，文件可能没有下载或复制完整）。请在 Excel 中打开并重新保存后再试。\n`,
    );
    const english = await validateBytes('cut.xlsx', whole.subarray(0, Math.floor(whole.length / 2)), 'en');
    expect(english.err).toContain('the directory at the end of the file is missing');
    expect(english.err).not.toMatch(LIBRARY_WORDS);
  });

  it('a part whose compressed data is garbled: the part named, not the inflater’s message', async () => {
    const sheet = Object.keys(parts).find((name) => name.startsWith('xl/worksheets/sheet'))!;
    const files = { ...parts };
    const zip = zipSync(files, { level: 6 });
    // The first copy of the name is the local header's; its data follows the name (fflate writes no extra field).
    const name = strToU8(sheet);
    const idx = Buffer.from(zip).indexOf(Buffer.from(name));
    const data = idx + name.length + new DataView(zip.buffer).getUint16(idx - 2, true);
    zip.fill(0xff, data, data + 4); // a deflate block of the reserved type
    const r = await validateBytes('garbled.xlsx', zip);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `huibao validate：无法读取 ${at('garbled.xlsx')}：工作簿已损坏或不完整（其中的 ${sheet} 部分无法解压）。请在 Excel 中打开并重新保存后再试。\n`,
    );
    expect(r.err.replace(sheet, '')).not.toMatch(LIBRARY_WORDS);
  });

  it('a zip with encrypted entries (zip -P) is password-protected', async () => {
    const encrypted = rezipped((zip) => {
      const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
      for (let i = 0; i + 4 <= zip.length; i++) {
        const sig = view.getUint32(i, true);
        if (sig === 0x04034b50) view.setUint16(i + 6, view.getUint16(i + 6, true) | 1, true);
        if (sig === 0x02014b50) view.setUint16(i + 8, view.getUint16(i + 8, true) | 1, true);
      }
    });
    const r = await validateBytes('locked.xlsx', encrypted);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `huibao validate：无法读取 ${at('locked.xlsx')}：文件设置了密码（压缩包加密），无法读取。请用加密时所用的压缩工具输入密码解开，在 Excel 中打开并另存为 Excel 工作簿（*.xlsx）后再试。\n`,
    );
    expect((await validateBytes('locked.xlsx', encrypted, 'en')).err).toContain('is password-protected');
  });

  it('a zip without xl/workbook.xml is not an Excel workbook', async () => {
    const r = await validateBytes('noworkbook.xlsx', zipSync({ 'notes/readme.txt': strToU8('hello') }));
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `huibao validate：无法读取 ${at('noworkbook.xlsx')}：不是 Excel 工作簿（这是一个压缩包，但里面没有工作簿部分 xl/workbook.xml）。\n`,
    );
  });

  it('an Excel package that lost its workbook part is damaged, the part named', async () => {
    const r = await validateBytes('lost.xlsx', rezipped(undefined, 'xl/workbook.xml'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('工作簿已损坏或不完整（缺少其中的 xl/workbook.xml 部分）。');
  });
});
