import { loadExcelize } from '../../src/xlsx/excelize-runtime';

test('excelize loads in Node without its own init', async () => {
  const ex = await loadExcelize();
  const f = ex.NewFile();
  expect(f.SetCellValue('Sheet1', 'A1', '=SUM(1)').error).toBeNull();
  expect(f.GetCellValue('Sheet1', 'A1').value).toBe('=SUM(1)');
  expect(f.GetCellFormula('Sheet1', 'A1').formula).toBe('');
  expect(await loadExcelize()).toBe(ex);
});
