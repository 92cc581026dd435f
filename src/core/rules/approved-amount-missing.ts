// An approval must say how much is approved; an unreadable amount is bad-value's, not "missing".
import { fieldOf } from '../read/applications';
import { refOf } from './cells';
import { finding } from './message';
import type { DecisionRule } from './types';
import { NONE } from './none';
import { inputsOf } from './facts';

export const approvedAmountMissing: DecisionRule = {
  id: 'approved-amount-missing',
  inputs: inputsOf(['decision', 'approved'], ['approved']),
  check(app, facts, ctx) {
    if (facts.decision !== 'approved' || facts.approved !== null || fieldOf(app, 'approved')?.error) return NONE;
    return [finding(ctx.pack, this.id, app.row, refOf(app, 'approved', ctx.pack), {})];
  },
};
