// Reading one field of a row the way rules need it: a missing column, a blank cell, an unreadable
// cell (reported once, by bad-value) and a value are four different things.
import type { RulePack } from '../pack/schema';
import { fieldOf } from '../read/applications';
import type { Application } from '../types';
import type { CellRef } from './message';
import type { Cell } from './types';

/** A sheet without the column: one frozen answer for every row. */
const NO_COLUMN: Cell<never> = Object.freeze({ state: 'no-column' });

/**
 * The field as a rule sees it. The reader has settled its state, and a field has the column,
 * header and text a Cell needs, so the field itself is the answer: nothing is built per call.
 */
export function cell<T>(app: Application, key: string): Cell<T> {
  const field = fieldOf(app, key);
  return field === undefined ? NO_COLUMN : (field as unknown as Cell<T>);
}

/** The value when the cell holds a readable one, else null. */
export function valueOf<T>(app: Application, key: string): T | null {
  const field = fieldOf(app, key);
  if (!field || field.error || field.blank) return null;
  return (field.value ?? null) as T | null;
}

/** Where a finding about `key` points: the cell's column, or only the pack's header when the sheet lacks it. */
export function refOf(app: Application, key: string, pack: RulePack): CellRef {
  const field = fieldOf(app, key);
  if (field) return { column: field.column, header: field.header };
  const column = pack.columns.find((c) => c.key === key) ?? pack.figures.find((f) => f.key === key);
  return column ? { header: column.header } : {};
}
