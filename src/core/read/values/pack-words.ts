// The pack's coded values (applicant types, categories, decisions) keyed for matching, built once
// per pack so reading a large sheet does no per-cell set-up.
import type { Decision } from '../../types';
import type { RulePack } from '../../pack/schema';
import { matchKey, matchKeyWithoutQuotes } from '../../text/normalise';

export interface PackWords {
  applicantTypes: Map<string, string>;
  /** Codes, names, aliases and "code name" of every node → its code. */
  categories: Map<string, string>;
  categoryCodes: Set<string>;
  decisions: Map<string, Decision>;
}

const cache = new WeakMap<RulePack, PackWords>();

export function packWords(pack: RulePack): PackWords {
  let words = cache.get(pack);
  if (!words) {
    words = build(pack);
    cache.set(pack, words);
  }
  return words;
}

function build(pack: RulePack): PackWords {
  const applicantTypes = new Map<string, string>();
  for (const type of pack.applicantTypes) {
    for (const spelling of [type.id, ...type.spellings, type.en]) applicantTypes.set(matchKey(spelling), type.id);
  }

  const categories = new Map<string, string>();
  const categoryCodes = new Set<string>();
  for (const node of pack.categories) {
    categoryCodes.add(node.code);
    for (const name of [node.name, node.en, ...node.aliases]) {
      // The quote-free key lets “科创中国” match 科创中国 whichever way either is written.
      for (const key of [matchKeyWithoutQuotes(name), matchKeyWithoutQuotes(`${node.code}${name}`)]) {
        if (!categories.has(key)) categories.set(key, node.code);
      }
    }
  }

  const decisions = new Map<string, Decision>();
  for (const decision of ['approved', 'rejected', 'pending'] as const) {
    for (const word of pack.decisions[decision]) if (word.trim()) decisions.set(matchKey(word), decision);
  }
  return { applicantTypes, categories, categoryCodes, decisions };
}
