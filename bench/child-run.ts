// Running one benchmark child in a fresh Node process (TypeScript through tsx), so its time and
// peak memory are its own; the child writes its measure to a file this reads back.
import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

export function runChild<T>(script: string, args: string[]): T {
  const dir = mkdtempSync(join(tmpdir(), 'shenbao-bench-child-'));
  const resultFile = join(dir, 'result.json');
  try {
    const child = spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, 'child', script), ...args], {
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
