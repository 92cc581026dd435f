// The proposal's part of the JSON report: the Proposal as it is, node names in Chinese as the
// report's other names are.
import type { Proposal } from '../propose/types';
import type { ReportProposal } from './schema';

export function proposalReport(proposal: Proposal): ReportProposal {
  return {
    outcome: proposal.outcome,
    replan: proposal.replan,
    cutRatio: proposal.cutRatio,
    score: proposal.score,
    amount: proposal.amount,
    messages: proposal.messages,
    rows: proposal.rows.map((r) => ({ ...r })),
    nodes: proposal.nodes.map((n) => ({
      code: n.code,
      name: n.name.zh,
      count: n.count,
      budget: n.budget,
      fixedCount: n.fixedCount,
      proposedCount: n.proposedCount,
      planCount: n.planCount,
      planAmount: n.planAmount,
      countFull: n.countFull,
      budgetFull: n.budgetFull,
      shortBy: n.shortBy,
    })),
  };
}
