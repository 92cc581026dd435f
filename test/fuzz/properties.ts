// What must hold after any check, whatever the sheet held: shared by the grid and the file fuzzing.
import { InputError } from '../../src/core/errors';
import { OUTPUT_SHEET_MARK } from '../../src/core/style';
import { matchKey } from '../../src/core/text/normalise';
import { WorkbookFileError } from '../../src/adapters/exceljs/workbook-file-error';
import type { CellValue, CheckResult, OutputPlan, SheetGrid, WorkbookInput } from '../../src/core/types';

/** Excel's last column (XFD) and row. */
export const MAX_COLUMN = 16_384;
export const MAX_ROW = 1_048_576;

/** The only errors a check may throw: documented ones with a sentence in both languages. */
export function expectDocumentedError(error: unknown): void {
  if (!(error instanceof InputError) && !(error instanceof WorkbookFileError)) throw error;
  expect(error.text.zh.length).toBeGreaterThan(0);
  expect(error.text.en.length).toBeGreaterThan(0);
}

const blank = (v: CellValue | undefined) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

function cell(grid: SheetGrid, row: number, column: number): CellValue | undefined {
  return grid.rows[row - (grid.firstRow ?? 1)]?.[column - (grid.firstCol ?? 1)];
}

/**
 * The cell as the reader sees it: inside a merge, every cell holds the merge's top-left value
 * (the reader's documented rule: a merge whose top-left cell lies outside the grid spreads nothing).
 */
function shown(grid: SheetGrid, row: number, column: number): CellValue | undefined {
  const inGrid = (r: number, c: number) => r >= (grid.firstRow ?? 1) && c >= (grid.firstCol ?? 1);
  const m = (grid.merges ?? []).find((m) => m.top <= row && row <= m.bottom && m.left <= column && column <= m.right && inGrid(m.top, m.left));
  return m ? cell(grid, m.top, m.left) : cell(grid, row, column);
}

function lastRowOf(grid: SheetGrid): number {
  return (grid.firstRow ?? 1) + grid.rows.length - 1;
}

function lastColumnOf(grid: SheetGrid): number {
  return (grid.firstCol ?? 1) + Math.max(0, ...grid.rows.map((r) => r?.length ?? 0)) - 1;
}

const TOTAL = /^\s*(合计|总计|小计|total|subtotal)/i;

/** Rows, findings and verdicts: each application row once, every finding on a real row and column. */
export function expectSoundResult(input: WorkbookInput, result: CheckResult): void {
  const grid = input.sheets.find((s) => s.name === result.sheet);
  expect(grid).toBeDefined();
  const sheet = grid as SheetGrid;
  const dataRows = new Set(result.dataRows);

  // Exactly one verdict per data row, in sheet order, all below the header.
  expect(result.rows.map((r) => r.row)).toEqual(result.dataRows);
  expect(dataRows.size).toBe(result.dataRows.length);
  for (const row of result.rows) {
    expect(row.row).toBeGreaterThan(result.headerRow);
    expect(['eligible', 'attention', 'ineligible']).toContain(row.verdict);
  }

  // A row showing anything in an application column is checked, unless it is a total row; a
  // checked row shows something.
  const content = result.columns.filter((c) => c.type !== 'ignored');
  const label = result.columns.filter((c) => c.field === 'unit' || c.field === 'seq');
  for (let row = result.headerRow + 1; row <= lastRowOf(sheet); row++) {
    const filled = content.some((c) => !blank(shown(sheet, row, c.column)));
    const total = label.some((c) => TOTAL.test(String(shown(sheet, row, c.column) ?? '').normalize('NFKC')));
    const filledMapped = result.columns.filter((c) => !blank(shown(sheet, row, c.column)));
    const header = filledMapped.length >= Math.min(3, result.columns.length) && filledMapped.every((c) => matchKey(String(shown(sheet, row, c.column))) === matchKey(c.header));
    if (filled && !total && !header) expect(dataRows.has(row)).toBe(true);
    if (dataRows.has(row)) expect(filled).toBe(true);
  }

  // A finding names a checked row, and a column only when it is one of the sheet's mapped headers.
  const mapped = new Map(result.columns.map((c) => [c.column, c.header]));
  for (const row of result.rows) {
    for (const f of row.findings) {
      expect(f.row).toBe(row.row);
      expect(f.message.zh.length).toBeGreaterThan(0);
      expect(f.message.en.length).toBeGreaterThan(0);
      if (f.column !== undefined) {
        expect(mapped.has(f.column)).toBe(true);
        if (f.header !== undefined) expect(f.header).toBe(mapped.get(f.column));
        expect(f.column).toBeLessThanOrEqual(MAX_COLUMN);
      }
    }
  }
  for (const node of result.nodes) for (const f of node.findings) for (const r of f.rows) expect(dataRows.has(r)).toBe(true);
}

/** The plan writes only into two result columns nobody uses and into sheets that are ours. */
export function expectSafePlan(input: WorkbookInput, result: CheckResult, plan: OutputPlan): void {
  const sheet = input.sheets.find((s) => s.name === result.sheet) as SheetGrid;
  const { verdictColumn, notesColumn, headerRow } = plan.resultColumns;
  expect(verdictColumn).not.toBe(notesColumn);
  for (const column of [verdictColumn, notesColumn]) {
    expect(column).toBeGreaterThanOrEqual(1);
    expect(column).toBeLessThanOrEqual(MAX_COLUMN);
    // Below the header, a result column holds nothing of the user's (an earlier run's results aside).
    const ours = ['校验结果', '问题说明', 'Result', 'Notes'].includes(String(cell(sheet, headerRow, column) ?? '').trim());
    if (!ours) for (let row = headerRow; row <= lastRowOf(sheet); row++) expect(blank(cell(sheet, row, column))).toBe(true);
  }
  expect(plan.resultColumns.cells.map((c) => c.row)).toEqual(result.dataRows);
  for (const row of plan.resultColumns.clearRows) expect(result.dataRows).not.toContain(row);

  for (const table of [plan.summary, plan.issues]) {
    const clash = input.sheets.find((s) => s.name.toLowerCase() === table.name.toLowerCase());
    if (clash) expect(String(clash.rows[0]?.[0] ?? '').startsWith(OUTPUT_SHEET_MARK)).toBe(true);
    expect(table.name.length).toBeLessThanOrEqual(31);
    for (const link of table.links) {
      expect(link.sheet).toBe(result.sheet);
      expect(result.dataRows).toContain(link.sheetRow);
    }
  }
  expect(plan.summary.name.toLowerCase()).not.toBe(plan.issues.name.toLowerCase());

  // Nothing we write is longer than a cell can hold.
  for (const c of plan.resultColumns.cells) expect(c.notes.length).toBeLessThanOrEqual(32_767);
  for (const table of [plan.summary, plan.issues])
    for (const line of table.rows) for (const value of line) if (typeof value === 'string') expect(value.length).toBeLessThanOrEqual(32_767);
}

export { lastColumnOf, lastRowOf };
