// The command line as a real process (tsx on the source, as `npm run cli` runs it): exit codes and
// where the words go.
import { existsSync, mkdirSync, writeFileSync } from 'fs';
import { tempDir } from '../fixtures/temp-dir';
import { spawnCli } from './run-cli';

const dir = tempDir('shenbao-proc-');
afterAll(() => dir.remove());

test('help prints the usage in Chinese and exits 0', () => {
  const run = spawnCli(['help'], dir.path);
  expect(run.code).toBe(0);
  expect(run.out).toContain('用法：');
  expect(run.out).toContain('shenbao check');
});

test('no command at all prints the usage, in English under LANG=en_US', () => {
  const run = spawnCli([], dir.path, { LANG: 'en_US.UTF-8' });
  expect(run.code).toBe(0);
  expect(run.out).toContain('Usage:');
});

test('a usage error exits 2 and says what is wrong before the usage', () => {
  const run = spawnCli(['check'], dir.path);
  expect(run.code).toBe(2);
  expect(run.err.split('\n')[0]).toBe('命令 check 缺少要检查的文件（.xlsx）。');
  expect(run.out).toBe('');
});

test('a folder given as input exits 1 with one sentence and writes nothing', () => {
  mkdirSync(dir.file('申报.xlsx'));
  const run = spawnCli(['check', '申报.xlsx', '--out', 'out.xlsx'], dir.path);
  expect(run.code).toBe(1);
  expect(run.err.trim()).toBe('“申报.xlsx”是一个文件夹，不是 Excel 文件。');
  expect(existsSync(dir.file('out.xlsx'))).toBe(false);
});

test('a CSV exits 1 and says so, in English when asked', () => {
  writeFileSync(dir.file('list.csv'), '申报单位,金额\n湖南省医学会,8\n');
  const run = spawnCli(['check', 'list.csv', '--lang', 'en'], dir.path);
  expect(run.code).toBe(1);
  expect(run.err.trim()).toBe('File "list.csv" is a text file (such as CSV), not an Excel workbook; open it in Excel and save it as .xlsx.');
});

test('sample then check: exit 0, progress stays off when stderr is not a terminal', () => {
  expect(spawnCli(['sample', 'round.xlsx', '--rows', '40', '--seed', '3'], dir.path).code).toBe(0);
  const run = spawnCli(['check', 'round.xlsx'], dir.path);
  expect(run.code).toBe(0);
  expect(run.err).not.toContain('正在');
  expect(run.out).toMatch(/检查行数\s+40/);
  expect(existsSync(dir.file('round.checked.xlsx'))).toBe(true);
});
