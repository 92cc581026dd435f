// Reading one field of a row the way rules need it: a missing column, a blank cell, an unreadable
// cell (reported once, by bad-value) and a value are four different things.
import type { RulePack } from '../pack/schema';
import type { Application } from '../types';
import type { CellRef } from './message';
import type { Cell } from './types';

/** The field as a rule sees it: a field has the state, column, header and text a Cell needs. */
export function cell<T>(app: Application, key: string): Cell<T> {
  const field = app.fields[key];
  return field === undefined ? { state: 'no-column' } : (field as unknown as Cell<T>);
}

/** The value when the cell holds a readable one, else null. */
export function valueOf<T>(app: Application, key: string): T | null {
  const field = app.fields[key];
  if (!field || field.error || field.blank) return null;
  return (field.value ?? null) as T | null;
}

/** The cell's text when it is filled and readable, else null (no column, blank, unreadable). */
export function filledText(app: Application, key: string): string | null {
  const field = app.fields[key];
  return !field || field.blank || field.error ? null : field.text;
}

/** Whether the row has column `key` and its cell holds anything, readable or not. */
export function isFilled(app: Application, key: string): boolean {
  const field = app.fields[key];
  return field !== undefined && (field.error !== undefined || !field.blank);
}

/** Where a finding about `key` points: the cell's column, or only the pack's header when the sheet lacks it. */
export function refOf(app: Application, key: string, pack: RulePack): CellRef {
  const field = app.fields[key];
  if (field) return { column: field.column, header: field.header };
  const column = pack.columns.find((c) => c.key === key) ?? pack.figures.find((f) => f.key === key);
  return column ? { header: column.header } : {};
}
