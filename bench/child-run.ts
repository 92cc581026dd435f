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
  /**
   * With `bundled`: bundle only the project's own code and load packages (exceljs) from
   * node_modules, so that the command line and bare exceljs run the very same exceljs.
   */
  ownCodeOnly?: boolean;
}

/**
 * Packages stay in node_modules. `require.main` is undefined in the bundle: src/cli/main.ts runs
 * itself when it is the main module, and in one bundle every module is.
 */
const OWN_CODE_ONLY = { packages: 'external' as const, define: { 'require.main': 'undefined' } };

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
      buildSync({ entryPoints: [source], bundle: true, platform: 'node', target: 'es2020', outfile: bundle, logLevel: 'warning', ...(options.ownCodeOnly ? OWN_CODE_ONLY : {}) });
      entry = [bundle];
    }
    const child = spawnSync(process.execPath, [...entry, ...args], {
      // A bundle in a temporary folder finds the packages it left out through NODE_PATH.
      env: { ...process.env, BENCH_RESULT: resultFile, NODE_PATH: join(__dirname, '..', 'node_modules') },
      stdio: ['ignore', 'ignore', 'inherit'],
      maxBuffer: 1 << 20,
    });
    if (child.status !== 0) throw new Error(`bench/child/${script} ${args.join(' ')} failed (exit ${child.status ?? child.signal})`);
    return JSON.parse(readFileSync(resultFile, 'utf8')) as T;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
