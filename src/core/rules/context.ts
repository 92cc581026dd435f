// What a check derives once from the pack and the workbook's own lists (lookups by code, the
// blacklist by unit, compiled patterns), so that each rule stays a few lines.
import type { CategoryNode, RulePack } from '../pack/schema';
import { packIndex } from '../pack/tree';
import { matchKey } from '../text/normalise';
import type { BlacklistEntry, Settings } from '../types';
import type { Placement, RuleContext } from './types';

export function buildContext(pack: RulePack, settings: Settings, blacklist: BlacklistEntry[]): RuleContext {
  const index = packIndex(pack);
  const parents = new Set<string>();
  for (const node of pack.categories) if (node.parent !== null) parents.add(node.parent);

  const lineage = new Map<string, CategoryNode[]>();
  for (const node of pack.categories) lineage.set(node.code, [node, ...index.ancestors(node.code)]);

  const placements = new Map<string, Placement>();
  for (const node of pack.categories) placements.set(node.code, placementOf(node, lineage.get(node.code) ?? [node], parents));

  const leavesUnder = new Map<string, CategoryNode[]>();
  for (const code of parents) leavesUnder.set(code, index.leaves.filter((leaf) => (lineage.get(leaf.code) ?? []).some((n) => n.code === code)));

  const figuresByLeaf = new Map<string, RulePack['figures']>();
  for (const leaf of index.leaves) {
    const codes = new Set((lineage.get(leaf.code) ?? []).map((n) => n.code));
    figuresByLeaf.set(
      leaf.code,
      pack.figures.filter((f) => codes.has(f.category)),
    );
  }

  const byUnit = new Map<string, BlacklistEntry[]>();
  for (const entry of blacklist) {
    const key = matchKey(entry.unit);
    const list = byUnit.get(key) ?? [];
    list.push(entry);
    byUnit.set(key, list);
  }

  return {
    pack,
    settings,
    byCode: index.byCode,
    parents,
    leavesUnder,
    lineage,
    placements,
    figuresByLeaf,
    blacklist: byUnit,
    typeGuessers: pack.applicantTypes.map((t) => ({ type: t.id, patterns: t.namePatterns.map((p) => new RegExp(p, 'u')) })),
    focusIndustries: new Set((pack.focusIndustries?.industries ?? []).map(matchKey)),
    requiredColumns: pack.columns.filter((c) => c.required),
    // Ignored columns (序号, 备注) are never judged.
    fieldKeys: [...pack.columns.filter((c) => c.type !== 'ignored').map((c) => c.key), ...new Set(pack.figures.map((f) => f.key))],
    // The reader has already fallen back to the pack's deadline when 设置 sets none.
    submissionDeadline: settings.submissionDeadline ?? null,
  };
}

/**
 * A node's placement: the nearest range, applicants and completion deadline on its lineage. A group
 * places no application, so it keeps only the deadline (a row naming it is still judged by that).
 */
function placementOf(node: CategoryNode, lineage: CategoryNode[], parents: Set<string>): Placement {
  let per: Placement['per'] = null;
  let who: string[] | null = null;
  let completionDeadline: string | null = null;
  for (const n of lineage) {
    per ??= n.per;
    who ??= n.who;
    completionDeadline ??= n.completionDeadline ?? null;
  }
  if (parents.has(node.code)) return { node, leaf: null, per: null, who: null, completionDeadline };
  return { node, leaf: node, per, who, completionDeadline };
}
