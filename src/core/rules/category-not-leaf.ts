// 三: a group such as 3.1 does not place an application; it must name one of the group's kinds.
import { refOf } from './cells';
import { finding } from './message';
import type { RowRule } from './types';

export const categoryNotLeaf: RowRule = {
  id: 'category-not-leaf',
  check(app, facts, ctx) {
    const node = facts.node;
    if (node === null || facts.leaf !== null) return [];
    const leaves = ctx.leavesUnder.get(node.code) ?? [];
    return [
      finding(ctx.pack, this.id, app.row, refOf(app, 'category', ctx.pack), {
        given: app.fields.category?.text ?? node.code,
        code: node.code,
        name: { zh: node.name, en: node.en },
        children: {
          zh: leaves.map((l) => `${l.code} ${l.name}`).join('、'),
          en: leaves.map((l) => `${l.code} ${l.en}`).join(', '),
        },
      }),
    ];
  },
};
