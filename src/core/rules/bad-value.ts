// 一.2: a filled cell that cannot be read as its column's type; the message quotes it and says why.
import type { Finding } from '../types';
import { finding } from './message';
import type { RowRule } from './types';

export const badValue: RowRule = {
  id: 'bad-value',
  check(app, _facts, ctx) {
    const found: Finding[] = [];
    for (const key of ctx.fieldKeys) {
      const field = app.fields[key];
      if (field?.error) found.push(finding(ctx.pack, this.id, app.row, field, { header: field.header, text: field.text, reason: field.error }));
    }
    return found;
  },
};
