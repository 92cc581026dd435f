// HiGHS for the command line: the WebAssembly build from node_modules, loaded once per process.
import highsLoader from 'highs';
import type { LpSolver } from '../core/propose';

let loading: Promise<LpSolver> | null = null;

export function loadSolver(): Promise<LpSolver> {
  loading ??= highsLoader();
  return loading;
}
