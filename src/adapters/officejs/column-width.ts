// Office.js sets column widths in points; plans and templates give them in characters.

/** Excel's default column is 8.43 characters, 48 points wide. */
const POINTS_PER_CHARACTER = 48 / 8.43;

export function widthInPoints(characters: number): number {
  return Math.round(characters * POINTS_PER_CHARACTER);
}
