// Rows no best plan can hold, left out before the solver sees them. Within one leaf every row
// counts in the same limits, so row A beats row B when A scores at least as much, costs at most as
// much and comes first: swapping B for A keeps every limit and makes the plan better by the
// documented order. A leaf takes at most K rows (the smallest maximum count on its chain), so a row
// that K rows of its leaf beat is never in a best plan: one of those K is left out and would take
// its place. Rows with equal scores and amounts are common (a leaf of 10 万元 each), and without
// this a round of 5,000 rows is thousands of interchangeable variables to the solver.
import type { FreeRow } from './model';

function beats(a: FreeRow, b: FreeRow): boolean {
  return a.score >= b.score && a.amount <= b.amount && a.position < b.position;
}

/** Per free row: true when the solver need not see it (it is left out). */
export function dominatedRows(free: FreeRow[], leafOf: (i: number) => string): boolean[] {
  const byLeaf = new Map<string, number[]>();
  free.forEach((_, i) => {
    const list = byLeaf.get(leafOf(i)) ?? [];
    list.push(i);
    byLeaf.set(leafOf(i), list);
  });
  const out = free.map(() => false);
  for (const list of byLeaf.values()) {
    const chain = free[list[0]].chain;
    const most = Math.min(...chain.map((l) => (l.count === null ? Infinity : l.count.max)));
    if (most === Infinity) continue;
    // Best first: a row's beaters all come before it in this order.
    const sorted = [...list].sort(
      (a, b) =>
        free[b].score - free[a].score ||
        free[a].amount - free[b].amount ||
        free[a].position - free[b].position,
    );
    // Counting beaters among kept rows is enough: a beater left out is itself beaten by K kept rows, which beat this row too.
    const kept: FreeRow[] = [];
    for (const i of sorted) {
      let beaten = 0;
      for (const k of kept) if (beats(k, free[i]) && ++beaten >= most) break;
      if (beaten >= most) out[i] = true;
      else kept.push(free[i]);
    }
  }
  return out;
}
