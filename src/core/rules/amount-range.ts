// 四 经费安排: the requested amount lies within the category's per-project range.
import { refOf } from './cells';
import { finding, formatRange } from './message';
import type { RowRule } from './types';

export const amountRange: RowRule = {
  id: 'amount-range',
  check(app, facts, ctx) {
    const { per, leaf, requested } = facts;
    if (per === null || leaf === null || requested === null) return [];
    if (requested >= per.min && requested <= per.max) return [];
    return [
      finding(ctx.pack, this.id, app.row, refOf(app, 'requested', ctx.pack), {
        amount: requested,
        name: { zh: leaf.name, en: leaf.en },
        range: formatRange(per),
      }),
    ];
  },
};
