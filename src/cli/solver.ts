// HiGHS for the command line: the WebAssembly build from node_modules, loaded once per process.
import highsLoader from 'highs';
import { highsSolver } from '../adapters/highs/solver';
import type { LpSolver } from '../core/propose';

let loading: Promise<LpSolver> | undefined;

export function loadSolver(): Promise<LpSolver> {
  loading ??= highsLoader().then(highsSolver);
  return loading;
}
