// The findings list as the pane shows it: one group per sheet row, most serious first.
import type { CheckResult, Finding, Severity, Verdict } from '../../core/types';

export interface RowFindings {
  row: number;
  unit: string | null;
  project: string | null;
  verdict: Verdict;
  findings: Finding[];
}

export type VerdictCounts = Record<Verdict, number>;

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export const ALL_SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/**
 * Rows that have at least one finding of the shown severities, in sheet order; inside a row the
 * errors come first so the reason for 不合格 is read first. Rows left with nothing are dropped.
 */
export function groupFindingsByRow(result: CheckResult, shown: ReadonlySet<Severity>): RowFindings[] {
  return [...result.rows]
    .sort((a, b) => a.row - b.row)
    .map((r) => ({
      row: r.row,
      unit: r.unit,
      project: r.project,
      verdict: r.verdict,
      findings: r.findings
        .filter((f) => shown.has(f.severity))
        .map((f, index) => ({ f, index }))
        .sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.index - b.index)
        .map(({ f }) => f),
    }))
    .filter((group) => group.findings.length > 0);
}

export function countVerdicts(result: CheckResult): VerdictCounts {
  const counts: VerdictCounts = { eligible: 0, attention: 0, ineligible: 0 };
  for (const r of result.rows) counts[r.verdict] += 1;
  return counts;
}

/** How many findings of each severity the rows hold, for the filter's labels. */
export function countSeverities(result: CheckResult): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const r of result.rows) for (const f of r.findings) counts[f.severity] += 1;
  return counts;
}
