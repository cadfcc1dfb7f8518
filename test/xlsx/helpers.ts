/** Test helpers: build .xlsx bytes from raw XML parts, and ask openpyxl (an independent reader) about a file. */
import { execFileSync } from 'child_process';
import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { strToU8, zipSync } from 'fflate';

export const ARTIFACTS = join(__dirname, '..', 'artifacts', 'xlsx');

export function artifact(name: string, bytes: Uint8Array): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, name);
  writeFileSync(path, bytes);
  return path;
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface RawSheet {
  readonly name: string;
  /** The inside of <sheetData>, or a whole worksheet document when it starts with `<?xml` or `<`+prefix. */
  readonly xml: string;
  /** The `<sheet>` element's `state` (visible when absent). */
  readonly state?: 'hidden' | 'veryHidden';
}

/** A minimal but valid workbook from hand-written XML, so the reader is tested on bytes we control. */
export function rawWorkbook(
  sheets: readonly RawSheet[],
  parts: { sharedStrings?: string; styles?: string; definedNames?: string } = {},
): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const types = [
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
    '<Default Extension="xml" ContentType="application/xml"/>',
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
  ];
  const rels: string[] = [];
  const entries: string[] = [];
  sheets.forEach((sheet, i) => {
    const n = i + 1;
    types.push(
      `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    );
    rels.push(`<Relationship Id="rId${n}" Type="${REL}/worksheet" Target="worksheets/sheet${n}.xml"/>`);
    const state = sheet.state ? ` state="${sheet.state}"` : '';
    entries.push(`<sheet name="${sheet.name}" sheetId="${n}"${state} r:id="rId${n}"/>`);
    const whole = sheet.xml.startsWith('<?xml') || /^<\w+:worksheet/.test(sheet.xml);
    files[`xl/worksheets/sheet${n}.xml`] = strToU8(
      whole
        ? sheet.xml
        : `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}"><sheetData>${sheet.xml}</sheetData></worksheet>`,
    );
  });
  if (parts.sharedStrings !== undefined) {
    rels.push(`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
    files['xl/sharedStrings.xml'] = strToU8(
      `<?xml version="1.0"?><sst xmlns="${NS}">${parts.sharedStrings}</sst>`,
    );
  }
  if (parts.styles !== undefined) {
    rels.push(`<Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/>`);
    files['xl/styles.xml'] = strToU8(
      `<?xml version="1.0"?><styleSheet xmlns="${NS}">${parts.styles}</styleSheet>`,
    );
  }
  files['[Content_Types].xml'] = strToU8(
    `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${types.join('')}</Types>`,
  );
  files['_rels/.rels'] = strToU8(
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
  );
  files['xl/workbook.xml'] = strToU8(
    `<?xml version="1.0"?><workbook xmlns="${NS}" xmlns:r="${REL}"><sheets>${entries.join('')}</sheets>${parts.definedNames ?? ''}</workbook>`,
  );
  return zipSync(files);
}

/** Runs a Python snippet with openpyxl against `path` (bound as `path`, `wb` loaded) and parses the JSON it prints. */
export function openpyxl<T>(path: string, body: string, loadOptions = ''): T {
  const script = [
    'import json, sys, warnings',
    'warnings.simplefilter("ignore")',
    'import openpyxl',
    `path = ${JSON.stringify(path)}`,
    `wb = openpyxl.load_workbook(path${loadOptions ? `, ${loadOptions}` : ''})`,
    'out = None',
    body,
    'print(json.dumps(out, ensure_ascii=False, default=str))',
  ].join('\n');
  const stdout = execFileSync('/usr/bin/python3', ['-c', script], { encoding: 'utf8' });
  return JSON.parse(stdout) as T;
}

/**
 * A user's worksheet part as it must look after writing: the input's text without the `tabSelected` flag of its
 * sheet view (the one change allowed, so that only the active sheet is selected), and whether it had one.
 */
export function withoutTabSelected(part: Uint8Array): { readonly xml: string; readonly had: boolean } {
  const xml = Buffer.from(part).toString('utf8');
  const flag = / tabSelected="(?:1|true)"/.exec(xml)?.[0];
  return { xml: flag ? xml.replace(flag, '') : xml, had: flag !== undefined };
}

/** Python: the names of the sheets whose tab is selected. */
export const SELECTED_TABS = '[ws.title for ws in wb.worksheets if ws.sheet_view.tabSelected]';
