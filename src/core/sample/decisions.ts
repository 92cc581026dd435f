// Review decisions on part of the round: approvals up to the quotas (one leaf one over, as happens
// when a late approval is squeezed in), rejections for the rest of a decided leaf, and pending rows
// where the panel has not finished.
import type { CategoryNode } from '../pack/schema';
import type { PackIndex } from '../pack/tree';
import { perRange, type SampleRow } from './good-row';

export interface Candidate {
  row: SampleRow;
  leaf: CategoryNode;
  /** Only rows with no deliberate flaw are approved. */
  clean: boolean;
}


/** How many a leaf may fund: its own count, or an even share of the ancestor count it shares. */
function leafQuota(index: PackIndex, leaf: CategoryNode): number {
  if (leaf.count) return leaf.count.max;
  for (const node of index.ancestors(leaf.code)) {
    if (node.count) return Math.max(1, Math.floor(node.count.max / Math.max(1, index.children(node.code).length)));
  }
  return 0;
}

/** The budget share of one project where a node sets both a count and a budget. */
function budgetShare(index: PackIndex, leaf: CategoryNode): number | null {
  for (const node of [leaf, ...index.ancestors(leaf.code)]) {
    if (node.count && node.budget !== null) return node.budget / node.count.max;
  }
  return null;
}

function approvedAmount(index: PackIndex, leaf: CategoryNode, requested: number): number {
  const per = perRange(index, leaf);
  const share = budgetShare(index, leaf) ?? per.max;
  const amount = Math.floor(Math.min(requested, share) * 2) / 2;
  return Math.min(per.max, Math.max(per.min, amount));
}

export function decide(index: PackIndex, candidates: Candidate[]): void {
  const byLeaf = new Map<string, Candidate[]>();
  for (const candidate of candidates) {
    const list = byLeaf.get(candidate.leaf.code) ?? [];
    list.push(candidate);
    byLeaf.set(candidate.leaf.code, list);
  }
  let leafNumber = 0;
  let overDone = false;
  for (const list of byLeaf.values()) {
    const leaf = list[0].leaf;
    // Every third leaf is still under review: nothing decided there.
    if (leafNumber++ % 3 === 2) continue;
    const ranked = list
      .filter((c) => c.clean && typeof c.row.requested === 'number')
      .sort((a, b) => Number(b.row.score) - Number(a.row.score));
    // The first decided leaf with a count of its own and a spare good row gets one approval too many.
    let quota = leafQuota(index, leaf);
    if (!overDone && leaf.count !== null && ranked.length > quota) {
      quota += 1;
      overDone = true;
    }
    const approved = new Set(ranked.slice(0, quota));
    for (const candidate of list) {
      if (approved.has(candidate)) {
        candidate.row.decision = '批准';
        candidate.row.approved = approvedAmount(index, leaf, candidate.row.requested as number);
      } else {
        candidate.row.decision = '不批准';
      }
    }
  }
}
