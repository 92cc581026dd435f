// Which rows below the header are applications, which are blank, totals or the header again (two
// tables pasted one under the other, a header repeated for printing), and which hold only an older
// result of ours (their output cells must be cleared on a re-run).
import type { CellValue, MappedColumn, Message, SheetGrid } from '../types';
import { isIdeograph } from '../text/char-table';
import { matchKey } from '../text/normalise';
import { cellText, isBlankCell } from './cell-text';
import { gridBounds } from './grid';

const TOTAL_WORDS = /^(合计|总计|小计|total|subtotal|grandtotal)/;

export interface RowLayout {
  dataRows: number[];
  clearRows: number[];
  notices: Message[];
}

/** Whether any of these cells holds something; a plain loop, as it runs for every row of the sheet. */
function anyFilled(cells: CellValue[], indexes: number[]): boolean {
  for (let i = 0; i < indexes.length; i++) if (!isBlankCell(cells[indexes[i]])) return true;
  return false;
}

/** Whether one of the label cells (申报单位, 序号) says 合计/total. */
function anyTotal(cells: CellValue[], indexes: number[], isTotal: (raw: CellValue) => boolean): boolean {
  for (let i = 0; i < indexes.length; i++) if (isTotal(cells[indexes[i]] ?? null)) return true;
  return false;
}

// Past this many different labels, remembering them costs more than it saves.
const LABEL_MEMORY = 5_000;

/**
 * Whether text starting with this character cannot have a key starting with `first`: a CJK
 * ideograph is its own key character (matchKey), so a text that starts with a different one cannot
 * match. Anything else (a space, a bracket, a letter) says nothing, and the key is worked out.
 */
function startsOtherwise(text: string, first: number): boolean {
  const code = text.charCodeAt(0);
  return isIdeograph(code) && code !== first;
}

/** First characters of the total words (合计 总计 小计) a label can start with and still say one. */
const TOTAL_FIRSTS = new Set([...'合总小'].map((c) => c.charCodeAt(0)));

/** Whether a 申报单位 or 序号 cell says 合计/total; units repeat down a sheet, so each is judged once. */
function totalLabelTest(): (raw: CellValue) => boolean {
  const known = new Map<CellValue, boolean>();
  return (raw) => {
    // 合计 and total are words: a number, date or error cell (序号 1, 2, 3…) never says them.
    if (typeof raw !== 'string') return false;
    // Most labels are unit names (湖南省…): their first character settles it without a lookup.
    const code = raw.charCodeAt(0);
    if (isIdeograph(code) && !TOTAL_FIRSTS.has(code)) return false;
    let total = known.get(raw);
    if (total === undefined) {
      total = TOTAL_WORDS.test(matchKey(cellText(raw)));
      if (known.size < LABEL_MEMORY) known.set(raw, total);
    }
    return total;
  };
}

export function layOutRows(
  grid: SheetGrid,
  headerRow: number,
  columns: MappedColumn[],
  outputColumns: number[],
): RowLayout {
  const { firstRow, lastRow, firstCol } = gridBounds(grid);
  // Only columns that carry an application's content decide whether a row is one; 序号 and 备注 alone do not.
  const contentIndexes = columns.filter((c) => c.type !== 'ignored').map((c) => c.column - firstCol);
  const outputIndexes = outputColumns.map((c) => c - firstCol);
  const labelIndexes = columns.filter((c) => c.field === 'unit' || c.field === 'seq').map((c) => c.column - firstCol);

  const dataRows: number[] = [];
  const notData: { row: number; hasOutput: boolean }[] = [];
  const notices: Message[] = [];
  const filled = (cells: CellValue[], index: number) => !isBlankCell(cells[index]);
  const isTotal = totalLabelTest();
  const headerKeys = columns.map((c) => {
    const key = matchKey(c.header);
    return { index: c.column - firstCol, key, first: key.charCodeAt(0) };
  });
  // Every filled cell under a header repeats it, and at least three do (or all the columns there are).
  // Text cells first: a data row fails on its first one (申报单位), before any number (序号) is turned
  // into text to be compared.
  const repeatsHeader = (cells: CellValue[]) => {
    let same = 0;
    for (let pass = 0; pass < 2; pass++) {
      for (let h = 0; h < headerKeys.length; h++) {
        const { index, key, first } = headerKeys[h];
        const cell = cells[index];
        if (typeof cell === 'string' ? pass !== 0 : pass !== 1) continue;
        if (!filled(cells, index)) continue;
        if (typeof cell === 'string' && startsOtherwise(cell, first)) return false;
        if (matchKey(cellText(cell)) !== key) return false;
        same++;
      }
    }
    return same >= Math.min(3, headerKeys.length);
  };

  for (let row = headerRow + 1; row <= lastRow; row++) {
    const cells = grid.rows[row - firstRow] ?? [];
    const hasOutput = anyFilled(cells, outputIndexes);
    if (anyTotal(cells, labelIndexes, isTotal)) {
      notices.push({
        zh: `工作表“${grid.name}”第${row}行是合计行，不作为申报项目检查。`,
        en: `Sheet "${grid.name}", row ${row} is a total row and is not checked as an application.`,
      });
      notData.push({ row, hasOutput });
    } else if (headerKeys.length > 0 && repeatsHeader(cells)) {
      notices.push({
        zh: `工作表“${grid.name}”第${row}行重复了第${headerRow}行的表头，不作为申报项目检查。`,
        en: `Sheet "${grid.name}", row ${row} repeats the header of row ${headerRow} and is not checked as an application.`,
      });
      notData.push({ row, hasOutput });
    } else if (anyFilled(cells, contentIndexes)) dataRows.push(row);
    else notData.push({ row, hasOutput });
  }
  const lastData = dataRows.length ? dataRows[dataRows.length - 1] : headerRow;
  const clearRows = notData.filter((r) => r.row < lastData || r.hasOutput).map((r) => r.row);
  return { dataRows, clearRows, notices };
}
