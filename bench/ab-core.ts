// Profiling aid, not part of `npm run bench`: this checkout's core against another's (a worktree of
// an earlier commit), in one process, a check of each in turn on the same grid, both bundled. On a
// machine whose speed wanders from one process to the next by a third, only this tells a 5% change
// from noise. `tsx bench/ab-core.ts OTHER_CHECKOUT [rows] [runs]`. The other checkout, made with
// `git worktree add`, needs a node_modules (zod): a link to this one's will do.
import { spawnSync } from 'child_process';
import { buildSync } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';

const other = resolve(process.argv[2] ?? '');
const rows = Number(process.argv[3] ?? 100_000);
const runs = Number(process.argv[4] ?? 12);
if (!process.argv[2]) {
  console.error('usage: tsx bench/ab-core.ts OTHER_CHECKOUT [rows] [runs]');
  process.exit(2);
}
const here = resolve(__dirname, '..');
const core = (root: string) => JSON.stringify(join(root, 'src/core'));

const entry = `
import { checkWorkbook as checkA } from ${core(other)}/check;
import { hunan2022 as packA } from ${core(other)}/pack/hunan-2022;
import { checkWorkbook as checkB } from ${core(here)}/check;
import { hunan2022 as packB } from ${core(here)}/pack/hunan-2022;
import { generateSample } from ${core(here)}/sample;
const input = generateSample(packB, { rows: ${rows}, seed: 1 });
for (let warm = 0; warm < 3; warm++) { checkA(input, packA); checkB(input, packB); }
const a = [], b = [];
// Each goes first in every other pair: the second of a pair pays for the first's garbage, and in
// a fixed order that made two copies of the same code 9% apart.
const timed = (check, pack, into) => { const start = performance.now(); check(input, pack); into.push(performance.now() - start); };
for (let run = 0; run < ${runs}; run++) {
  if (run % 2 === 0) { timed(checkA, packA, a); timed(checkB, packB, b); }
  else { timed(checkB, packB, b); timed(checkA, packA, a); }
}
const median = (x) => [...x].sort((p, q) => p - q)[x.length >> 1];
const mean = (x) => x.reduce((p, q) => p + q, 0) / x.length;
const line = (x) => 'min ' + Math.min(...x).toFixed(0) + ' ms, median ' + median(x).toFixed(0) + ' ms, mean ' + mean(x).toFixed(0) + ' ms';
console.log('other checkout: ' + line(a));
console.log('this checkout:  ' + line(b));
console.log('this / other, median of the pairs: ' + median(a.map((x, i) => b[i] / x)).toFixed(3) + ', of the means: ' + (mean(b) / mean(a)).toFixed(3));
`.replace(/from ("[^"]+")\/([\w/-]+);/g, (_, dir, file) => `from ${JSON.stringify(JSON.parse(dir) + '/' + file)};`);

const dir = mkdtempSync(join(tmpdir(), 'shenbao-ab-'));
try {
  writeFileSync(join(dir, 'ab.ts'), entry);
  buildSync({ entryPoints: [join(dir, 'ab.ts')], bundle: true, platform: 'node', target: 'es2020', outfile: join(dir, 'ab.js'), logLevel: 'warning' });
  const child = spawnSync(process.execPath, [join(dir, 'ab.js')], { stdio: 'inherit' });
  process.exitCode = child.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
