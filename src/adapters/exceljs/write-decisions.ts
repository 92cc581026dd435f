// 采纳建议 in the copy: the proposal's 评审结果 and 批准金额 cells (core/propose/apply.ts), written
// into the workbook that becomes the copy. The input file itself is never written.
import type * as ExcelJS from 'exceljs';
import type { DecisionEdit } from '../../core/propose/apply';
import type { CheckResult, Message } from '../../core/types';

/** The proposal cannot go into this sheet (no decision columns, or nothing to accept). */
export class ProposalApplyError extends Error {
  constructor(readonly text: Message) {
    super(text.en);
  }
}

export function writeDecisions(
  wb: ExcelJS.Workbook,
  result: CheckResult,
  edits: DecisionEdit[],
): void {
  const ws = wb.getWorksheet(result.sheet);
  if (!ws) throw new Error(`sheet ${result.sheet} is not in the workbook`);
  // An amount column headed in 元 takes 元: the core's amounts are 万元.
  const yuan = new Set(
    result.columns.filter((c) => c.type === 'amount' && c.unit === 'yuan').map((c) => c.column),
  );
  for (const edit of edits) {
    const value =
      typeof edit.value === 'number' && yuan.has(edit.column)
        ? Math.round(edit.value * 10000)
        : edit.value;
    ws.getCell(edit.row, edit.column).value = value;
  }
}
