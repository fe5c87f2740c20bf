#!/usr/bin/env node
'use strict';
// The compiled CLI lives in lib/ (npm run build:cli, run by `prepare` on install).
let cli;
try {
  cli = require('../lib/cli/main.js');
} catch (e) {
  if (e && e.code === 'MODULE_NOT_FOUND') {
    console.error('unionplan chưa được biên dịch: hãy chạy "npm run build:cli" (hoặc npm ci) trước.');
    process.exit(1);
  }
  throw e;
}
cli.main(process.argv.slice(2));
