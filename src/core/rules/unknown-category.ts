// 三: 申报类别 must name a category of the guide.
import { cell } from './cells';
import { finding } from './message';
import type { RowRule } from './types';
import { NONE } from './none';

export const unknownCategory: RowRule = {
  id: 'unknown-category',
  check(app, facts, ctx) {
    const c = cell<string>(app, 'category');
    if (c.state !== 'blank' || app.fields.category?.blank || facts.node !== null) return NONE;
    return [finding(ctx.pack, this.id, app.row, c, { given: c.text })];
  },
};
