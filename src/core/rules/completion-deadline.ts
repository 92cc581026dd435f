// 一.4 除特别注明完成时限的项目外，所有申报项目应于2022年12月底前完成.
import { cell } from './cells';
import { finding } from './message';
import type { RowRule } from './types';

export const completionDeadline: RowRule = {
  id: 'completion-deadline',
  check(app, facts, ctx) {
    const c = cell<string>(app, 'completion');
    if (c.state !== 'value' || c.value <= facts.completionDeadline) return [];
    return [finding(ctx.pack, this.id, app.row, c, { given: c.text, deadline: facts.completionDeadline })];
  },
};
