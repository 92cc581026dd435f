// The same unit with the same project on more than one row: each such row is told the others.
import { matchKey } from '../text/normalise';
import type { Application, Finding } from '../types';
import { filledText, refOf } from './cells';
import { finding } from './message';
import type { SheetRule } from './types';

export const duplicate: SheetRule = {
  id: 'duplicate',
  check(apps, ctx) {
    const found: Finding[][] = apps.map(() => []);
    for (const group of sameUnitAndProject(apps)) {
      const numbers = group.map((i) => apps[i].row);
      const rows = { zh: numbers.join('、'), en: numbers.join(', ') };
      for (const i of group) {
        const app = apps[i];
        const values = { unit: filledText(app, 'unit') ?? '', project: filledText(app, 'project') ?? '', rows };
        found[i].push(finding(ctx.pack, this.id, app.row, refOf(app, 'project', ctx.pack), values));
      }
    }
    return found;
  },
};

/**
 * Row indexes (two or more) whose unit and project match (normalised); rows lacking either are left
 * out. By project first: names are nearly all different, so only rows sharing one compare units.
 */
function sameUnitAndProject(apps: Application[]): number[][] {
  const byProject = groupBy(apps.keys(), (i) => (filledText(apps[i], 'unit') === null ? null : filledText(apps[i], 'project')));
  const groups: number[][] = [];
  for (const sameProject of byProject) {
    for (const group of groupBy(sameProject.values(), (i) => filledText(apps[i], 'unit'))) groups.push(group);
  }
  return groups;
}

/** The indexes grouped by the match key of their text (null: left out), groups of two or more only. */
function groupBy(indexes: Iterable<number>, textOf: (i: number) => string | null): number[][] {
  const groups = new Map<string, number[]>();
  for (const i of indexes) {
    const text = textOf(i);
    if (text === null) continue;
    const key = matchKey(text);
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  }
  return [...groups.values()].filter((group) => group.length >= 2);
}
