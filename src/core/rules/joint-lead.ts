// 一.3 两个以上单位联合申报的项目请注明牵头单位.
import { fieldOf } from '../read/applications';
import { refOf } from './cells';
import { finding } from './message';
import type { RowRule } from './types';
import { NONE } from './none';
import { inputsOf } from './facts';

export const jointLead: RowRule = {
  id: 'joint-lead',
  inputs: inputsOf(['joint', 'lead', 'unit'], ['lead']),
  check(app, facts, ctx) {
    if (!facts.joint || facts.lead !== null || fieldOf(app, 'lead')?.error) return NONE;
    return [finding(ctx.pack, this.id, app.row, refOf(app, 'lead', ctx.pack), { unit: facts.unit ?? '' })];
  },
};
