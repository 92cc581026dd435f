// Each row's part in a proposal: fixed by a decision entered, free to be chosen (with the amount it
// would get), or excluded (an error, no category, no amount).
import type { CheckResult, Message, RowResult } from '../types';
import type { Limits } from './limits';
import { cents } from './rounding';
import type { ProposeOptions } from './types';

export type RowPart =
  | { kind: 'fixed'; row: RowResult; approved: boolean; amount: number }
  | { kind: 'free'; row: RowResult; amount: number; score: number; position: number }
  | { kind: 'excluded'; row: RowResult; reason: Message };

const HAS_ERROR: Message = {
  zh: '本行有不合格问题，不能建议批准',
  en: 'The row has an error, so it cannot be proposed',
};
const NO_CATEGORY: Message = {
  zh: '申报类别无法确定，不能建议批准',
  en: 'The category cannot be placed, so it cannot be proposed',
};
const NO_AMOUNT: Message = {
  zh: '申请金额无法读取，不能建议批准',
  en: 'The requested amount cannot be read, so it cannot be proposed',
};

export function rowParts(result: CheckResult, limits: Limits, options: ProposeOptions): RowPart[] {
  const ratio = options.cutRatio ?? 1;
  return result.rows.map((row, i): RowPart => {
    if (!options.replan && row.decision !== 'pending')
      return {
        kind: 'fixed',
        row,
        approved: row.decision === 'approved',
        amount: row.decision === 'approved' ? (row.approved ?? 0) : 0,
      };
    if (row.verdict === 'ineligible') return { kind: 'excluded', row, reason: HAS_ERROR };
    if (row.category === null || !limits.chainOf.has(row.category))
      return { kind: 'excluded', row, reason: NO_CATEGORY };
    if (row.requested === null) return { kind: 'excluded', row, reason: NO_AMOUNT };
    const per = limits.perOf.get(row.category) ?? null;
    let amount = cents(row.requested * ratio);
    if (per !== null) amount = Math.min(per.max, Math.max(per.min, amount));
    // A row without a score counts 0: it is chosen only to reach a minimum count.
    return { kind: 'free', row, amount, score: row.score ?? 0, position: i + 1 };
  });
}
