// Reading a SheetGrid by sheet coordinates, with merged areas spread so every cell of a merge reads
// as its top-left value (a 申报单位 merged over two rows names the unit of both).
import type { CellValue, SheetGrid } from '../types';

/** Row and column bounds of a grid, in 1-based sheet coordinates. */
export interface GridBounds {
  firstRow: number;
  lastRow: number;
  firstCol: number;
  lastCol: number;
}

export function gridBounds(grid: SheetGrid): GridBounds {
  const firstRow = grid.firstRow ?? 1;
  const firstCol = grid.firstCol ?? 1;
  let width = 0;
  for (const row of grid.rows) if (row && row.length > width) width = row.length;
  return { firstRow, lastRow: firstRow + grid.rows.length - 1, firstCol, lastCol: firstCol + width - 1 };
}

/** The cell at 1-based sheet (row, column); null outside the grid. */
export function cellAt(grid: SheetGrid, row: number, column: number): CellValue {
  const cells = grid.rows[row - (grid.firstRow ?? 1)];
  if (!cells) return null;
  const value = cells[column - (grid.firstCol ?? 1)];
  return value === undefined ? null : value;
}

/**
 * A copy of the grid in which every cell of a merge holds the merge's top-left value. Only the rows
 * a merge touches are copied; the input grid is left as it was. Merges reaching beyond the grid are
 * clipped to it; a merge whose top-left cell is outside the grid spreads nothing.
 */
export function spreadMerges(grid: SheetGrid): SheetGrid {
  const merges = grid.merges ?? [];
  if (merges.length === 0) return grid;
  const firstRow = grid.firstRow ?? 1;
  const firstCol = grid.firstCol ?? 1;
  const rows = grid.rows.slice();
  const bounds = gridBounds(grid);
  const widthIndex = bounds.lastCol - firstCol;
  const copied = new Set<number>();
  for (const merge of merges) {
    const topIndex = merge.top - firstRow;
    const leftIndex = merge.left - firstCol;
    if (topIndex < 0 || leftIndex < 0 || topIndex >= rows.length) continue;
    const value = rows[topIndex]?.[leftIndex] ?? null;
    const bottomIndex = Math.min(merge.bottom - firstRow, rows.length - 1);
    const rightIndex = Math.min(merge.right - firstCol, widthIndex);
    for (let r = topIndex; r <= bottomIndex; r++) {
      if (!copied.has(r)) {
        rows[r] = (rows[r] ?? []).slice();
        copied.add(r);
      }
      const row = rows[r];
      for (let c = leftIndex; c <= rightIndex; c++) row[c] = value;
    }
  }
  return { ...grid, rows };
}

/** A sheet name as a reference, a formula or a link needs it: always quoted, quotes doubled. */
export function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Column number to letters: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
