import type { Finding } from '../../src/core/findings';
import { HIGHLIGHTS_KEY } from '../../src/excel/highlights';
import { createExcelWorkbookHost } from '../../src/excel/office-host';
import { installFakeOffice, uninstallFakeOffice, type FakeExcelHandle } from '../fake-excel';

afterEach(() => uninstallFakeOffice(globalThis));

const finding = (severity: Finding['severity'], sheet: string, cell: string): Finding => ({
  severity,
  code: 'not-a-number',
  sheet,
  cell,
});

const fillOf = (excel: FakeExcelHandle, sheet: string, row: number, col: number) =>
  excel.sheet(sheet)!.rows[row]?.[col]?.fill ?? { color: '#FFFFFF', pattern: 'None' };

function workbook() {
  return installFakeOffice(globalThis, {
    sheets: [
      {
        name: '社区A',
        values: [
          ['编号', '完成值'],
          ['M001', 'abc'],
          ['M002', 12],
          ['M003', 5],
        ],
        // B2 has no fill, B3 is white on purpose, B4 is the user's own yellow.
        fills: { B3: '#FFFFFF', B4: '#FFFF00' },
      },
    ],
  });
}

describe('highlighting findings and clearing the marks', () => {
  test('marks by severity, then restores no fill, white and yellow exactly', async () => {
    const excel = workbook();
    const host = createExcelWorkbookHost();
    await host.highlightFindings([
      finding('error', '社区A', 'B2'),
      finding('warning', '社区A', 'B3'),
      finding('info', '社区A', 'B4'),
      finding('warning', '社区A', 'B2'),
      finding('error', '不存在', 'A1'),
    ]);
    expect(fillOf(excel, '社区A', 1, 1)).toEqual({ color: '#FFC7CE', pattern: 'Solid' });
    expect(fillOf(excel, '社区A', 2, 1)).toEqual({ color: '#FFEB9C', pattern: 'Solid' });
    expect(fillOf(excel, '社区A', 3, 1)).toEqual({ color: '#DDEBF7', pattern: 'Solid' });
    expect(excel.book.settings.has(HIGHLIGHTS_KEY)).toBe(true);

    await host.clearHighlights();
    expect(fillOf(excel, '社区A', 1, 1)).toEqual({ color: '#FFFFFF', pattern: 'None' });
    expect(fillOf(excel, '社区A', 2, 1)).toEqual({ color: '#FFFFFF', pattern: 'Solid' });
    expect(fillOf(excel, '社区A', 3, 1)).toEqual({ color: '#FFFF00', pattern: 'Solid' });
    expect(excel.book.settings.has(HIGHLIGHTS_KEY)).toBe(false);
    // Values are never touched.
    expect(excel.sheet('社区A')!.rows[1][1]!.value).toBe('abc');
  });

  test('highlighting twice keeps the first stored fill; a fixed finding gets its fill back at once', async () => {
    const excel = workbook();
    const host = createExcelWorkbookHost();
    await host.highlightFindings([finding('error', '社区A', 'B4'), finding('error', '社区A', 'B2')]);
    await host.highlightFindings([finding('warning', '社区A', 'B4')]);
    // B2's finding is gone: its (absent) fill is back; B4 is now marked as a warning.
    expect(fillOf(excel, '社区A', 1, 1)).toEqual({ color: '#FFFFFF', pattern: 'None' });
    expect(fillOf(excel, '社区A', 3, 1)).toEqual({ color: '#FFEB9C', pattern: 'Solid' });
    await host.clearHighlights();
    // The user's yellow, not our red, is what comes back.
    expect(fillOf(excel, '社区A', 3, 1)).toEqual({ color: '#FFFF00', pattern: 'Solid' });
  });

  test('clearing works from the stored setting alone (after the file was saved and reopened)', async () => {
    const excel = installFakeOffice(globalThis, {
      sheets: [{ name: '社区A', values: [['x']], fills: { A1: '#FFC7CE' } }],
      settings: {
        [HIGHLIGHTS_KEY]: JSON.stringify([{ sheet: '社区A', cell: 'A1', color: '#FFFFFF', pattern: 'None' }]),
      },
    });
    await createExcelWorkbookHost().clearHighlights();
    expect(fillOf(excel, '社区A', 0, 0)).toEqual({ color: '#FFFFFF', pattern: 'None' });
  });

  test('a protected input sheet fails with AccessDenied', async () => {
    installFakeOffice(globalThis, { sheets: [{ name: '社区A', values: [['x']], protected: true }] });
    await expect(
      createExcelWorkbookHost().highlightFindings([finding('error', '社区A', 'A1')]),
    ).rejects.toMatchObject({
      code: 'AccessDenied',
    });
  });
});
