// 二.3 弄虚作假…连续3年取消该单位申报资格: a ban from year Y covers Y … Y + banYears − 1.
import { refOf } from './cells';
import { finding } from './message';
import type { RowRule } from './types';

/** What BlacklistEntry.source holds for entries from the pack rather than from 失信名单. */
const PACK_SOURCE = 'pack';

export const blacklist: RowRule = {
  id: 'blacklist',
  check(app, facts, ctx) {
    if (ctx.blacklist.size === 0) return [];
    const { year, banYears } = ctx.pack;
    for (let i = 0; i < facts.unitKeys.length; i++) {
      const entries = ctx.blacklist.get(facts.unitKeys[i]);
      const ban = entries?.find((e) => e.startYear <= year && year <= e.startYear + banYears - 1);
      if (!ban) continue;
      return [
        finding(ctx.pack, this.id, app.row, refOf(app, 'unit', ctx.pack), {
          unit: facts.units[i],
          startYear: String(ban.startYear),
          banYears,
          // The pack's own entries say `pack`, which means nothing to staff reading Chinese.
          source: ban.source === PACK_SOURCE ? { zh: '规则包', en: 'the rule pack' } : ban.source,
        }),
      ];
    }
    return [];
  },
};
