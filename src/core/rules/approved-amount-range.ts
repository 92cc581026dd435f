// 四 经费安排: what is approved must lie within the category's per-project range.
import { outsidePerRange } from './per-range';
import type { DecisionRule } from './types';

export const approvedAmountRange: DecisionRule = {
  id: 'approved-amount-range',
  check(app, facts, ctx) {
    if (facts.decision !== 'approved') return [];
    return outsidePerRange(app, facts, ctx, this.id, 'approved', facts.approved);
  },
};
