// The core's phases, each timed in wall time, on the generator's grid: `child/core-phases.ts ROWS
// RUNS`. The phases are those checkWorkbook runs, called one by one; the first three runs warm up.
import { writeFileSync } from 'fs';
import { hunan2022 } from '../../src/core/pack/hunan-2022';
import { readApplications } from '../../src/core/read/applications';
import { readBlacklist } from '../../src/core/read/blacklist';
import { spreadMerges } from '../../src/core/read/grid';
import { mapColumns } from '../../src/core/read/headers';
import { pickSubmissionSheet } from '../../src/core/read/pick-sheet';
import { layOutRows } from '../../src/core/read/rows';
import { readSettings } from '../../src/core/read/settings';
import { buildContext, runRules } from '../../src/core/rules';
import { duplicate } from '../../src/core/rules/duplicate';
import { generateSample } from '../../src/core/sample';
import { tally } from '../../src/core/tally';

const rows = Number(process.argv[2]);
const runs = Number(process.argv[3]);
const pack = hunan2022;
const input = generateSample(pack, { rows, seed: 1 });

const phases: Record<string, number[]> = {};
function timed<T>(phase: string, work: () => T): T {
  const start = performance.now();
  const value = work();
  (phases[phase] ??= []).push(performance.now() - start);
  return value;
}

for (let run = 0; run < runs + 3; run++) {
  const picked = pickSubmissionSheet(input, pack, {});
  const grid = spreadMerges(picked.grid);
  const map = mapColumns(grid, picked.headerRow, pack);
  const layout = timed('finding the data rows (layOutRows)', () => layOutRows(grid, picked.headerRow, map.columns, []));
  const apps = timed('reading the cells (readApplications)', () => readApplications(grid, layout.dataRows, map.columns, pack));
  const ctx = buildContext(pack, readSettings(input, pack).settings, readBlacklist(input, pack).entries);
  const results = timed('facts, rules and row results (runRules)', () => runRules(apps, ctx));
  timed('tally', () => tally(results, pack));
  // runRules runs duplicate too; timed alone to say its share.
  timed('duplicate alone (part of runRules)', () => duplicate.check(apps, ctx));
}
for (const phase of Object.keys(phases)) phases[phase] = phases[phase].slice(3);
writeFileSync(process.env.BENCH_RESULT!, JSON.stringify(phases));
