/**
 * The benchmark workbook: a catalogue `指标目录` of 10,000 indicators and 30 community sheets holding 编号, 指标,
 * 单位, 完成值, 上年值 and now and then 备注 for each. Written straight as SpreadsheetML with fflate (a writer through excelize would take
 * minutes) and cached in the system temp folder, never in git.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { strToU8, zipSync } from 'fflate';

export const INDICATORS = 10_000;
export const UNITS = 30;
const VERSION = 2;

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const SECTIONS = ['党建引领', '经济发展', '城市管理', '民生保障', '平安建设', '社会治理'];
const UNITS_OF = ['个', '人', '人次', '万元', '%', '件', '户', '场次'];

/** A deterministic pseudo-random sequence, so every run measures the same file. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const col = (n: number): string => String.fromCharCode(65 + n);

export function fixturePath(): string {
  return join(tmpdir(), 'huibao-bench', `indicators-${INDICATORS}x${UNITS}-v${VERSION}.xlsx`);
}

/** The cached workbook's path, building it first when it is not there. */
export function ensureFixture(): string {
  return cachedFixture(fixturePath(), buildFixture);
}

/** `path`, written by `build` first when it is not there yet (fixtures are cached in the system temp folder). */
export function cachedFixture(path: string, build: () => Uint8Array): string {
  if (existsSync(path)) return path;
  mkdirSync(join(tmpdir(), 'huibao-bench'), { recursive: true });
  writeFileSync(path, build());
  return path;
}

export function fixtureBytes(): Uint8Array {
  return new Uint8Array(readFileSync(ensureFixture()));
}

function buildFixture(): Uint8Array {
  const next = random(42);
  const { strings, sheetXml, str, num } = sheetWriter();
  const { ids, names, units } = indicatorLabels();

  const catalogueHeader = ['编号', '板块', '指标', '单位', '格式', '目标值', '汇总方式', '上年值'];
  const catalogue: string[] = [`<row r="1">${catalogueHeader.map((h, c) => str(1, c, h)).join('')}</row>`];
  ids.forEach((id, i) => {
    const r = i + 2;
    const percent = units[i] === '%';
    catalogue.push(
      `<row r="${r}">${str(r, 0, id)}${str(r, 1, SECTIONS[i % SECTIONS.length])}${str(r, 2, names[i])}` +
        `${str(r, 3, units[i])}${str(r, 4, percent ? 'XX.XX%' : 'XXXX')}` +
        `${str(r, 5, percent ? '≥95%' : `≥${Math.round(next() * 900 + 100) * UNITS}`)}` +
        `${str(r, 6, percent ? '平均' : '求和')}${num(r, 7, Math.round(next() * 900 + 100) * UNITS)}</row>`,
    );
  });
  const sheets = [{ name: '指标目录', xml: sheetXml(catalogue) }];
  for (let u = 0; u < UNITS; u++) {
    const header = ['编号', '指标', '单位', '完成值', '上年值', '备注'];
    const rows: string[] = [`<row r="1">${header.map((h, c) => str(1, c, h)).join('')}</row>`];
    ids.forEach((id, i) => {
      const r = i + 2;
      const percent = units[i] === '%';
      const value = percent ? Math.round((0.9 + next() * 0.1) * 10000) / 10000 : Math.round(next() * 1000);
      const previous = percent
        ? Math.round((0.85 + next() * 0.1) * 10000) / 10000
        : Math.round(next() * 1000);
      const note = i % 50 === 0 ? str(r, 5, '数据来自台账') : '';
      rows.push(
        `<row r="${r}">${str(r, 0, id)}${str(r, 1, names[i])}${str(r, 2, units[i])}` +
          `${num(r, 3, value, percent ? 1 : 0)}${num(r, 4, previous, percent ? 1 : 0)}${note}</row>`,
      );
    });
    sheets.push({ name: `社区${String(u + 1).padStart(2, '0')}`, xml: sheetXml(rows) });
  }

  return packWorkbook(sheets, strings);
}

/** Worksheets (SpreadsheetML `<worksheet>` documents) and their shared strings as a minimal .xlsx package. */
export function packWorkbook(
  sheets: readonly { name: string; xml: string }[],
  strings: readonly string[],
): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  sheets.forEach((sheet, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheet.xml);
  });
  const esc = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  files['xl/sharedStrings.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${NS}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((t) => `<si><t>${esc(t)}</t></si>`).join('')}</sst>`,
  );
  files['xl/styles.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${NS}"><fonts count="1"><font><sz val="11"/><name val="等线"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`,
  );
  files['xl/workbook.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${NS}" xmlns:r="${REL}"><sheets>${sheets.map((sh, i) => `<sheet name="${sh.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
  );
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
  );
  files['_rels/.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  files['[Content_Types].xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
  );
  return zipSync(files, { level: 6 });
}

/** The ID, name and unit of each indicator, the same in every fixture. */
export function indicatorLabels(): { ids: string[]; names: string[]; units: string[] } {
  const ids = Array.from({ length: INDICATORS }, (_, i) => `M${String(i + 1).padStart(5, '0')}`);
  const names = ids.map((_, i) => `${SECTIONS[i % SECTIONS.length]}指标${i + 1}项完成情况`);
  const units = ids.map((_, i) => UNITS_OF[i % UNITS_OF.length]);
  return { ids, names, units };
}

/** SpreadsheetML cells and sheets over one shared-string table (`strings`, filled as cells are written). */
export function sheetWriter(): {
  strings: string[];
  sheetXml: (rows: string[]) => string;
  str: (r: number, c: number, text: string) => string;
  num: (r: number, c: number, value: number, style?: number) => string;
} {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const s = (text: string): number => {
    let i = index.get(text);
    if (i === undefined) {
      i = strings.length;
      strings.push(text);
      index.set(text, i);
    }
    return i;
  };
  const sheetXml = (rows: string[]): string =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}"><sheetData>${rows.join('')}</sheetData></worksheet>`;
  const str = (r: number, c: number, text: string): string =>
    `<c r="${col(c)}${r}" t="s"><v>${s(text)}</v></c>`;
  const num = (r: number, c: number, value: number, style = 0): string =>
    `<c r="${col(c)}${r}"${style ? ` s="${style}"` : ''}><v>${value}</v></c>`;
  return { strings, sheetXml, str, num };
}
