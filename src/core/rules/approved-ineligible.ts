// An approval given to a row that does not conform. It looks only at the row's own errors, never
// at other decision findings, so it cannot feed on itself.
import { refOf } from './cells';
import { finding } from './message';
import type { DecisionRule } from './types';
import { NONE } from './none';

export const approvedIneligible: DecisionRule = {
  id: 'approved-ineligible',
  check(app, facts, ctx, own) {
    if (facts.decision !== 'approved') return NONE;
    const errors = [...new Set(own.filter((f) => f.severity === 'error').map((f) => f.rule))];
    if (errors.length === 0) return NONE;
    return [finding(ctx.pack, this.id, app.row, refOf(app, 'decision', ctx.pack), { rules: errors.join(', ') })];
  },
};
