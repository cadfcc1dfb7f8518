/**
 * The add-in manifest: valid against Microsoft's published schemas (offline, xmllint --nonet), the ribbon and
 * requirements the issue asks for, every page and icon it names present in the build, and the production rewrite
 * that must leave no localhost behind.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { COMMAND_IDS } from '../src/commands/commands';
import { MIN_EXCEL_API } from '../src/excel/requirements';
import { DIST, ensureBuilt } from './e2e/support';

const root = resolve(__dirname, '..');
const schema = resolve(root, '..', 'shared', 'office-manifest-schemas', 'OfficeAppManifestV1_1.xsd');
const source = readFileSync(join(root, 'manifest.xml'), 'utf8');
// webpack.config.js is CommonJS; its rewrite helper is what the production build runs.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { rewriteManifest } = require('../webpack.config.js') as {
  rewriteManifest: (xml: string, url: string) => string;
};

function validate(xml: string): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'huibao-manifest-'));
  const file = join(dir, 'manifest.xml');
  writeFileSync(file, xml);
  const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', schema, file], { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('manifest.xml', () => {
  it('finds the shared schemas beside the repository', () => {
    expect(existsSync(schema)).toBe(true);
  });

  it('validates against OfficeAppManifestV1_1.xsd', () => {
    const result = validate(source);
    expect(result.output).toContain('validates');
    expect(result.status).toBe(0);
  });

  it('is rejected by the schema when an element is out of order (the check can fail)', () => {
    const swapped = source.replace(
      /(<DisplayName[\s\S]*?<\/DisplayName>)\s*(<Description[\s\S]*?<\/Description>)/,
      '$2\n  $1',
    );
    expect(swapped).not.toBe(source);
    expect(validate(swapped).status).not.toBe(0);
  });

  it('is a task-pane add-in for Excel, zh-CN with en-US overrides, ReadWriteDocument, ExcelApi 1.9', () => {
    expect(source).toMatch(/xsi:type="TaskPaneApp"/);
    expect(source).toMatch(/<DefaultLocale>zh-CN<\/DefaultLocale>/);
    expect(source).toMatch(/<DisplayName DefaultValue="汇报">\s*<Override Locale="en-US" Value="Huibao" \/>/);
    expect(source).toMatch(/<Host Name="Workbook" \/>/);
    expect(source).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    expect(source).toMatch(/<Set Name="ExcelApi" MinVersion="1\.9" \/>/);
  });

  it('uses VersionOverrides V1_0 only, with a 汇报 tab: open the pane, 校验 and 生成汇总 as function commands', () => {
    expect(source).toMatch(/xsi:type="VersionOverridesV1_0"/);
    expect(source).not.toMatch(/VersionOverridesV1_1|taskpaneappversionoverrides\/1\.1/);
    expect(source).toMatch(/<bt:String id="Huibao.Tab.Label" DefaultValue="汇报">/);
    expect(source).toMatch(/<Action xsi:type="ShowTaskpane">/);
    expect(source).toMatch(/<bt:String id="Huibao.Validate.Label" DefaultValue="校验">/);
    expect(source).toMatch(/<bt:String id="Huibao.Summary.Label" DefaultValue="生成汇总">/);
    expect(source.match(/<Action xsi:type="ExecuteFunction">/g)).toHaveLength(2);
    expect(source).toMatch(/<FunctionFile resid="Huibao.Commands.Url" \/>/);
  });

  it("names the function commands the commands page registers, and the Excel host's minimum ExcelApi", () => {
    const names = [...source.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]);
    expect(names.sort()).toEqual(Object.values(COMMAND_IDS).sort());
    expect(source).toContain(`<Set Name="ExcelApi" MinVersion="${MIN_EXCEL_API}" />`);
  });

  it('points every icon at a PNG of the right size in assets/', () => {
    const icons = [...source.matchAll(/https:\/\/localhost:3000\/assets\/icon-(\d+)\.png/g)];
    expect(icons.length).toBeGreaterThanOrEqual(4);
    for (const size of [16, 32, 64, 80, 128]) {
      const png = readFileSync(join(root, 'assets', `icon-${size}.png`));
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      // IHDR width and height, big-endian at bytes 16 and 20.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  it('names only files that the build puts in dist/ (no 404 for the help page, the pane, the commands or icons)', () => {
    ensureBuilt();
    const urls = [...new Set([...source.matchAll(/"(https:\/\/localhost:3000\/[^"]*)"/g)].map((m) => m[1]))];
    const paths = urls.map((url) => new URL(url).pathname.slice(1));
    // The support page, the learn-more page, the pane, the function file and the icons at least.
    expect(paths).toEqual(
      expect.arrayContaining(['help.html', 'taskpane.html', 'commands.html', 'assets/icon-16.png']),
    );
    const missing = paths.filter((path) => !existsSync(join(DIST, path)));
    expect(missing).toEqual([]);
    // The help page is the page itself, not an empty placeholder: Chinese first, English below.
    const help = readFileSync(join(DIST, 'help.html'), 'utf8');
    expect(help.indexOf('获取帮助')).toBeGreaterThan(0);
    expect(help.indexOf('Getting help')).toBeGreaterThan(help.indexOf('获取帮助'));
  }, 300_000);

  it('rewrites to the production URL, still valid and with no localhost left', () => {
    const prod = rewriteManifest(source, 'https://huibao.example.gov.cn/');
    expect(prod).not.toMatch(/localhost/);
    expect(prod).toContain('<SourceLocation DefaultValue="https://huibao.example.gov.cn/taskpane.html" />');
    expect(prod).toContain('<AppDomain>https://huibao.example.gov.cn</AppDomain>');
    expect(validate(prod).status).toBe(0);
  });

  it('fails loudly when a localhost URL the rewrite does not know is left, or the URL is not https', () => {
    const stray = source.replace('https://localhost:3000/help.html', 'http://localhost:8080/help.html');
    expect(() => rewriteManifest(stray, 'https://huibao.example.gov.cn/')).toThrow(/localhost:8080/);
    expect(() => rewriteManifest(source, 'http://huibao.example.gov.cn/')).toThrow(/https/);
  });
});
