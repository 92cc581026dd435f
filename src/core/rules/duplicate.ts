// The same unit with the same project on more than one row: each such row is told the others.
// One pass with a map, so a large sheet costs no more than reading it.
import { matchKey } from '../text/normalise';
import type { Finding } from '../types';
import { refOf } from './cells';
import { finding } from './message';
import type { SheetRule } from './types';

export const duplicate: SheetRule = {
  id: 'duplicate',
  check(apps, facts, ctx) {
    const groups = new Map<string, number[]>();
    for (let i = 0; i < apps.length; i++) {
      const { unit, project } = facts[i];
      if (unit === null || project === null) continue;
      const key = `${matchKey(unit)}\u0000${matchKey(project)}`;
      const group = groups.get(key);
      if (group) group.push(i);
      else groups.set(key, [i]);
    }
    const found = new Map<number, Finding[]>();
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      const rows = group.map((i) => apps[i].row).join(', ');
      for (const i of group) {
        const app = apps[i];
        const values = { unit: facts[i].unit ?? '', project: facts[i].project ?? '', rows };
        found.set(app.row, [finding(ctx.pack, this.id, app.row, refOf(app, 'project', ctx.pack), values)]);
      }
    }
    return found;
  },
};
