// The rules in the order their findings are listed on a row, and running them over a sheet.
import type { Application, Finding } from '../types';
import { amountRange } from './amount-range';
import { approvedAmountMissing } from './approved-amount-missing';
import { approvedAmountRange } from './approved-amount-range';
import { approvedIneligible } from './approved-ineligible';
import { approvedOverRequest } from './approved-over-request';
import { badValue } from './bad-value';
import { blacklist } from './blacklist';
import { categoryEligibility } from './category-eligibility';
import { categoryNotLeaf } from './category-not-leaf';
import { cityReview } from './city-review';
import { completionDeadline } from './completion-deadline';
import { duplicate } from './duplicate';
import { electronicCopy } from './electronic-copy';
import { focusIndustry } from './focus-industry';
import { indicator } from './indicator';
import { jointLead } from './joint-lead';
import { jointLeadMismatch } from './joint-lead-mismatch';
import { enabled } from './message';
import { lateSubmission } from './late-submission';
import { paperCopies } from './paper-copies';
import { proofMaterials } from './proof-materials';
import { requiredField } from './required-field';
import { subcontract } from './subcontract';
import { unitType } from './unit-type';
import { unitTypeGuess } from './unit-type-guess';
import { unknownCategory } from './unknown-category';
import type { DecisionRule, RowFacts, RowRule, RuleContext, SheetRule } from './types';

export const rowRules: RowRule[] = [
  badValue,
  requiredField,
  unitType,
  unitTypeGuess,
  unknownCategory,
  categoryNotLeaf,
  categoryEligibility,
  jointLead,
  jointLeadMismatch,
  completionDeadline,
  subcontract,
  cityReview,
  blacklist,
  paperCopies,
  proofMaterials,
  electronicCopy,
  lateSubmission,
  amountRange,
  indicator,
  focusIndustry,
];

export const sheetRules: SheetRule[] = [duplicate];

export const decisionRules: DecisionRule[] = [
  approvedIneligible,
  approvedAmountMissing,
  approvedAmountRange,
  approvedOverRequest,
];

/** Every row's findings: row rules, then sheet-wide rules, then the decision rules. */
export function runRules(apps: Application[], facts: RowFacts[], ctx: RuleContext): Finding[][] {
  const pack = ctx.pack;
  const activeRow = rowRules.filter((r) => enabled(pack, r.id));
  const activeSheet = sheetRules.filter((r) => enabled(pack, r.id));
  const activeDecision = decisionRules.filter((r) => enabled(pack, r.id));

  // Indexed loops: this runs rules × rows times, and for…of here showed up as iterator garbage.
  // A row gets its own list only when a rule finds something: most rows share the empty one.
  const findings: Finding[][] = new Array(apps.length);
  for (let i = 0; i < apps.length; i++) {
    let own: Finding[] | null = null;
    for (let r = 0; r < activeRow.length; r++) {
      const found = activeRow[r].check(apps[i], facts[i], ctx);
      if (found.length > 0) own = append(own, found);
    }
    findings[i] = own ?? (NO_FINDINGS as Finding[]);
  }
  for (const rule of activeSheet) {
    const byRow = rule.check(apps, facts, ctx);
    if (byRow.size === 0) continue;
    for (let i = 0; i < apps.length; i++) {
      const found = byRow.get(apps[i].row);
      if (found) findings[i] = append(findings[i] === NO_FINDINGS ? null : findings[i], found);
    }
  }
  for (let i = 0; i < apps.length; i++) {
    // Every decision rule sees the row's findings before any decision rule added to them.
    const own = findings[i];
    for (let r = 0; r < activeDecision.length; r++) {
      const found = activeDecision[r].check(apps[i], facts[i], ctx, own);
      if (found.length > 0) findings[i] = findings[i].concat(found);
    }
  }
  return findings;
}

/** Shared by every row without findings; frozen, so that no caller can add to all of them at once. */
const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

function append(to: Finding[] | null, found: readonly Finding[]): Finding[] {
  const list = to ?? [];
  for (let i = 0; i < found.length; i++) list.push(found[i]);
  return list;
}

export { buildContext } from './context';
export { deriveFacts, splitUnits } from './facts';
export type { RowFacts, RuleContext } from './types';
