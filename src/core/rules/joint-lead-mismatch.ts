// 一.3: the lead unit named should be one of the applying units.
import { matchKey } from '../text/normalise';
import { refOf } from './cells';
import { finding } from './message';
import type { RowRule } from './types';

export const jointLeadMismatch: RowRule = {
  id: 'joint-lead-mismatch',
  check(app, facts, ctx) {
    if (facts.lead === null || facts.unit === null) return [];
    if (facts.unitKeys.includes(matchKey(facts.lead))) return [];
    return [finding(ctx.pack, this.id, app.row, refOf(app, 'lead', ctx.pack), { lead: facts.lead, unit: facts.unit })];
  },
};
