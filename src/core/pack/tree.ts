// Finding nodes of a pack's category tree without walking the flat list each time.
import type { CategoryNode, RulePack } from './schema';

export interface PackIndex {
  byCode: Map<string, CategoryNode>;
  /** Direct children, in pack order; empty for a leaf or an unknown code. */
  children(code: string): CategoryNode[];
  /** Nodes without children, in pack order: what an application must name. */
  leaves: CategoryNode[];
  isLeaf(code: string): boolean;
  /** Parent first, up to the top-level node; empty for a top-level or unknown code. */
  ancestors(code: string): CategoryNode[];
}

// Packs are immutable once parsed, so one index per pack object is enough.
const cache = new WeakMap<RulePack, PackIndex>();

export function packIndex(pack: RulePack): PackIndex {
  const cached = cache.get(pack);
  if (cached) return cached;
  const index = buildIndex(pack);
  cache.set(pack, index);
  return index;
}

function buildIndex(pack: RulePack): PackIndex {
  const byCode = new Map(pack.categories.map((c) => [c.code, c] as const));
  const childrenOf = new Map<string, CategoryNode[]>();
  for (const node of pack.categories) {
    if (node.parent === null) continue;
    const list = childrenOf.get(node.parent) ?? [];
    list.push(node);
    childrenOf.set(node.parent, list);
  }
  const leaves = pack.categories.filter((c) => !childrenOf.has(c.code));
  return {
    byCode,
    children: (code) => childrenOf.get(code) ?? [],
    leaves,
    isLeaf: (code) => byCode.has(code) && !childrenOf.has(code),
    ancestors: (code) => {
      const chain: CategoryNode[] = [];
      const seen = new Set<string>([code]);
      let parent = byCode.get(code)?.parent ?? null;
      // `seen` guards against a cycle in a user's pack (the schema does not refuse one).
      while (parent !== null && !seen.has(parent)) {
        const node = byCode.get(parent);
        if (!node) break;
        chain.push(node);
        seen.add(parent);
        parent = node.parent;
      }
      return chain;
    },
  };
}
