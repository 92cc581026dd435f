// Keeping every request and response well under Excel on the web's 5 MB payload cap and its 5M-cell
// read limit: we aim at 2 MB, so an estimate that is off by half still fits.

/** Excel on the web refuses a request or response above 5 MB. */
export const HOST_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
/** What one sync may carry, by our estimate. */
export const PAYLOAD_BUDGET_BYTES = 2_000_000;
/** Excel refuses to read more than 5M cells at once; stay below it. */
export const CELL_BUDGET = 4_000_000;
/** Rows the first sync reads of every sheet: the header row is within the first 10. */
export const HEAD_ROWS = 10;

/** Bytes of a string as UTF-8 (Chinese text is three bytes a character). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? '');
}

/** How many rows one read may take: within the byte budget and the cell budget, at least one. */
export function rowsPerRead(rowBytes: number, columns: number): number {
  return Math.max(1, Math.min(Math.floor(PAYLOAD_BUDGET_BYTES / rowBytes), Math.floor(CELL_BUDGET / Math.max(1, columns))));
}

/** Largest single write we queue: half the budget, so a write and its formats fit one request. */
export const WRITE_PIECE_BYTES = PAYLOAD_BUDGET_BYTES / 2;

/**
 * Consecutive rows cut into pieces of at most `budget` bytes of JSON each (a row larger than the
 * budget is a piece by itself). Returns [start, end) index pairs.
 */
export function piecesByBytes(rows: unknown[][], budget = WRITE_PIECE_BYTES): [number, number][] {
  const pieces: [number, number][] = [];
  let start = 0;
  let bytes = 0;
  rows.forEach((row, i) => {
    const size = jsonBytes(row) + 1;
    if (i > start && bytes + size > budget) {
      pieces.push([start, i]);
      start = i;
      bytes = 0;
    }
    bytes += size;
  });
  if (rows.length > start) pieces.push([start, rows.length]);
  return pieces;
}
