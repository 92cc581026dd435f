// Node only: writes a WorkbookInput straight to a file with exceljs' streaming writer, row by row.
// The in-memory writer needs minutes and gigabytes for a 100,000-row sample; this needs seconds
// and little memory. Same cells, types and layout as workbook-from-grid.ts.
import * as ExcelJS from 'exceljs';
import type { CellValue, Merge, WorkbookInput } from '../../core/types';
import { columnWidths, putCellValue, type GridLayout } from './workbook-from-grid';

export async function streamWorkbookToFile(input: WorkbookInput, layouts: Record<string, GridLayout>, filename: string): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename, useStyles: true, useSharedStrings: true });
  wb.creator = '申报助手 Shenbao';
  for (const grid of input.sheets) {
    const layout = layouts[grid.name] ?? {};
    const headerRow = layout.headerRow;
    const ws = wb.addWorksheet(grid.name, headerRow === undefined ? {} : { views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow }] });
    const firstRow = grid.firstRow ?? 1;
    const firstCol = grid.firstCol ?? 1;
    if (headerRow !== undefined) ws.columns = columnWidths(grid, headerRow, layout).map((width) => ({ width }));
    // Each merge is made when its top row comes: made up front, it would create its rows early and
    // the writer, which keeps every uncommitted row, slows down with the square of the row count.
    const mergesByTop = new Map<number, Merge[]>();
    for (const m of grid.merges ?? []) mergesByTop.set(m.top, [...(mergesByTop.get(m.top) ?? []), m]);
    grid.rows.forEach((values: CellValue[], i) => {
      for (const m of mergesByTop.get(firstRow + i) ?? []) ws.mergeCells(m.top, m.left, m.bottom, m.right);
      if (values.length === 0) return;
      const row = ws.getRow(firstRow + i);
      values.forEach((value, j) => putCellValue(row.getCell(firstCol + j), value));
      if (firstRow + i === headerRow) row.font = { bold: true };
      row.commit();
    });
    ws.commit();
  }
  await wb.commit();
}
