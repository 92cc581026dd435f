// 四 经费安排: the requested amount lies within the category's per-project range.
import { outsidePerRange } from './per-range';
import type { RowRule } from './types';

export const amountRange: RowRule = {
  id: 'amount-range',
  check(app, facts, ctx) {
    return outsidePerRange(app, facts, ctx, this.id, 'requested', facts.requested);
  },
};
