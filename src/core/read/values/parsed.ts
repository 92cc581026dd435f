// What a value reader returns: the typed value, or which kind of value the cell failed to be.
import type { Message } from '../../types';

export type Parsed<T> = { ok: true; value: T } | { ok: false; expected: Message };

export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const notA = (expected: Message): Parsed<never> => ({ ok: false, expected });

/** Words for "X is not <expected>", used in `bad-value` messages. */
export const EXPECTED = {
  amount: { zh: '金额', en: 'an amount' },
  date: { zh: '日期', en: 'a date' },
  yesno: { zh: '“是”或“否”', en: 'yes or no' },
  // Staff write 3 or 3份; "非负整数" is a mathematician's word, not theirs.
  count: { zh: '整数（如 3）', en: 'a whole number such as 3' },
  number: { zh: '数字', en: 'a number' },
  decision: { zh: '评审结果（批准/不批准/待定）', en: 'a decision (approved/rejected/pending)' },
  value: { zh: '可读取的值', en: 'a readable value' },
} satisfies Record<string, Message>;
