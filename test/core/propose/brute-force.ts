// The proposal worked out without a solver: every subset of the rows that may be approved, each
// checked against the pack read afresh (counts, budgets, per-project ranges), the best kept by
// the documented order: fewest minimum places missed, highest score, least budget, earliest rows.
import type { RulePack } from '../../../src/core/pack/schema';
import type { CheckResult, RowResult } from '../../../src/core/types';

export interface Best {
  shortfall: number;
  score: number;
  amount: number;
  positions: number;
}

/** The leaf, its ancestors (by walking `parent`), then the total. */
function lineage(pack: RulePack, code: string): RulePack['categories'] {
  const chain: RulePack['categories'] = [];
  let at = pack.categories.find((c) => c.code === code);
  while (at) {
    chain.push(at);
    const parent = at.parent;
    at = parent === null ? undefined : pack.categories.find((c) => c.code === parent);
  }
  return chain;
}

/** The amount a free row would get: requested × ratio to the cent, into the nearest range on its lineage. */
export function amountFor(pack: RulePack, row: RowResult, ratio = 1): number {
  const per = lineage(pack, row.category!).find((c) => c.per !== null)?.per ?? null;
  const amount = Math.round(row.requested! * ratio * 100) / 100;
  return per === null ? amount : Math.min(per.max, Math.max(per.min, amount));
}

/** Approved rows and their amounts against every limit: what is broken, in words a test can print. */
export function brokenLimits(
  pack: RulePack,
  approved: { row: RowResult; amount: number }[],
): string[] {
  const broken: string[] = [];
  const inNode = (code: string) =>
    approved.filter((a) => lineage(pack, a.row.category!).some((c) => c.code === code));
  for (const node of pack.categories) {
    const rows = inNode(node.code);
    const sum = rows.reduce((s, a) => s + a.amount, 0);
    if (node.count && rows.length > node.count.max)
      broken.push(`${node.code} count ${rows.length} > ${node.count.max}`);
    if (node.budget !== null && sum > node.budget + 1e-6)
      broken.push(`${node.code} budget ${sum} > ${node.budget}`);
  }
  const total = approved.reduce((s, a) => s + a.amount, 0);
  if (total > pack.total.budget + 1e-6) broken.push(`total ${total} > ${pack.total.budget}`);
  return broken;
}

/** Σ max(0, min − count) over the nodes with a count. */
export function missedMinimums(pack: RulePack, approved: { row: RowResult }[]): number {
  let missed = 0;
  for (const node of pack.categories) {
    if (!node.count) continue;
    const n = approved.filter((a) =>
      lineage(pack, a.row.category!).some((c) => c.code === node.code),
    ).length;
    missed += Math.max(0, node.count.min - n);
  }
  return missed;
}

function better(a: Best, b: Best): boolean {
  const close = (x: number, y: number) => Math.abs(x - y) < 1e-6;
  if (a.shortfall !== b.shortfall) return a.shortfall < b.shortfall;
  if (!close(a.score, b.score)) return a.score > b.score;
  if (!close(a.amount, b.amount)) return a.amount < b.amount;
  return a.positions < b.positions;
}

/** The best plan by brute force, or null when decisions entered already break a maximum or budget. */
export function bruteForce(
  pack: RulePack,
  result: CheckResult,
  replan: boolean,
  ratio = 1,
): Best | null {
  const fixed = result.rows
    .filter((r) => !replan && r.decision === 'approved')
    .map((row) => ({ row, amount: row.approved ?? 0 }));
  const free = result.rows
    .map((row, i) => ({ row, position: i + 1 }))
    .filter(({ row }) => (replan || row.decision === 'pending') && row.verdict !== 'ineligible');
  if (free.length > 16) throw new Error('brute force is for 16 rows at most');
  let best: Best | null = null;
  for (let mask = 0; mask < 1 << free.length; mask++) {
    const chosen = free
      .filter((_, i) => mask & (1 << i))
      .map((f) => ({ ...f, amount: amountFor(pack, f.row, ratio) }));
    const approved = [...fixed, ...chosen];
    if (brokenLimits(pack, approved).length > 0) continue;
    const plan: Best = {
      shortfall: missedMinimums(pack, approved),
      score: chosen.reduce((s, c) => s + (c.row.score ?? 0), 0),
      amount: chosen.reduce((s, c) => s + c.amount, 0),
      positions: chosen.reduce((s, c) => s + c.position, 0),
    };
    if (best === null || better(plan, best)) best = plan;
  }
  return best;
}
