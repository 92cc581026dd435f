// 二.4 同时提交电子版.
import { requireYes } from './yes-required';
import type { RowRule } from './types';

export const electronicCopy: RowRule = {
  id: 'electronic-copy',
  check: (app, _facts, ctx) => requireYes(app, 'electronicCopy', 'electronic-copy', ctx),
};
