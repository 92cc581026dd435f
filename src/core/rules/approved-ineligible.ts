// An approval given to a row that does not conform. It looks only at the row's own errors, never
// at other decision findings, so it cannot feed on itself.
import { hasError } from '../verdict';
import { refOf } from './cells';
import { finding } from './message';
import type { DecisionRule } from './types';

export const approvedIneligible: DecisionRule = {
  id: 'approved-ineligible',
  check(app, facts, ctx, own) {
    if (facts.decision !== 'approved' || !hasError(own)) return [];
    const errors = [...new Set(own.filter((f) => f.severity === 'error').map((f) => f.rule))];
    if (errors.length === 0) return [];
    // Staff read the problem's name in Chinese; the id beside it is the one the row's notes show.
    const title = (id: string) => ctx.pack.rules[id]?.title.zh ?? id;
    const rules = { zh: errors.map((id) => `${title(id)}（${id}）`).join('、'), en: errors.join(', ') };
    return [finding(ctx.pack, this.id, app.row, refOf(app, 'decision', ctx.pack), { rules })];
  },
};
