// shenbao pack: next year's guide starts from this year's pack as JSON, edited and used with --rules.
import { readFileSync, writeFileSync } from 'fs';
import { hunan2022 } from '../../src/core/pack';
import { tempDir } from '../fixtures/temp-dir';
import { runCli } from './run-cli';

const dir = tempDir('shenbao-pack-');
afterAll(() => dir.remove());

test('writes the built-in pack as JSON that reads back as the same pack', async () => {
  const run = await runCli(['pack', '2022.json'], dir.path);
  expect(run.code).toBe(0);
  expect(run.out).toContain('2022.json');
  expect(JSON.parse(readFileSync(dir.file('2022.json'), 'utf8'))).toEqual(JSON.parse(JSON.stringify(hunan2022)));
});

test('an edited copy changes the check: a lower budget for 3.4 makes its approvals go over', async () => {
  await runCli(['sample', 'round.xlsx', '--rows', '120', '--seed', '2022'], dir.path);
  await runCli(['pack', 'next.json'], dir.path);
  const pack = JSON.parse(readFileSync(dir.file('next.json'), 'utf8'));
  const node = pack.categories.find((c: { code: string }) => c.code === '3.4');
  node.budget = 0;
  writeFileSync(dir.file('next.json'), JSON.stringify(pack));

  const run = await runCli(['check', 'round.xlsx', '--rules', 'next.json', '--json', 'report.json'], dir.path);
  expect(run.code).toBe(0);
  const report = JSON.parse(readFileSync(dir.file('report.json'), 'utf8'));
  const total34 = report.nodes.find((n: { code: string }) => n.code === '3.4');
  expect(total34.budget).toBe(0);
  expect(total34.approvedAmount).toBeGreaterThan(0);
  expect(total34.findings.map((f: { rule: string }) => f.rule)).toContain('budget-exceeded');
});

test('needs exactly one file name', async () => {
  const run = await runCli(['pack'], dir.path);
  expect(run.code).toBe(2);
});
