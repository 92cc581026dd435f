// Text we write must land as the same text. Excel turns typed text that starts with = + - @ into a
// formula, and text such as "9" or "2022-10-31" into a number or a date. We set the number format
// `@` (text) on every text cell in the same request, before the values: it needs no change to the
// text itself (an apostrophe would show in the formula bar and in copies) and works on ExcelApi 1.1.
import type { TableCell } from '../../core/types';

export const TEXT_FORMAT = '@';

export function looksLikeFormula(value: unknown): boolean {
  return typeof value === 'string' && /^[=+\-@]/.test(value);
}

/**
 * Number formats for a block of values: `@` for text, else the cell's own format. `null` leaves a
 * cell's format as it is.
 */
export function formatsFor(
  rows: (TableCell | undefined)[][],
  cellFormat: (row: number, column: number) => string | null,
): (string | null)[][] {
  return rows.map((line, i) => line.map((value, j) => (typeof value === 'string' ? TEXT_FORMAT : cellFormat(i, j))));
}
