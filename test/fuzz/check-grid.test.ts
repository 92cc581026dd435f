// Random grids of every kind of cell, fed to the core: a check either finishes with each
// application row judged once, or stops with one documented sentence. Nothing else is thrown.
// FUZZ_RUNS=20000 npx jest test/fuzz runs the long version.
import fc from 'fast-check';
import { checkWorkbook } from '../../src/core/check';
import { hunan2022 } from '../../src/core/pack/hunan-2022';
import { planOutputs } from '../../src/core/summary';
import { buildReport, reportSchema } from '../../src/core/report';
import { fuzzRuns, fuzzWorkbook } from '../fixtures/hostile/cells';
import { expectDocumentedError, expectSafePlan, expectSoundResult } from './properties';

export const GRID_RUNS = fuzzRuns(300);

test(`${GRID_RUNS} random workbooks: checked soundly or refused with a documented sentence`, () => {
  let checked = 0;
  fc.assert(
    fc.property(fuzzWorkbook(), fc.constantFrom('zh' as const, 'en' as const), ({ input }, lang) => {
      let result;
      try {
        result = checkWorkbook(input, hunan2022);
      } catch (error) {
        expectDocumentedError(error);
        return;
      }
      checked++;
      expectSoundResult(input, result);
      const existing = input.sheets.map((s) => ({ name: s.name, a1: s.rows[0]?.[0] ?? null }));
      expectSafePlan(input, result, planOutputs(result, hunan2022, lang, existing));
      expect(reportSchema.safeParse(buildReport(result)).success).toBe(true);
    }),
    { numRuns: GRID_RUNS },
  );
  // The generator is meant to reach the checks, not only the refusals.
  expect(checked).toBeGreaterThan(GRID_RUNS / 3);
});
