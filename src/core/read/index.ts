// Reading a submissions workbook into applications: the sheet, its header row, its columns, each
// data row's cells by type, plus 设置 and 失信名单. Never throws on cell content; only a workbook
// without a usable sheet is an InputError.
import type { Application, BlacklistEntry, MappedColumn, Message, Settings, WorkbookInput } from '../types';
import type { RulePack } from '../pack/schema';
import { readBlacklist } from './blacklist';
import { readApplications } from './applications';
import { spreadMerges } from './grid';
import { mapColumns } from './headers';
import { placeOutputColumns } from './output-columns';
import { pickSubmissionSheet } from './pick-sheet';
import { layOutRows } from './rows';
import { readSettings } from './settings';

export interface SubmissionsRead {
  sheet: string;
  headerRow: number;
  columns: MappedColumn[];
  unknownHeaders: { column: number; header: string }[];
  /** Existing 校验结果/问题说明, else right of the last used column. */
  outputColumns: { verdict: number; notes: number };
  /** Non-blank data rows, in order. */
  applications: Application[];
  dataRows: number[];
  /** Rows whose old output cells must be emptied (blank rows, totals, rows below the data). */
  clearRows: number[];
  /** 设置 (the pack's deadline when the sheet sets none). */
  settings: Settings;
  /** 失信名单 plus the pack's list. */
  blacklist: BlacklistEntry[];
  notices: Message[];
}

export function readSubmissions(input: WorkbookInput, pack: RulePack, opts: { sheet?: string } = {}): SubmissionsRead {
  const picked = pickSubmissionSheet(input, pack, opts);
  const grid = spreadMerges(picked.grid);
  const headerRow = picked.headerRow;
  const map = mapColumns(grid, headerRow, pack);
  const found = [map.output.verdict, map.output.notes].filter((c): c is number => c !== undefined);
  const layout = layOutRows(grid, headerRow, map.columns, found);

  const applications = readApplications(grid, layout.dataRows, map.columns, pack);

  const settings = readSettings(input, pack);
  const blacklist = readBlacklist(input, pack);
  const notices = [...map.notices, ...layout.notices, ...settings.notices, ...blacklist.notices];
  if (applications.length === 0)
    notices.push({
      zh: `工作表“${grid.name}”第${headerRow}行表头下面没有申报项目。`,
      en: `Sheet "${grid.name}" has no applications below its header row (row ${headerRow}).`,
    });

  return {
    sheet: grid.name,
    headerRow,
    columns: map.columns,
    unknownHeaders: map.unknownHeaders,
    outputColumns: placeOutputColumns(picked.grid, headerRow, map.output),
    applications,
    dataRows: layout.dataRows,
    clearRows: layout.clearRows,
    settings: settings.settings,
    blacklist: blacklist.entries,
    notices,
  };
}

export { readCell } from './cell';
export { cellText, isBlankCell, isErrorCell } from './cell-text';
export { spreadMerges, cellAt, columnLetter, gridBounds, quotedSheet } from './grid';
export { findHeaderRow, mapColumns, headerMeaning } from './headers';
export { pickSubmissionSheet, SETTINGS_SHEET, BLACKLIST_SHEET } from './pick-sheet';
export { readSettings } from './settings';
export { readBlacklist } from './blacklist';
export { excelSerialToIso } from './values/date';
