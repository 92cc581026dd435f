// 一.3 两个以上单位联合申报的项目请注明牵头单位.
import { refOf } from './cells';
import { finding } from './message';
import type { RowRule } from './types';

export const jointLead: RowRule = {
  id: 'joint-lead',
  check(app, facts, ctx) {
    if (!facts.joint || facts.lead !== null || app.fields.lead?.error) return [];
    return [finding(ctx.pack, this.id, app.row, refOf(app, 'lead', ctx.pack), { unit: facts.unit ?? '' })];
  },
};
