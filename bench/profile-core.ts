// Profiling aid, not part of `npm run bench`: each phase of the core in wall time, bundled as the
// pane ships it, min and median of several runs in one process: `tsx bench/profile-core.ts [rows] [runs]`.
import { runChild } from './child-run';
import { median } from './stats';

const rows = Number(process.argv[2] ?? 100_000);
const runs = Number(process.argv[3] ?? 12);
const phases = runChild<Record<string, number[]>>('core-phases.ts', [String(rows), String(runs)], { bundled: true });
console.log(`${rows.toLocaleString('en')} rows, ${runs} runs after 3 warm-ups (ms):`);
for (const [phase, times] of Object.entries(phases))
  console.log(`${phase.padEnd(40)} min ${Math.min(...times).toFixed(0).padStart(5)}   median ${median(times).toFixed(0).padStart(5)}`);
