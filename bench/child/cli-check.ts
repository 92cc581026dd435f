// One run of the command line's check, end to end (load, read, check, plan, write, JSON report),
// in a fresh process: `child/cli-check.ts IN.xlsx OUT.xlsx REPORT.json`.
import { main } from '../../src/cli/main';
import { measured } from './measure';

const [input, output, report] = process.argv.slice(2);
const quiet = { out: () => undefined, err: (line: string) => process.stderr.write(`${line}\n`), env: { ...process.env, LANG: 'zh_CN.UTF-8' }, cwd: process.cwd() };

void measured(async () => {
  const code = await main(['check', input, '--out', output, '--json', report], quiet);
  if (code !== 0) throw new Error(`shenbao check ended with exit code ${code}`);
});
