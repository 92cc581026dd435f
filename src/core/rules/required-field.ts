// 一.2 要素齐全: every required column is filled. An unreadable cell is bad-value's, not "missing";
// an empty 单位类型 whose type the unit's name gives is unit-type-guess's.
import { isFilled } from '../read/applications';
import type { Finding } from '../types';
import { refOf } from './cells';
import { finding } from './message';
import { NONE } from './none';
import type { RowRule } from './types';

export const requiredField: RowRule = {
  id: 'required-field',
  check(app, facts, ctx) {
    let found: Finding[] | null = null;
    const columns = ctx.requiredColumns;
    // Indexed, as it runs for every row: for…of left an iterator per row behind.
    for (let c = 0; c < columns.length; c++) {
      const column = columns[c];
      // Filled, readable or not: a project name is looked at without making its field.
      if (isFilled(app, column.key)) continue;
      if (column.key === 'unitType' && facts.typeGuessed) continue;
      const ref = refOf(app, column.key, ctx.pack);
      (found ??= []).push(finding(ctx.pack, this.id, app.row, ref, { header: ref.header ?? column.header }));
    }
    return found ?? NONE;
  },
};
