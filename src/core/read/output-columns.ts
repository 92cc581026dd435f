// Where 校验结果 and 问题说明 go: where a previous run put them, else in the first two columns right of
// everything the user filled in. Never onto a column the user uses, nor into a merged area (a value
// written into a merge's cell lands in its top-left cell, which is the user's).
import type { SheetGrid } from '../types';
import { isBlankCell } from './cell-text';
import { gridBounds } from './grid';

/** Excel's last column, XFD. */
const LAST_COLUMN = 16_384;

export function placeOutputColumns(
  grid: SheetGrid,
  headerRow: number,
  found: { verdict?: number; notes?: number },
): { verdict: number; notes: number } {
  if (found.verdict !== undefined && found.notes !== undefined) return { verdict: found.verdict, notes: found.notes };
  const { firstRow, lastRow, firstCol } = gridBounds(grid);
  const ours = new Set([found.verdict, found.notes].filter((c): c is number => c !== undefined));
  // The one neighbour we might take for the missing output column, if no user cell is in it.
  const neighbour = found.verdict !== undefined ? found.verdict + 1 : found.notes !== undefined ? found.notes - 1 : 0;
  // Merged areas from the header row down count as used, empty or not.
  const merged = (grid.merges ?? []).filter((m) => m.bottom >= headerRow);
  let neighbourUsed = neighbour < 1 || merged.some((m) => m.left <= neighbour && neighbour <= m.right);
  let lastUsed = Math.max(firstCol - 1, ...merged.map((m) => m.right).filter((right) => !ours.has(right)));
  for (let row = headerRow; row <= lastRow; row++) {
    const cells = grid.rows[row - firstRow] ?? [];
    if (neighbour >= firstCol && !isBlankCell(cells[neighbour - firstCol])) neighbourUsed = true;
    for (let i = cells.length - 1; i >= 0 && firstCol + i > lastUsed; i--) {
      if (ours.has(firstCol + i) || isBlankCell(cells[i])) continue;
      lastUsed = firstCol + i;
      break;
    }
  }
  const right = Math.max(lastUsed, ...ours);
  const placed =
    found.verdict !== undefined
      ? { verdict: found.verdict, notes: neighbourUsed ? right + 1 : neighbour }
      : found.notes !== undefined
        ? { verdict: neighbourUsed ? right + 1 : neighbour, notes: found.notes }
        : { verdict: lastUsed + 1, notes: lastUsed + 2 };
  if (placed.verdict <= LAST_COLUMN && placed.notes <= LAST_COLUMN) return placed;
  // A stray cell out at XFD leaves no room on the right: take the first columns nobody uses.
  const free = emptyColumns(grid, headerRow, ours, found.verdict === undefined ? 2 : 1);
  if (found.verdict !== undefined) return { verdict: found.verdict, notes: free[0] };
  if (found.notes !== undefined) return { verdict: free[0], notes: found.notes };
  return { verdict: free[0], notes: free[1] };
}

/** The first `count` columns with nothing from the header row down (sheets of 16,384 used columns are not real). */
function emptyColumns(grid: SheetGrid, headerRow: number, ours: Set<number>, count: number): number[] {
  const { firstRow, lastRow, firstCol } = gridBounds(grid);
  const used = new Set<number>(ours);
  for (const m of grid.merges ?? []) if (m.bottom >= headerRow) for (let c = m.left; c <= Math.min(m.right, LAST_COLUMN); c++) used.add(c);
  for (let row = Math.max(headerRow, firstRow); row <= lastRow; row++) {
    const cells = grid.rows[row - firstRow] ?? [];
    for (let i = 0; i < cells.length; i++) if (!isBlankCell(cells[i])) used.add(firstCol + i);
  }
  const free: number[] = [];
  for (let column = 1; column <= LAST_COLUMN && free.length < count; column++) if (!used.has(column)) free.push(column);
  return free;
}
