// The JSON report of workbook.md.
import { buildReport, reportSchema } from '../../../src/core/report';
import { approvedRows, validRow } from '../helpers/rows';
import { check, FIRST_DATA_ROW } from '../helpers/workbook';

const result = check([validRow('3.1.1', { '申请金额（万元）': 12 }, 1), ...approvedRows('3.4', 4, 10, 2), validRow('3.1.1', { 申报类别: '3.1' }, 9)]);
const report = buildReport(result);

test('validates against its schema and survives JSON', () => {
  expect(reportSchema.parse(JSON.parse(JSON.stringify(report)))).toEqual(report);
});

test('rows carry unit, leaf code (or null), verdict, decision and findings with the Chinese message', () => {
  const [first] = report.rows;
  expect(first).toMatchObject({ row: FIRST_DATA_ROW, unit: '湖南省机械工程学会', category: '3.1.1', verdict: 'attention', decision: 'pending' });
  expect(first.findings[0]).toMatchObject({ rule: 'amount-range', severity: 'warning', clause: '四 经费安排' });
  expect(first.findings[0].message).toContain('12 万元');
  expect(report.rows[report.rows.length - 1].category).toBeNull();
});

test('nodes carry counts, budget and findings with their rows; the total is "total"', () => {
  const node = report.nodes.find((n) => n.code === '3.4')!;
  expect(node).toMatchObject({ name: '“会地”合作', count: { min: 3, max: 3 }, budget: 30, approvedCount: 4, approvedAmount: 40 });
  expect(node.findings.map((f) => f.rule).sort()).toEqual(['budget-exceeded', 'quota-exceeded']);
  expect(node.findings[0].rows).toHaveLength(4);
  expect(report.nodes[report.nodes.length - 1].code).toBe('total');
});

test('a report missing a promised field is refused', () => {
  const broken = JSON.parse(JSON.stringify(report));
  delete broken.rows[0].verdict;
  expect(reportSchema.safeParse(broken).success).toBe(false);
});
