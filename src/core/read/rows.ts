// Which rows below the header are applications, which are blank, totals or the header again (two
// tables pasted one under the other, a header repeated for printing), and which hold only an older
// result of ours (their output cells must be cleared on a re-run).
import type { CellValue, MappedColumn, Message, SheetGrid } from '../types';
import { matchKey } from '../text/normalise';
import { cellText, isBlankCell } from './cell-text';
import { gridBounds } from './grid';

const TOTAL_WORDS = /^(合计|总计|小计|total|subtotal|grandtotal)/;

export interface RowLayout {
  dataRows: number[];
  clearRows: number[];
  notices: Message[];
}

/** Whether any of these cells holds something. */
function anyFilled(cells: CellValue[], indexes: number[]): boolean {
  return indexes.some((i) => !isBlankCell(cells[i]));
}

/** Whether a 申报单位 or 序号 cell says 合计/total (a number, date or error cell never does). */
function saysTotal(raw: CellValue | undefined): boolean {
  return typeof raw === 'string' && TOTAL_WORDS.test(matchKey(raw));
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
  const headerKeys = columns.map((c) => ({ index: c.column - firstCol, key: matchKey(c.header) }));
  // Every filled cell under a header repeats it, and at least three do (or all the columns there are).
  const repeatsHeader = (cells: CellValue[]) => {
    let same = 0;
    for (const { index, key } of headerKeys) {
      if (isBlankCell(cells[index])) continue;
      if (matchKey(cellText(cells[index])) !== key) return false;
      same++;
    }
    return same >= Math.min(3, headerKeys.length);
  };

  for (let row = headerRow + 1; row <= lastRow; row++) {
    const cells = grid.rows[row - firstRow] ?? [];
    const hasOutput = anyFilled(cells, outputIndexes);
    if (labelIndexes.some((i) => saysTotal(cells[i]))) {
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
