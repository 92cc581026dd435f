// Solving the model level by level: each level's optimum is kept while the next is optimised, so
// the plan is the best by score, then the smallest budget use, then the earliest rows.
import { buildModel, type Bound, type Level, type ModelInput } from './model';
import type { LpSolver } from './types';

/** Exact optima: HiGHS stops by default at a 0.01 % gap, which on 5,000 rows is a whole project. */
const OPTIONS = { mip_rel_gap: 0, mip_abs_gap: 1e-9, presolve: 'on' };

export type Solved =
  { feasible: true; chosen: boolean[]; shortfall: number[] } | { feasible: false };

export function solveLevels(solver: LpSolver, input: ModelInput): Solved {
  const levels: Level[] = input.relaxed
    ? ['shortfall', 'score', 'amount', 'position']
    : ['score', 'amount', 'position'];
  const bounds: Bound[] = [];
  let columns: Record<string, { Primal?: number }> = {};
  for (const level of levels) {
    const solution = solver.solve(buildModel(input, level, bounds), OPTIONS);
    if (solution.Status !== 'Optimal') {
      if (bounds.length === 0) return { feasible: false };
      // A kept optimum the solver cannot reach again is a solver failure, not the user's doing.
      throw new Error(
        `proposal: level ${level} is ${solution.Status} after the earlier levels were solved`,
      );
    }
    columns = solution.Columns;
    bounds.push({ level, value: valueOf(input, level, columns) });
  }
  const value = (name: string) => columns[name]?.Primal ?? 0;
  const chosen = input.free.map((_, i) => value(`x${i}`) > 0.5);
  const shortfall: number[] = [];
  for (let k = 0; `s${k}` in columns; k++) shortfall.push(Math.round(value(`s${k}`)));
  return { feasible: true, chosen, shortfall };
}

/** A level's value from the rounded choice, not the solver's floats. */
function valueOf(
  input: ModelInput,
  level: Level,
  columns: Record<string, { Primal?: number }>,
): number {
  const on = (name: string) => ((columns[name]?.Primal ?? 0) > 0.5 ? 1 : 0);
  if (level === 'shortfall') {
    let sum = 0;
    for (let k = 0; `s${k}` in columns; k++) sum += Math.round(columns[`s${k}`].Primal ?? 0);
    return sum;
  }
  let sum = 0;
  input.free.forEach((row, i) => {
    sum +=
      on(`x${i}`) *
      (level === 'score' ? row.score : level === 'amount' ? row.amount : row.position);
  });
  return sum;
}
