// One run of the command line's check, end to end (load, read, check, plan, write, JSON report),
// in a fresh process: `child/cli-check.ts IN.xlsx OUT.xlsx REPORT.json`. The command's progress
// messages mark its stages, so the time of each is reported too.
import { main } from '../../src/cli/main';
import { measured } from './measure';

const [input, output, report] = process.argv.slice(2);

/** The stages in the order the check announces them; after the last, the files are written. */
const CLI_STAGES = ['open', 'read', 'check', 'write', 'files'] as const;

void measured(async () => {
  const marks: number[] = [performance.now()];
  const io = {
    out: () => undefined,
    err: (line: string) => process.stderr.write(`${line}\n`),
    // Called with each stage's message as it starts, then with null when the checked copy is built.
    progress: () => marks.push(performance.now()),
    env: { ...process.env, LANG: 'zh_CN.UTF-8' },
    cwd: process.cwd(),
  };
  const code = await main(['check', input, '--out', output, '--json', report], io);
  if (code !== 0) throw new Error(`shenbao check ended with exit code ${code}`);
  marks.push(performance.now());
  // marks: start, open, read, check, write, built, end → before open (pack, reading the file bytes), then the stages.
  const stages: Record<string, number> = {};
  if (marks.length === 7) {
    stages.before = marks[1] - marks[0];
    CLI_STAGES.forEach((stage, i) => (stages[stage] = marks[i + 2] - marks[i + 1]));
  }
  return stages;
});
