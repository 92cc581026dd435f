// Rows tall enough for their wrapped text. LibreOffice keeps the default height of a row that has
// no height of its own, so wrapped notes would show one line; an explicit height reads everywhere.
import type * as ExcelJS from 'exceljs';
import { textWidth } from './workbook-from-grid';

const LINE_HEIGHT = 15; // points per line of 11-point text
const MAX_HEIGHT = 409; // Excel's limit

/** How many lines a text needs in a column of `width` characters. */
export function linesNeeded(text: string, width: number): number {
  // A little slack: proportional fonts and line breaks at word boundaries need more than the count.
  const usable = Math.max(1, (width - 1) * 0.85);
  return text.split('\n').reduce((lines, part) => lines + Math.max(1, Math.ceil(textWidth(part) / usable)), 0);
}

/** Grows a row to `lines` lines; a row whose height the user set keeps it. */
export function fitRowHeight(row: ExcelJS.Row, lines: number): void {
  if (lines <= 1 || row.height !== undefined) return;
  row.height = Math.min(MAX_HEIGHT, lines * LINE_HEIGHT);
}
