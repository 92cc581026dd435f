// The core alone on a sample round already in memory: checkWorkbook (read, rules, verdicts,
// tally) several times, each timed in wall and CPU time: `child/core.ts ROWS RUNS`.
import { writeFileSync } from 'fs';
import { PerformanceObserver, type PerformanceEntry } from 'perf_hooks';
import { checkWorkbook } from '../../src/core/check';
import { hunan2022 } from '../../src/core/pack/hunan-2022';
import { generateSample } from '../../src/core/sample';

const rows = Number(process.argv[2]);
const runs = Number(process.argv[3]);
const input = generateSample(hunan2022, { rows, seed: 1 });

const wallMs: number[] = [];
const cpuMs: number[] = [];
// Garbage collection pauses on the main thread, to say how much of a check is the collector's.
const spans: [number, number][] = [];
const pauses: PerformanceEntry[] = [];
const observer = new PerformanceObserver((list) => pauses.push(...list.getEntries()));
observer.observe({ entryTypes: ['gc'] });
// Unmeasured runs first (at least three, and about 300,000 rows' worth), so the figures are of
// compiled code with the heap grown to its working size, as in a pane that has checked before.
for (let warm = Math.min(60, Math.max(3, Math.ceil(300_000 / rows))); warm > 0; warm--) checkWorkbook(input, hunan2022);
for (let run = 0; run < runs; run++) {
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  const result = checkWorkbook(input, hunan2022);
  const wallEnd = performance.now();
  wallMs.push(wallEnd - wallStart);
  spans.push([wallStart, wallEnd]);
  const cpu = process.cpuUsage(cpuStart);
  cpuMs.push((cpu.user + cpu.system) / 1000);
  if (result.rows.length !== rows) throw new Error(`checked ${result.rows.length} rows of ${rows}`);
}
// The observer is told of the pauses later, on a timer's turn of the event loop.
setTimeout(() => {
  observer.disconnect();
  const gcMs = spans.map(([start, end]) => pauses.filter((p) => p.startTime >= start && p.startTime < end).reduce((sum, p) => sum + p.duration, 0));
  writeFileSync(process.env.BENCH_RESULT!, JSON.stringify({ wallMs, cpuMs, gcMs }));
}, 100);
