// 四 经费安排: what is approved must lie within the category's per-project range.
import { NONE } from './none';
import { outsidePerRange } from './per-range';
import type { DecisionRule } from './types';
import { inputsOf } from './facts';

export const approvedAmountRange: DecisionRule = {
  id: 'approved-amount-range',
  inputs: inputsOf(['decision', 'per', 'leaf', 'approved'], ['approved']),
  check(app, facts, ctx) {
    if (facts.decision !== 'approved') return NONE;
    return outsidePerRange(app, facts, ctx, this.id, 'approved', facts.approved);
  },
};
