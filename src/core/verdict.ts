// A row's verdict from its findings: any error makes it 不合格, else any warning 需关注, else 合格.
// Info findings never change a verdict.
import type { Finding, Verdict } from './types';

export function verdictOf(findings: readonly Finding[]): Verdict {
  let verdict: Verdict = 'eligible';
  // Indexed: this runs once per row, and for…of left an iterator per row behind.
  for (let i = 0; i < findings.length; i++) {
    const severity = findings[i].severity;
    if (severity === 'error') return 'ineligible';
    if (severity === 'warning') verdict = 'attention';
  }
  return verdict;
}

export function hasError(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
