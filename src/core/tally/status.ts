// A node's status in words the summary can show: over, full, open or under.
import type { NodeStatus } from '../types';
import type { NodeCounts } from './count';
import type { NodeLimits } from './node-findings';

const EPSILON = 1e-9;

export function statusOf(counts: NodeCounts, limits: NodeLimits, decisionsStarted: boolean): NodeStatus {
  const { count, budget } = limits;
  if ((count !== null && counts.approvedCount > count.max) || (budget !== null && counts.approvedAmount > budget + EPSILON))
    return 'over';
  if (count !== null && counts.approvedCount >= count.max) return 'full';
  if (count !== null && counts.approvedCount < count.min && counts.pending === 0 && decisionsStarted) return 'under';
  return 'open';
}
