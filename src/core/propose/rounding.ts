// Sums of amounts and scores are compared with a little slack so 0.1 + 0.2 fits 0.3.
export const EPSILON = 1e-6;

/** 万元 to the 0.01 (100 元) a sheet shows. */
export function cents(value: number): number {
  return Math.round(value * 100) / 100;
}
