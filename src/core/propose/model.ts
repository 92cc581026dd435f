// The proposal as a 0–1 programme in CPLEX LP format. x<i> is 1 when free row i is approved; each
// node with a count bounds the sum of its x, each budget the sum of amount·x (minus what decisions
// already entered use). In a relaxed model a minimum may be missed by s<n>, which the first level
// of the objective minimises.
import type { Limit } from './limits';

export interface FreeRow {
  amount: number;
  score: number;
  /** 1-based place among the sheet's rows: the last tie-break prefers earlier rows. */
  position: number;
  /** The limits the row counts in. */
  chain: Limit[];
}

/** What decisions already entered use of a limit. */
export interface Used {
  count: number;
  amount: number;
}

/** One level of the lexicographic objective: its terms per free row (and per shortfall). */
export type Level = 'shortfall' | 'score' | 'amount' | 'position';

export interface Bound {
  level: Level;
  /** The optimum of an earlier level, which this solve must keep. */
  value: number;
}

const SENSE: Record<Level, 'Maximize' | 'Minimize'> = {
  shortfall: 'Minimize',
  score: 'Maximize',
  amount: 'Minimize',
  position: 'Minimize',
};

export interface ModelInput {
  free: FreeRow[];
  limits: Limit[];
  used: Map<string, Used>;
  /** Minimum counts may be missed (each miss costs 1 in the shortfall level). */
  relaxed: boolean;
}

/** Keeps the numbers readable and exact in the LP text (amounts to the 万元 cent, scores as given). */
function num(value: number): string {
  return String(Math.round(value * 1e9) / 1e9);
}

function terms(pairs: [number, string][]): string {
  const parts: string[] = [];
  for (const [coefficient, name] of pairs) {
    if (coefficient === 0) continue;
    parts.push(`${coefficient < 0 ? '-' : '+'} ${num(Math.abs(coefficient))} ${name}`);
  }
  if (parts.length === 0) return '0 x0';
  // Short lines: a model of 50,000 rows would otherwise be one line of a megabyte.
  const lines: string[] = [];
  for (let i = 0; i < parts.length; i += 40) lines.push(parts.slice(i, i + 40).join(' '));
  return lines.join('\n  ');
}

/** Indexes of the free rows in each limit. */
export function membersOf(input: ModelInput): Map<string, number[]> {
  const members = new Map<string, number[]>(input.limits.map((l) => [l.code, []]));
  input.free.forEach((row, i) => {
    for (const limit of row.chain) members.get(limit.code)!.push(i);
  });
  return members;
}

/** Limits whose minimum is part of the model: a count with a minimum above what is fixed. */
export function minimumLimits(input: ModelInput): Limit[] {
  return input.limits.filter(
    (l) => l.count !== null && l.count.min > (input.used.get(l.code)?.count ?? 0),
  );
}

export function objectiveTerms(input: ModelInput, level: Level): [number, string][] {
  if (level === 'shortfall') return minimumLimits(input).map((_, k) => [1, `s${k}`]);
  return input.free.map((row, i) => [
    level === 'score' ? row.score : level === 'amount' ? row.amount : row.position,
    `x${i}`,
  ]);
}

/** The LP text that optimises `level` while keeping the optima of the levels in `bounds`. */
export function buildModel(input: ModelInput, level: Level, bounds: Bound[]): string {
  const lines: string[] = [
    SENSE[level],
    ` obj: ${terms(objectiveTerms(input, level))}`,
    'Subject To',
  ];
  const members = membersOf(input);
  const minimums = new Set(minimumLimits(input));
  let shortfall = 0;
  input.limits.forEach((limit, k) => {
    const used = input.used.get(limit.code) ?? { count: 0, amount: 0 };
    const rows = members.get(limit.code)!;
    if (limit.count !== null) {
      const ones = rows.map((i): [number, string] => [1, `x${i}`]);
      if (rows.length > 0)
        lines.push(` max${k}: ${terms(ones)} <= ${limit.count.max - used.count}`);
      if (minimums.has(limit)) {
        const s = `s${shortfall++}`;
        const lhs = input.relaxed ? [...ones, [1, s] as [number, string]] : ones;
        lines.push(` min${k}: ${terms(lhs)} >= ${limit.count.min - used.count}`);
      }
    }
    if (limit.budget !== null && rows.length > 0) {
      const amounts = rows.map((i): [number, string] => [input.free[i].amount, `x${i}`]);
      lines.push(` budget${k}: ${terms(amounts)} <= ${num(limit.budget - used.amount)}`);
    }
  });
  for (const bound of bounds) {
    // The slack keeps a float optimum reachable; far below any step between two plans (a 0.01 score, a
    // cent of 万元), so it lets no worse plan through.
    const slack = Math.max(1e-6, 1e-9 * Math.abs(bound.value));
    const keep =
      SENSE[bound.level] === 'Maximize'
        ? `>= ${num(bound.value - slack)}`
        : `<= ${num(bound.value + slack)}`;
    lines.push(` keep_${bound.level}: ${terms(objectiveTerms(input, bound.level))} ${keep}`);
  }
  lines.push('Bounds');
  if (input.free.length === 0) lines.push(' x0 = 0');
  if (input.relaxed)
    minimumLimits(input).forEach((l, k) => lines.push(` 0 <= s${k} <= ${l.count!.min}`));
  lines.push('Binary');
  const names = input.free.length > 0 ? input.free.map((_, i) => `x${i}`) : ['x0'];
  for (let i = 0; i < names.length; i += 40) lines.push(` ${names.slice(i, i + 40).join(' ')}`);
  lines.push('End');
  return lines.join('\n');
}
