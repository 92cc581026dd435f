// Quota and budget findings of one node, each pointing to the approved rows that make it up.
import type { RulePack } from '../pack/schema';
import { enabled, finding, formatNumber, formatRange } from '../rules/message';
import type { Message, NodeFinding } from '../types';
import type { NodeCounts } from './count';

/** The node rules, in the order a node lists their findings. */
export const nodeRules = ['quota-exceeded', 'quota-unfilled', 'budget-exceeded'] as const;

/** Sums of amounts are compared with a little slack so 0.1 + 0.2 does not exceed 0.3. */
const EPSILON = 1e-9;

export interface NodeLimits {
  name: Message;
  count: { min: number; max: number } | null;
  budget: number | null;
}

export function nodeFindings(
  counts: NodeCounts,
  limits: NodeLimits,
  pack: RulePack,
  /** Whether any row of the sheet has been decided: before that, nothing is "unfilled". */
  decisionsStarted: boolean,
): NodeFinding[] {
  const found: NodeFinding[] = [];
  const withRows = (id: (typeof nodeRules)[number], values: Parameters<typeof finding>[4]) => {
    if (!enabled(pack, id)) return;
    found.push({ ...finding(pack, id, undefined, {}, values), rows: [...counts.approvedRows] });
  };
  const { count, budget, name } = limits;
  if (count !== null && counts.approvedCount > count.max)
    withRows('quota-exceeded', { name, approved: counts.approvedCount, count: formatRange(count) });
  if (count !== null && counts.approvedCount < count.min && counts.pending === 0 && decisionsStarted)
    withRows('quota-unfilled', { name, approved: counts.approvedCount, count: formatRange(count) });
  if (budget !== null && counts.approvedAmount > budget + EPSILON)
    withRows('budget-exceeded', { name, sum: formatNumber(counts.approvedAmount), budget });
  return found;
}
