// What a proposal is: for every row, whether to approve it and with how much, and for every node
// what the plan uses of its count and budget. No solver or host here.
import type { Message } from '../types';

/**
 * The one call of an exact MILP solver the proposal needs: a model in CPLEX LP format in, each
 * column's value out. HiGHS (npm `highs`) is one; the caller loads it and passes it in, so the core
 * imports no WebAssembly.
 */
export interface LpSolver {
  solve(lp: string, options?: Record<string, string | number | boolean>): LpSolution;
}

export interface LpSolution {
  /** `Optimal`, `Infeasible`, … */
  Status: string;
  Columns: Record<string, { Primal?: number }>;
}

export interface ProposeOptions {
  /** Re-plan every row, ignoring decisions already entered (default: keep them). */
  replan?: boolean;
  /**
   * 按比例核减: every proposed amount is the requested amount times this ratio (0 < ratio ≤ 1),
   * then clamped into the category's per-project range. Default 1: the requested amount.
   */
  cutRatio?: number;
}

/**
 * fixed-approved / fixed-rejected: 已定 (a decision entered and kept); proposed: 建议批准;
 * left-out: 建议不批准 (a row that could be approved but the plan leaves out); excluded: 建议不批准
 * because the row has an error or cannot be placed.
 */
export type ProposalStatus =
  'fixed-approved' | 'fixed-rejected' | 'proposed' | 'left-out' | 'excluded';

export interface ProposalRow {
  row: number;
  category: string | null;
  status: ProposalStatus;
  /** 万元: the proposed amount (proposed), the entered amount (fixed-approved), else null. */
  amount: number | null;
  score: number | null;
  /** 1 for the best score among the category's rows that can be approved; null for others. */
  rank: number | null;
  /** A 需关注 row (warnings): it may be proposed, and the sheet says so. */
  attention: boolean;
  /** Why a row was left out or excluded: the quota or budget that bound it, or its problem. */
  reason: Message | null;
}

export interface ProposalNode {
  /** `total` for the grand total. */
  code: string;
  name: Message;
  count: { min: number; max: number } | null;
  budget: number | null;
  /** Approvals already entered and kept. */
  fixedCount: number;
  fixedAmount: number;
  /** Approvals the plan adds. */
  proposedCount: number;
  proposedAmount: number;
  /** Rows of this node that could be approved (pending, no error). */
  candidates: number;
  /** fixed + proposed. */
  planCount: number;
  planAmount: number;
  /** The count reaches the maximum, or the budget is used to within the smallest candidate's amount. */
  countFull: boolean;
  budgetFull: boolean;
  /** The plan approves fewer than the minimum here (only in a relaxed plan). */
  shortBy: number;
}

/**
 * optimal: every limit holds; relaxed: no plan meets every minimum count, so this is the best
 * plan that relaxes only the minimum counts (messages say which); conflict: decisions already
 * entered exceed a maximum or a budget, so nothing is proposed (messages say which).
 */
export type ProposalOutcome = 'optimal' | 'relaxed' | 'conflict';

export interface Proposal {
  outcome: ProposalOutcome;
  replan: boolean;
  cutRatio: number;
  rows: ProposalRow[];
  nodes: ProposalNode[];
  /** Sum of the scores of proposed rows (fixed rows not included). */
  score: number;
  /** 万元 the proposed rows use. */
  amount: number;
  messages: Message[];
}
