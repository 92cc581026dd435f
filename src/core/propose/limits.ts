// The limits a proposal must hold: each node's count and budget and the grand total's budget, and
// for each leaf the chain of limits a row placed on it counts in.
import type { RulePack } from '../pack/schema';
import { packIndex } from '../pack/tree';
import { TOTAL } from '../tally/count';
import type { Message } from '../types';

export interface Limit {
  code: string;
  name: Message;
  count: { min: number; max: number } | null;
  budget: number | null;
}

export interface Limits {
  /** Tree order as the pack lists it, the total last. */
  all: Limit[];
  /** Leaf code → the leaf, its ancestors and the total. */
  chainOf: Map<string, Limit[]>;
  /** Leaf code → the nearest per-project range on its lineage (as the rules read it). */
  perOf: Map<string, { min: number; max: number } | null>;
}

export function limitsOf(pack: RulePack): Limits {
  const index = packIndex(pack);
  const byCode = new Map<string, Limit>();
  const all: Limit[] = [];
  for (const node of pack.categories) {
    const limit = {
      code: node.code,
      name: { zh: node.name, en: node.en },
      count: node.count,
      budget: node.budget,
    };
    byCode.set(node.code, limit);
    all.push(limit);
  }
  const total: Limit = {
    code: TOTAL,
    name: { zh: pack.total.name, en: pack.total.en },
    count: null,
    budget: pack.total.budget,
  };
  all.push(total);
  const chainOf = new Map<string, Limit[]>();
  const perOf = new Map<string, { min: number; max: number } | null>();
  for (const leaf of index.leaves) {
    const lineage = [leaf, ...index.ancestors(leaf.code)];
    chainOf.set(leaf.code, [...lineage.map((n) => byCode.get(n.code)!), total]);
    perOf.set(leaf.code, lineage.find((n) => n.per !== null)?.per ?? null);
  }
  return { all, chainOf, perOf };
}
