// An approval must say how much is approved; an unreadable amount is bad-value's, not "missing".
import { refOf } from './cells';
import { finding } from './message';
import type { DecisionRule } from './types';

export const approvedAmountMissing: DecisionRule = {
  id: 'approved-amount-missing',
  check(app, facts, ctx) {
    if (facts.decision !== 'approved' || facts.approved !== null || app.fields.approved?.error) return [];
    return [finding(ctx.pack, this.id, app.row, refOf(app, 'approved', ctx.pack), {})];
  },
};
