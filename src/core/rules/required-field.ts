// 一.2 要素齐全: every required column is filled. An unreadable cell is bad-value's, not "missing";
// an empty 单位类型 whose type the unit's name gives is unit-type-guess's.
import type { Finding } from '../types';
import { isFilled, refOf } from './cells';
import { finding } from './message';
import type { RowRule } from './types';

export const requiredField: RowRule = {
  id: 'required-field',
  check(app, facts, ctx) {
    const found: Finding[] = [];
    for (const column of ctx.requiredColumns) {
      // Filled, readable or not: an unreadable cell is not missing.
      if (isFilled(app, column.key)) continue;
      if (column.key === 'unitType' && facts.typeGuessed) continue;
      const ref = refOf(app, column.key, ctx.pack);
      found.push(finding(ctx.pack, this.id, app.row, ref, { header: ref.header ?? column.header }));
    }
    return found;
  },
};
