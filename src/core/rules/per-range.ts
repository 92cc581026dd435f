// 四 经费安排: an amount (requested or approved) within the category's per-project range. One check
// for both rules, so the two can never disagree about the range or how it is worded.
import { refOf } from './cells';
import { finding, formatRange } from './message';
import type { RowFacts, RuleContext } from './types';
import type { Application, Finding } from '../types';

export function outsidePerRange(
  app: Application,
  facts: RowFacts,
  ctx: RuleContext,
  rule: string,
  field: 'requested' | 'approved',
  amount: number | null,
): Finding[] {
  const { per, leaf } = facts;
  if (per === null || leaf === null || amount === null) return [];
  if (amount >= per.min && amount <= per.max) return [];
  return [
    finding(ctx.pack, rule, app.row, refOf(app, field, ctx.pack), {
      amount,
      name: { zh: leaf.name, en: leaf.en },
      range: formatRange(per),
    }),
  ];
}
