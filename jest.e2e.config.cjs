/** End-to-end tests: headless Chromium through playwright-core, LibreOffice renders; slower, run after unit tests. */
const base = require('./jest.config.cjs');
module.exports = {
  ...base,
  testMatch: ['**/test/e2e/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  testTimeout: 180000,
  maxWorkers: 1,
};
