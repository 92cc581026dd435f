// The first look at the workbook, in two syncs whatever its size: the sheet names and the active
// sheet, then every sheet's used-range address, its head (the used cells of rows 1–10) and whether
// it is protected, which is enough to find the header row, to pick the submissions sheet, to size
// the reads that follow and to know before writing that Excel would refuse the write.
import type { CellValue, SheetGrid } from '../../core/types';
import { CellBox, parseBoxAddress } from './addresses';
import { toCellGrid } from './cell-values';
import { supportsExcelApi } from './host';
import { HEAD_ROWS } from './payload';
import type { Session } from './session';

export interface SheetHead {
  name: string;
  /** The used range (values only), or null for an empty sheet. */
  used: CellBox | null;
  /** The used cells of the first rows, or null when they are empty. */
  headBox: CellBox | null;
  head: CellValue[][];
  /** Raw response rows, to estimate the bytes a row takes. */
  rawValues: unknown[][];
  rawTypes: string[][];
  rawFormats: string[][];
  /** The value of A1 (how we tell our own output sheets from the user's). */
  a1: CellValue;
  /** Protected with Review > Protect Sheet: Excel refuses to write into it. */
  protected: boolean;
}

export interface WorkbookHeads {
  sheets: SheetHead[];
  activeSheet: string;
  /** Review > Protect Workbook: no sheet can be added or deleted (known from ExcelApi 1.7; else false). */
  structureProtected: boolean;
}

export async function readSheetHeads(session: Session): Promise<WorkbookHeads> {
  const worksheets = session.workbook.worksheets;
  worksheets.load('items/name');
  const active = worksheets.getActiveWorksheet();
  active.load('name');
  await session.sync();
  // The lint rule cannot see that session.sync() (which counts round trips) is context.sync().
  // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read
  const activeSheet = active.name;

  const probes = worksheets.items.map((sheet) => {
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load('address');
    const head = sheet.getRange(`1:${HEAD_ROWS}`).getUsedRangeOrNullObject(true);
    head.load('address, values, valueTypes, numberFormat');
    const protection = sheet.protection;
    protection.load('protected');
    return { name: sheet.name, used, head, protection };
  });
  const workbookProtection = supportsExcelApi('1.7') ? session.workbook.protection : null;
  workbookProtection?.load('protected');
  await session.sync();

  const sheets = probes.map(({ name, used, head, protection }): SheetHead => {
    const usedBox = used.isNullObject ? null : parseBoxAddress(used.address);
    const locked = protection.protected;
    if (head.isNullObject)
      return { name, used: usedBox, headBox: null, head: [], rawValues: [], rawTypes: [], rawFormats: [], a1: null, protected: locked };
    const headBox = parseBoxAddress(head.address);
    const grid = toCellGrid(head.values, head.valueTypes, head.numberFormat);
    const a1 = headBox.top === 1 && headBox.left === 1 ? grid[0][0] : null;
    return { name, used: usedBox, headBox, head: grid, rawValues: head.values, rawTypes: head.valueTypes, rawFormats: head.numberFormat, a1, protected: locked };
  });
  return { sheets, activeSheet, structureProtected: workbookProtection?.protected ?? false };
}

/** A sheet as far as its head shows it. */
export function headGrid(sheet: SheetHead): SheetGrid {
  if (!sheet.headBox) return { name: sheet.name, rows: [] };
  const complete = sheet.used !== null && sameBox(sheet.used, sheet.headBox);
  return {
    name: sheet.name,
    rows: sheet.head,
    firstRow: sheet.headBox.top,
    firstCol: sheet.headBox.left,
    ...(complete ? {} : { truncated: true }),
  };
}

export function sameBox(a: CellBox, b: CellBox): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}
