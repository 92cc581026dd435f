// A row's verdict from its findings: any error makes it 不合格, else any warning 需关注, else 合格.
// Info findings never change a verdict.
import type { Finding, Verdict } from './types';

export function verdictOf(findings: readonly Finding[]): Verdict {
  if (findings.some((f) => f.severity === 'error')) return 'ineligible';
  return findings.some((f) => f.severity === 'warning') ? 'attention' : 'eligible';
}

export function hasError(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
