// 一.2: a filled cell that cannot be read as its column's type; the message quotes it and says why.
import { fieldOf } from '../read/applications';
import type { Finding } from '../types';
import { finding } from './message';
import { NONE } from './none';
import type { RowRule } from './types';

export const badValue: RowRule = {
  id: 'bad-value',
  check(app, _facts, ctx) {
    if (app.hasUnreadable === false) return NONE;
    let found: Finding[] | null = null;
    for (const key of ctx.fieldKeys) {
      const field = fieldOf(app, key);
      if (field === undefined || !field.error) continue;
      found ??= [];
      found.push(
        finding(ctx.pack, this.id, app.row, field, { header: field.header, text: field.text, reason: field.error }),
      );
    }
    return found ?? NONE;
  },
};
