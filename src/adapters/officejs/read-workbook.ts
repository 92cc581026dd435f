// The live workbook as the core's WorkbookInput, the same as the file path gives it: every sheet
// in order (the submissions sheet, 设置 and 失信名单 in full; the others as their heads), the active
// sheet, and the submissions sheet's merged areas where the host can report them.
import { pickSubmissionSheet, SETTINGS_SHEET, BLACKLIST_SHEET } from '../../core/read';
import type { RulePack } from '../../core/pack/schema';
import type { Message, WorkbookInput } from '../../core/types';
import { readSheets } from './chunked-read';
import { requireReadableSize } from './sheet-guards';
import type { Session } from './session';
import { WorkbookHeads, headGrid, readSheetHeads } from './sheet-heads';

export interface LiveWorkbook {
  input: WorkbookInput;
  heads: WorkbookHeads;
  /** The sheet the core will check. */
  submissionsSheet: string;
  notices: Message[];
}

const MERGES_NOT_READ: Message = {
  zh: '此版本 Excel 不能报告合并单元格（需要 ExcelApi 1.13）：合并单元格按 Excel 给出的值读取，合并区域中除左上角外的单元格视为空白。',
  en: 'This Excel cannot report merged cells (ExcelApi 1.13 is needed): merged cells are read as Excel reports them, so cells of a merge other than its top-left one read as blank.',
};

export async function readLiveWorkbook(
  session: Session,
  pack: RulePack,
  options: { merges: boolean; source?: string; onChunk?: (done: number, total: number) => void },
): Promise<LiveWorkbook> {
  const heads = await readSheetHeads(session);
  const headInput: WorkbookInput = { source: options.source, sheets: heads.sheets.map(headGrid), activeSheet: heads.activeSheet };
  // The header row is within the first rows, so the heads are enough to pick the sheet.
  const submissionsSheet = pickSubmissionSheet(headInput, pack).grid.name;

  const wanted = new Set([submissionsSheet, SETTINGS_SHEET, BLACKLIST_SHEET]);
  const toRead = heads.sheets.filter((s) => wanted.has(s.name));
  toRead.forEach(requireReadableSize);
  const full = await readSheets(
    session,
    toRead,
    { mergesOf: options.merges ? submissionsSheet : null, onChunk: options.onChunk },
  );
  const input: WorkbookInput = {
    source: options.source,
    sheets: heads.sheets.map((s) => full.get(s.name) ?? headGrid(s)),
    activeSheet: heads.activeSheet,
  };
  return { input, heads, submissionsSheet, notices: options.merges ? [] : [MERGES_NOT_READ] };
}
