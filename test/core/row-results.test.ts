// The check keeps its rows column by column (row-results.ts) and hands out views that read as
// plain RowResults. These examples show what a view gives back for what was kept.
import { inspect } from 'util';
import { checkWorkbook } from '../../src/core/check';
import { hunan2022 } from '../../src/core/pack/hunan-2022';
import { buildContext } from '../../src/core/rules';
import { emptyFacts } from '../../src/core/rules/facts';
import { newFinding } from '../../src/core/rules/message';
import type { RowFacts } from '../../src/core/rules/types';
import { plainRow, RowResults } from '../../src/core/row-results';
import { generateSample } from '../../src/core/sample';
import type { Finding } from '../../src/core/types';
import { verdictOf } from '../../src/core/verdict';

const ctx = buildContext(hunan2022, { other: {} }, []);
const leaf = hunan2022.categories.find((c) => c.code === '3.1.1')!;

function facts(overrides: Partial<RowFacts>): RowFacts {
  return { ...emptyFacts(ctx), ...overrides };
}

const warning = (row: number): Finding => newFinding('amount-range', 'warning', '四 经费安排', { zh: '金额', en: 'amount' }, row, 6, '申请金额（万元）');
const error = (row: number): Finding => newFinding('blacklist', 'error', '二.3', { zh: '失信', en: 'banned' }, row, 2, '申报单位');

test('a view reads back what was kept of its row, empty amounts as null and a zero as zero', () => {
  const results = new RowResults(2);
  const first = results.keep(0, 5, facts({ unit: '长沙市科协', project: '项目甲', leaf, unitType: '市州科协', requested: 7.5, approved: 0, decision: 'approved' }), []);
  const second = results.keep(1, 7, facts({ unit: null, project: null, leaf: null, decision: 'rejected' }), [warning(7)]);

  expect(plainRow(first)).toEqual({
    row: 5,
    unit: '长沙市科协',
    project: '项目甲',
    category: '3.1.1',
    unitType: '市州科协',
    requested: 7.5,
    approved: 0,
    decision: 'approved',
    verdict: 'eligible',
    findings: [],
  });
  expect(plainRow(second)).toMatchObject({ row: 7, unit: null, category: null, requested: null, approved: null, decision: 'rejected', verdict: 'attention' });
});

test('the findings list handed to keep may be reused at once: the row keeps its own', () => {
  const results = new RowResults(2);
  const reused: Finding[] = [error(3)];
  const a = results.keep(0, 3, facts({}), reused);
  reused.length = 0;
  reused.push(warning(4));
  const b = results.keep(1, 4, facts({}), reused);
  reused.length = 0;

  expect(a.findings.map((f) => f.rule)).toEqual(['blacklist']);
  expect(a.verdict).toBe('ineligible');
  expect(b.findings.map((f) => f.rule)).toEqual(['amount-range']);
});

test('a finding said for an earlier row of the same cells is read at the row that keeps it', () => {
  const said = warning(10);
  const results = new RowResults(2);
  const own = results.keep(0, 10, facts({}), [said]);
  const again = results.keep(1, 11, facts({}), [said]);

  // The row it was said for gets the finding itself; the other a copy at its row, same keys in the same order.
  expect(own.findings[0]).toBe(said);
  expect(again.findings[0]).toEqual({ ...said, row: 11 });
  expect(Object.keys(again.findings[0])).toEqual(Object.keys(said));
  // Each read makes the list anew, so a caller that changes one changes nothing kept.
  again.findings.pop();
  expect(again.findings).toHaveLength(1);
});

test('the verdict comes from all of a row’s findings: an error after a warning makes it 不合格', () => {
  const results = new RowResults(3);
  expect(results.keep(0, 2, facts({}), [warning(2), error(2)]).verdict).toBe('ineligible');
  expect(results.keep(1, 3, facts({}), [warning(3)]).verdict).toBe('attention');
  expect(results.keep(2, 4, facts({}), []).verdict).toBe('eligible');
});

test('JSON of a view is the plain row, keys in the interface order', () => {
  const results = new RowResults(1);
  const view = results.keep(0, 2, facts({ unit: '甲', requested: 10, decision: 'pending' }), [warning(2)]);
  const json = JSON.parse(JSON.stringify(view)) as Record<string, unknown>;
  expect(Object.keys(json)).toEqual(['row', 'unit', 'project', 'category', 'unitType', 'requested', 'approved', 'decision', 'verdict', 'findings']);
  expect(json).toEqual(JSON.parse(JSON.stringify(plainRow(view))));
  // Node's console shows the row too, not the whole check's store behind it.
  expect(inspect(view)).toBe(inspect(plainRow(view)));
});

test('on a sample round, remembered findings reach every row at its own row, and the tally counts by verdict', () => {
  const result = checkWorkbook(generateSample(hunan2022, { rows: 2000, seed: 3 }), hunan2022);
  let shared = 0;
  const seen = new Map<string, number>();
  for (const row of result.rows) {
    expect(row.verdict).toBe(verdictOf(row.findings));
    for (const f of row.findings) {
      expect(f.row).toBe(row.row);
      // The same worded message on several rows: said once, read at each row.
      const key = f.rule + f.message.zh;
      if (seen.has(key) && seen.get(key) !== row.row) shared++;
      seen.set(key, row.row);
    }
  }
  expect(shared).toBeGreaterThan(100);
  const total = result.nodes.find((n) => n.code === 'total')!;
  expect(total.applications).toBe(result.rows.length);
  expect(total.eligible).toBe(result.rows.filter((r) => r.findings.every((f) => f.severity !== 'error')).length);
});
