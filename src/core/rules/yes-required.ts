// Shared by the formality rules: a yes/no column that must say 是. A blank cell says no; a sheet
// without the column is not checked (check.ts tells the user); an unreadable cell is bad-value's.
import type { Application, Finding } from '../types';
import { cell } from './cells';
import { cellState } from './cell-state';
import { finding, type Placeholders } from './message';
import type { RuleContext } from './types';

export function requireYes(
  app: Application,
  key: string,
  id: string,
  ctx: RuleContext,
  extra: Placeholders = {},
): Finding[] {
  const c = cell<boolean>(app, key);
  if (c.state === 'no-column' || c.state === 'unreadable') return [];
  if (c.state === 'value' && c.value === true) return [];
  // `given` (未填 or the text) stays for packs whose messages were written with it.
  const given = c.state === 'blank' ? { zh: '未填', en: 'empty' } : c.text;
  const state = cellState(c.state === 'blank', c.text);
  return [finding(ctx.pack, id, app.row, c, { header: c.header, given, state, ...extra })];
}
