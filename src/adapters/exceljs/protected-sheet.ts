// A protected submissions sheet: the file path writes a new file, so it can write the result columns
// there (Excel's protection binds people using Excel, not programs writing the file). The user is
// told, since the result cells in the copy are as locked as the rest of the sheet.
import type * as ExcelJS from 'exceljs';
import type { Message } from '../../core/types';

export function protectedSheetNotice(wb: ExcelJS.Workbook, sheet: string, fileName: string): Message | null {
  const ws = wb.getWorksheet(sheet) as (ExcelJS.Worksheet & { sheetProtection?: { sheet?: boolean } }) | undefined;
  if (!ws?.sheetProtection?.sheet) return null;
  return {
    zh: `“${fileName}”的工作表「${sheet}」设有保护：结果列已写入检查结果文件，保护照旧保留，结果单元格同样被锁定（原文件未改动）。`,
    en: `Sheet "${sheet}" of "${fileName}" is protected: the result columns are written into the checked copy, which keeps the protection, so the result cells are locked too (the original file is not changed).`,
  };
}
