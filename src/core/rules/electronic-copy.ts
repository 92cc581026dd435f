// 二.4 同时提交电子版.
import { requireYes } from './yes-required';
import type { RowRule } from './types';
import { inputsOf } from './facts';

export const electronicCopy: RowRule = {
  id: 'electronic-copy',
  inputs: inputsOf([], ['electronicCopy']),
  check: (app, _facts, ctx) => requireYes(app, 'electronicCopy', 'electronic-copy', ctx),
};
