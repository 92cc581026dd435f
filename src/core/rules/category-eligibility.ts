// 四 申报主体: each category names the applicant types that may apply for it.
import { refOf } from './cells';
import { finding } from './message';
import type { RowRule } from './types';

export const categoryEligibility: RowRule = {
  id: 'category-eligibility',
  check(app, facts, ctx) {
    const { leaf, who, unitType } = facts;
    if (leaf === null || who === null || unitType === null || who.includes(unitType)) return [];
    const en = (id: string) => ctx.pack.applicantTypes.find((t) => t.id === id)?.en ?? id;
    return [
      finding(ctx.pack, this.id, app.row, refOf(app, 'category', ctx.pack), {
        unitType: { zh: unitType, en: en(unitType) },
        code: leaf.code,
        name: { zh: leaf.name, en: leaf.en },
        allowed: { zh: who.join('、'), en: who.map(en).join(', ') },
      }),
    ];
  },
};
