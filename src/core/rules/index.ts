// The rules in the order their findings are listed on a row, and running them over a sheet.
import type { Application, Finding } from '../types';
import { deriveFacts, emptyFacts } from './facts';
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
import { cellCodes } from '../read/applications';
import { SlotPlanner, type Slots } from './memo';
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
 * What the check keeps of a row once its rules have run. `facts` is refilled for the next row and
 * `findings` emptied as soon as this returns: copy what is needed, keep neither. A finding a
 * remembered rule said for an earlier row of the same cells is handed on as it is, with that
 * row's number: read it at this row with `atRow` (memo.ts).
 */
export type RowChecked = (index: number, facts: Readonly<RowFacts>, findings: readonly Finding[]) => void;

/**
 * Every row's findings, in the order a row lists them: row rules, then sheet-wide rules, then the
 * decision rules. Sheet-wide rules run first, over all rows; then each row is checked from start
 * to end and handed to `checked`, so one facts object serves every row (on 100,000 rows, kept
 * facts were a large share of the collector's copying, and even a fresh object per row 18 MB).
 * A rule that names its inputs runs once per different set of input cells (memo.ts).
 */
export function runRules(apps: Application[], ctx: RuleContext, checked: RowChecked): void {
  const pack = ctx.pack;
  const codes = cellCodes(apps);
  const planner = codes === null ? null : new SlotPlanner(apps, codes);
  const plan = (rule: RowRule | DecisionRule): Planned => ({
    rule,
    slots: planner === null || rule.inputs === undefined ? null : planner.slots(rule.inputs),
    said: [],
  });
  try {
    const activeRow = rowRules.filter((r) => enabled(pack, r.id)).map(plan);
    const activeSheet = sheetRules.filter((r) => enabled(pack, r.id));
    const activeDecision = decisionRules.filter((r) => enabled(pack, r.id)).map(plan);
    const sheetFound = activeSheet.map((rule) => rule.check(apps, ctx));
    checkRows(apps, ctx, activeRow, sheetFound, activeDecision, checked);
  } finally {
    // The slots' memory goes to the next check (working-arrays.ts).
    planner?.handBack();
  }
}

/** Each row in turn: its rules, the sheet-wide rules' findings for it, then the decision rules. */
function checkRows(
  apps: Application[],
  ctx: RuleContext,
  activeRow: Planned[],
  sheetFound: (readonly Finding[] | undefined)[][],
  activeDecision: Planned[],
  checked: RowChecked,
): void {
  // Indexed loops: this runs rules × rows times, and for…of here showed up as iterator garbage.
  // A row's findings gather in one list reused row after row; what is kept of them is the
  // checker's business (row-results.ts). One facts object, refilled row after row: no rule keeps
  // it once the row is checked.
  const facts = emptyFacts(ctx);
  const found: Finding[] = [];
  const decided: Finding[] = [];
  for (let i = 0; i < apps.length; i++) {
    const app = apps[i];
    deriveFacts(app, ctx, facts);
    for (let r = 0; r < activeRow.length; r++) runRule(activeRow[r], i, app, facts, ctx, NO_FINDINGS, found);
    for (let s = 0; s < sheetFound.length; s++) {
      const sheetRow = sheetFound[s][i];
      if (sheetRow) append(found, sheetRow);
    }
    // Every decision rule sees the row's findings before any decision rule added to them: the
    // live list, read-only to it and emptied after the row, so a rule must not keep it.
    for (let r = 0; r < activeDecision.length; r++) runRule(activeDecision[r], i, app, facts, ctx, found, decided);
    if (decided.length > 0) {
      append(found, decided);
      decided.length = 0;
    }
    checked(i, facts, found);
    found.length = 0;
  }
}

/** A rule as one check runs it: its rows' slots (null: run for every row) and what each slot was told. */
interface Planned {
  rule: RowRule | DecisionRule;
  slots: Slots | null;
  said: (readonly Finding[] | undefined)[];
}

/** Row i's findings of one rule, added to `to`. */
function runRule(
  planned: Planned,
  i: number,
  app: Application,
  facts: RowFacts,
  ctx: RuleContext,
  before: readonly Finding[],
  to: Finding[],
): void {
  const slot = planned.slots === null ? -1 : planned.slots[i];
  if (slot >= 0) {
    const said = planned.said[slot];
    if (said !== undefined) {
      // As said for the slot's first row: read at this row when kept (atRow).
      if (said.length > 0) append(to, said);
      return;
    }
  }
  const found = planned.rule.check(app, facts, ctx, before);
  if (slot >= 0) planned.said[slot] = found;
  if (found.length > 0) append(to, found);
}

/** What no finding was said before: frozen, so that no rule can add to it. */
const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

function append(to: Finding[], found: readonly Finding[]): void {
  for (let i = 0; i < found.length; i++) to.push(found[i]);
}

export { buildContext } from './context';
export { deriveFacts, splitUnits } from './facts';
export type { RowFacts, RuleContext } from './types';
