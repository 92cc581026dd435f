// A1 addresses for Office.js calls, and reading the addresses Excel returns (`'My sheet'!B3:F120`).
// Column letters and sheet quoting are the core's, the same for every adapter.
import { columnLetter as columnLetters, quotedSheet } from '../../core/read/grid';

export { columnLetters, quotedSheet };

export interface CellBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

export function boxAddress(box: CellBox): string {
  return `${cellAddress(box.top, box.left)}:${cellAddress(box.bottom, box.right)}`;
}

/** `'Sheet'!B3:F9` or `B3` (sheet part optional) → its box. */
export function parseBoxAddress(address: string): CellBox {
  const local = address.slice(address.lastIndexOf('!') + 1);
  const [start, end = start] = local.split(':');
  const parse = (part: string) => {
    const m = /^\$?([A-Za-z]+)\$?(\d+)$/.exec(part.trim());
    if (!m) throw new Error(`Excel returned an address this add-in cannot read: ${address}`);
    return { row: Number(m[2]), column: columnNumber(m[1]) };
  };
  const a = parse(start);
  const b = parse(end);
  return { top: a.row, left: a.column, bottom: b.row, right: b.column };
}

/** A RangeAreas address (`'a,b'!A1:B2,'a,b'!C3`) split into its areas; commas inside quotes kept. */
export function splitAreas(address: string): string[] {
  const areas: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      if (current.trim()) areas.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim()) areas.push(current.trim());
  return areas;
}
