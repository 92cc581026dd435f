// The browser mode's deadline setting: the check reads 设置 as if it held the pane's deadline. The
// user's file and the copy's 设置 sheet are not changed (the pane says so).
import { cellText } from '../../core/read/cell-text';
import { cellAt, gridBounds } from '../../core/read/grid';
import { SETTINGS_SHEET } from '../../core/read/pick-sheet';
import { isDeadlineKey } from '../../core/read/settings';
import type { CellValue, SheetGrid, WorkbookInput } from '../../core/types';

/** The input with 设置's deadline replaced by `iso` (or removed, for null); other keys are kept. */
export function withSubmissionDeadline(input: WorkbookInput, iso: string | null): WorkbookInput {
  const old = input.sheets.find((s) => s.name === SETTINGS_SHEET);
  // The reader looks only at column A (the key) and B (the value).
  const rows: CellValue[][] = [];
  if (old) {
    const { firstRow, lastRow } = gridBounds(old);
    for (let row = firstRow; row <= lastRow; row++) {
      const key = cellAt(old, row, 1) ?? null;
      if (isDeadlineKey(cellText(key))) continue;
      rows.push([key, cellAt(old, row, 2) ?? null]);
    }
  }
  if (iso !== null) rows.push(['申报截止日期', iso]);
  const settings: SheetGrid = { name: SETTINGS_SHEET, rows };
  const sheets = old ? input.sheets.map((s) => (s === old ? settings : s)) : [...input.sheets, settings];
  return { ...input, sheets };
}
