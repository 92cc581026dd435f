// 三: 申报类别 must name a category of the guide.
import { fieldOf } from '../read/applications';
import { finding } from './message';
import { NONE } from './none';
import type { RowRule } from './types';
import { inputsOf } from './facts';

export const unknownCategory: RowRule = {
  id: 'unknown-category',
  inputs: inputsOf(['node'], ['category']),
  check(app, facts, ctx) {
    const field = fieldOf(app, 'category');
    if (!field || field.blank || field.error || facts.node !== null) return NONE;
    return [finding(ctx.pack, this.id, app.row, field, { given: field.text })];
  },
};
