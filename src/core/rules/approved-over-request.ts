// More approved than was asked for is worth a look.
import { refOf } from './cells';
import { finding } from './message';
import type { DecisionRule } from './types';

export const approvedOverRequest: DecisionRule = {
  id: 'approved-over-request',
  check(app, facts, ctx) {
    const { approved, requested } = facts;
    if (facts.decision !== 'approved' || approved === null || requested === null || approved <= requested) return [];
    return [finding(ctx.pack, this.id, app.row, refOf(app, 'approved', ctx.pack), { approved, requested })];
  },
};
