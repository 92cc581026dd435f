// The findings list as the pane shows it: one group per sheet row, most serious first, filtered by
// verdict, severity, rule and a search on unit or project, and cut into pages.
import type { CheckResult, Finding, Severity, Verdict } from '../../core/types';
import type { RulePack } from '../../core/pack/schema';
import type { Lang } from '../../core/types';

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
export const ALL_VERDICTS: readonly Verdict[] = ['ineligible', 'attention', 'eligible'];

/** Rows a page shows: at 5,000 rows the list stays a few screens long. */
export const PAGE_SIZE = 50;

export interface FindingsFilter {
  severities: ReadonlySet<Severity>;
  verdicts: ReadonlySet<Verdict>;
  /** A rule id, or null for every rule. */
  rule: string | null;
  /** Matched against the unit and the project, ignoring case and spaces; empty matches all. */
  search: string;
}

export function showEverything(): FindingsFilter {
  return { severities: new Set(ALL_SEVERITIES), verdicts: new Set(ALL_VERDICTS), rule: null, search: '' };
}

const squeeze = (text: string) => text.replace(/\s+/g, '').toLowerCase();

/**
 * Rows with at least one finding the filter lets through, in sheet order; inside a row the errors
 * come first so the reason for 不合格 is read first. Rows left with nothing are dropped.
 */
export function filterRowGroups(result: CheckResult, filter: FindingsFilter): RowFindings[] {
  const needle = squeeze(filter.search);
  const groups: RowFindings[] = [];
  for (const r of result.rows) {
    if (!filter.verdicts.has(r.verdict)) continue;
    if (needle !== '' && !squeeze(`${r.unit ?? ''} ${r.project ?? ''}`).includes(needle)) continue;
    const kept = r.findings
      .filter((f) => filter.severities.has(f.severity) && (filter.rule === null || f.rule === filter.rule))
      .map((f, index) => ({ f, index }))
      .sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.index - b.index)
      .map(({ f }) => f);
    if (kept.length > 0) groups.push({ row: r.row, unit: r.unit, project: r.project, verdict: r.verdict, findings: kept });
  }
  return groups.sort((a, b) => a.row - b.row);
}

/** Every row with findings of the shown severities (no other filter). */
export function groupFindingsByRow(result: CheckResult, shown: ReadonlySet<Severity>): RowFindings[] {
  return filterRowGroups(result, { ...showEverything(), severities: shown });
}

export interface Page<T> {
  items: T[];
  /** 0-based, clamped to the pages there are. */
  page: number;
  pages: number;
}

export function pageOf<T>(items: T[], page: number, size = PAGE_SIZE): Page<T> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const at = Math.min(Math.max(0, page), pages - 1);
  return { items: items.slice(at * size, (at + 1) * size), page: at, pages };
}

export interface RuleChoice {
  rule: string;
  /** The rule's title in the pane's language (the id only when the pack has no entry). */
  title: string;
  count: number;
}

/** The rules that found something, by their titles, most findings first. */
export function rulesFound(result: CheckResult, pack: RulePack | null, lang: Lang): RuleChoice[] {
  const counts = new Map<string, number>();
  for (const r of result.rows) for (const f of r.findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  const choices: RuleChoice[] = [];
  for (const [rule, count] of counts) choices.push({ rule, title: pack?.rules[rule]?.title?.[lang] ?? rule, count });
  return choices.sort((a, b) => b.count - a.count || a.title.localeCompare(b.title));
}

export function countVerdicts(result: CheckResult): VerdictCounts {
  const counts: VerdictCounts = { eligible: 0, attention: 0, ineligible: 0 };
  for (const r of result.rows) counts[r.verdict] += 1;
  return counts;
}

/** Rows with at least one finding, by verdict, for the verdict filter's labels. */
export function countRowsWithFindings(result: CheckResult): VerdictCounts {
  const counts: VerdictCounts = { eligible: 0, attention: 0, ineligible: 0 };
  for (const r of result.rows) if (r.findings.length > 0) counts[r.verdict] += 1;
  return counts;
}

/** How many findings of each severity the rows hold, for the filter's labels. */
export function countSeverities(result: CheckResult): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const r of result.rows) for (const f of r.findings) counts[f.severity] += 1;
  return counts;
}
