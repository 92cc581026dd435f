// Everything a check derives once from the pack and the workbook's own lists, so no rule has to
// search the pack, compile a pattern or normalise a list per row.
import type { CategoryNode, RulePack } from '../pack/schema';
import { packIndex } from '../pack/tree';
import { matchKey } from '../text/normalise';
import type { BlacklistEntry, Settings } from '../types';
import type { RuleContext } from './types';

export function buildContext(pack: RulePack, settings: Settings, blacklist: BlacklistEntry[]): RuleContext {
  const index = packIndex(pack);
  const parents = new Set<string>();
  for (const node of pack.categories) if (node.parent !== null) parents.add(node.parent);

  const lineage = new Map<string, CategoryNode[]>();
  for (const node of pack.categories) lineage.set(node.code, [node, ...index.ancestors(node.code)]);

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
    leavesUnder: new Map(),
    lineage,
    figuresByLeaf,
    blacklist: byUnit,
    typeGuessers: pack.applicantTypes.map((t) => ({ type: t.id, patterns: t.namePatterns.map((p) => new RegExp(p, 'u')) })),
    typeByName: new Map(),
    unitsByText: new Map(),
    focusIndustries: new Set((pack.focusIndustries?.industries ?? []).map(matchKey)),
    requiredColumns: pack.columns.filter((c) => c.required),
    fieldKeys: [...pack.columns.map((c) => c.key), ...new Set(pack.figures.map((f) => f.key))],
    // The reader has already fallen back to the pack's deadline when 设置 sets none.
    submissionDeadline: settings.submissionDeadline ?? null,
  };
}
