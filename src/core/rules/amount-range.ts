// 四 经费安排: the requested amount lies within the category's per-project range.
import { refOf } from './cells';
import { finding, formatRange } from './message';
import type { RowRule } from './types';
import { NONE } from './none';

export const amountRange: RowRule = {
  id: 'amount-range',
  check(app, facts, ctx) {
    const { per, leaf, requested } = facts;
    if (per === null || leaf === null || requested === null) return NONE;
    if (requested >= per.min && requested <= per.max) return NONE;
    return [
      finding(ctx.pack, this.id, app.row, refOf(app, 'requested', ctx.pack), {
        amount: requested,
        name: { zh: leaf.name, en: leaf.en },
        range: formatRange(per),
      }),
    ];
  },
};
