// docs/rules.md is the rules' contract in the repository: its tables must say what the built-in
// pack does, so that the page and the pack cannot drift apart.
import { readFileSync } from 'fs';
import { join } from 'path';
import { hunan2022 } from '../../src/core/pack';
import { ruleIds } from '../../src/core/rule-ids';

const page = readFileSync(join(__dirname, '..', '..', 'docs', 'rules.md'), 'utf8');

/** The cells of every table row whose first cell is a rule id in backquotes. */
const ruleRows = page
  .split('\n')
  .filter((line) => /^\| `[a-z-]+` \|/.test(line))
  .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));

const documented = new Map(ruleRows.map(([id, severity, clause, what]) => [id.replace(/`/g, ''), { severity, clause, what }]));

test('every rule the check runs is on the page, once, and nothing else', () => {
  expect(ruleRows.map(([id]) => id.replace(/`/g, '')).sort()).toEqual([...ruleIds].sort());
});

test.each(ruleIds.filter((id) => id !== 'indicator'))('%s: the severity and clause of the built-in pack, and what it checks', (id) => {
  const rule = hunan2022.rules[id];
  const doc = documented.get(id)!;
  expect(doc.severity).toBe(rule.severity);
  expect(doc.clause).toBe(rule.clause === '' ? '—' : rule.clause);
  expect(doc.what).toMatch(/^\S.*\.$/);
});

test('indicator: each figure of the pack, with its category, column, bound, severity and clause', () => {
  const figureRows = page
    .split('\n')
    .filter((line) => /^\| \d+(\.\d+)* \| /.test(line))
    .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
  const bound = (f: (typeof hunan2022.figures)[number]) => (f.min !== undefined ? `≥ ${f.min}` : `≤ ${f.max}`);
  expect(figureRows).toEqual(hunan2022.figures.map((f) => [f.category, f.header, bound(f), f.severity, f.clause]));
});
