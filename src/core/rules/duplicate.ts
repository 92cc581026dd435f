// The same unit with the same project on more than one row: each such row is told the others.
// One pass with a map, so a large sheet costs no more than reading it.
import { matchHash, matchKey } from '../text/normalise';
import type { Finding } from '../types';
import { refOf } from './cells';
import { finding } from './message';
import { textOf } from './facts';
import type { SheetRule } from './types';

/**
 * Row indexes grouped by unit and project; rows lacking either are left out. By the project's match
 * hash first: names are nearly all different, so most rows cost one hash and one small-integer map
 * entry, and no key is made for them. Only rows whose hashes agree are compared by their keys
 * (hashes may collide), project and unit together.
 */
function groupsOf(units: (string | null)[], projects: (string | null)[]): number[][] {
  // A lone row is held as its index, not as a list of one.
  const byHash = new Map<number, number | number[]>();
  for (let i = 0; i < projects.length; i++) {
    const project = projects[i];
    if (units[i] === null || project === null) continue;
    const hash = matchHash(project);
    const held = byHash.get(hash);
    if (held === undefined) byHash.set(hash, i);
    else if (typeof held === 'number') byHash.set(hash, [held, i]);
    else held.push(i);
  }
  const groups: number[][] = [];
  // forEach, not for…of: an iterator result per entry was 4 MB of garbage on 100,000 rows.
  byHash.forEach((held) => {
    if (typeof held === 'number') return;
    const byKey = new Map<string, number[]>();
    for (const i of held) {
      const projectKey = matchKey(projects[i]!);
      // The project key's length first, so that no project and unit can run into another pair.
      const key = `${projectKey.length}:${projectKey}${matchKey(units[i]!)}`;
      const group = byKey.get(key);
      if (group) group.push(i);
      else byKey.set(key, [i]);
    }
    for (const group of byKey.values()) if (group.length >= 2) groups.push(group);
  });
  return groups;
}

export const duplicate: SheetRule = {
  id: 'duplicate',
  check(apps, ctx) {
    const found: (Finding[] | undefined)[] = new Array(apps.length);
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
          found[i] = [{ ...worded.finding, row: app.row }];
          continue;
        }
        const first = finding(ctx.pack, this.id, app.row, refOf(app, 'project', ctx.pack), { unit, project, rows });
        worded = { unit, project, finding: first };
        found[i] = [first];
      }
    }
    return found;
  },
};
