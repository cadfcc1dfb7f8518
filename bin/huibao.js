#!/usr/bin/env node
'use strict';
// The command line is bundled by `npm run build:cli` (run by `npm ci` through `prepare`).
const path = require('path');
const fs = require('fs');
const bundle = path.join(__dirname, '..', 'dist', 'cli.cjs');
if (!fs.existsSync(bundle)) {
  process.stderr.write('huibao: the command line is not built yet; run `npm run build:cli` first.\n');
  process.exit(2);
}
require(bundle);
