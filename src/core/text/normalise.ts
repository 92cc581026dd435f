// Two views of a piece of text: what we quote back to the user (as typed) and what we compare
// (every harmless difference of width, brackets, quotes, spacing and case folded away).
import { buildCharTable, mapByChars } from './char-table';

const LINE_BREAK = /\r\n?/g;
// ASCII and the common CJK ideographs are left alone by NFKC: the definition of a key skips it for them.
const NFKC_STABLE = /^[\x20-\x7e\u4e00-\u9fff]*$/;

/**
 * The text as typed, for messages, the output columns and the summary sheets: only trimmed, and a
 * line break is \n however it was typed. workbook.md: "what is shown back to the user is the text as
 * typed", so a project name in 问题清单 can be found with Ctrl+F on the submissions sheet; width,
 * brackets and spaces are normalised for matching only (`matchKey`).
 */
export function displayText(raw: string): string {
  // No pass when there is nothing to change: a sheet of 100,000 project names makes no new strings.
  return (raw.includes('\r') ? raw.replace(LINE_BREAK, '\n') : raw).trim();
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
