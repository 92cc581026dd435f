// Numbers as people type them: thousands separators, a sign, a decimal point (after NFKC, so
// full-width digits and commas are already plain).

const DECIMAL = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?$/;

/** The number a piece of normalised, space-free text spells, or null. */
export function parseDecimal(text: string): number | null {
  if (text === '' || text === '+' || text === '-' || !DECIMAL.test(text) || !/\d/.test(text)) return null;
  const value = Number(text.replace(/,/g, ''));
  return Number.isFinite(value) ? value : null;
}

/** NFKC and no spaces at all, so "1 000" and "１０００" read as 1000. */
export function compactText(text: string): string {
  // Most cells are plain ASCII without spaces: skip the work for them.
  if (PLAIN.test(text)) return text;
  return text.normalize('NFKC').replace(/\s+/g, '');
}

const PLAIN = /^[\x21-\x7e]*$/;
