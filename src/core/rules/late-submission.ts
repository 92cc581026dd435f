// 二.4 在规定时间内寄送: on only when 设置 or the pack sets the deadline.
import { cell } from './cells';
import { finding } from './message';
import type { RowRule } from './types';
import { NONE } from './none';
import { inputsOf } from './facts';

export const lateSubmission: RowRule = {
  id: 'late-submission',
  inputs: inputsOf([], ['submitted']),
  check(app, _facts, ctx) {
    const deadline = ctx.submissionDeadline;
    if (deadline === null) return NONE;
    const c = cell<string>(app, 'submitted');
    if (c.state !== 'value' || c.value <= deadline) return NONE;
    return [finding(ctx.pack, this.id, app.row, c, { given: c.text, deadline })];
  },
};
