// Profiling aid, not part of `npm run bench`: this checkout's core against another's, each in its
// own processes taken in turn, as `npm run bench` times it (child/core.ts, bundled for es2020).
// Where ab-core.ts shares one heap between the two, this shows what a change does to the
// collector: how much lives through a check, how often full collections come.
// `tsx bench/ab-processes.ts OTHER_CHECKOUT [rounds] [rows] [checks]`. The other checkout, made
// with `git worktree add`, needs a node_modules: a link to this one's will do.
import { spawnSync } from 'child_process';
import { buildSync } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { median } from './stats';

const other = process.argv[2];
if (!other) {
  console.error('usage: tsx bench/ab-processes.ts OTHER_CHECKOUT [rounds] [rows] [checks]');
  process.exit(2);
}
const rounds = Number(process.argv[3] ?? 6);
const rows = process.argv[4] ?? '100000';
const checks = process.argv[5] ?? '11';

const dir = mkdtempSync(join(tmpdir(), 'shenbao-ab-'));
interface Side {
  name: string;
  bundle: string;
  /** Per process: median check, fastest check, median collector's share (ms). */
  runs: { median: number; fastest: number; gc: number }[];
}
const side = (name: string, root: string): Side => {
  const bundle = join(dir, `${name}.js`);
  const entry = join(resolve(root), 'bench/child/core.ts');
  buildSync({ entryPoints: [entry], bundle: true, platform: 'node', target: 'es2020', outfile: bundle, logLevel: 'warning' });
  return { name, bundle, runs: [] };
};

try {
  const sides = [side('other', other), side('this', resolve(__dirname, '..'))];
  for (let round = 0; round < rounds; round++) {
    // Each goes first in every other round, so neither always follows the other's stretch.
    for (const s of round % 2 === 0 ? sides : [...sides].reverse()) {
      const result = join(dir, `${s.name}.json`);
      const child = spawnSync(process.execPath, [s.bundle, rows, checks], { env: { ...process.env, BENCH_RESULT: result }, stdio: ['ignore', 'ignore', 'inherit'] });
      if (child.status !== 0) throw new Error(`${s.name}: exit ${child.status ?? child.signal}`);
      const { wallMs, gcMs } = JSON.parse(readFileSync(result, 'utf8')) as { wallMs: number[]; gcMs: number[] };
      s.runs.push({ median: median(wallMs), fastest: Math.min(...wallMs), gc: median(gcMs) });
      console.log(`round ${round + 1} ${s.name.padEnd(5)} median ${median(wallMs).toFixed(0)} ms, fastest ${Math.min(...wallMs).toFixed(0)} ms, collector ${median(gcMs).toFixed(0)} ms`);
    }
  }
  console.log(`\n${rounds} processes each, ${checks} checks of ${rows} rows per process:`);
  for (const s of sides) {
    const medians = s.runs.map((r) => r.median);
    const mean = medians.reduce((a, b) => a + b, 0) / medians.length;
    console.log(
      `${s.name.padEnd(5)} medians ${medians.map((m) => m.toFixed(0)).join(' ')}; their median ${median(medians).toFixed(0)} ms, mean ${mean.toFixed(0)} ms; ` +
        `median fastest ${median(s.runs.map((r) => r.fastest)).toFixed(0)} ms; collector ${median(s.runs.map((r) => r.gc)).toFixed(0)} ms`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
