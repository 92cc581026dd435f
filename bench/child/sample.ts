// Writes the sample round the command line's `sample` writes: `child/sample.ts OUT.xlsx ROWS`.
import { main } from '../../src/cli/main';
import { measured } from './measure';

const [output, rows] = process.argv.slice(2);
const quiet = { out: () => undefined, err: (line: string) => process.stderr.write(`${line}\n`), env: process.env, cwd: process.cwd() };

void measured(async () => {
  const code = await main(['sample', output, '--rows', rows, '--seed', '1'], quiet);
  if (code !== 0) throw new Error(`shenbao sample ended with exit code ${code}`);
});
