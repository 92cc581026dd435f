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
      const numbers = group.map((i) => apps[i].row);
      const rows = { zh: numbers.join('、'), en: numbers.join(', ') };
      // Rows of a group usually spell unit and project alike, so their findings differ only in the
      // row: the message is worded once and shared (a large round has tens of thousands of these).
      let worded: { unit: string; project: string; finding: Finding } | null = null;
      for (const i of group) {
        const app = apps[i];
        const unit = facts[i].unit ?? '';
        const project = facts[i].project ?? '';
        if (worded !== null && worded.unit === unit && worded.project === project) {
          found.set(app.row, [{ ...worded.finding, row: app.row }]);
          continue;
        }
        const first = finding(ctx.pack, this.id, app.row, refOf(app, 'project', ctx.pack), { unit, project, rows });
        worded = { unit, project, finding: first };
        found.set(app.row, [first]);
      }
    }
    return found;
  },
};
