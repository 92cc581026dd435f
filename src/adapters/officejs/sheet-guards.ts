// What stops a check in Excel before it reads or writes anything, each in one sentence naming the
// sheet: a used range Excel reports out to a stray far-away cell (reading it would never end), a
// protected submissions sheet or a protected workbook structure (Excel would refuse the results
// halfway through).
import type { Message } from '../../core/types';
import { boxAddress } from './addresses';
import { OfficeHostError } from './errors';
import type { SheetHead, WorkbookHeads } from './sheet-heads';

/**
 * The most cells of one sheet the add-in reads: far above any real round (100,000 rows by 60
 * columns is 6 million), far below a used range that runs to a stray cell at XFD1048576 (17 billion).
 */
export const MAX_SHEET_CELLS = 50_000_000;

function cellsOf(head: SheetHead): number {
  const box = head.used;
  return box ? (box.bottom - box.top + 1) * (box.right - box.left + 1) : 0;
}

function sizeMessage(head: SheetHead): Message {
  const address = boxAddress(head.used!);
  return {
    zh: `工作表「${head.name}」的已用区域是 ${address}，大到无法读取，通常是远处有一个误输入的单元格：请在该表按 Ctrl+End 找到它、删除后再检查。`,
    en: `Sheet "${head.name}" has a used range of ${address}, too large to read, usually because of a stray cell far away: press Ctrl+End on that sheet to find it, delete it, then check again.`,
  };
}

/** Throws when a sheet the check must read in full is too large to read. */
export function requireReadableSize(head: SheetHead): void {
  if (cellsOf(head) > MAX_SHEET_CELLS) throw new OfficeHostError(sizeMessage(head), 'used-range-too-large');
}

/** Throws when the workbook's structure is protected: our sheets could not be added. */
export function requireUnprotectedStructure(heads: WorkbookHeads): void {
  if (!heads.structureProtected) return;
  throw new OfficeHostError(
    {
      zh: '工作簿设置了“保护工作簿”，无法添加结果工作表：请在“审阅”选项卡中再点一次“保护工作簿”取消保护后再检查（工作簿未作任何改动）。',
      en: "The workbook's structure is protected, so the result sheets cannot be added: choose Review > Protect Workbook again to turn it off, then check again (nothing in the workbook was changed).",
    },
    'workbook-protected',
  );
}

/** Throws when the submissions sheet is protected: nothing has been written yet. */
export function requireUnprotected(head: SheetHead): void {
  if (!head.protected) return;
  throw new OfficeHostError(
    {
      zh: `工作表「${head.name}」受保护，无法写入校验结果：请在“审阅”选项卡中点“撤消工作表保护”后再检查（工作簿未作任何改动）。`,
      en: `Sheet "${head.name}" is protected, so the results cannot be written: choose Review > Unprotect Sheet, then check again (nothing in the workbook was changed).`,
    },
    'sheet-protected',
  );
}
