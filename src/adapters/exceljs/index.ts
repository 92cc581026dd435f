// The exceljs adapter: .xlsx files for the command line and the pane's offline mode.
// Browser-safe: nothing here touches fs or path (reading a path is in ./load-file, for node).
export { checkWorkbookBytes, type CheckBytesOptions, type CheckBytesResult, type CheckStage } from './check-bytes';
export { loadWorkbookBytes, toUint8Array, type LoadedWorkbook } from './load';
export { WorkbookFileError, type WorkbookFileProblem } from './workbook-file-error';
export { fileKind, type FileKind } from './file-kind';
export { readWorkbook, readSheet, cellValue } from './read';
export { unsupportedContent } from './unsupported';
export { applyOutputPlan, existingSheets } from './write';
export { workbookFromInput, addGridSheet, type GridLayout } from './workbook-from-grid';
export { sampleWorkbook, sampleWorkbookBytes } from './sample-workbook';
export { templateWorkbook, templateWorkbookBytes, templateWorkbookFromSpec, TEMPLATE_ROWS } from './template-workbook';
