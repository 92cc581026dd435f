// 二.4 在规定时间内寄送: on only when 设置 or the pack sets the deadline.
import { cell } from './cells';
import { finding } from './message';
import type { RowRule } from './types';

export const lateSubmission: RowRule = {
  id: 'late-submission',
  check(app, _facts, ctx) {
    const deadline = ctx.submissionDeadline;
    if (deadline === null) return [];
    const c = cell<string>(app, 'submitted');
    if (c.state !== 'value' || c.value <= deadline) return [];
    return [finding(ctx.pack, this.id, app.row, c, { given: c.text, deadline })];
  },
};
