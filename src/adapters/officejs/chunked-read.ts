// Reading whole sheets in row chunks: each chunk sized from the head so its response stays under
// the payload budget and the cell budget, small sheets sharing a sync, one sync per group of chunks
// (never per row). A chunk Excel still refuses as too large is split in half and read again.
import type { CellValue, Merge, SheetGrid } from '../../core/types';
import { CellBox, boxAddress, parseBoxAddress, splitAreas } from './addresses';
import { toCellGrid } from './cell-values';
import { PAYLOAD_BUDGET_BYTES, estimateRowBytes, rowsPerRead } from './payload';
import type { Session } from './session';
import { SheetHead, headGrid, sameBox } from './sheet-heads';

interface Chunk {
  sheet: string;
  box: CellBox;
  rowBytes: number;
}

export interface ReadOptions {
  /** The sheet whose merged areas to read (ExcelApi 1.13), or null. */
  mergesOf: string | null;
  onChunk?: (done: number, total: number) => void;
}

function chunksOf(sheet: SheetHead): Chunk[] {
  const used = sheet.used as CellBox;
  const columns = used.right - used.left + 1;
  const rowBytes = estimateRowBytes(sheet.rawValues, sheet.rawTypes, columns);
  const perRead = rowsPerRead(rowBytes, columns);
  const chunks: Chunk[] = [];
  for (let top = used.top; top <= used.bottom; top += perRead)
    chunks.push({ sheet: sheet.name, box: { ...used, top, bottom: Math.min(used.bottom, top + perRead - 1) }, rowBytes });
  return chunks;
}

function halves(chunk: Chunk): Chunk[] {
  const { top, bottom } = chunk.box;
  if (bottom === top) return [chunk];
  const middle = Math.floor((top + bottom) / 2);
  return [
    { ...chunk, box: { ...chunk.box, bottom: middle } },
    { ...chunk, box: { ...chunk.box, top: middle + 1 } },
  ];
}

function tooLarge(error: unknown): boolean {
  return (error as { code?: string })?.code === 'ResponsePayloadSizeLimitExceeded';
}

const bytesOf = (chunk: Chunk) => chunk.rowBytes * (chunk.box.bottom - chunk.box.top + 1);

/** Full grids of the named sheets (in the order given), read in chunks. */
export async function readSheets(session: Session, sheets: SheetHead[], options: ReadOptions): Promise<Map<string, SheetGrid>> {
  const rows = new Map<string, CellValue[][]>(sheets.map((s) => [s.name, []]));
  const grids = new Map<string, SheetGrid>();
  const pending: Chunk[] = [];
  for (const sheet of sheets) {
    if (!sheet.used) grids.set(sheet.name, { name: sheet.name, rows: [] });
    else if (sheet.headBox && sameBox(sheet.used, sheet.headBox)) grids.set(sheet.name, headGrid(sheet));
    else pending.push(...chunksOf(sheet));
  }
  let mergesPending = options.mergesOf !== null && sheets.some((s) => s.name === options.mergesOf && s.used);
  let merges: Merge[] = [];
  let done = 0;
  let total = pending.length;

  while (pending.length > 0 || mergesPending) {
    // Chunks in order until the budget is used; the first always goes.
    const group: Chunk[] = [];
    let bytes = 0;
    while (pending.length > 0 && (group.length === 0 || bytes + bytesOf(pending[0]) <= PAYLOAD_BUDGET_BYTES)) {
      bytes += bytesOf(pending[0]);
      group.push(pending.shift() as Chunk);
    }
    const ranges = group.map((chunk) => {
      const range = session.workbook.worksheets.getItem(chunk.sheet).getRange(boxAddress(chunk.box));
      range.load('values, valueTypes');
      return range;
    });
    let mergedAreas: Excel.RangeAreas | null = null;
    if (mergesPending) {
      const sheet = sheets.find((s) => s.name === options.mergesOf) as SheetHead;
      mergedAreas = session.workbook.worksheets.getItem(sheet.name).getRange(boxAddress(sheet.used as CellBox)).getMergedAreasOrNullObject();
      mergedAreas.load('address');
    }
    try {
      await session.sync();
    } catch (error) {
      const splittable = group.some((c) => c.box.bottom > c.box.top);
      if (!tooLarge(error) || !splittable) throw error;
      const smaller = group.flatMap(halves);
      total += smaller.length - group.length;
      pending.unshift(...smaller);
      continue;
    }
    session.stats.readChunks++;
    group.forEach((chunk, i) => (rows.get(chunk.sheet) as CellValue[][]).push(...toCellGrid(ranges[i].values, ranges[i].valueTypes)));
    if (mergedAreas) {
      merges = mergedAreas.isNullObject ? [] : splitAreas(mergedAreas.address).map(parseBoxAddress);
      mergesPending = false;
    }
    done += group.length;
    options.onChunk?.(done, total);
  }

  for (const sheet of sheets) {
    if (grids.has(sheet.name) || !sheet.used) continue;
    grids.set(sheet.name, { name: sheet.name, rows: rows.get(sheet.name) as CellValue[][], firstRow: sheet.used.top, firstCol: sheet.used.left });
  }
  if (options.mergesOf && grids.has(options.mergesOf) && merges.length > 0)
    grids.set(options.mergesOf, { ...(grids.get(options.mergesOf) as SheetGrid), merges });
  return grids;
}
