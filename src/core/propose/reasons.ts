// Why a row that could be approved is left out: the first limit on its chain (its category up to
// the total) that adding it would break — a count already at its maximum, or a budget without room.
import { formatNumber } from '../rules/message';
import type { Message } from '../types';
import type { Limit } from './limits';
import { EPSILON } from './rounding';

export interface PlanUse {
  count: number;
  amount: number;
}

export function leftOutReason(chain: Limit[], amount: number, use: Map<string, PlanUse>): Message {
  for (const limit of chain) {
    const used = use.get(limit.code) ?? { count: 0, amount: 0 };
    if (limit.count !== null && used.count >= limit.count.max)
      return {
        zh: `“${limit.name.zh}”名额已满（${used.count}/${limit.count.max} 项）`,
        en: `"${limit.name.en}" is full (${used.count}/${limit.count.max} projects)`,
      };
    if (limit.budget !== null && used.amount + amount > limit.budget + EPSILON) {
      const left = formatNumber(Math.max(0, limit.budget - used.amount));
      return {
        zh: `“${limit.name.zh}”预算不足（剩余 ${left} 万元，本项需 ${formatNumber(amount)} 万元）`,
        en: `"${limit.name.en}" lacks budget (${left} left, the project needs ${formatNumber(amount)})`,
      };
    }
  }
  return {
    zh: '加入后总得分不会提高（无评审得分）',
    en: 'Adding it would not raise the total score (no review score)',
  };
}
