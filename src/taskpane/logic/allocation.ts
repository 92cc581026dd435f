// The allocation view as plain data: every node in tree order with its bars, the total last.
import type { Lang, NodeFinding, NodeResult, NodeStatus } from '../../core/types';
import type { RulePack } from '../../core/pack/schema';

export interface AllocationLine {
  code: string;
  name: string;
  /** Indentation steps: 0 for the level-1 nodes and the total, 1 for 2.1, 2 for 2.1.1. */
  indent: number;
  isTotal: boolean;
  approvedCount: number;
  /** The quota as written (`5–8`, `4`), or null when the node has none of its own. */
  quota: string | null;
  /** approvedCount against count.max, 0..1 (the bar is capped; `overQuota` says it went past). */
  countFraction: number | null;
  approvedAmount: number;
  budget: number | null;
  /** approvedAmount against budget, 0..1. */
  amountFraction: number | null;
  /** approved against the limit, not capped: 4 of 3 is 1.33 (the bar draws past its 100% mark). */
  countRatio: number | null;
  amountRatio: number | null;
  applications: number;
  eligible: number;
  pending: number;
  overQuota: boolean;
  overBudget: boolean;
  status: NodeStatus;
  findings: NodeFinding[];
}

// Sums of 万元 with decimals: 0.1 + 0.2 must not read as over a budget of 0.3.
const AMOUNT_TOLERANCE = 1e-6;

/** value / limit, capped to 0..1; null when there is no limit to draw against. */
export function barFraction(value: number, limit: number | null): number | null {
  if (limit === null) return null;
  if (limit <= 0) return value > 0 ? 1 : 0;
  return Math.min(1, Math.max(0, value / limit));
}

/** value / limit, not capped (past 1 is over); null when there is no limit. */
export function usageRatio(value: number, limit: number | null): number | null {
  if (limit === null) return null;
  if (limit <= 0) return value > 0 ? 2 : 0;
  return Math.max(0, value / limit);
}

export function formatQuota(count: { min: number; max: number } | null): string | null {
  if (count === null) return null;
  return count.min === count.max ? String(count.max) : `${count.min}–${count.max}`;
}

/** 万元 with at most two decimals and no trailing zeros: 76.5, 10, 0.25. */
export function formatAmount(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** 2.10 after 2.9, 3 after 2.3: codes compare by their numeric parts. */
function compareCodes(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const diff = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** The node's name in the pane's language: the pack has the English names, the core the Chinese. */
export function nodeName(node: NodeResult, pack: RulePack | null, lang: Lang): string {
  if (lang === 'zh' || pack === null) return node.name;
  if (node.code === 'total') return pack.total.en;
  return pack.categories.find((c) => c.code === node.code)?.en ?? node.name;
}

export function allocationLines(nodes: NodeResult[], pack: RulePack | null, lang: Lang): AllocationLine[] {
  const categories = nodes.filter((n) => n.code !== 'total').sort((a, b) => compareCodes(a.code, b.code));
  const total = nodes.filter((n) => n.code === 'total');
  return [...categories, ...total].map((node) => {
    const isTotal = node.code === 'total';
    return {
      code: node.code,
      name: nodeName(node, pack, lang),
      indent: isTotal ? 0 : Math.max(0, node.level - 1),
      isTotal,
      approvedCount: node.approvedCount,
      quota: formatQuota(node.count),
      countFraction: node.count ? barFraction(node.approvedCount, node.count.max) : null,
      approvedAmount: node.approvedAmount,
      budget: node.budget,
      amountFraction: barFraction(node.approvedAmount, node.budget),
      countRatio: node.count ? usageRatio(node.approvedCount, node.count.max) : null,
      amountRatio: usageRatio(node.approvedAmount, node.budget),
      applications: node.applications,
      eligible: node.eligible,
      pending: node.pending,
      overQuota: node.count !== null && node.approvedCount > node.count.max,
      overBudget: node.budget !== null && node.approvedAmount > node.budget + AMOUNT_TOLERANCE,
      status: node.status,
      findings: node.findings,
    };
  });
}
