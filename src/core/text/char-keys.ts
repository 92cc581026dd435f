// A fast path for `matchKey`: for the characters real cells are made of (ASCII, the CJK ideographs,
// full-width forms, CJK and general punctuation) NFKC, folding, dropping spaces and lower-casing
// all act on one character at a time, so a key is each character's key in turn. Anything outside
// that set (accents, combining marks, rare scripts) goes the slow way, which is the definition.

/** Per character code: its key ('' when dropped); undefined when the character must go the slow way. */
export type CharKeys = (string | undefined)[];

// Ranges whose characters are single, composition-free starters once NFKC has run.
const TABLE_RANGES: [number, number][] = [
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
export function buildCharKeys(slowKey: (text: string) => string): CharKeys {
  const keys: CharKeys = [];
  for (const [from, to] of TABLE_RANGES) {
    for (let code = from; code <= to; code++) {
      const char = String.fromCharCode(code);
      const normal = char.normalize('NFKC');
      // A character NFKC turns into a combining mark (´ → space + U+0301) could join its neighbour.
      if (COMBINING.test(normal) || normal.length === 0) continue;
      keys[code] = slowKey(char);
    }
  }
  return keys;
}

const CJK_FIRST = 0x4e00;
const CJK_LAST = 0x9fff;

/**
 * The key of `text` character by character, or null when a character is not in the table. Text
 * that is already a key (most names and words) comes back as the same string, with nothing built.
 */
export function keyByChars(text: string, keys: CharKeys): string | null {
  let out = '';
  // Start of the stretch of characters that are their own key, copied in one slice when it ends.
  let same = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= CJK_FIRST && code <= CJK_LAST) continue;
    const key = keys[code];
    if (key === undefined) return null;
    if (key.length === 1 && key.charCodeAt(0) === code) continue;
    out += text.slice(same, i) + key;
    same = i + 1;
  }
  return same === 0 ? text : out + text.slice(same);
}
