// A fast path for NFKC and for match keys: for the characters real cells are made of (ASCII, the
// CJK ideographs, full-width forms, CJK and general punctuation) both act on one character at a
// time, so the result is each character's result in turn, looked up in a table. Anything outside
// that set (accents, combining marks, rare scripts) goes the slow way, which is the definition.

/**
 * Per character (see `slotOf`): what it becomes ('' when dropped); undefined when it must go the
 * slow way. A dense array: one indexed by raw codes up to U+FF65 would be sparse, and V8 keeps a
 * sparse array as a hash table, slow to look up for every character of every cell.
 */
export type CharTable = (string | undefined)[];

// Codes below U+3100 sit at their own index; the full-width block U+FF00–U+FFFF follows them.
const LOW_END = 0x3100;
const FULL_WIDTH = 0xff00;
const SLOTS = LOW_END + 0x100;

function slotOf(code: number): number {
  if (code < LOW_END) return code;
  return code >= FULL_WIDTH ? code - FULL_WIDTH + LOW_END : -1;
}

// Ranges whose characters are single, composition-free starters once NFKC has run.
const TABLE_RANGES: [number, number][] = [
  [0x09, 0x0d], // tab and line breaks
  [0x20, 0x7e], // ASCII
  [0xa0, 0xbf], // no-break space, middle dot, …
  [0x2000, 0x206f], // general punctuation: dashes, quotes, bullets, spaces
  [0x2200, 0x221f], // ∙ and its neighbours
  [0x3000, 0x303f], // CJK punctuation: 、。【】《》「」 and the ideographic space
  [0x30fb, 0x30fb], // katakana middle dot
  [0xff01, 0xff65], // full-width forms
];

const COMBINING = /\p{M}/u;

/** Builds the table from the slow definition itself, so the two cannot disagree on a character. */
export function buildCharTable(slow: (text: string) => string): CharTable {
  const table: CharTable = new Array<string | undefined>(SLOTS).fill(undefined);
  for (const [from, to] of TABLE_RANGES) {
    for (let code = from; code <= to; code++) {
      const char = String.fromCharCode(code);
      const normal = char.normalize('NFKC');
      // A character NFKC turns into a combining mark (´ → space + U+0301) could join its neighbour.
      if (COMBINING.test(normal) || normal.length === 0) continue;
      table[slotOf(code)] = slow(char);
    }
  }
  return table;
}

const CJK_FIRST = 0x4e00;
const CJK_LAST = 0x9fff;

/** A common CJK ideograph (U+4E00–U+9FFF): NFKC and match keys leave it as it is. */
export function isIdeograph(code: number): boolean {
  return code >= CJK_FIRST && code <= CJK_LAST;
}

/**
 * `text` character by character through the table (the CJK ideographs stay as they are), or null
 * when a character is not in it. Text that comes out unchanged is handed back as the same string.
 */
export function mapByChars(text: string, table: CharTable): string | null {
  let out = '';
  // Start of the stretch of characters that stay as they are, copied in one slice when it ends.
  let same = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isIdeograph(code)) continue;
    const slot = slotOf(code);
    if (slot < 0) return null;
    const mapped = table[slot];
    if (mapped === undefined) return null;
    if (mapped.length === 1 && mapped.charCodeAt(0) === code) continue;
    out += text.slice(same, i) + mapped;
    same = i + 1;
  }
  return same === 0 ? text : out + text.slice(same);
}

