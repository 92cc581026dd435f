// A row's verdict from its findings: any error makes it 不合格, else any warning 需关注, else 合格.
// Info findings never change a verdict.
import type { Finding, Verdict } from './types';

export function verdictOf(findings: readonly Finding[]): Verdict {
  let verdict: Verdict = 'eligible';
  for (const f of findings) {
    if (f.severity === 'error') return 'ineligible';
    if (f.severity === 'warning') verdict = 'attention';
  }
  return verdict;
}

export function hasError(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
