// 一.1: only the pack's applicant types may apply.
import { cell } from './cells';
import { finding } from './message';
import type { RowRule } from './types';
import { NONE } from './none';

export const unitType: RowRule = {
  id: 'unit-type',
  check(app, _facts, ctx) {
    const c = cell<string>(app, 'unitType');
    // A filled cell the reader could not match to a type: it names something that may not apply.
    if (c.state !== 'blank' || c.text === '' || app.fields.unitType?.blank) return NONE;
    const allowed = ctx.pack.applicantTypes.map((t) => t.id).join('、');
    const allowedEn = ctx.pack.applicantTypes.map((t) => t.en).join(', ');
    return [
      finding(ctx.pack, this.id, app.row, c, { given: c.text, allowed: { zh: allowed, en: allowedEn } }),
    ];
  },
};
