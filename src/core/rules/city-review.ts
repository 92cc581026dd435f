// 二.2 市州项目由同级科协审核、会同财政部门汇总后向省科协申报: which applicant types go through that
// review is the pack's word (`localReview`), not this file's.
import { requireYes } from './yes-required';
import type { RowRule } from './types';
import type { RulePack } from '../pack/schema';

/** Whether projects of this applicant type need the local review and the finance summary. */
export function needsLocalReview(pack: RulePack, unitType: string | null): boolean {
  return unitType !== null && pack.applicantTypes.some((t) => t.id === unitType && t.localReview);
}

export const cityReview: RowRule = {
  id: 'city-review',
  check(app, facts, ctx) {
    if (!needsLocalReview(ctx.pack, facts.unitType)) return [];
    return [...requireYes(app, 'cityReview', this.id, ctx), ...requireYes(app, 'financeSummary', this.id, ctx)];
  },
};
