// 四.(二).2 重点在工程机械…等重点支柱产业建立科技创新联盟: an emphasis, so only noted.
import { matchKey } from '../text/normalise';
import { cell } from './cells';
import { finding } from './message';
import type { RowRule } from './types';

export const focusIndustry: RowRule = {
  id: 'focus-industry',
  check(app, facts, ctx) {
    const focus = ctx.pack.focusIndustries;
    if (!focus || facts.leaf?.code !== focus.category) return [];
    const c = cell<string>(app, 'industry');
    if (c.state !== 'value' || namesFocus(matchKey(c.text), ctx.focusIndustries)) return [];
    return [finding(ctx.pack, this.id, app.row, c, { given: c.text, industries: focus.industries.join('、') })];
  },
};

/** 新材料产业 or 生物医药、新材料 name a focus industry as surely as 新材料 does. */
function namesFocus(industry: string, focus: ReadonlySet<string>): boolean {
  for (const name of focus) if (industry.includes(name)) return true;
  return false;
}
