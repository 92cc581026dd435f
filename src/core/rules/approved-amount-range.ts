// 四 经费安排: what is approved must lie within the category's per-project range.
import { refOf } from './cells';
import { finding, formatRange } from './message';
import type { DecisionRule } from './types';
import { NONE } from './none';

export const approvedAmountRange: DecisionRule = {
  id: 'approved-amount-range',
  check(app, facts, ctx) {
    const { per, leaf, approved } = facts;
    if (facts.decision !== 'approved' || per === null || leaf === null || approved === null) return NONE;
    if (approved >= per.min && approved <= per.max) return NONE;
    return [
      finding(ctx.pack, this.id, app.row, refOf(app, 'approved', ctx.pack), {
        amount: approved,
        name: { zh: leaf.name, en: leaf.en },
        range: formatRange(per),
      }),
    ];
  },
};
