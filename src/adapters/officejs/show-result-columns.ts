// A result column that lands on an empty column the user had hidden is shown, or the results would
// be out of sight. A result column the user hid after an earlier run stays as the user left it.
import type { ResultColumnsPlan } from '../../core/types';
import { columnLetters } from './addresses';
import type { SheetHead } from './sheet-heads';
import type { WriteBatch } from './write-batch';

/** The result columns whose header cell was empty before this check: columns that become ours. */
export function newResultColumns(head: SheetHead, plan: ResultColumnsPlan): number[] {
  const box = head.headBox;
  return [plan.verdictColumn, plan.notesColumn].filter((column) => {
    // The header row is always among the head's rows; outside the head's columns a cell is empty.
    if (!box || column < box.left || column > box.right) return true;
    const value = head.head[plan.headerRow - box.top]?.[column - box.left];
    return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
  });
}

export async function showColumns(batch: WriteBatch, sheet: Excel.Worksheet, columns: number[]): Promise<void> {
  for (const column of columns) {
    const letter = columnLetters(column);
    await batch.add(100, () => {
      sheet.getRange(`${letter}:${letter}`).columnHidden = false;
    });
  }
}
