// Two views of a piece of text: what we quote back to the user (as typed, tidied) and what we
// compare (every harmless difference of width, brackets, quotes, spacing and case folded away).
import { buildCharTable, mapByChars } from './char-table';

const HORIZONTAL_SPACE_RUN = /[^\S\r\n]+/g;
const LINE_BREAK = /\r\n?/g;
// ASCII and the common CJK ideographs are left alone by NFKC: the definition of a key skips it for them.
const NFKC_STABLE = /^[\x20-\x7e\u4e00-\u9fff]*$/;
const SPACE_TO_FOLD = /\s\s|[^\S ]/;

const NFKC_BY_CHAR = buildCharTable((c) => c.normalize('NFKC'));

/** NFKC, by the character table when it covers the text (project names with （）, units with ·). */
function nfkc(text: string): string {
  return mapByChars(text, NFKC_BY_CHAR) ?? text.normalize('NFKC');
}

/** The text as typed, for messages: NFKC (full-width letters and digits become half-width), trimmed, inner runs of spaces folded to one. Line breaks are kept. */
export function displayText(raw: string): string {
  const normal = nfkc(raw);
  // Each step only when it would change something: most cells have no line break and single spaces.
  const lines = normal.includes('\r') ? normal.replace(LINE_BREAK, '\n') : normal;
  return (SPACE_TO_FOLD.test(lines) ? lines.replace(HORIZONTAL_SPACE_RUN, ' ') : lines).trim();
}

// After NFKC, full-width （） ［］ ｛｝ are already ASCII; the rest of the bracket and quote families are
// folded here, character by character.
const OPENING = '【〔〖［｛《〈<[{（';
const CLOSING = '】〕〗］｝》〉>]}）';
const QUOTES = '“”‘’「」『』〝〞〟＂＇"\'`´';
// Middle dots of every width, and the spaces matching ignores.
const DROPPED = '·・･‧•∙';

const FOLD = new Map<string, string>();
for (const c of OPENING) FOLD.set(c, '(');
for (const c of CLOSING) FOLD.set(c, ')');
for (const c of QUOTES) FOLD.set(c, '"');
for (const c of DROPPED) FOLD.set(c, '');

const FOLDABLE = new RegExp(`[${[...FOLD.keys()].map((c) => `\\u{${c.codePointAt(0)!.toString(16)}}`).join('')}]`, 'gu');
const FOLDABLE_TEST = new RegExp(FOLDABLE.source, 'u');
const WHITESPACE = /\s+/g;

// Cells repeat the same few words (是, 否, 省级学会, a category) thousands of times: remember the keys
// that need the slow path. Text the character table covers needs no memory: its key is cheap to
// redo, and a sheet of 100,000 different project names would only churn a cache.
const KEY_CACHE_LIMIT = 20_000;
const keyCache = new Map<string, string>();

/** The definition of a key; `matchKey` gives the same, faster. */
export function computeKey(text: string): string {
  const normal = NFKC_STABLE.test(text) ? text : text.normalize('NFKC');
  const folded = FOLDABLE_TEST.test(normal) ? normal.replace(FOLDABLE, (c) => FOLD.get(c) ?? c) : normal;
  return folded.replace(WHITESPACE, '').toLowerCase();
}

const KEY_BY_CHAR = buildCharTable(computeKey);

/** A key for matching only, never shown: NFKC, one kind of bracket and quote, no spaces or middle dots, lower case. */
export function matchKey(text: string): string {
  const quick = mapByChars(text, KEY_BY_CHAR);
  if (quick !== null) return quick;
  let key = keyCache.get(text);
  if (key === undefined) {
    key = computeKey(text);
    if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
    keyCache.set(text, key);
  }
  return key;
}

/** `matchKey` without any quote marks, for names people write both with and without them (“两化” / 两化). */
export function matchKeyWithoutQuotes(text: string): string {
  return matchKey(text).replace(/"/g, '');
}
