// Running the command line in-process with a fake terminal, and as a real child process.
import { spawnSync } from 'child_process';
import { join } from 'path';
import { main } from '../../src/cli/main';
import type { CliIO } from '../../src/cli/io';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function runCli(argv: string[], cwd: string, env: NodeJS.ProcessEnv = { LANG: 'zh_CN.UTF-8' }): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { out: (l) => out.push(l), err: (l) => err.push(l), env, cwd };
  const code = await main(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const ROOT = join(__dirname, '..', '..');

/** The real thing: node + tsx on src/cli/main.ts, as `npm run cli` runs it. */
export function spawnCli(argv: string[], cwd: string, env: NodeJS.ProcessEnv = {}): CliRun {
  const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
  const result = spawnSync(tsx, [join(ROOT, 'src', 'cli', 'main.ts'), ...argv], {
    cwd,
    env: { PATH: process.env.PATH, LANG: 'zh_CN.UTF-8', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status ?? -1, out: result.stdout, err: result.stderr };
}
