import { allocationLines, barFraction, formatAmount, formatQuota } from '../../../src/taskpane/logic/allocation';
import { hunan2022 } from '../../../src/core/pack/hunan-2022';
import type { NodeResult } from '../../../src/core/types';

const node = (code: string, level: number, over: Partial<NodeResult> = {}): NodeResult => ({
  code,
  name: `节点${code}`,
  level,
  parent: null,
  count: { min: 3, max: 3 },
  budget: 30,
  applications: 0,
  eligible: 0,
  pending: 0,
  approvedCount: 0,
  approvedAmount: 0,
  remainingCount: null,
  remainingBudget: null,
  status: 'open',
  findings: [],
  ...over,
});

describe('barFraction', () => {
  it('is the share of the limit, capped at a full bar', () => {
    expect(barFraction(15, 30)).toBe(0.5);
    expect(barFraction(30, 30)).toBe(1);
    expect(barFraction(45, 30)).toBe(1);
    expect(barFraction(0, 30)).toBe(0);
  });

  it('draws nothing without a limit, and a full bar against a zero limit once anything is used', () => {
    expect(barFraction(5, null)).toBeNull();
    expect(barFraction(0, 0)).toBe(0);
    expect(barFraction(1, 0)).toBe(1);
  });
});

describe('formatting', () => {
  it('writes a range with a dash and a fixed count as one number', () => {
    expect(formatQuota({ min: 5, max: 8 })).toBe('5–8');
    expect(formatQuota({ min: 4, max: 4 })).toBe('4');
    expect(formatQuota(null)).toBeNull();
  });

  it('writes 万元 with at most two decimals', () => {
    expect(formatAmount(76.5)).toBe('76.5');
    expect(formatAmount(10)).toBe('10');
    expect(formatAmount(0.1 + 0.2)).toBe('0.3');
  });
});

describe('allocationLines', () => {
  it('orders codes by their numbers, indents by level and puts the total last', () => {
    const lines = allocationLines(
      [node('total', 0), node('3.10', 2), node('3.9', 2), node('3', 1), node('2.1.1', 3)],
      null,
      'zh',
    );
    expect(lines.map((l) => l.code)).toEqual(['2.1.1', '3', '3.9', '3.10', 'total']);
    expect(lines.map((l) => l.indent)).toEqual([2, 0, 1, 1, 0]);
    expect(lines[4].isTotal).toBe(true);
  });

  it('is over quota only above the maximum, and over budget only above the budget', () => {
    const [atQuota, aboveQuota, atBudget, aboveBudget] = allocationLines(
      [
        node('1', 1, { approvedCount: 3 }),
        node('2', 1, { approvedCount: 4 }),
        node('3', 1, { approvedAmount: 30 }),
        node('4', 1, { approvedAmount: 30.01 }),
      ],
      null,
      'zh',
    );
    expect([atQuota.overQuota, aboveQuota.overQuota]).toEqual([false, true]);
    expect([atBudget.overBudget, aboveBudget.overBudget]).toEqual([false, true]);
  });

  it('does not call a decimal sum over a budget it only meets', () => {
    const [line] = allocationLines([node('1', 1, { budget: 0.3, approvedAmount: 0.1 + 0.2 })], null, 'zh');
    expect(line.overBudget).toBe(false);
  });

  it('has no count bar and no quota where the node has none', () => {
    const [line] = allocationLines([node('2.1.1', 3, { count: null, budget: null })], null, 'zh');
    expect(line.quota).toBeNull();
    expect(line.countFraction).toBeNull();
    expect(line.amountFraction).toBeNull();
    expect(line.overQuota || line.overBudget).toBe(false);
  });

  it('takes English names from the pack', () => {
    const lines = allocationLines([node('3.4', 2), node('total', 0)], hunan2022, 'en');
    expect(lines[0].name).toBe(hunan2022.categories.find((c) => c.code === '3.4')?.en);
    expect(lines[1].name).toBe(hunan2022.total.en);
  });
});
