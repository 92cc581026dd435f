// Reading a workbook file back in Node (exceljs) to see what the pane wrote.
import ExcelJS from 'exceljs';
import { createHash } from 'crypto';
import * as fs from 'fs';

export async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

export function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** A cell's value as plain data (rich text as its text, formulas as their result), for comparing. */
export function plainValue(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((run) => run.text).join('');
    if ('formula' in value || 'sharedFormula' in value)
      return {
        formula: 'formula' in value ? value.formula : value.sharedFormula,
        result: (value as { result?: unknown }).result ?? null,
      };
    if ('text' in value && 'hyperlink' in value) return value.text;
  }
  return value;
}

/** The row and column of the first cell whose text is `text` within the first `rows` rows. */
export function findCell(
  sheet: ExcelJS.Worksheet,
  text: string,
  rows = 10,
): { row: number; column: number } | null {
  for (let row = 1; row <= Math.min(rows, sheet.rowCount); row++) {
    for (let column = 1; column <= sheet.columnCount; column++) {
      if (plainValue(sheet.getCell(row, column).value) === text) return { row, column };
    }
  }
  return null;
}
