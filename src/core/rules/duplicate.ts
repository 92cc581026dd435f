// The same unit with the same project on more than one row: each such row is told the others.
// One pass over the rows with a hash table, so a large sheet costs little more than reading it.
import { filledTextOf } from '../read/applications';
import { matchHash, matchKey } from '../text/normalise';
import type { Finding } from '../types';
import { refOf } from './cells';
import { finding } from './message';
import type { SheetRule } from './types';
import { handBack, lendInt32 } from './working-arrays';

/**
 * Row indexes grouped by unit and project; rows lacking either are left out. By the project's match
 * hash first: names are nearly all different, so most rows cost one hash and one slot of a table,
 * and no key is made for them. Only rows whose hashes agree are compared by their keys (hashes may
 * collide), project and unit together.
 */
function groupsOf(units: (string | null)[], projects: (string | null)[]): number[][] {
  // Open addressing over a power-of-two table at most half full, in typed arrays: per slot a hash
  // and its first and last row (index + 1; 0 is free), rows of one hash chained through `next`.
  // A Map here was 7 MB of entries and rehashing on 100,000 rows.
  let size = 16;
  while (size < projects.length * 2) size *= 2;
  const mask = size - 1;
  const slotHash = lendInt32(size);
  const first = lendInt32(size);
  const last = lendInt32(size);
  const next = lendInt32(projects.length + 1);
  // Handed back however the grouping ends: a key that throws must not keep the next check from this memory.
  try {
    const shared: number[] = [];
    for (let i = 0; i < projects.length; i++) {
      const project = projects[i];
      if (units[i] === null || project === null) continue;
      const hash = matchHash(project);
      let slot = hash & mask;
      while (first[slot] !== 0 && slotHash[slot] !== hash) slot = (slot + 1) & mask;
      if (first[slot] === 0) {
        slotHash[slot] = hash;
        first[slot] = last[slot] = i + 1;
        continue;
      }
      if (first[slot] === last[slot]) shared.push(slot);
      next[last[slot]] = i + 1;
      last[slot] = i + 1;
    }
    const groups: number[][] = [];
    for (const slot of shared) {
      const byKey = new Map<string, number[]>();
      for (let row = first[slot]; row !== 0; row = next[row]) {
        const i = row - 1;
        const projectKey = matchKey(projects[i]!);
        // The project key's length first, so that no project and unit can run into another pair.
        const key = `${projectKey.length}:${projectKey}${matchKey(units[i]!)}`;
        const group = byKey.get(key);
        if (group) group.push(i);
        else byKey.set(key, [i]);
      }
      for (const group of byKey.values()) if (group.length >= 2) groups.push(group);
    }
    return groups;
  } finally {
    handBack([slotHash, first, last, next]);
  }
}

export const duplicate: SheetRule = {
  id: 'duplicate',
  check(apps, ctx) {
    const found: (Finding[] | undefined)[] = new Array(apps.length);
    // The unit and project as the row's facts will hold them (facts.ts), read before any row is checked.
    const units = apps.map((app) => filledTextOf(app, 'unit'));
    const projects = apps.map((app) => filledTextOf(app, 'project'));
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
