// The data rows as applications: each row's cells read by their column's type, as a plain record
// of fields by key. A column the sheet lacks has no entry.
import type { RulePack } from '../pack/schema';
import type { Application, MappedColumn, ReadField, SheetGrid } from '../types';
import { columnReader } from './column-reader';

export function readApplications(grid: SheetGrid, dataRows: number[], columns: MappedColumn[], pack: RulePack): Application[] {
  const firstRow = grid.firstRow ?? 1;
  const firstCol = grid.firstCol ?? 1;
  const readers = columns.map((mapped) => ({ key: mapped.field, index: mapped.column - firstCol, read: columnReader(mapped, pack) }));
  // Every row has the same keys: its record starts as a copy of a blank row, then takes its cells
  // (adding 40 keys one by one to an empty object, row after row, took most of a check).
  const blankRow: Record<string, ReadField> = Object.fromEntries(readers.map((r) => [r.key, r.read(null)]));
  return dataRows.map((row) => {
    const cells = grid.rows[row - firstRow] ?? [];
    const fields = { ...blankRow };
    for (const { key, index, read } of readers) fields[key] = read(cells[index]);
    return { row, fields };
  });
}
