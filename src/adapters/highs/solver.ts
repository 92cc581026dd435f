// HiGHS (npm `highs`) as the proposal's LpSolver (core/propose). Type-only import: the caller loads the
// WebAssembly (from node_modules in Node, from our own origin in the pane) and hands it here.
import type { Highs } from 'highs';
import type { LpSolution, LpSolver } from '../../core/propose/types';

export function highsSolver(highs: Highs): LpSolver {
  return {
    solve(lp, options) {
      const solution = highs.solve(lp, options as Parameters<Highs['solve']>[1]);
      const columns: LpSolution['Columns'] = {};
      for (const [name, column] of Object.entries(solution.Columns))
        columns[name] = 'Primal' in column ? { Primal: column.Primal } : {};
      return { Status: solution.Status, Columns: columns };
    },
  };
}
