// Random .xlsx files through the command line's check, as staff run it: exit 0 with a checked copy
// beside the file, or exit 1 with one sentence naming the file and nothing written; the input file
// is never changed, and nothing escapes as a crash.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'fs';
import fc from 'fast-check';
import { runCli } from '../cli/run-cli';
import { fuzzRuns } from '../fixtures/hostile/cells';
import { userFile, userFileBytes } from '../fixtures/hostile/user-file';
import { tempDir } from '../fixtures/temp-dir';

export const CLI_RUNS = fuzzRuns(15, 0.02);
const folder = tempDir('shenbao-fuzz-cli-');
afterAll(() => folder.remove());

test(`${CLI_RUNS} random files on the command line: exit 0 with a copy, or exit 1 with one sentence`, async () => {
  await fc.assert(
    fc.asyncProperty(userFile({ huge: false }), async ({ workbook, decorations }) => {
      const input = folder.file('申报.xlsx');
      const output = folder.file('申报.checked.xlsx');
      rmSync(output, { force: true });
      const bytes = await userFileBytes(workbook.input, decorations);
      writeFileSync(input, bytes);
      const run = await runCli(['check', '申报.xlsx'], folder.path);
      expect([0, 1]).toContain(run.code);
      expect(readFileSync(input).equals(Buffer.from(bytes))).toBe(true);
      if (run.code === 0) {
        expect(existsSync(output)).toBe(true);
      } else {
        expect(existsSync(output)).toBe(false);
        expect(run.err.trim().split('\n')).toHaveLength(1);
        expect(run.err).toContain('申报.xlsx');
      }
    }),
    { numRuns: CLI_RUNS },
  );
}, 60_000 + CLI_RUNS * 2_000);
