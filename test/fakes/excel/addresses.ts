// A1 addresses as the fake host understands them: `A1`, `A1:C9`, `2:10` (whole rows), `B:D`
// (whole columns), optionally after `Sheet!` or `'My sheet'!`. Kept separate from the adapter's own
// address code so a mistake in one is not hidden by the same mistake in the other.

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A rectangle of cells, 1-based and inclusive. */
export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + (ch.charCodeAt(0) - 64), 0);
}

/** `'My sheet'!A1:B2` → { sheet: 'My sheet', local: 'A1:B2' }. */
export function splitSheet(address: string): { sheet?: string; local: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

function parseEnd(part: string): { row?: number; column?: number } {
  const m = /^\$?([A-Za-z]*)\$?(\d*)$/.exec(part.trim());
  if (!m || (!m[1] && !m[2])) throw new Error(`not an address: ${part}`);
  return { column: m[1] ? columnNumber(m[1]) : undefined, row: m[2] ? Number(m[2]) : undefined };
}

/** The box of a local address (no sheet part). Throws on anything else. */
export function parseBox(local: string): Box {
  const [a, b = a] = local.split(':');
  const start = parseEnd(a);
  const end = parseEnd(b);
  const box: Box = {
    top: start.row ?? 1,
    left: start.column ?? 1,
    bottom: end.row ?? MAX_ROWS,
    right: end.column ?? MAX_COLUMNS,
  };
  const valid =
    box.top >= 1 && box.left >= 1 && box.bottom <= MAX_ROWS && box.right <= MAX_COLUMNS && box.top <= box.bottom && box.left <= box.right;
  if (!valid) throw new Error(`not an address: ${local}`);
  return box;
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function boxAddress(box: Box): string {
  const a = `${columnLetters(box.left)}${box.top}`;
  const b = `${columnLetters(box.right)}${box.bottom}`;
  return a === b ? a : `${a}:${b}`;
}

export function intersect(a: Box, b: Box): Box | null {
  const box = { top: Math.max(a.top, b.top), left: Math.max(a.left, b.left), bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right) };
  return box.top <= box.bottom && box.left <= box.right ? box : null;
}

export function cellCount(box: Box): number {
  return (box.bottom - box.top + 1) * (box.right - box.left + 1);
}
