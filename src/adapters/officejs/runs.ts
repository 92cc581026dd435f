// Contiguous runs of rows with the same fill (or boldness), so formats are set one range per run
// instead of one call per row.

export interface Run<K> {
  key: K;
  /** 1-based sheet rows, inclusive. */
  first: number;
  last: number;
}

/** Runs over rows given in ascending order; a gap in row numbers ends a run. */
export function runsOf<K>(rows: { row: number; key: K }[]): Run<K>[] {
  const runs: Run<K>[] = [];
  for (const { row, key } of rows) {
    const current = runs[runs.length - 1];
    if (current && current.key === key && current.last === row - 1) current.last = row;
    else runs.push({ key, first: row, last: row });
  }
  return runs;
}
