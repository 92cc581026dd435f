#!/usr/bin/env node
// The nightly-style fuzz run: the same properties as CI, many more cases. FUZZ_RUNS sets the grid
// runs; file, live-workbook and command-line runs take their share of it (see fuzzRuns in
// test/fixtures/hostile/cells.ts). `node scripts/fuzz-long.js [runs]`, default 20000; works the
// same on Windows, where `FUZZ_RUNS=… npx jest` does not.
'use strict';

const { spawnSync } = require('child_process');

const runs = process.argv[2] ?? process.env.FUZZ_RUNS ?? '20000';
if (!/^[1-9]\d*$/.test(runs)) {
  console.error(`fuzz-long: the number of runs must be a whole number above 0, not "${runs}".`);
  process.exit(2);
}
const jest = require.resolve('jest/bin/jest');
// One worker: the long properties are CPU-bound, and a single log reads in order.
const result = spawnSync(process.execPath, [jest, '--runInBand', 'test/fuzz', 'test/safety/nothing-lost'], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: runs },
});
process.exit(result.status ?? 1);
