// Text we write that starts with = + - @ would become a formula. We set the number format `@`
// (text) on such cells in the same request, before the values: it needs no change to the text
// itself (an apostrophe would show up in the formula bar and in copies), and works on ExcelApi 1.1.
import type { TableCell } from '../../core/types';

export const TEXT_FORMAT = '@';

export function looksLikeFormula(value: unknown): boolean {
  return typeof value === 'string' && /^[=+\-@]/.test(value);
}

/**
 * Number formats for a block of values: `@` where the text would turn into a formula, else the
 * column's format. `null` leaves a cell's format as it is.
 */
export function formatsFor(
  rows: (TableCell | undefined)[][],
  cellFormat: (row: number, column: number) => string | null,
): (string | null)[][] {
  return rows.map((line, i) => line.map((value, j) => (looksLikeFormula(value) ? TEXT_FORMAT : cellFormat(i, j))));
}
