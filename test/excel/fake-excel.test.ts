/** The fake itself must be strict, or the host tests prove nothing. */
import { installFakeOffice, uninstallFakeOffice } from '../fake-excel';

afterEach(() => uninstallFakeOffice(globalThis));

describe('strict fake of Excel', () => {
  /* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read, office-addins/call-sync-after-load -- reading too early on purpose: the fake must throw */
  test('reading a property before load + sync throws PropertyNotLoaded', async () => {
    installFakeOffice(globalThis, { sheets: [{ name: 'A', values: [[1, 2]] }] });
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('A').getRange('A1:B1');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('values');
      // Loaded but not yet synced: still not available.
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.values).toEqual([[1, 2]]);
      // A property that was not asked for stays unavailable.
      expect(() => range.numberFormat).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });
  /* eslint-enable office-addins/load-object-before-read, office-addins/call-sync-before-read, office-addins/call-sync-after-load */

  test('writes are queued and applied at sync; every sync is recorded', async () => {
    const excel = installFakeOffice(globalThis, { sheets: [{ name: 'A' }] });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('A').getRange('B2').values = [['x']];
      expect(excel.sheet('A')!.rows[1]).toBeUndefined();
      await context.sync();
    });
    expect(excel.sheet('A')!.rows[1][1]!.value).toBe('x');
    expect(excel.syncs).toHaveLength(1);
    expect(excel.syncs[0].requestBytes).toBeGreaterThan('[["x"]]'.length);
  });

  test('Excel coerces typed-looking text unless the cell is formatted as text', async () => {
    const excel = installFakeOffice(globalThis, { sheets: [{ name: 'A' }] });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('A');
      sheet.getRange('A1:C1').values = [['=1+1', '001', '-abc']];
      const text = sheet.getRange('A2:C2');
      text.numberFormat = [['@', '@', '@']];
      text.values = [['=1+1', '001', '-abc']];
      await context.sync();
    });
    const rows = excel.sheet('A')!.rows;
    expect(rows[0][0]!.formula).toBe('=1+1');
    expect(rows[0][1]!.value).toBe(1);
    expect(rows[0][2]!.formula).toBe('=-abc');
    expect(rows[1].map((c) => c!.value)).toEqual(['=1+1', '001', '-abc']);
    expect(rows[1][0]!.formula).toBeUndefined();
  });

  test('getItemOrNullObject gives a null object; getItem of a missing sheet fails the sync with ItemNotFound', async () => {
    installFakeOffice(globalThis, { sheets: [{ name: 'A' }] });
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Nope').load('name');
      const present = context.workbook.worksheets.getItemOrNullObject('a').load('name');
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      expect(present.name).toBe('A');
      context.workbook.worksheets.getItem('Nope').load('name');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
  });

  test('writing to a protected sheet fails with AccessDenied and leaves it unchanged', async () => {
    const excel = installFakeOffice(globalThis, {
      sheets: [{ name: 'P', values: [['keep']], protected: true }],
    });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('P').getRange('A1').values = [['changed']];
      await expect(context.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
    });
    expect(excel.sheet('P')!.rows[0][0]!.value).toBe('keep');
  });

  test('requests over the limit and reads over the cell limit are refused with their codes', async () => {
    installFakeOffice(globalThis, {
      sheets: [{ name: 'A', values: [[1, 2, 3]] }],
      requestLimitBytes: 1000,
      readCellLimit: 2,
    });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('A');
      sheet.getRange('A1:A1').values = [['x'.repeat(2000)]];
      await expect(context.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
      sheet.getRange('A1:C1').load('values');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    });
  });

  test('requests are measured in UTF-8 bytes of their JSON and refused over the limit, nothing applied', async () => {
    // One write: the fake's 60-byte envelope, the member's name, then the argument as it travels.
    const envelope = 60 + 'Range.values'.length;
    const excel = installFakeOffice(globalThis, {
      sheets: [{ name: 'A' }],
      // [["汇报"]] is 8 characters of JSON but 12 bytes: one byte short of it is refused.
      requestLimitBytes: envelope + 11,
    });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('A');
      sheet.getRange('A1').values = [['ab']];
      await context.sync();
      expect(excel.syncs[0].requestBytes).toBe(envelope + '[["ab"]]'.length);
      sheet.getRange('A2').values = [['汇报']];
      await expect(context.sync()).rejects.toMatchObject({
        code: 'RequestPayloadSizeLimitExceeded',
        debugInfo: { code: 'RequestPayloadSizeLimitExceeded' },
      });
      expect(excel.syncs[1].requestBytes).toBe(envelope + 12);
    });
    expect(excel.sheet('A')!.rows[0][0]!.value).toBe('ab');
    expect(excel.sheet('A')!.rows[1]).toBeUndefined();
  });

  test('responses over the limit are refused, measured in UTF-8 bytes (a Chinese character is 3)', async () => {
    const excel = installFakeOffice(globalThis, {
      sheets: [{ name: 'A', values: [['汇报', 'ab']] }],
      responseLimitBytes: 12,
    });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('A');
      excel.resetSyncs();
      sheet.getRange('B1').load('values');
      await context.sync();
      // [["ab"]]
      expect(excel.syncs[0].responseBytes).toBe(8);
      sheet.getRange('A1').load('values');
      // [["汇报"]]: 8 characters of JSON, 12 bytes, just within the limit
      await context.sync();
      expect(excel.syncs[1].responseBytes).toBe(12);
      sheet.getRange('A1:B1').load('values');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
      expect(excel.syncs[2].responseBytes).toBe(17);
    });
  });

  test('cell edit mode fails every sync with InvalidOperationInCellEditMode', async () => {
    const excel = installFakeOffice(globalThis, { sheets: [{ name: 'A' }] });
    excel.setCellEditMode(true);
    await Excel.run(async (context) => {
      context.workbook.worksheets.load('items/name');
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
    });
  });

  test('a fill reads back as white with pattern None when there is none', async () => {
    installFakeOffice(globalThis, { sheets: [{ name: 'A', values: [['x']], fills: { B1: '#ffffff' } }] });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('A');
      const none = sheet.getRange('A1').format.fill.load('color,pattern');
      const white = sheet.getRange('B1').format.fill.load('color,pattern');
      await context.sync();
      expect([none.color, none.pattern]).toEqual(['#FFFFFF', 'None']);
      expect([white.color, white.pattern]).toEqual(['#FFFFFF', 'Solid']);
    });
  });

  test('conditional formats: added at sync, listed after load', async () => {
    installFakeOffice(globalThis, { sheets: [{ name: 'A' }] });
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('A').getRange('B2:B5');
      range.conditionalFormats.add('DataBar');
      range.conditionalFormats.add('IconSet');
      const list = range.conditionalFormats.load('items/type');
      await context.sync();
      expect(list.items.map((cf) => cf.type)).toEqual(['DataBar', 'IconSet']);
      range.conditionalFormats.clearAll();
      const after = range.conditionalFormats.load('items/type');
      await context.sync();
      expect(after.items).toEqual([]);
    });
  });

  test('Office globals: onReady, requirements, display language', async () => {
    installFakeOffice(globalThis, { sheets: [{ name: 'A' }], excelApi: '1.9', displayLanguage: 'en-US' });
    await expect(Office.onReady()).resolves.toMatchObject({ host: 'Excel' });
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(true);
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.10')).toBe(false);
    expect(Office.context.displayLanguage).toBe('en-US');
  });
});
