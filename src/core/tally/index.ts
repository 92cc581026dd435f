// Approvals against every node's count and budget, in tree order, then the grand total.
import type { RulePack } from '../pack/schema';
import type { NodeResult, RowResult } from '../types';
import { countRows, TOTAL, type NodeCounts } from './count';
import { nodeFindings, type NodeLimits } from './node-findings';
import { statusOf } from './status';

export { TOTAL } from './count';

export function tally(rows: readonly RowResult[], pack: RulePack): NodeResult[] {
  const counts = countRows(rows, pack);
  const decisionsStarted = rows.some((r) => r.decision !== 'pending');
  const levelOf = (code: string): number => code.split('.').length;

  const nodes = treeOrder(pack).map((node) => {
    const limits: NodeLimits = { name: { zh: node.name, en: node.en }, count: node.count, budget: node.budget };
    return result(node.code, node.name, levelOf(node.code), node.parent, limits, counts.get(node.code)!, pack, decisionsStarted);
  });
  const totalLimits: NodeLimits = { name: { zh: pack.total.name, en: pack.total.en }, count: null, budget: pack.total.budget };
  nodes.push(result(TOTAL, pack.total.name, 0, null, totalLimits, counts.get(TOTAL)!, pack, decisionsStarted));
  return nodes;
}

function result(
  code: string,
  name: string,
  level: number,
  parent: string | null,
  limits: NodeLimits,
  counts: NodeCounts,
  pack: RulePack,
  decisionsStarted: boolean,
): NodeResult {
  const findings = nodeFindings(counts, limits, pack, decisionsStarted);
  return {
    code,
    name,
    level,
    parent,
    count: limits.count,
    budget: limits.budget,
    applications: counts.applications,
    eligible: counts.eligible,
    pending: counts.pending,
    approvedCount: counts.approvedCount,
    approvedAmount: Math.round(counts.approvedAmount * 1e6) / 1e6,
    remainingCount: limits.count === null ? null : limits.count.max - counts.approvedCount,
    remainingBudget: limits.budget === null ? null : Math.round((limits.budget - counts.approvedAmount) * 1e6) / 1e6,
    status: statusOf(counts, limits, decisionsStarted),
    findings,
  };
}

/** Depth-first, children in pack order: 1, 2, 2.1, 2.1.1, 2.1.2, 2.2, … */
function treeOrder(pack: RulePack): RulePack['categories'] {
  const children = new Map<string | null, RulePack['categories']>();
  for (const node of pack.categories) {
    const list = children.get(node.parent) ?? [];
    list.push(node);
    children.set(node.parent, list);
  }
  const ordered: RulePack['categories'] = [];
  const visit = (parent: string | null) => {
    for (const node of children.get(parent) ?? []) {
      ordered.push(node);
      visit(node.code);
    }
  };
  visit(null);
  return ordered;
}
