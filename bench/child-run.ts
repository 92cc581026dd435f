// Running one benchmark child in a fresh Node process (TypeScript through tsx, or bundled), so its
// time and peak memory are its own; the child writes its measure to a file this reads back.
import { spawnSync } from 'child_process';
import { buildSync } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

export interface ChildOptions {
  /**
   * Run the child as one bundled file (esbuild), as the pane ships the core, instead of from
   * source through tsx, which keeps every module apart and calls across them through getters.
   */
  bundled?: boolean;
}

export function runChild<T>(script: string, args: string[], options: ChildOptions = {}): T {
  const dir = mkdtempSync(join(tmpdir(), 'shenbao-bench-child-'));
  const resultFile = join(dir, 'result.json');
  try {
    const source = join(__dirname, 'child', script);
    let entry = ['--import', 'tsx', source];
    if (options.bundled) {
      const bundle = join(dir, script.replace(/\.ts$/, '.js'));
      // es2020, as tsconfig.json and webpack compile the pane and the command line: a newer target
      // keeps syntax (#private fields) that they turn into slower code.
      buildSync({ entryPoints: [source], bundle: true, platform: 'node', target: 'es2020', outfile: bundle, logLevel: 'warning' });
      entry = [bundle];
    }
    const child = spawnSync(process.execPath, [...entry, ...args], {
      env: { ...process.env, BENCH_RESULT: resultFile },
      stdio: ['ignore', 'ignore', 'inherit'],
      maxBuffer: 1 << 20,
    });
    if (child.status !== 0) throw new Error(`bench/child/${script} ${args.join(' ')} failed (exit ${child.status ?? child.signal})`);
    return JSON.parse(readFileSync(resultFile, 'utf8')) as T;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
