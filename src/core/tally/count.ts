// Counting rows into every node of the tree and the total: a row placed on a leaf counts for the
// leaf and each of its ancestors; a row that cannot be placed counts only in the total.
import type { RulePack } from '../pack/schema';
import { packIndex } from '../pack/tree';
import type { RowResult } from '../types';

export interface NodeCounts {
  applications: number;
  eligible: number;
  pending: number;
  approvedCount: number;
  approvedAmount: number;
  /** The approved rows, for the node findings. */
  approvedRows: number[];
}

export const TOTAL = 'total';

function empty(): NodeCounts {
  return { applications: 0, eligible: 0, pending: 0, approvedCount: 0, approvedAmount: 0, approvedRows: [] };
}

/** Counts by node code (and `total`). */
export function countRows(rows: readonly RowResult[], pack: RulePack): Map<string, NodeCounts> {
  const index = packIndex(pack);
  const counts = new Map<string, NodeCounts>([[TOTAL, empty()]]);
  const chains = new Map<string, NodeCounts[]>();
  for (const node of pack.categories) counts.set(node.code, empty());
  for (const leaf of index.leaves) {
    const codes = [leaf.code, ...index.ancestors(leaf.code).map((n) => n.code)];
    chains.set(leaf.code, [...codes.map((c) => counts.get(c)!), counts.get(TOTAL)!]);
  }
  const totalOnly = [counts.get(TOTAL)!];

  for (const row of rows) {
    const chain = (row.category !== null && chains.get(row.category)) || totalOnly;
    const eligible = row.verdict !== 'ineligible';
    const approved = row.decision === 'approved';
    for (const c of chain) {
      c.applications++;
      if (eligible) c.eligible++;
      if (row.decision === 'pending') c.pending++;
      if (approved) {
        c.approvedCount++;
        // A missing 批准金额 counts 0 (approved-amount-missing says so on the row).
        c.approvedAmount += row.approved ?? 0;
        c.approvedRows.push(row.row);
      }
    }
  }
  return counts;
}
