// 一.1: only the pack's applicant types may apply.
import { finding } from './message';
import type { RowRule } from './types';

export const unitType: RowRule = {
  id: 'unit-type',
  check(app, _facts, ctx) {
    // A filled, readable cell the reader could match to no applicant type.
    const field = app.fields.unitType;
    if (!field || field.blank || field.error || field.value !== null) return [];
    const allowed = ctx.pack.applicantTypes.map((t) => t.id).join('、');
    const allowedEn = ctx.pack.applicantTypes.map((t) => t.en).join(', ');
    return [finding(ctx.pack, this.id, app.row, field, { given: field.text, allowed: { zh: allowed, en: allowedEn } })];
  },
};
