// Where 校验结果 and 问题说明 go: where a previous run put them, else in the first two columns right of
// everything the user filled in. Never onto a column the user uses.
import type { SheetGrid } from '../types';
import { isBlankCell } from './cell-text';
import { gridBounds } from './grid';

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
  let neighbourUsed = neighbour < 1;
  let lastUsed = firstCol - 1;
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
  if (found.verdict !== undefined) return { verdict: found.verdict, notes: neighbourUsed ? right + 1 : neighbour };
  if (found.notes !== undefined) return { verdict: neighbourUsed ? right + 1 : neighbour, notes: found.notes };
  return { verdict: lastUsed + 1, notes: lastUsed + 2 };
}
