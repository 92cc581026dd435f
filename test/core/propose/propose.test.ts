// 建议立项 held to brute force: on small random rounds (every subset of at most 16 rows, three
// trees), the solver's plan keeps every limit, checked here without the solver, and is the best by
// the documented order; a minimum that cannot be met gives the documented message; decisions
// entered stay as they are.
import { loadSolver } from '../../../src/cli/solver';
import { propose, type LpSolver, type Proposal } from '../../../src/core/propose';
import type { RulePack } from '../../../src/core/pack/schema';
import type { CheckResult } from '../../../src/core/types';
import { amountFor, bruteForce, brokenLimits, missedMinimums } from './brute-force';
import { node, packWith, randomRound, roundOf, TREES } from './rounds';

// Each brute-force test solves dozens of rounds and enumerates up to 2^16 plans per round.
jest.setTimeout(60_000);

let solver: LpSolver;
beforeAll(async () => {
  solver = await loadSolver();
});

function planOf(proposal: Proposal, result: CheckResult) {
  const byRow = new Map(result.rows.map((r) => [r.row, r]));
  return proposal.rows
    .filter((p) => p.status === 'proposed' || p.status === 'fixed-approved')
    .map((p) => ({ row: byRow.get(p.row)!, amount: p.amount!, proposed: p.status === 'proposed' }));
}

function positionsOf(proposal: Proposal): number {
  return proposal.rows.reduce((s, p, i) => s + (p.status === 'proposed' ? i + 1 : 0), 0);
}

const outcomesSeen = new Set<string>();

function expectSameAsBruteForce(pack: RulePack, result: CheckResult, replan: boolean, ratio = 1) {
  const proposal = propose(result, pack, solver, { replan, cutRatio: ratio });
  outcomesSeen.add(proposal.outcome);
  const best = bruteForce(pack, result, replan, ratio);
  if (best === null) {
    expect(proposal.outcome).toBe('conflict');
    expect(proposal.rows.some((p) => p.status === 'proposed')).toBe(false);
    return proposal;
  }
  const plan = planOf(proposal, result);
  expect(brokenLimits(pack, plan)).toEqual([]);
  for (const p of plan.filter((a) => a.proposed)) {
    expect(p.row.verdict).not.toBe('ineligible');
    expect(p.amount).toBe(amountFor(pack, p.row, ratio));
  }
  expect(missedMinimums(pack, plan)).toBe(best.shortfall);
  expect(proposal.outcome).toBe(best.shortfall === 0 ? 'optimal' : 'relaxed');
  expect(proposal.score).toBeCloseTo(best.score, 6);
  expect(proposal.amount).toBeCloseTo(best.amount, 6);
  expect(positionsOf(proposal)).toBe(best.positions);
  return proposal;
}

describe('the same plan as brute force on random rounds', () => {
  TREES.forEach((tree, t) => {
    test(`${tree.name}: 40 rounds of 6 to 12 rows, nothing decided yet`, () => {
      for (let seed = 1; seed <= 40; seed++) {
        const { pack, result } = randomRound(seed * 7 + t, t, 6 + (seed % 7), false);
        expectSameAsBruteForce(pack, result, false);
      }
    });

    test(`${tree.name}: 30 rounds with decisions entered, kept and then re-planned`, () => {
      for (let seed = 1; seed <= 30; seed++) {
        const { pack, result } = randomRound(1000 + seed * 7 + t, t, 8 + (seed % 5), true);
        const kept = expectSameAsBruteForce(pack, result, false);
        // Every decision entered is 已定, with the amount entered.
        result.rows.forEach((row, i) => {
          if (row.decision === 'approved')
            expect(kept.rows[i]).toMatchObject({ status: 'fixed-approved', amount: row.approved });
          if (row.decision === 'rejected')
            expect(kept.rows[i]).toMatchObject({ status: 'fixed-rejected', amount: null });
        });
        const replanned = expectSameAsBruteForce(pack, result, true);
        expect(replanned.rows.some((p) => p.status.startsWith('fixed'))).toBe(false);
      }
    });
  });

  test('16 rows, the most brute force takes, on each tree', () => {
    TREES.forEach((_, t) => {
      const { pack, result } = randomRound(77 + t, t, 16, false);
      expectSameAsBruteForce(pack, result, false);
    });
  });

  test('the random rounds above met all three outcomes: optimal, relaxed and conflict', () => {
    expect([...outcomesSeen].sort()).toEqual(['conflict', 'optimal', 'relaxed']);
  });

  test('a uniform cut (按比例核减 to 80 %) is also the best plan for the amounts it gives', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const { pack, result } = randomRound(500 + seed, seed % 3, 10, false);
      expectSameAsBruteForce(pack, result, false, 0.8);
    }
  });
});

describe('examples', () => {
  const pack = packWith([node('1', null, { min: 2, max: 2 }, 25, { min: 5, max: 15 })], 100);

  test('the best two scores that fit the budget; a good row left out says which budget bound it', () => {
    const result = roundOf([
      { category: '1', requested: 15, score: 95 },
      { category: '1', requested: 15, score: 90 },
      { category: '1', requested: 10, score: 80 },
    ]);
    // Room for three projects but 25 万元: 95 and 80 (25 万元) beat 95 and 90 (30 万元, over budget).
    const roomy = packWith([node('1', null, { min: 2, max: 3 }, 25, { min: 5, max: 15 })], 100);
    const proposal = propose(result, roomy, solver);
    expect(proposal.rows.map((r) => r.status)).toEqual(['proposed', 'left-out', 'proposed']);
    expect(proposal.rows[1].reason?.zh).toBe('“类别1”预算不足（剩余 0 万元，本项需 15 万元）');
    expect(proposal.rows.map((r) => r.rank)).toEqual([1, 2, 3]);
  });

  test('equal scores: the plan that uses less budget, then the earlier row', () => {
    const result = roundOf([
      { category: '1', requested: 12, score: 80 },
      { category: '1', requested: 8, score: 80 },
      { category: '1', requested: 8, score: 80 },
      { category: '1', requested: 8, score: 80 },
    ]);
    const proposal = propose(result, pack, solver);
    expect(proposal.rows.map((r) => r.status)).toEqual([
      'left-out',
      'proposed',
      'proposed',
      'left-out',
    ]);
    expect(proposal.rows[3].reason?.zh).toBe('“类别1”名额已满（2/2 项）');
  });

  test('an error row is never proposed, a 需关注 row may be and is marked', () => {
    const result = roundOf([
      { category: '1', requested: 10, score: 99, verdict: 'ineligible' },
      { category: '1', requested: 10, score: 70, verdict: 'attention' },
      { category: '1', requested: 10, score: 60 },
    ]);
    const proposal = propose(result, pack, solver);
    expect(proposal.rows.map((r) => r.status)).toEqual(['excluded', 'proposed', 'proposed']);
    expect(proposal.rows[0].reason?.zh).toBe('本行有不合格问题，不能建议批准');
    expect(proposal.rows[1].attention).toBe(true);
  });

  test('an amount outside the range is clamped into it', () => {
    const result = roundOf([
      { category: '1', requested: 3, score: 90 },
      { category: '1', requested: 30, score: 80 },
    ]);
    // 5 + 15 = 20 ≤ 25: both fit once clamped.
    expect(propose(result, pack, solver).rows.map((r) => r.amount)).toEqual([5, 15]);
  });

  test('a minimum that the rows cannot reach: the message names the node and the count, and the plan relaxes only that minimum', () => {
    const tree = packWith(
      [
        node('1', null, { min: 3, max: 4 }, 100, { min: 5, max: 10 }),
        node('1.1', '1', { min: 2, max: 2 }, null),
        node('1.2', '1', null, null),
      ],
      100,
    );
    const result = roundOf([
      { category: '1.1', requested: 10, score: 90 },
      { category: '1.2', requested: 10, score: 80 },
      { category: '1.2', requested: 10, score: 70, verdict: 'ineligible' },
    ]);
    const proposal = propose(result, tree, solver);
    expect(proposal.outcome).toBe('relaxed');
    expect(proposal.rows.map((r) => r.status)).toEqual(['proposed', 'proposed', 'excluded']);
    // 类别1 is short only because 类别1.1 is: one message, for the cause.
    expect(proposal.messages.map((m) => m.zh)).toEqual([
      '“类别1.1”最少需批准 2 项，但可批准的合格申报只有 1 项（另有已定批准 0 项）：无法达到最少项目数。以下建议放宽了这一最少项目数。',
    ]);
    expect(proposal.nodes.find((n) => n.code === '1')).toMatchObject({ planCount: 2, shortBy: 1 });
  });

  test('a parent short beyond what its children miss gets its own message', () => {
    const tree = packWith(
      [
        node('1', null, { min: 3, max: 4 }, 100, { min: 5, max: 10 }),
        node('1.1', '1', { min: 1, max: 2 }, null),
        node('1.2', '1', null, null),
      ],
      100,
    );
    const result = roundOf([
      { category: '1.1', requested: 10, score: 90 },
      { category: '1.2', requested: 10, score: 80 },
    ]);
    expect(propose(result, tree, solver).messages.map((m) => m.zh)).toEqual([
      '“类别1”最少需批准 3 项，但可批准的合格申报只有 2 项（另有已定批准 0 项）：无法达到最少项目数。以下建议放宽了这一最少项目数。',
    ]);
  });

  test('a minimum the budget cannot reach says so', () => {
    const tight = packWith([node('1', null, { min: 3, max: 3 }, 20, { min: 5, max: 10 })], 100);
    const result = roundOf(
      [10, 10, 10].map((requested, i) => ({ category: '1', requested, score: 90 - i })),
    );
    const proposal = propose(result, tight, solver);
    expect(proposal.outcome).toBe('relaxed');
    expect(proposal.messages[0].zh).toBe(
      '“类别1”最少需批准 3 项，但受预算和其他类别的项目数所限，本建议只批准了 2 项（各类别合计的缺口已尽量小）。以下建议放宽了这一最少项目数。',
    );
  });

  test('decisions entered over a maximum: nothing proposed, and the message says what to change', () => {
    const result = roundOf([
      { category: '1', requested: 10, score: 90, decision: 'approved', approved: 10 },
      { category: '1', requested: 10, score: 80, decision: 'approved', approved: 10 },
      { category: '1', requested: 5, score: 80, decision: 'approved', approved: 5 },
      { category: '1', requested: 5, score: 70 },
    ]);
    const proposal = propose(result, pack, solver);
    expect(proposal.outcome).toBe('conflict');
    expect(proposal.messages[0].zh).toBe(
      '已定批准的项目在“类别1”已有 3 项，超过最多 2 项：请先修改评审结果，或选择重新规划全部项目。',
    );
    expect(proposal.rows.map((r) => r.status)).toEqual([
      'fixed-approved',
      'fixed-approved',
      'fixed-approved',
      'left-out',
    ]);
    // Re-planned, the best two are chosen afresh: 90 + 80 either way, and row 3's 5 万元 is the smaller use.
    expect(propose(result, pack, solver, { replan: true }).rows.map((r) => r.status)).toEqual([
      'proposed',
      'left-out',
      'proposed',
      'left-out',
    ]);
  });
});
