// 三: a group such as 3.1 does not place an application; it must name one of the group's kinds.
import { fieldOf } from '../read/applications';
import { refOf } from './cells';
import { finding } from './message';
import type { CategoryNode } from '../pack/schema';
import type { RowRule, RuleContext } from './types';
import { NONE } from './none';
import { inputsOf } from './facts';

/** The leaves below a group, found once per check: a round may name the same group on many rows. */
function leavesUnder(code: string, ctx: RuleContext): CategoryNode[] {
  let leaves = ctx.leavesUnder.get(code);
  if (leaves === undefined) {
    leaves = ctx.pack.categories.filter((c) => !ctx.parents.has(c.code) && (ctx.lineage.get(c.code) ?? []).some((n) => n.code === code));
    ctx.leavesUnder.set(code, leaves);
  }
  return leaves;
}

export const categoryNotLeaf: RowRule = {
  id: 'category-not-leaf',
  inputs: inputsOf(['node', 'leaf'], ['category']),
  check(app, facts, ctx) {
    const node = facts.node;
    if (node === null || facts.leaf !== null) return NONE;
    const leaves = leavesUnder(node.code, ctx);
    return [
      finding(ctx.pack, this.id, app.row, refOf(app, 'category', ctx.pack), {
        given: fieldOf(app, 'category')?.text ?? node.code,
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
