// The rules in the order their findings are listed on a row, and running them over a sheet.
import type { Application, Finding, RowResult } from '../types';
import { verdictOf } from '../verdict';
import { deriveFacts } from './facts';
import { valueOf } from './cells';
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

/**
 * Every row's findings, in the order a row lists them: row rules, then sheet-wide rules, then the
 * decision rules, which see the row's findings before any decision rule added to them.
 */
export function runRules(apps: Application[], ctx: RuleContext): RowResult[] {
  const pack = ctx.pack;
  const activeRow = rowRules.filter((r) => enabled(pack, r.id));
  const activeDecision = decisionRules.filter((r) => enabled(pack, r.id));
  const sheetFound = sheetRules.filter((r) => enabled(pack, r.id)).map((rule) => rule.check(apps, ctx));
  return apps.map((app, i) => {
    const facts = deriveFacts(app, ctx);
    const findings: Finding[] = [];
    for (const rule of activeRow) findings.push(...rule.check(app, facts, ctx));
    for (const found of sheetFound) findings.push(...found[i]);
    const decided: Finding[] = [];
    for (const rule of activeDecision) decided.push(...rule.check(app, facts, ctx, findings));
    findings.push(...decided);
    return rowResult(app, facts, findings);
  });
}

function rowResult(app: Application, facts: RowFacts, findings: Finding[]): RowResult {
  return {
    row: app.row,
    unit: facts.unit,
    project: facts.project,
    category: facts.leaf?.code ?? null,
    unitType: facts.unitType,
    requested: facts.requested,
    approved: facts.approved,
    decision: facts.decision,
    // Only when the sheet has 评审得分, so rows of a sheet without it look as they always did.
    ...('score' in app.fields ? { score: valueOf<number>(app, 'score') } : {}),
    verdict: verdictOf(findings),
    findings,
  };
}

export { buildContext } from './context';
export { deriveFacts, splitUnits } from './facts';
export type { RowFacts, RuleContext } from './types';
