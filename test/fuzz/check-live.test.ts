// Random grids as live workbooks in the fake Excel host, checked by the add-in's adapter: either the
// check finishes with every user cell as it was (only the two result columns and our sheets are
// written), or it stops with one OfficeHostError sentence. Nothing else is thrown.
import fc from 'fast-check';
import { checkActiveWorkbook, OfficeHostError } from '../../src/adapters/officejs';
import { hunan2022 } from '../../src/core/pack/hunan-2022';
import { removeFakeExcel, specFromInput, useFakeExcel } from '../adapters/officejs/fixtures';
import { fuzzRuns, fuzzWorkbook } from '../fixtures/hostile/cells';
import type { WorkbookInput } from '../../src/core/types';
import { expectSafePlan, expectSoundResult } from './properties';

/**
 * The workbook as Excel holds it: trailing rows with nothing typed in them are not part of the used
 * range (a merge reaching down into them is clipped to what is used, as the add-in reads it).
 */
function asExcelHoldsIt(input: WorkbookInput): WorkbookInput {
  const empty = (row: unknown[] | undefined) => !row || row.every((v) => v === null || v === undefined || v === '');
  return {
    ...input,
    sheets: input.sheets.map((grid) => {
      const rows = [...grid.rows];
      while (rows.length > 0 && empty(rows[rows.length - 1])) rows.pop();
      return { ...grid, rows };
    }),
  };
}

afterEach(removeFakeExcel);

export const LIVE_RUNS = fuzzRuns(100, 0.25);

test(`${LIVE_RUNS} random live workbooks: sound results, user cells untouched, or one sentence`, async () => {
  await fc.assert(
    fc.asyncProperty(fuzzWorkbook({ maxRows: 15 }), fc.constantFrom('zh' as const, 'en' as const), async (generated, lang) => {
      const input = asExcelHoldsIt(generated.input);
      const fake = useFakeExcel(specFromInput(input));
      const before = new Map(fake.sheetNames().map((name) => [name, fake.cellsOf(name)]));
      let outcome;
      try {
        outcome = await checkActiveWorkbook({ pack: hunan2022, lang });
      } catch (error) {
        if (!(error instanceof OfficeHostError)) throw error;
        expect(error.text.zh.length).toBeGreaterThan(0);
        expect(error.text.en.length).toBeGreaterThan(0);
        // A refusal changes nothing.
        expect(new Map(fake.sheetNames().map((name) => [name, fake.cellsOf(name)]))).toEqual(before);
        return;
      }
      expectSoundResult(input, outcome.result);
      expectSafePlan(input, outcome.result, outcome.plan);

      // Every user sheet is still there, and every user cell outside the two result columns is as it was.
      const { sheet, verdictColumn, notesColumn } = outcome.plan.resultColumns;
      for (const [name, cells] of before) {
        const after = fake.cellsOf(name);
        for (const [address, cell] of Object.entries(cells)) {
          const column = /^([A-Z]+)/.exec(address)![1];
          const index = [...column].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
          if (name === sheet && (index === verdictColumn || index === notesColumn)) continue;
          expect([name, address, after[address]]).toEqual([name, address, cell]);
        }
      }
      expect(fake.sheetNames().slice(0, before.size)).toEqual([...before.keys()]);
    }),
    { numRuns: LIVE_RUNS },
  );
}, 60_000 + LIVE_RUNS * 500);
