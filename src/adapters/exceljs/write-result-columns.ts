// The two result columns on the submissions sheet: 校验结果 and 问题说明, filled in place.
// Only those two columns are written; every other cell keeps its value and style.
import type * as ExcelJS from 'exceljs';
import { FILL_ARGB } from '../../core/style';
import type { Fill, ResultColumnsPlan } from '../../core/types';
import { cellValue } from './read';
import { fitRowHeight, linesNeeded } from './row-height';

const VERDICT_WIDTH = 10;
const NOTES_WIDTH = 60;

export function solidFill(fill: Fill): ExcelJS.Fill | undefined {
  const argb = FILL_ARGB[fill];
  return argb ? { type: 'pattern', pattern: 'solid', fgColor: { argb } } : undefined;
}

/**
 * Gives result cells their new look without touching the user's cells. exceljs shares one style
 * object among all cells that had the same style in the file, so changing `cell.fill` in place would
 * repaint the user's cells too: each result cell gets a new object instead. Cells whose old style and
 * change are alike share that new object, because exceljs writes a style object it has already seen
 * by identity and a fresh one per cell through a slow path (100,000 rows: minutes, not seconds).
 * Nothing mutates these objects afterwards; a cell that needs another look gets another object.
 */
export function createRestyler(): (cell: ExcelJS.Cell, change: Partial<ExcelJS.Style>, changeKey: string) => void {
  const made = new Map<string, ExcelJS.Style>();
  return (cell, change, changeKey) => {
    const key = changeKey + '\u0000' + JSON.stringify(cell.style);
    let style = made.get(key);
    if (!style) {
      const next: Partial<ExcelJS.Style> = { ...cell.style, ...change };
      for (const name of Object.keys(change) as (keyof ExcelJS.Style)[]) {
        if (change[name] === undefined) delete next[name];
      }
      style = next as ExcelJS.Style;
      made.set(key, style);
    }
    cell.style = style;
  };
}

export function writeResultColumns(ws: ExcelJS.Worksheet, plan: ResultColumnsPlan): void {
  const { headerRow, verdictColumn, notesColumn } = plan;
  // The headers look like their neighbours on the header row, in bold.
  const neighbour = ws.getCell(headerRow, Math.max(1, Math.min(verdictColumn, notesColumn) - 1));
  plan.headers.forEach((header, i) => {
    const column = i === 0 ? verdictColumn : notesColumn;
    const cell = ws.getCell(headerRow, column);
    // An empty column the user hid becomes ours: show it, or the results would be out of sight.
    // A result column hidden after an earlier run stays hidden: that was the user's choice.
    const before = cellValue(cell);
    if (before === null || (typeof before === 'string' && before.trim() === '')) ws.getColumn(column).hidden = false;
    cell.value = header;
    cell.style = { ...neighbour.style, font: { ...(neighbour.style.font ?? {}), bold: true } } as ExcelJS.Style;
  });

  const restyle = createRestyler();
  for (const { row, verdict, notes, fill } of plan.cells) {
    const verdictCell = ws.getCell(row, verdictColumn);
    verdictCell.value = verdict;
    restyle(verdictCell, { fill: solidFill(fill), alignment: { vertical: 'top' } }, `verdict:${fill}`);
    const notesCell = ws.getCell(row, notesColumn);
    notesCell.value = notes === '' ? null : notes;
    restyle(notesCell, { fill: solidFill(fill), alignment: { wrapText: true, vertical: 'top' } }, `notes:${fill}`);
    fitRowHeight(ws.getRow(row), linesNeeded(notes, NOTES_WIDTH));
  }

  for (const row of plan.clearRows) {
    for (const column of [verdictColumn, notesColumn]) {
      const cell = ws.findCell(row, column);
      if (!cell) continue;
      cell.value = null;
      restyle(cell, { fill: undefined }, 'clear');
    }
  }

  ws.getColumn(verdictColumn).width = VERDICT_WIDTH;
  ws.getColumn(notesColumn).width = NOTES_WIDTH;
}
