// WorkbookInput → an exceljs workbook, keeping each value's type: dates as date cells, numbers as
// numbers, text as text (a date typed as text stays text). Used for the sample and for test files.
import * as ExcelJS from 'exceljs';
import type { CellValue, SheetGrid, WorkbookInput } from '../../core/types';

const DATE_FORMAT = 'yyyy-mm-dd';

export interface GridLayout {
  /** 1-based sheet row of the header row, to make bold and keep in view; none when absent. */
  headerRow?: number;
  /** Column widths in characters; default from the header text. */
  widths?: number[];
}

/** A value into a cell with its type: a Date becomes a date cell, an error an error cell. */
export function putCellValue(cell: ExcelJS.Cell, value: CellValue): void {
  if (value === null) return;
  if (value instanceof Date) {
    cell.value = value;
    cell.numFmt = DATE_FORMAT;
  } else if (typeof value === 'object') {
    cell.value = { error: value.error } as ExcelJS.CellErrorValue;
  } else {
    cell.value = value;
  }
}

/** Roughly how many character widths a header needs: CJK characters count double. */
export function textWidth(text: string): number {
  // By UTF-16 unit, not by `for…of`: it runs for every cell Shenbao writes. A character outside the
  // BMP (a surrogate pair) counts once, as wide.
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xdc00 && unit <= 0xdfff && i > 0) {
      const before = text.charCodeAt(i - 1);
      if (before >= 0xd800 && before <= 0xdbff) continue;
    }
    width += unit > 0x2e80 ? 2 : 1;
  }
  return width;
}

const WIDTH_SAMPLE_ROWS = 200;
const MAX_WIDTH = 40;

/** Wide enough for the header and the longer values near the top, within reason. */
function columnWidth(header: CellValue, values: CellValue[]): number {
  let widest = textWidth(String(header ?? ''));
  for (const value of values) {
    const text = value instanceof Date ? '2022-12-31' : value === null || typeof value === 'object' ? '' : String(value);
    widest = Math.max(widest, textWidth(text));
  }
  return Math.max(8, Math.min(MAX_WIDTH, widest + 2));
}

/** Widths of the header row's columns: the layout's, else fitted to the header and the first rows. */
export function columnWidths(grid: SheetGrid, headerRow: number, layout: GridLayout): number[] {
  const firstRow = grid.firstRow ?? 1;
  const headers = grid.rows[headerRow - firstRow] ?? [];
  const body = grid.rows.slice(headerRow - firstRow + 1, headerRow - firstRow + 1 + WIDTH_SAMPLE_ROWS);
  return headers.map((header, j) => layout.widths?.[j] ?? columnWidth(header, body.map((row) => row[j] ?? null)));
}

export function addGridSheet(wb: ExcelJS.Workbook, grid: SheetGrid, layout: GridLayout = {}): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(grid.name);
  const firstRow = grid.firstRow ?? 1;
  const firstCol = grid.firstCol ?? 1;
  grid.rows.forEach((values, i) => {
    if (values.length === 0) return;
    const row = ws.getRow(firstRow + i);
    values.forEach((value, j) => putCellValue(row.getCell(firstCol + j), value));
  });
  for (const m of grid.merges ?? []) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  const headerRow = layout.headerRow;
  if (headerRow !== undefined) {
    ws.getRow(headerRow).font = { bold: true };
    columnWidths(grid, headerRow, layout).forEach((width, j) => (ws.getColumn(firstCol + j).width = width));
    ws.views = [{ state: 'frozen', xSplit: 0, ySplit: headerRow }];
  }
  return ws;
}

export function workbookFromInput(input: WorkbookInput, layouts: Record<string, GridLayout> = {}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = '申报助手 Shenbao';
  for (const grid of input.sheets) addGridSheet(wb, grid, layouts[grid.name]);
  return wb;
}
