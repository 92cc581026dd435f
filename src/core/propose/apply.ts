// 采纳建议: the cells a copy's decision columns get from a proposal — 批准 and the proposed amount
// for a proposed row, 不批准 for a row the plan leaves out. Decided rows kept as they were are not
// touched. The input file is never written; an adapter writes these into the copy only.
import type { RulePack } from '../pack/schema';
import type { CheckResult, Message } from '../types';
import type { Proposal } from './types';

export interface DecisionEdit {
  row: number;
  column: number;
  value: string | number | null;
}

export type ApplyPlan = { ok: true; edits: DecisionEdit[] } | { ok: false; message: Message };

export function applyProposal(result: CheckResult, proposal: Proposal, pack: RulePack): ApplyPlan {
  if (proposal.outcome === 'conflict')
    return {
      ok: false,
      message: {
        zh: '已定的批准超出名额或预算，没有可采纳的建议。',
        en: 'Decisions entered exceed a count or budget: there is no proposal to accept.',
      },
    };
  const columnOf = (field: string) => result.columns.find((c) => c.field === field)?.column;
  const decision = columnOf('decision');
  const approved = columnOf('approved');
  if (decision === undefined || approved === undefined) {
    const header = (key: string) => pack.columns.find((c) => c.key === key)?.header ?? key;
    return {
      ok: false,
      message: {
        zh: `申报表没有“${header('decision')}”或“${header('approved')}”列，无法写入建议：请先添加这两列。`,
        en: 'The sheet has no decision or approved-amount column to write the proposal into: add them first.',
      },
    };
  }
  const edits: DecisionEdit[] = [];
  for (const p of proposal.rows) {
    if (p.status === 'proposed') {
      edits.push({ row: p.row, column: decision, value: pack.decisions.approved[0] });
      edits.push({ row: p.row, column: approved, value: p.amount });
    } else if (p.status === 'left-out' || p.status === 'excluded') {
      edits.push({ row: p.row, column: decision, value: pack.decisions.rejected[0] });
      edits.push({ row: p.row, column: approved, value: null });
    }
  }
  return { ok: true, edits };
}
