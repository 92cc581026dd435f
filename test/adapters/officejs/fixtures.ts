// Building fake Excel workbooks for the adapter's tests: a WorkbookInput (e.g. from the core's
// sample generator) as the cells a user would have typed, installed as the global Excel and Office.
import { generateSample } from '../../../src/core/sample';
import { hunan2022 } from '../../../src/core/pack/hunan-2022';
import type { CellValue, Merge, SheetGrid, WorkbookInput } from '../../../src/core/types';
import { ApiLevel, CellSpec, FakeExcel, FakeExcelSpec, FakeSheetSpec, createFakeExcel, installFakeOffice } from '../../fakes/excel';
import { columnLetters } from '../../fakes/excel/addresses';

const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A cell as Excel holds it: a date is a serial number. */
function toCellSpec(value: CellValue): CellSpec {
  if (value instanceof Date) return (value.getTime() - EXCEL_EPOCH) / MS_PER_DAY;
  return value;
}

const mergeAddress = (m: Merge) => `${columnLetters(m.left)}${m.top}:${columnLetters(m.right)}${m.bottom}`;

/** Date cells as Excel keeps them: a serial number in a cell with a date format. */
function dateFormats(grid: SheetGrid): Record<string, string> {
  const formats: Record<string, string> = {};
  grid.rows.forEach((row, i) =>
    row.forEach((value, j) => {
      if (value instanceof Date) formats[`${columnLetters((grid.firstCol ?? 1) + j)}${(grid.firstRow ?? 1) + i}`] = 'yyyy-mm-dd';
    }),
  );
  return formats;
}

export function specFromInput(input: WorkbookInput, options: Omit<FakeExcelSpec, 'sheets'> = {}): FakeExcelSpec {
  const sheets: FakeSheetSpec[] = input.sheets.map((grid) => ({
    name: grid.name,
    rows: grid.rows.map((row) => row.map(toCellSpec)),
    firstRow: grid.firstRow,
    firstCol: grid.firstCol,
    merges: grid.merges?.map(mergeAddress),
    numberFormats: dateFormats(grid),
  }));
  return { activeSheet: input.activeSheet, ...options, sheets };
}

let uninstall: (() => void) | null = null;

/** Create a fake Excel and make it the global Excel and Office (undone by `removeFakeExcel`). */
export function useFakeExcel(spec: FakeExcelSpec): FakeExcel {
  removeFakeExcel();
  const fake = createFakeExcel(spec);
  uninstall = installFakeOffice(globalThis, fake);
  return fake;
}

export function removeFakeExcel(): void {
  uninstall?.();
  uninstall = null;
}

/** A sample round of `rows` applications in a fake Excel at `apiLevel`. */
export function sampleExcel(rows: number, apiLevel: ApiLevel = '1.13', seed = 7): FakeExcel {
  return useFakeExcel(specFromInput(generateSample(hunan2022, { rows, seed }), { apiLevel }));
}

/** Every cell address of the two result columns of a plan, for excluding them from comparisons. */
export function isResultColumn(address: string, verdictColumn: number, notesColumn: number): boolean {
  const letters = /^[A-Z]+/.exec(address)?.[0];
  return letters === columnLetters(verdictColumn) || letters === columnLetters(notesColumn);
}

export { columnLetters };
