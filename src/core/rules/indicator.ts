// 四 项目内容: figures some categories must reach (院士专家5名以上, 执行主席年龄一般在40岁以下, …).
// 以上/以下 include the number. Severity and clause are each figure's own.
import type { CategoryNode } from '../pack/schema';
import type { Finding } from '../types';
import { cell, refOf } from './cells';
import { finding, formatNumber } from './message';
import type { RowRule } from './types';

export const indicator: RowRule = {
  id: 'indicator',
  check(app, facts, ctx) {
    if (facts.leaf === null) return [];
    const figures = ctx.figuresByLeaf.get(facts.leaf.code);
    if (!figures || figures.length === 0) return [];
    const found: Finding[] = [];
    const leaf = facts.leaf;
    for (const figure of figures) {
      const c = cell<number>(app, figure.key);
      if (c.state === 'unreadable') continue;
      const quote = figure.quote;
      if (c.state !== 'value') {
        const ref = c.state === 'no-column' ? refOf(app, figure.key, ctx.pack) : c;
        const header = ref.header ?? figure.header;
        // "「青年科技论坛（沙龙）」的「执行主席年龄」缺少此列" read as if the category lacked a column.
        const detail =
          c.state === 'no-column'
            ? { zh: '未填写（表中没有这一列）', en: 'is not given (the sheet has no such column)' }
            : { zh: '未填写', en: 'is empty' };
        // The figure carries its own severity and clause, as `finding` takes them.
        found.push(finding(ctx.pack, this.id, app.row, ref, { name: nameOf(leaf), header, detail, quote }, figure));
        continue;
      }
      const value = c.value;
      let detail: { zh: string; en: string } | null = null;
      if (figure.min !== undefined && value < figure.min)
        detail = { zh: `为 ${formatNumber(value)}，少于 ${formatNumber(figure.min)}`, en: `is ${formatNumber(value)}, below ${formatNumber(figure.min)}` };
      else if (figure.max !== undefined && value > figure.max)
        detail = { zh: `为 ${formatNumber(value)}，超过 ${formatNumber(figure.max)}`, en: `is ${formatNumber(value)}, above ${formatNumber(figure.max)}` };
      if (detail) found.push(finding(ctx.pack, this.id, app.row, c, { name: nameOf(leaf), header: c.header, detail, quote }, figure));
    }
    return found;
  },
};

/** The category's name in both languages. */
function nameOf(leaf: CategoryNode) {
  return { zh: leaf.name, en: leaf.en };
}
