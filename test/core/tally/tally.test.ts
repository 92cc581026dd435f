// Approvals against the quotas: counts and budgets hold at every level (a leaf, its parent, the
// grand total), and each node finding names the approved rows that make it up.
import { approvedRows, validRow } from '../helpers/rows';
import { check, FIRST_DATA_ROW, node } from '../helpers/workbook';

const sheetRows = (from: number, n: number) => Array.from({ length: n }, (_, i) => FIRST_DATA_ROW + from + i);
const rulesAt = (result: ReturnType<typeof check>, code: string) => node(result, code).findings.map((f) => f.rule);

describe('a leaf with its own count: 3.1.1 funds 4', () => {
  test('4 approved fills it', () => {
    const result = check(approvedRows('3.1.1', 4, 5));
    expect(node(result, '3.1.1')).toMatchObject({ approvedCount: 4, remainingCount: 0, status: 'full', findings: [] });
  });

  test('5 approved exceed it; the finding names the five rows; 3.1 (10) is not exceeded, only short', () => {
    const result = check(approvedRows('3.1.1', 5, 5));
    const [found] = node(result, '3.1.1').findings;
    expect(found).toMatchObject({ rule: 'quota-exceeded', severity: 'error', clause: '四 项目数量', rows: sheetRows(0, 5) });
    expect(node(result, '3.1.1')).toMatchObject({ status: 'over', remainingCount: -1 });
    expect(rulesAt(result, '3.1')).toEqual(['quota-unfilled']);
  });

  test('the finding says the count approved and the quota, in both languages', () => {
    const [found] = node(check(approvedRows('3.1.1', 5, 5)), '3.1.1').findings;
    expect(found.message.zh).toContain('批准 5 项，超过项目数量 4 项');
    expect(found.message.en).toContain('5 approved, more than its quota of 4');
  });
});

describe('a shared count: 2.1.1 and 2.1.2 share 2.1’s 4', () => {
  test('3 forums and 2 visits exceed 2.1, while the leaves have no count of their own', () => {
    const result = check([...approvedRows('2.1.1', 3, 10, 1), ...approvedRows('2.1.2', 2, 10, 10)]);
    const [found] = node(result, '2.1').findings;
    expect(found.rule).toBe('quota-exceeded');
    expect(found.rows).toEqual(sheetRows(0, 5));
    expect(node(result, '2.1.1')).toMatchObject({ count: null, approvedCount: 3, findings: [] });
    expect(node(result, '2.1.2')).toMatchObject({ count: null, approvedCount: 2, findings: [] });
    expect(node(result, '2.1').approvedAmount).toBe(50);
    expect(node(result, '2.1').findings.map((f) => f.rule)).toContain('budget-exceeded');
  });

  test('2 and 2 fill it exactly', () => {
    const result = check([...approvedRows('2.1.1', 2, 10, 1), ...approvedRows('2.1.2', 2, 10, 10)]);
    expect(node(result, '2.1')).toMatchObject({ approvedCount: 4, approvedAmount: 40, remainingBudget: 0, status: 'full', findings: [] });
  });
});

describe('budgets at the parent (2) and the total (560)', () => {
  test('2.2 approved at 30 each goes over 2.2’s 100 and 2’s 200, with the rows of each', () => {
    const rows = [...approvedRows('2.2.1', 3, 30, 1), ...approvedRows('2.2.2', 1, 30, 10), ...approvedRows('2.1.1', 4, 10, 20), ...approvedRows('2.3', 1, 60, 30)];
    const result = check(rows);
    expect(node(result, '2.2')).toMatchObject({ approvedAmount: 120, remainingBudget: -20, status: 'over' });
    expect(node(result, '2.2').findings.find((f) => f.rule === 'budget-exceeded')?.rows).toEqual(sheetRows(0, 4));
    expect(node(result, '2')).toMatchObject({ approvedAmount: 220, approvedCount: 9, status: 'over' });
    const parent = node(result, '2').findings.find((f) => f.rule === 'budget-exceeded')!;
    expect(parent.rows).toEqual(sheetRows(0, 9));
    expect(parent.message.zh).toContain('220');
    expect(rulesAt(result, 'total')).toEqual([]);
  });

  test('approvals summing over 560 exceed the total too', () => {
    const result = check(approvedRows('3.4', 3, 200));
    expect(node(result, 'total')).toMatchObject({ approvedAmount: 600, budget: 560, status: 'over' });
    expect(node(result, 'total').findings.map((f) => f.rule)).toEqual(['budget-exceeded']);
    expect(node(result, 'total').findings[0].rows).toEqual(sheetRows(0, 3));
    expect(rulesAt(result, '3')).toContain('budget-exceeded');
    expect(rulesAt(result, '3.4')).toEqual(['budget-exceeded']);
  });

  test('exactly at the budget is not over', () => {
    const result = check(approvedRows('3.4', 3, 10));
    expect(node(result, '3.4')).toMatchObject({ approvedAmount: 30, remainingBudget: 0, status: 'full', findings: [] });
  });
});

describe('quota-unfilled: fewer than the minimum once nothing is pending', () => {
  test('4 approved of 1’s 5–8 with nothing pending is a warning naming the four rows', () => {
    const result = check(approvedRows('1', 4, 5));
    const [found] = node(result, '1').findings;
    expect(found).toMatchObject({ rule: 'quota-unfilled', severity: 'warning', rows: sheetRows(0, 4) });
    expect(node(result, '1').status).toBe('under');
  });

  test('5 approved reaches the minimum: room is left but nothing is wrong', () => {
    const result = check(approvedRows('1', 5, 5));
    expect(node(result, '1')).toMatchObject({ findings: [], status: 'open', remainingCount: 3 });
  });

  test('8 approved is full; 9 is over', () => {
    expect(node(check(approvedRows('1', 8, 5)), '1').status).toBe('full');
    expect(rulesAt(check(approvedRows('1', 9, 5)), '1')).toEqual(['quota-exceeded']);
  });

  test('while a row of the node is pending it is not yet unfilled', () => {
    const result = check([...approvedRows('1', 4, 5), validRow('1', { 项目名称: '待定项目' }, 9)]);
    expect(node(result, '1')).toMatchObject({ pending: 1, findings: [], status: 'open' });
  });

  test('before any decision is made, nothing is unfilled', () => {
    const result = check([validRow('3.1.1')]);
    expect(result.nodes.flatMap((n) => n.findings)).toEqual([]);
  });
});

describe('what each node counts', () => {
  test('applications, eligible and pending go up the tree; unplaced rows count only in the total', () => {
    const result = check([
      validRow('3.1.1', {}, 1),
      validRow('3.1.2', { 电子版: '否' }, 2),
      validRow('3.1.1', { 申报类别: '3.1' }, 3),
      validRow('3.1.1', { 申报类别: '不存在的类别' }, 4),
      validRow('3.2.1', { 评审结果: '不通过' }, 5),
    ]);
    expect(node(result, '3.1.1')).toMatchObject({ applications: 1, eligible: 1, pending: 1 });
    expect(node(result, '3.1')).toMatchObject({ applications: 2, eligible: 1, pending: 2 });
    expect(node(result, '3')).toMatchObject({ applications: 3, eligible: 2, pending: 2 });
    expect(node(result, 'total')).toMatchObject({ applications: 5, eligible: 2, pending: 4 });
  });

  test('an approval without 批准金额 counts, for 0 万元', () => {
    const result = check([validRow('3.4', { 评审结果: '批准' }, 1), ...approvedRows('3.4', 1, 10, 2)]);
    expect(node(result, '3.4')).toMatchObject({ approvedCount: 2, approvedAmount: 10 });
  });

  test('nodes come in tree order, the total last', () => {
    const codes = check([validRow()]).nodes.map((n) => n.code);
    expect(codes.slice(0, 6)).toEqual(['1', '2', '2.1', '2.1.1', '2.1.2', '2.2']);
    expect(codes[codes.length - 1]).toBe('total');
  });
});
