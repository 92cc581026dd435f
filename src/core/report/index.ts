// The JSON report of workbook.md, built from a check's result.
import type { CheckResult, Finding } from '../types';
import type { Report, ReportFinding } from './schema';

export { reportSchema, type Report, type ReportFinding } from './schema';

function reportFinding(f: Finding): ReportFinding {
  const out: ReportFinding = { rule: f.rule, severity: f.severity, message: f.message.zh, messageEn: f.message.en, clause: f.clause };
  if (f.column !== undefined) out.column = f.column;
  if (f.header !== undefined) out.header = f.header;
  return out;
}

export function buildReport(result: CheckResult): Report {
  const count = (verdict: string) => result.rows.filter((r) => r.verdict === verdict).length;
  return {
    sheet: result.sheet,
    ...(result.source !== undefined ? { source: result.source } : {}),
    pack: result.pack,
    summary: {
      rows: result.rows.length,
      eligible: count('eligible'),
      attention: count('attention'),
      ineligible: count('ineligible'),
    },
    rows: result.rows.map((r) => ({
      row: r.row,
      unit: r.unit,
      project: r.project,
      category: r.category,
      verdict: r.verdict,
      decision: r.decision,
      findings: r.findings.map(reportFinding),
    })),
    nodes: result.nodes.map((n) => ({
      code: n.code,
      name: n.name,
      count: n.count,
      budget: n.budget,
      applications: n.applications,
      eligible: n.eligible,
      pending: n.pending,
      approvedCount: n.approvedCount,
      approvedAmount: n.approvedAmount,
      remainingCount: n.remainingCount,
      remainingBudget: n.remainingBudget,
      status: n.status,
      findings: n.findings.map((f) => ({ ...reportFinding(f), rows: f.rows })),
    })),
    notices: result.notices,
  };
}
