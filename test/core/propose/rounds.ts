// Small made-up rounds for the proposal tests: a category tree of a few nodes (counts, budgets and
// per-project ranges at several levels) and rows on its leaves, hand-built or from a seed.
import { defaultPack } from '../../../src/core/pack';
import type { CategoryNode, RulePack } from '../../../src/core/pack/schema';
import { seededRandom, type Random } from '../../../src/core/sample/prng';
import type { CheckResult, Decision, RowResult, Verdict } from '../../../src/core/types';

type Range = { min: number; max: number } | null;

export function node(
  code: string,
  parent: string | null,
  count: Range,
  budget: number | null,
  per: Range = null,
): CategoryNode {
  return {
    code,
    name: `类别${code}`,
    en: `Category ${code}`,
    aliases: [],
    parent,
    count,
    per,
    budget,
    who: null,
    clause: '四',
  };
}

export function packWith(categories: CategoryNode[], totalBudget: number): RulePack {
  return { ...defaultPack, categories, total: { ...defaultPack.total, budget: totalBudget } };
}

export interface RowSpec {
  category: string;
  requested: number;
  score: number | null;
  verdict?: Verdict;
  decision?: Decision;
  approved?: number | null;
}

export function roundOf(rows: RowSpec[]): CheckResult {
  const results: RowResult[] = rows.map((spec, i) => ({
    row: i + 3,
    unit: `单位${i + 1}`,
    project: `项目${i + 1}`,
    category: spec.category,
    unitType: '省级学会',
    requested: spec.requested,
    approved: spec.approved ?? null,
    decision: spec.decision ?? 'pending',
    score: spec.score,
    verdict: spec.verdict ?? 'eligible',
    findings: [],
  }));
  return {
    pack: { id: 'test', title: 'test', year: 2022 },
    sheet: '申报汇总',
    headerRow: 2,
    columns: [],
    unknownHeaders: [],
    outputColumns: { verdict: 30, notes: 31 },
    dataRows: results.map((r) => r.row),
    rows: results,
    nodes: [],
    notices: [],
  };
}

/** Trees of different shapes: one level, a shared count below a parent, three levels with two roots. */
export const TREES: {
  name: string;
  categories: (r: Random) => CategoryNode[];
  total: (r: Random) => number;
}[] = [
  {
    name: 'two leaves under the total',
    categories: (r) => [
      node('1', null, { min: r.int(0, 2), max: r.int(2, 4) }, r.int(15, 40), { min: 5, max: 10 }),
      node('2', null, { min: r.int(0, 2), max: r.int(2, 5) }, r.int(20, 50), { min: 5, max: 15 }),
    ],
    total: (r) => r.int(30, 80),
  },
  {
    name: 'a parent whose two leaves share its count',
    categories: (r) => [
      node('1', null, { min: r.int(1, 3), max: r.int(3, 5) }, r.int(20, 60), { min: 5, max: 20 }),
      node('1.1', '1', null, null),
      node('1.2', '1', null, null, { min: 10, max: 10 }),
    ],
    total: (r) => r.int(30, 70),
  },
  {
    name: 'three levels, two roots',
    categories: (r) => [
      node('1', null, { min: r.int(1, 3), max: r.int(3, 6) }, r.int(30, 70)),
      node('1.1', '1', { min: r.int(0, 2), max: r.int(2, 3) }, r.int(10, 40), { min: 5, max: 10 }),
      node('1.1.1', '1.1', { min: r.int(0, 1), max: r.int(1, 2) }, null),
      node('1.1.2', '1.1', null, null),
      node('1.2', '1', { min: 1, max: r.int(1, 3) }, null, { min: 5, max: 20 }),
      node('2', null, null, r.int(10, 30), { min: 5, max: 10 }),
    ],
    total: (r) => r.int(40, 90),
  },
];

/** A random round on a tree: amounts near the ranges (some outside), close scores, a few errors and decisions. */
export function randomRound(
  seed: number,
  treeIndex: number,
  rows: number,
  withDecisions: boolean,
): { pack: RulePack; result: CheckResult } {
  const r = seededRandom(seed);
  const tree = TREES[treeIndex];
  const categories = tree.categories(r);
  const pack = packWith(categories, tree.total(r));
  const leaves = categories.filter((c) => !categories.some((d) => d.parent === c.code));
  const specs: RowSpec[] = [];
  for (let i = 0; i < rows; i++) {
    const leaf = leaves[r.int(0, leaves.length - 1)];
    const verdict: Verdict =
      r.int(0, 9) === 0 ? 'ineligible' : r.int(0, 5) === 0 ? 'attention' : 'eligible';
    const requested = r.int(6, 44) / 2;
    const score = r.int(0, 12) === 0 ? null : 60 + r.int(0, 8) * 2.5;
    let decision: Decision = 'pending';
    let approved: number | null = null;
    if (withDecisions && r.int(0, 4) === 0) {
      decision = r.int(0, 1) === 0 ? 'approved' : 'rejected';
      if (decision === 'approved') approved = requested;
    }
    specs.push({ category: leaf.code, requested, score, verdict, decision, approved });
  }
  return { pack, result: roundOf(specs) };
}
