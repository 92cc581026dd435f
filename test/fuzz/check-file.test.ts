// Random real .xlsx files through the whole file pipeline (load, read, check, write), as the command
// line and the pane's offline mode run it: either a checked copy comes out, sound, or one
// documented sentence. FUZZ_RUNS=20000 runs a tenth as many files (each takes exceljs a while).
// Full 32,767-character cells are left to the hostile-file tests: in every file they cost seconds.
import fc from 'fast-check';
import { checkWorkbookBytes } from '../../src/adapters/exceljs/check-bytes';
import { readWorkbook } from '../../src/adapters/exceljs/read';
import { hunan2022 } from '../../src/core/pack/hunan-2022';
import { reportSchema } from '../../src/core/report';
import { loadBytes } from '../adapters/exceljs/cell-snapshot';
import { fuzzRuns } from '../fixtures/hostile/cells';
import { userFile, userFileBytes } from '../fixtures/hostile/user-file';
import { expectDocumentedError, expectSafePlan, expectSoundResult } from './properties';

export const FILE_RUNS = fuzzRuns(40, 0.1);

test(`${FILE_RUNS} random .xlsx files: a sound checked copy or a documented sentence`, async () => {
  await fc.assert(
    fc.asyncProperty(userFile({ huge: false }), fc.constantFrom('zh' as const, 'en' as const), async ({ workbook, decorations }, lang) => {
      const bytes = await userFileBytes(workbook.input, decorations);
      let checked;
      try {
        checked = await checkWorkbookBytes(bytes, 'fuzz.xlsx', { pack: hunan2022, lang });
      } catch (error) {
        expectDocumentedError(error);
        return;
      }
      // The result is sound against the cells as they are in the file.
      const asRead = readWorkbook(await loadBytes(bytes), 'fuzz.xlsx');
      expectSoundResult(asRead, checked.result);
      expectSafePlan(asRead, checked.result, checked.plan);
      expect(reportSchema.safeParse(checked.report).success).toBe(true);

      // The copy opens, and holds the user's sheets in order and then our two.
      const out = await loadBytes(checked.output);
      const names = out.worksheets.map((ws) => ws.name);
      expect(names).toEqual([...asRead.sheets.map((s) => s.name), checked.plan.summary.name, checked.plan.issues.name]);
      const ws = out.getWorksheet(checked.result.sheet)!;
      for (const cell of checked.plan.resultColumns.cells) expect(ws.getCell(cell.row, checked.plan.resultColumns.verdictColumn).value).toBe(cell.verdict);
    }),
    { numRuns: FILE_RUNS },
  );
}, 60_000 + FILE_RUNS * 1_000);
