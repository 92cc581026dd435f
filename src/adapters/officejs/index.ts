// The Office.js adapter: the live workbook for the task pane and the ribbon command.
//
//   checkActiveWorkbook({ pack, lang, onProgress? }): Promise<OfficeCheckOutcome>
//       Reads the workbook (sheet heads first, then the needed sheets in row chunks under Excel on
//       the web's 5 MB payload cap), runs the core, writes the two result columns and 分配汇总 /
//       问题清单, all in one Excel.run. Syncs: 2 + read chunks + write chunks (stats tells them).
//       Works on ExcelApi 1.4; merges (1.13), links and frozen panes (1.7) and suspended
//       calculation (1.6) where the host has them, with a notice where it has not.
//   selectCell(sheet, row, column = 1)        activates the sheet and selects the cell
//   activateSheet(sheet)                      shows a sheet (our 分配汇总 / 问题清单), A1 selected
//   insertTemplate(pack, lang)                adds the template's sheets that are missing; never
//                                             writes over an existing sheet ({ inserted, existed })
//   readWorkbookSettings()                    { submissionDeadline } from the 设置 sheet (ISO or null)
//   writeSubmissionDeadline(iso | null)       sets or clears the 申报截止日期 value in 设置 (creates it)
//   hostCapabilities()                        what this Excel supports, detected at run time
//   loadStoredPack() / storePack(json | null) the user's pack in the document's settings
//   OfficeHostError                           every failure: `text` is one sentence in zh and en
//
// Text starting with = + - @ is written with the number format `@` (text), never as a formula.
// Nothing outside the two result columns and our own sheets (A1 starting with OUTPUT_SHEET_MARK)
// is written, except by insertTemplate and writeSubmissionDeadline, which the user asks for.
export { checkActiveWorkbook, type CheckOptions, type OfficeCheckOutcome, type Progress } from './check-active-workbook';
export { activateSheet, selectCell } from './select-cell';
export { insertTemplate } from './insert-template';
export { readWorkbookSettings, writeSubmissionDeadline } from './workbook-settings';
export { hostCapabilities, type HostCapabilities } from './host';
export { loadStoredPack, storePack, PACK_SETTING } from './pack-store';
export { OfficeHostError } from './errors';
export type { SyncStats } from './session';
