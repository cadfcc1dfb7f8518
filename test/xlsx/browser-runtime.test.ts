/** The browser path: the wasm comes from `configureXlsx({ wasmUrl })` through fetch, not from Node's fs. */
import { readFileSync } from 'fs';
import { createServer, type Server } from 'http';
import type { AddressInfo } from 'net';
import { configureXlsx, readXlsx, writeXlsx } from '../../src/xlsx';

let server: Server;
let requests: string[] = [];

beforeAll(async () => {
  const gz = readFileSync(require.resolve('excelize-wasm/excelize.wasm.gz'));
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    if (req.url === '/assets/excelize.wasm.gz') {
      res.writeHead(200, { 'content-type': 'application/gzip' });
      res.end(gz);
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('a missing wasm URL fails with the writer-loading message, and a later good URL works', async () => {
  const { port } = server.address() as AddressInfo;
  configureXlsx({ wasmUrl: `http://127.0.0.1:${port}/nowhere.wasm.gz` });
  await expect(writeXlsx({ styles: {}, sheets: [] })).rejects.toMatchObject({
    key: 'engineFailed',
    message: expect.stringContaining('HTTP 404'),
  });
  requests = [];
  configureXlsx({ wasmUrl: `http://127.0.0.1:${port}/assets/excelize.wasm.gz` });
  const bytes = await writeXlsx({
    styles: {},
    sheets: [{ name: '汇总', cells: [{ row: 0, col: 0, value: '浏览器' }] }],
  });
  expect(requests).toEqual(['/assets/excelize.wasm.gz']);
  const snapshot = await readXlsx(bytes);
  expect(snapshot.sheets).toEqual([{ name: '汇总', values: [['浏览器']], writtenByHuibao: true }]);
});
