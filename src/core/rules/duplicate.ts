// The same unit with the same project on more than one row: each such row is told the others.
// One pass with a map, so a large sheet costs no more than reading it.
import { matchKey } from '../text/normalise';
import type { Finding } from '../types';
import { refOf } from './cells';
import { finding } from './message';
import { textOf } from './facts';
import type { SheetRule } from './types';

/**
 * Row indexes grouped by unit and project; rows lacking either are left out. Projects first: their
 * names are nearly all different, so a row whose project no other row names costs one key and one
 * map entry, and units are compared only among rows that share a project.
 */
function groupsOf(units: (string | null)[], projects: (string | null)[]): number[][] {
  // A lone row is held as its index, not as a list of one.
  const byProject = new Map<string, number | number[]>();
  for (let i = 0; i < projects.length; i++) {
    const unit = units[i];
    const project = projects[i];
    if (unit === null || project === null) continue;
    const key = matchKey(project);
    const held = byProject.get(key);
    if (held === undefined) byProject.set(key, i);
    else if (typeof held === 'number') byProject.set(key, [held, i]);
    else held.push(i);
  }
  const groups: number[][] = [];
  for (const held of byProject.values()) {
    if (typeof held === 'number') continue;
    const byUnit = new Map<string, number[]>();
    for (const i of held) {
      const unitKey = matchKey(units[i] ?? '');
      const group = byUnit.get(unitKey);
      if (group) group.push(i);
      else byUnit.set(unitKey, [i]);
    }
    for (const group of byUnit.values()) if (group.length >= 2) groups.push(group);
  }
  return groups;
}

export const duplicate: SheetRule = {
  id: 'duplicate',
  check(apps, ctx) {
    const found = new Map<number, Finding[]>();
    // The unit and project as the row's facts will hold them (facts.ts), read before any row is checked.
    const units = apps.map((app) => textOf(app, 'unit'));
    const projects = apps.map((app) => textOf(app, 'project'));
    for (const group of groupsOf(units, projects)) {
      const numbers = group.map((i) => apps[i].row);
      const rows = { zh: numbers.join('、'), en: numbers.join(', ') };
      // Rows of a group usually spell unit and project alike, so their findings differ only in the
      // row: the message is worded once and shared (a large round has tens of thousands of these).
      let worded: { unit: string; project: string; finding: Finding } | null = null;
      for (const i of group) {
        const app = apps[i];
        const unit = units[i] ?? '';
        const project = projects[i] ?? '';
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
