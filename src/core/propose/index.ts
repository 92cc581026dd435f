// 建议立项: which rows to approve and with how much, so that every count, budget and per-project
// range holds and the total review score is the highest. Ties go to the plan that uses less
// budget, then to the one whose rows come first on the sheet (the smallest sum of row places).
// Decisions already entered stay unless the caller re-plans. When no plan meets every minimum
// count, the best plan that misses as few minimum places as possible is given, marked relaxed.
import type { RulePack } from '../pack/schema';
import type { CheckResult, Message } from '../types';
import { rowParts, type RowPart } from './candidates';
import { limitsOf, type Limit } from './limits';
import type { FreeRow, ModelInput, Used } from './model';
import { dominatedRows } from './dominated';
import { minimumLimits } from './model';
import { leftOutReason, type PlanUse } from './reasons';
import { cents, EPSILON } from './rounding';
import { solveLevels } from './solve';
import type { LpSolver, Proposal, ProposalNode, ProposalRow, ProposeOptions } from './types';

export function propose(
  result: CheckResult,
  pack: RulePack,
  solver: LpSolver,
  options: ProposeOptions = {},
): Proposal {
  const ratio = options.cutRatio ?? 1;
  if (!(ratio > 0 && ratio <= 1)) throw new RangeError(`cutRatio must be in (0, 1], not ${ratio}`);
  const limits = limitsOf(pack);
  const parts = rowParts(result, limits, options);
  const chainOf = (part: RowPart): Limit[] =>
    (part.row.category !== null && limits.chainOf.get(part.row.category)) || [
      limits.all[limits.all.length - 1],
    ];

  const used = new Map<string, Used>(limits.all.map((l) => [l.code, { count: 0, amount: 0 }]));
  for (const part of parts) {
    if (part.kind !== 'fixed' || !part.approved) continue;
    for (const limit of chainOf(part)) {
      const u = used.get(limit.code)!;
      u.count++;
      u.amount += part.amount;
    }
  }
  const freeParts = parts.filter((p) => p.kind === 'free');
  const free: FreeRow[] = freeParts.map((p) => ({
    amount: p.amount,
    score: p.score,
    position: p.position,
    chain: chainOf(p),
  }));
  // The solver sees only rows a best plan can hold (dominated.ts); the others are left out.
  const dominated = dominatedRows(free, (i) => freeParts[i].row.category!);
  const modelIndex = free.map((_, i) => i).filter((i) => !dominated[i]);
  const input: ModelInput = {
    free: modelIndex.map((i) => free[i]),
    limits: limits.all,
    used,
    relaxed: false,
  };

  const conflicts = fixedConflicts(limits.all, used);
  const chosen = free.map(() => false);
  let outcome: Proposal['outcome'] = 'conflict';
  const messages: Message[] = [...conflicts];
  const shortBy = new Map<string, number>();
  if (conflicts.length === 0) {
    let solved = solveLevels(solver, input);
    outcome = 'optimal';
    if (!solved.feasible) {
      const relaxed = { ...input, relaxed: true };
      solved = solveLevels(solver, relaxed);
      // With every maximum and budget met by what is fixed, approving nothing more is a plan.
      if (!solved.feasible) throw new Error('proposal: the relaxed model has no plan');
      outcome = 'relaxed';
      minimumLimits(relaxed).forEach((limit, k) => {
        if (solved.feasible && solved.shortfall[k] > 0)
          shortBy.set(limit.code, solved.shortfall[k]);
      });
    }
    if (solved.feasible) solved.chosen.forEach((on, k) => (chosen[modelIndex[k]] = on));
  }

  const use = new Map<string, PlanUse>([...used].map(([code, u]) => [code, { ...u }]));
  const proposedUse = new Map<string, PlanUse>(
    limits.all.map((l) => [l.code, { count: 0, amount: 0 }]),
  );
  const candidates = new Map<string, number>(limits.all.map((l) => [l.code, 0]));
  free.forEach((row, i) => {
    for (const limit of row.chain) {
      candidates.set(limit.code, candidates.get(limit.code)! + 1);
      if (!chosen[i]) continue;
      for (const map of [use, proposedUse]) {
        const u = map.get(limit.code)!;
        u.count++;
        u.amount += row.amount;
      }
    }
  });

  const smallest = new Map<string, number>();
  free.forEach((row) => {
    for (const limit of row.chain)
      smallest.set(limit.code, Math.min(smallest.get(limit.code) ?? Infinity, row.amount));
  });
  const nodes: ProposalNode[] = limits.all.map((limit) => {
    const fixed = used.get(limit.code)!;
    const proposed = proposedUse.get(limit.code)!;
    const plan = use.get(limit.code)!;
    return {
      code: limit.code,
      name: limit.name,
      count: limit.count,
      budget: limit.budget,
      fixedCount: fixed.count,
      fixedAmount: cents(fixed.amount),
      proposedCount: proposed.count,
      proposedAmount: cents(proposed.amount),
      candidates: candidates.get(limit.code)!,
      planCount: plan.count,
      planAmount: cents(plan.amount),
      countFull: limit.count !== null && plan.count >= limit.count.max,
      budgetFull:
        limit.budget !== null &&
        plan.amount + (smallest.get(limit.code) ?? 0) > limit.budget + EPSILON,
      shortBy: shortBy.get(limit.code) ?? 0,
    };
  });
  // A node short only because its children are short is told through them: one message per cause.
  const childShort = new Map<string, number>();
  for (const category of pack.categories) {
    const short = shortBy.get(category.code) ?? 0;
    if (category.parent !== null)
      childShort.set(category.parent, (childShort.get(category.parent) ?? 0) + short);
  }
  for (const node of nodes)
    if (node.shortBy > (childShort.get(node.code) ?? 0)) messages.push(shortMessage(node));

  const ranks = rankInCategory(parts);
  let freeIndex = 0;
  let score = 0;
  let amount = 0;
  const rows: ProposalRow[] = parts.map((part) => {
    const base = {
      row: part.row.row,
      category: part.row.category,
      score: part.row.score ?? null,
      rank: ranks.get(part.row.row) ?? null,
      attention: part.row.verdict === 'attention',
    };
    if (part.kind === 'fixed')
      return {
        ...base,
        status: part.approved ? 'fixed-approved' : 'fixed-rejected',
        amount: part.approved ? part.amount : null,
        reason: null,
      };
    if (part.kind === 'excluded')
      return { ...base, status: 'excluded', amount: null, reason: part.reason };
    const i = freeIndex++;
    if (chosen[i]) {
      score += part.score;
      amount += part.amount;
      return { ...base, status: 'proposed', amount: part.amount, reason: null };
    }
    const reason =
      outcome === 'conflict' ? CONFLICT_REASON : leftOutReason(free[i].chain, part.amount, use);
    return { ...base, status: 'left-out', amount: null, reason };
  });

  return {
    outcome,
    replan: options.replan ?? false,
    cutRatio: ratio,
    rows,
    nodes,
    score: Math.round(score * 1e6) / 1e6,
    amount: cents(amount),
    messages,
  };
}

const CONFLICT_REASON: Message = {
  zh: '已定的批准超出了名额或预算，先修改已定的评审结果',
  en: 'Decisions entered exceed a count or budget: change them first',
};

/** Decisions entered that break a maximum count or a budget: no proposal can mend that. */
function fixedConflicts(limits: Limit[], used: Map<string, Used>): Message[] {
  const found: Message[] = [];
  for (const limit of limits) {
    const u = used.get(limit.code)!;
    if (limit.count !== null && u.count > limit.count.max)
      found.push({
        zh: `已定批准的项目在“${limit.name.zh}”已有 ${u.count} 项，超过最多 ${limit.count.max} 项：请先修改评审结果，或选择重新规划全部项目。`,
        en: `Decisions entered approve ${u.count} projects in "${limit.name.en}", more than its ${limit.count.max}: change them, or re-plan every row.`,
      });
    if (limit.budget !== null && u.amount > limit.budget + EPSILON)
      found.push({
        zh: `已定批准的金额在“${limit.name.zh}”已达 ${cents(u.amount)} 万元，超过预算 ${limit.budget} 万元：请先修改评审结果，或选择重新规划全部项目。`,
        en: `Decisions entered approve ${cents(u.amount)} in "${limit.name.en}", over its budget of ${limit.budget}: change them, or re-plan every row.`,
      });
  }
  return found;
}

function shortMessage(node: ProposalNode): Message {
  const min = node.count!.min;
  const most = node.fixedCount + node.candidates;
  if (most < min)
    return {
      zh: `“${node.name.zh}”最少需批准 ${min} 项，但可批准的合格申报只有 ${node.candidates} 项（另有已定批准 ${node.fixedCount} 项）：无法达到最少项目数。以下建议放宽了这一最少项目数。`,
      en: `"${node.name.en}" needs at least ${min} approvals, but only ${node.candidates} rows can be approved (and ${node.fixedCount} are approved already): the minimum cannot be met. The plan relaxes this minimum.`,
    };
  return {
    zh: `“${node.name.zh}”最少需批准 ${min} 项，但受预算和其他类别的项目数所限，本建议只批准了 ${node.planCount} 项（各类别合计的缺口已尽量小）。以下建议放宽了这一最少项目数。`,
    en: `"${node.name.en}" needs at least ${min} approvals, but the budgets and the other counts leave room for ${node.planCount} in this plan (the total shortfall is as small as it can be). The plan relaxes this minimum.`,
  };
}

/** Rank by score within the category among rows that are decided or could be approved; ties by row order. */
function rankInCategory(parts: RowPart[]): Map<number, number> {
  const byCategory = new Map<string, RowPart[]>();
  for (const part of parts) {
    if (part.kind === 'excluded' || part.row.category === null) continue;
    const list = byCategory.get(part.row.category) ?? [];
    list.push(part);
    byCategory.set(part.row.category, list);
  }
  const ranks = new Map<number, number>();
  for (const list of byCategory.values()) {
    const sorted = [...list].sort(
      (a, b) => (b.row.score ?? -Infinity) - (a.row.score ?? -Infinity) || a.row.row - b.row.row,
    );
    sorted.forEach((part, i) => ranks.set(part.row.row, i + 1));
  }
  return ranks;
}

export type {
  LpSolver,
  LpSolution,
  Proposal,
  ProposalNode,
  ProposalRow,
  ProposalStatus,
  ProposeOptions,
  ProposalOutcome,
} from './types';
