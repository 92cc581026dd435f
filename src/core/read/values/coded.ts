// Cells holding one of the pack's coded values. An applicant type or category that matches nothing
// is not a bad value: the rules `unit-type` and `unknown-category` report it in their own words.
import type { CellValue, Decision } from '../../types';
import { matchKey, matchKeyWithoutQuotes } from '../../text/normalise';
import { EXPECTED, notA, ok, type Parsed } from './parsed';
import type { PackWords } from './pack-words';

export function readApplicantType(text: string, words: PackWords): Parsed<string | null> {
  return ok(words.applicantTypes.get(matchKey(text)) ?? null);
}

// "3.1.1", "3.1.1.", "3.1.1 青年科技论坛（沙龙）", "3.1.1、青年…": a code, then perhaps a name.
const LEADING_CODE = /^(\d+(?:\.\d+)*)\.?[、.:：\-—)]?(.*)$/;

export function readCategory(raw: CellValue, text: string, words: PackWords): Parsed<string | null> {
  // A number cell 3.1 is the code "3.1" (String keeps what Excel shows for such short decimals).
  const key = matchKeyWithoutQuotes(typeof raw === 'number' ? String(raw) : text);
  const named = words.categories.get(key);
  if (named !== undefined) return ok(named);
  const lead = LEADING_CODE.exec(key);
  if (lead) {
    if (words.categoryCodes.has(lead[1])) return ok(lead[1]);
    // An unknown code before a known name: the name is the clearer of the two.
    if (lead[2]) return ok(words.categories.get(lead[2]) ?? null);
  }
  return ok(null);
}

export function readDecision(text: string, words: PackWords): Parsed<Decision> {
  const decision = words.decisions.get(matchKey(text));
  return decision === undefined ? notA(EXPECTED.decision) : ok(decision);
}
