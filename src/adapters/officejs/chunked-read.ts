// Reading whole sheets in row chunks, one sync per chunk group (never per row). A chunk's size comes
// from the bytes a row has taken so far (the head at first, then every row read), with a margin, so
// each response stays under the payload and cell budgets; small sheets share a sync. If Excel still
// refuses a response as too large, the estimate is doubled and the same rows are read again.
import type { CellValue, Merge, SheetGrid } from '../../core/types';
import { CellBox, boxAddress, parseBoxAddress, splitAreas } from './addresses';
import { toCellGrid } from './cell-values';
import { PAYLOAD_BUDGET_BYTES, jsonBytes, rowsPerRead } from './payload';
import type { Session } from './session';
import { SheetHead, headGrid, sameBox } from './sheet-heads';

/** Margin over the largest row seen: a later row may be longer. */
const ROW_MARGIN = 1.5;
/** An empty cell still costs its value, its type and its format in the response. */
const EMPTY_CELL_BYTES = 22;

interface Cursor {
  sheet: SheetHead;
  box: CellBox;
  /** Next row to read. */
  next: number;
  /** Largest row seen so far, in response bytes. */
  largestRow: number;
  /** Doubled after a refused response. */
  factor: number;
  rows: CellValue[][];
}

interface Chunk {
  cursor: Cursor;
  top: number;
  bottom: number;
  range: Excel.Range;
}

export interface ReadOptions {
  /** The sheet whose merged areas to read (ExcelApi 1.13), or null. */
  mergesOf: string | null;
  /** After each sync: the sheet rows read so far and the rows there are to read. */
  onChunk?: (rowsDone: number, rowsTotal: number) => void;
}

function rowBytes(values: unknown[][], types: unknown[][], formats: unknown[][]): number {
  return Math.max(0, ...values.map((row, i) => jsonBytes(row) + jsonBytes(types[i] ?? []) + jsonBytes(formats[i] ?? [])));
}

const columnsOf = (c: Cursor) => c.box.right - c.box.left + 1;
const estimate = (c: Cursor) => Math.max(columnsOf(c) * EMPTY_CELL_BYTES, c.largestRow * ROW_MARGIN) * c.factor;

function tooLarge(error: unknown): boolean {
  return (error as { code?: string })?.code === 'ResponsePayloadSizeLimitExceeded';
}

/** Full grids of the given sheets, read in chunks; the merged areas of one of them. */
export async function readSheets(session: Session, sheets: SheetHead[], options: ReadOptions): Promise<Map<string, SheetGrid>> {
  const grids = new Map<string, SheetGrid>();
  const cursors: Cursor[] = [];
  for (const sheet of sheets) {
    if (!sheet.used) grids.set(sheet.name, { name: sheet.name, rows: [] });
    else if (sheet.headBox && sameBox(sheet.used, sheet.headBox)) grids.set(sheet.name, headGrid(sheet));
    else
      cursors.push({ sheet, box: sheet.used, next: sheet.used.top, largestRow: rowBytes(sheet.rawValues, sheet.rawTypes, sheet.rawFormats), factor: 1, rows: [] });
  }
  const mergeSheet = sheets.find((s) => s.name === options.mergesOf && s.used);
  let merges: Merge[] | null = mergeSheet ? null : [];

  while (cursors.some((c) => c.next <= c.box.bottom) || merges === null) {
    // Rows from the sheets in order until the budget is used; the first chunk always goes.
    const group: Chunk[] = [];
    let budget = PAYLOAD_BUDGET_BYTES;
    for (const cursor of cursors) {
      if (cursor.next > cursor.box.bottom) continue;
      const perRow = estimate(cursor);
      const rows = Math.min(rowsPerRead(perRow, columnsOf(cursor)), Math.floor(budget / perRow), cursor.box.bottom - cursor.next + 1);
      const take = group.length === 0 ? Math.max(1, rows) : rows;
      if (take < 1) break;
      const top = cursor.next;
      const bottom = top + take - 1;
      const range = session.workbook.worksheets.getItem(cursor.sheet.name).getRange(boxAddress({ ...cursor.box, top, bottom }));
      // Formats tell dates from numbers, as a file's cell types do.
      range.load('values, valueTypes, numberFormat');
      group.push({ cursor, top, bottom, range });
      cursor.next = bottom + 1;
      budget -= take * perRow;
      if (cursor.next <= cursor.box.bottom) break; // this sheet still has rows: the budget is used
    }
    let mergedAreas: Excel.RangeAreas | null = null;
    if (merges === null && mergeSheet) {
      mergedAreas = session.workbook.worksheets.getItem(mergeSheet.name).getRange(boxAddress(mergeSheet.used as CellBox)).getMergedAreasOrNullObject();
      mergedAreas.load('address');
    }
    try {
      await session.sync();
    } catch (error) {
      const canShrink = group.some((chunk) => chunk.bottom > chunk.top);
      if (!tooLarge(error) || !canShrink) throw error;
      for (const chunk of group) {
        chunk.cursor.next = Math.min(chunk.cursor.next, chunk.top);
        chunk.cursor.factor *= 2;
      }
      continue;
    }
    session.stats.readChunks++;
    for (const { cursor, range } of group) {
      cursor.rows.push(...toCellGrid(range.values, range.valueTypes, range.numberFormat));
      cursor.largestRow = Math.max(cursor.largestRow, rowBytes(range.values, range.valueTypes, range.numberFormat));
    }
    if (mergedAreas) merges = mergedAreas.isNullObject ? [] : splitAreas(mergedAreas.address).map(parseBoxAddress);
    // Counted in sheet rows, which the user knows, not in syncs, which depend on the cell sizes.
    const rowsDone = cursors.reduce((n, c) => n + (c.next - c.box.top), 0);
    const rowsTotal = cursors.reduce((n, c) => n + (c.box.bottom - c.box.top + 1), 0);
    options.onChunk?.(rowsDone, rowsTotal);
  }

  for (const cursor of cursors)
    grids.set(cursor.sheet.name, { name: cursor.sheet.name, rows: cursor.rows, firstRow: cursor.box.top, firstCol: cursor.box.left });
  if (mergeSheet && merges && merges.length > 0) grids.set(mergeSheet.name, { ...(grids.get(mergeSheet.name) as SheetGrid), merges });
  return grids;
}
