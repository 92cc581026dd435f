// The verdict words Shenbao writes in the 校验结果 column (rules.md: 合格 / 需关注 / 不合格) and
// counting them, to hold the pane's counts against what it wrote.
export const VERDICT_TEXT = {
  eligible: '合格',
  attention: '需关注',
  ineligible: '不合格',
} as const;
export type Verdict = keyof typeof VERDICT_TEXT;
export const VERDICTS = Object.keys(VERDICT_TEXT) as Verdict[];

const BY_TEXT = new Map<string, Verdict>(
  VERDICTS.map((verdict) => [VERDICT_TEXT[verdict], verdict]),
);

/** Counts the verdict words in a column; a word that is not a verdict is returned in `unknown`. */
export function tallyVerdicts(cells: unknown[]): {
  tally: Record<Verdict, number>;
  unknown: string[];
} {
  const tally: Record<Verdict, number> = { eligible: 0, attention: 0, ineligible: 0 };
  const unknown: string[] = [];
  for (const cell of cells) {
    if (cell === null || cell === undefined || cell === '') continue;
    const verdict = BY_TEXT.get(String(cell));
    if (verdict) tally[verdict]++;
    else unknown.push(String(cell));
  }
  return { tally, unknown };
}
