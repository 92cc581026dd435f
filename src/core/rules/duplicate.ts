// The same unit with the same project on more than one row: each such row is told the others.
// One pass with a map, so a large sheet costs no more than reading it.
import { matchKey } from '../text/normalise';
import type { Finding } from '../types';
import { refOf } from './cells';
import { finding } from './message';
import type { RowFacts, SheetRule } from './types';

/** Row indexes grouped by unit, then by project; rows lacking either are left out. */
function groupsOf(facts: RowFacts[]): number[][] {
  // Two lookups by keys that already exist, not one joined string per row.
  const byUnit = new Map<string, Map<string, number[]>>();
  for (let i = 0; i < facts.length; i++) {
    const { unit, project } = facts[i];
    if (unit === null || project === null) continue;
    const unitKey = matchKey(unit);
    let byProject = byUnit.get(unitKey);
    if (byProject === undefined) byUnit.set(unitKey, (byProject = new Map()));
    const projectKey = matchKey(project);
    const group = byProject.get(projectKey);
    if (group) group.push(i);
    else byProject.set(projectKey, [i]);
  }
  const groups: number[][] = [];
  for (const byProject of byUnit.values()) for (const group of byProject.values()) if (group.length >= 2) groups.push(group);
  return groups;
}

export const duplicate: SheetRule = {
  id: 'duplicate',
  check(apps, facts, ctx) {
    const found = new Map<number, Finding[]>();
    for (const group of groupsOf(facts)) {
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
