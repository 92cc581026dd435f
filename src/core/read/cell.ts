// One cell of an application read by its column's type. Never throws: anything unreadable becomes
// `error`, quoting the cell, for the `bad-value` rule.
import type { CellValue, MappedColumn, ReadField } from '../types';
import type { RulePack } from '../pack/schema';
import { columnReader } from './column-reader';

/** Read one cell of an application. `pack` supplies the coded values (types, categories, decisions). */
export function readCell(raw: CellValue | undefined, column: MappedColumn, pack: RulePack): ReadField {
  return columnReader(column, pack)(raw);
}
