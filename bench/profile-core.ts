// Profiling aid: one large sample checked several times, each phase timed in CPU time, so a change
// to the core can be judged even while other test runs load the machine. `tsx bench/profile-core.ts [rows]`.
import { checkWorkbook, generateSample, hunan2022, readSubmissions } from '../src/core';
import { buildContext, deriveFacts, runRules } from '../src/core/rules';
import { tally } from '../src/core/tally';

const rows = Number(process.argv[2] ?? 100_000);
const runs = Number(process.argv[3] ?? 5);
const input = generateSample(hunan2022, { rows, seed: 1 });

function cpuMs<T>(work: () => T): [T, number] {
  const start = process.cpuUsage();
  const value = work();
  const used = process.cpuUsage(start);
  return [value, (used.user + used.system) / 1000];
}

for (let run = 0; run < runs; run++) {
  const [read, readMs] = cpuMs(() => readSubmissions(input, hunan2022));
  const ctx = buildContext(hunan2022, read.settings, read.blacklist);
  const [, factsMs] = cpuMs(() => read.applications.map((a) => deriveFacts(a, ctx)));
  // runRules derives each row's facts itself (and drops them when the row is done): facts + rules.
  const [, rulesMs] = cpuMs(() => runRules(read.applications, ctx, () => undefined));
  const [result, checkMs] = cpuMs(() => checkWorkbook(input, hunan2022));
  const [, tallyMs] = cpuMs(() => tally(result.rows, hunan2022));
  const wallStart = performance.now();
  checkWorkbook(input, hunan2022);
  const wall = performance.now() - wallStart;
  console.log(
    `run ${run + 1}: read ${readMs.toFixed(0)} ms, facts alone ${factsMs.toFixed(0)} ms, facts + rules ${rulesMs.toFixed(0)} ms, ` +
      `tally ${tallyMs.toFixed(0)} ms | checkWorkbook ${checkMs.toFixed(0)} ms CPU, ${wall.toFixed(0)} ms wall`,
  );
}
