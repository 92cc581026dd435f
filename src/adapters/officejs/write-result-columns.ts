// The two result columns on the submissions sheet (校验结果, 问题说明): header and data as whole 2-D
// arrays in row chunks, old results emptied on `clearRows`, fills by verdict as one range per run of
// equal fills, wrap text on the notes, a bold header and the same widths as the file path. Only these two columns are touched: rows that are
// neither data rows nor rows to clear get `null`, which Office.js leaves unchanged.
//
// Fills are plain cell fills, not conditional formats: they work from ExcelApi 1.4, they are
// exactly the plan's colours in either language, and a re-run can clear them on our own columns,
// while our conditional formats could not be told apart from the user's ones to remove them.
import { FILL_HEX } from '../../core/style';
import type { Fill, ResultColumnsPlan } from '../../core/types';
import { CellBox, boxAddress, columnLetters } from './addresses';
import { TEXT_FORMAT } from './formula-safety';
import { WRITE_PIECE_BYTES, jsonBytes, piecesByBytes } from './payload';
import { runsOf } from './runs';
import type { WriteBatch } from './write-batch';
import { widthInPoints } from './column-width';

/** Widths in characters, as the file path sets them: a verdict word, and room to read the notes. */
const VERDICT_WIDTH = 10;
const NOTES_WIDTH = 60;

/** The two columns as one or two blocks of adjacent columns. */
function columnBlocks(plan: ResultColumnsPlan): { left: number; pick: ('verdict' | 'notes')[] }[] {
  const { verdictColumn: v, notesColumn: n } = plan;
  if (n === v + 1) return [{ left: v, pick: ['verdict', 'notes'] }];
  if (v === n + 1) return [{ left: n, pick: ['notes', 'verdict'] }];
  return [
    { left: v, pick: ['verdict'] },
    { left: n, pick: ['notes'] },
  ];
}

export async function writeResultColumns(batch: WriteBatch, sheet: Excel.Worksheet, plan: ResultColumnsPlan): Promise<void> {
  const byRow = new Map<number, { verdict: string | null; notes: string | null }>();
  byRow.set(plan.headerRow, { verdict: plan.headers[0], notes: plan.headers[1] });
  for (const row of plan.clearRows) if (row > plan.headerRow) byRow.set(row, { verdict: '', notes: '' });
  for (const cell of plan.cells) byRow.set(cell.row, { verdict: cell.verdict, notes: cell.notes });
  const lastRow = Math.max(...byRow.keys());

  for (const block of columnBlocks(plan)) {
    const right = block.left + block.pick.length - 1;
    const values: (string | null)[][] = [];
    for (let row = plan.headerRow; row <= lastRow; row++) {
      const line = byRow.get(row);
      values.push(block.pick.map((key) => (line ? line[key] : null)));
    }
    // Each cell's text twice (value and format): halve the piece so both fit.
    for (const [start, end] of piecesByBytes(values, WRITE_PIECE_BYTES / 2)) {
      const part = values.slice(start, end);
      // Format as text first, so a message starting with = + - @ stays text.
      const formats = part.map((line) => line.map((v) => (v === null ? null : TEXT_FORMAT)));
      const range = sheet.getRange(boxAddress({ top: plan.headerRow + start, bottom: plan.headerRow + end - 1, left: block.left, right }));
      await batch.add(jsonBytes(part) + jsonBytes(formats), () => {
        range.numberFormat = formats as string[][];
        range.values = part as string[][];
      });
    }
    if (lastRow > plan.headerRow) {
      const body: CellBox = { top: plan.headerRow + 1, bottom: lastRow, left: block.left, right };
      await batch.add(200, () => sheet.getRange(boxAddress(body)).format.fill.clear());
      if (block.pick.includes('notes')) {
        const notes = plan.notesColumn;
        await batch.add(200, () => {
          sheet.getRange(boxAddress({ ...body, top: plan.headerRow, left: notes, right: notes })).format.wrapText = true;
        });
      }
    }
    await writeFills(batch, sheet, plan.cells, block.left, right);
    await batch.add(200, () => {
      sheet.getRange(boxAddress({ top: plan.headerRow, bottom: plan.headerRow, left: block.left, right })).format.font.bold = true;
    });
  }
  for (const [column, width] of [
    [plan.verdictColumn, VERDICT_WIDTH],
    [plan.notesColumn, NOTES_WIDTH],
  ]) {
    const letter = columnLetters(column);
    await batch.add(200, () => (sheet.getRange(`${letter}:${letter}`).format.columnWidth = widthInPoints(width)));
  }
}

async function writeFills(batch: WriteBatch, sheet: Excel.Worksheet, cells: { row: number; fill: Fill }[], left: number, right: number): Promise<void> {
  const sorted = [...cells].sort((a, b) => a.row - b.row);
  for (const run of runsOf(sorted.map((c) => ({ row: c.row, key: c.fill })))) {
    const color = FILL_HEX[run.key];
    if (!color) continue;
    await batch.add(200, () => {
      sheet.getRange(boxAddress({ top: run.first, bottom: run.last, left, right })).format.fill.color = color;
    });
  }
}
