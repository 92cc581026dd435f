// 二.2 市州项目由同级科协审核、会同财政部门汇总后向省科协申报: which applicant types go through that
// review is the pack's word (`localReview`), not this file's.
import { requireYes } from './yes-required';
import type { RowRule } from './types';
import { NONE } from './none';
import type { RulePack } from '../pack/schema';
import { inputsOf } from './facts';

/** Whether projects of this applicant type need the local review and the finance summary. */
export function needsLocalReview(pack: RulePack, unitType: string | null): boolean {
  return unitType !== null && pack.applicantTypes.some((t) => t.id === unitType && t.localReview);
}

export const cityReview: RowRule = {
  id: 'city-review',
  inputs: inputsOf(['unitType'], ['cityReview', 'financeSummary']),
  check(app, facts, ctx) {
    if (!needsLocalReview(ctx.pack, facts.unitType)) return NONE;
    const review = requireYes(app, 'cityReview', this.id, ctx);
    const summary = requireYes(app, 'financeSummary', this.id, ctx);
    // Most rows of cities have both: no new list for them.
    return summary.length === 0 ? review : review.length === 0 ? summary : [...review, ...summary];
  },
};
