// 三: 申报类别 must name a category of the guide.
import { finding } from './message';
import type { RowRule } from './types';

export const unknownCategory: RowRule = {
  id: 'unknown-category',
  check(app, facts, ctx) {
    const field = app.fields.category;
    if (!field || field.blank || field.error || facts.node !== null) return [];
    return [finding(ctx.pack, this.id, app.row, field, { given: field.text })];
  },
};
