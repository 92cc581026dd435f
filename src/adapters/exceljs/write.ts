// Applies an OutputPlan to an exceljs workbook: the result columns on the submissions sheet, and
// fresh 分配汇总 / 问题清单 sheets. A sheet is replaced only when its A1 carries Shenbao's mark.
import type * as ExcelJS from 'exceljs';
import { OUTPUT_SHEET_MARK } from '../../core/style';
import type { CellValue, OutputPlan } from '../../core/types';
import { cellValue } from './read';
import { writeResultColumns } from './write-result-columns';
import { writeTable } from './write-table';

/** Each sheet's name and A1, for planOutputs to choose names that do not clash with the user's. */
export function existingSheets(wb: ExcelJS.Workbook): { name: string; a1: CellValue }[] {
  return wb.worksheets.map((ws) => ({ name: ws.name, a1: cellValue(ws.getCell(1, 1)) }));
}

function isShenbaoSheet(ws: ExcelJS.Worksheet): boolean {
  const a1 = cellValue(ws.getCell(1, 1));
  return typeof a1 === 'string' && a1.startsWith(OUTPUT_SHEET_MARK);
}

/** Removes an earlier run's sheet of this name; a user's sheet of the same name stays. */
/** Excel compares sheet names without regard to case; exceljs' getWorksheet does not. */
function findSheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const lower = name.toLowerCase();
  return wb.worksheets.find((ws) => ws.name.toLowerCase() === lower);
}

function removeEarlierOutput(wb: ExcelJS.Workbook, name: string): void {
  const ws = findSheet(wb, name);
  if (ws && isShenbaoSheet(ws)) wb.removeWorksheet(ws.id);
}

/** A plan that does not fit the workbook: a bug in the caller, not a problem with the user's file. */
export class OutputPlanError extends Error {}

export function applyOutputPlan(wb: ExcelJS.Workbook, plan: OutputPlan): void {
  const submissions = wb.getWorksheet(plan.resultColumns.sheet);
  if (!submissions) throw new OutputPlanError(`sheet ${plan.resultColumns.sheet} is not in the workbook`);
  writeResultColumns(submissions, plan.resultColumns);
  for (const table of [plan.summary, plan.issues, ...(plan.extra ?? [])]) {
    removeEarlierOutput(wb, table.name);
    if (findSheet(wb, table.name)) {
      // planOutputs gives another name when a user's sheet holds ours; this is a broken plan.
      throw new OutputPlanError(`sheet ${table.name} belongs to the user and cannot be replaced`);
    }
    writeTable(wb, table);
  }
}
