// An exceljs workbook → the core's WorkbookInput: plain values, merges, and where the used area starts.
// Browser-safe: no fs, no path. One pass over the stored cells, no copies of exceljs' model.
import type * as ExcelJS from 'exceljs';
import type { CellValue, Merge, SheetGrid, WorkbookInput } from '../../core/types';

// exceljs' ValueType enum, inlined so this file needs only exceljs' types (the browser build is a global).
const enum ValueType {
  Null = 0,
  Merge = 1,
  Number = 2,
  String = 3,
  Date = 4,
  Hyperlink = 5,
  Formula = 6,
  SharedString = 7,
  RichText = 8,
  Boolean = 9,
  Error = 10,
}

type RichText = { richText: { text: string }[] };

function plainText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && 'richText' in (value as object)) {
    return (value as RichText).richText.map((run) => run.text).join('');
  }
  return String(value);
}

/** A formula's cached result as a CellValue. exceljs keeps `result` as a number, string, Date, boolean or {error}. */
function formulaResult(cell: ExcelJS.Cell): CellValue | undefined {
  const result = (cell as unknown as { result: unknown }).result;
  if (result === undefined || result === null) return undefined;
  if (typeof result === 'object' && !(result instanceof Date)) {
    if ('error' in (result as object)) return { error: String((result as { error: unknown }).error) };
    return plainText(result);
  }
  return result as CellValue;
}

/**
 * One cell as the core reads it. A formula with no cached result (a file saved by a program that
 * does not calculate) reads as its text, "=SUM(B2:B5)": the core then quotes it back in `bad-value`
 * instead of silently reading an empty cell.
 */
export function cellValue(cell: ExcelJS.Cell): CellValue {
  const value = cell.value as unknown;
  switch (cell.type as number) {
    case ValueType.Null:
    case ValueType.Merge:
      return null;
    case ValueType.Number:
    case ValueType.Boolean:
    case ValueType.Date:
      return value as CellValue;
    case ValueType.String:
    case ValueType.SharedString:
      return value as string;
    case ValueType.RichText:
      return plainText(value);
    case ValueType.Hyperlink:
      return plainText((value as { text: unknown }).text);
    case ValueType.Formula: {
      const result = formulaResult(cell);
      return result !== undefined ? result : `=${cell.formula ?? ''}`;
    }
    case ValueType.Error:
      return { error: String((value as { error: unknown }).error) };
    default:
      return value === undefined ? null : (value as CellValue);
  }
}

function isBlank(value: CellValue): boolean {
  return value === null || value === '';
}

function sheetMerges(ws: ExcelJS.Worksheet): Merge[] {
  // `_merges` is the index exceljs keeps (master address → range); `ws.model` would rebuild every row.
  const index = (ws as unknown as { _merges: Record<string, { model: Merge }> })._merges ?? {};
  return Object.values(index).map(({ model }) => ({
    top: model.top,
    left: model.left,
    bottom: model.bottom,
    right: model.right,
  }));
}

/** One worksheet as a grid that starts at its first filled row and column. */
export function readSheet(ws: ExcelJS.Worksheet): SheetGrid {
  const cells: { row: number; values: CellValue[] }[] = [];
  let firstRow = Infinity;
  let firstCol = Infinity;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: CellValue[] = [];
    let filled = false;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const value = cellValue(cell);
      if (isBlank(value)) return;
      values[colNumber - 1] = value;
      filled = true;
      if (colNumber < firstCol) firstCol = colNumber;
    });
    if (!filled) return;
    if (rowNumber < firstRow) firstRow = rowNumber;
    cells.push({ row: rowNumber, values });
  });
  const merges = sheetMerges(ws);
  if (cells.length === 0) return { name: ws.name, rows: [], firstRow: 1, firstCol: 1, merges };

  const rows: CellValue[][] = [];
  for (const { row, values } of cells) {
    const line: CellValue[] = new Array(Math.max(0, values.length - firstCol + 1));
    for (let j = 0; j < line.length; j++) line[j] = values[j + firstCol - 1] ?? null;
    rows[row - firstRow] = line;
  }
  for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
  return { name: ws.name, rows, firstRow, firstCol, merges };
}

/** Every worksheet, in workbook order (chart sheets are not worksheets and are not listed). */
export function readWorkbook(wb: ExcelJS.Workbook, source?: string): WorkbookInput {
  const sheets: SheetGrid[] = [];
  wb.eachSheet((ws) => sheets.push(readSheet(ws)));
  return source === undefined ? { sheets } : { source, sheets };
}
