// 二.2 市州项目由同级科协审核、会同财政部门汇总后向省科协申报.
import { requireYes } from './yes-required';
import type { RowRule } from './types';
import { NONE } from './none';

/** The applicant type whose projects go through the city's review (二.2). */
export const CITY_APPLICANT_TYPE = '市州科协';

export const cityReview: RowRule = {
  id: 'city-review',
  check(app, facts, ctx) {
    if (facts.unitType !== CITY_APPLICANT_TYPE) return NONE;
    return [...requireYes(app, 'cityReview', this.id, ctx), ...requireYes(app, 'financeSummary', this.id, ctx)];
  },
};
