// One of our own sheets (分配汇总 or 问题清单) from its TablePlan, on a freshly added sheet: the
// title (with the mark) in A1, the header on row 2, data from row 3, as 2-D arrays in pieces under
// the payload budget; number formats per column (text where a value would become a formula);
// fills and bold as one range per run of equal rows; widths; and, where the host has ExcelApi 1.7,
// frozen title and header rows and links from cells to rows of the submissions sheet.
import { FILL_HEX } from '../../core/style';
import type { TableCell, TablePlan } from '../../core/types';
import { boxAddress, cellAddress, columnLetters, quotedSheet } from './addresses';
import { widthInPoints } from './column-width';
import { formatsFor } from './formula-safety';
import { WRITE_PIECE_BYTES, jsonBytes, piecesByBytes } from './payload';
import { runsOf } from './runs';
import type { WriteBatch } from './write-batch';

/** The title on row 1, the header on row 2, data from row 3 (TablePlan's layout). */
export const TITLE_ROW = 1;
export const HEADER_ROW = 2;
export const FIRST_DATA_ROW = 3;


export interface TableFeatures {
  freeze: boolean;
  links: boolean;
}

export async function writeTableSheet(batch: WriteBatch, sheet: Excel.Worksheet, table: TablePlan, features: TableFeatures): Promise<void> {
  const width = Math.max(1, table.columns.length);
  const lastColumn = columnLetters(width);
  const rows: (TableCell | undefined)[][] = [
    [table.title, ...Array<TableCell>(width - 1).fill(null)],
    table.columns.map((c) => c.header),
    ...table.rows.map((r) => Array.from({ length: width }, (_, j) => r[j] ?? null)),
  ];

  for (const [start, end] of piecesByBytes(rows, WRITE_PIECE_BYTES / 2)) {
    const part = rows.slice(start, end);
    // The title and header rows keep the default format; data cells take their column's.
    const formats = formatsFor(part, (i, j) => (start + i + 1 < FIRST_DATA_ROW ? null : (table.columns[j]?.numberFormat ?? 'General')));
    const range = sheet.getRange(`A${start + 1}:${lastColumn}${end}`);
    await batch.add(jsonBytes(part) + jsonBytes(formats), () => {
      range.numberFormat = formats as string[][];
      range.values = part as (string | number)[][];
    });
  }

  await batch.add(200, () => {
    sheet.getRange(`A${TITLE_ROW}:${lastColumn}${HEADER_ROW}`).format.font.bold = true;
  });
  const dataRows = table.rows.map((_, i) => FIRST_DATA_ROW + i);
  for (const run of runsOf(dataRows.map((row, i) => ({ row, key: table.rowFills[i] ?? 'none' })))) {
    const color = FILL_HEX[run.key];
    if (color) await batch.add(200, () => (sheet.getRange(`A${run.first}:${lastColumn}${run.last}`).format.fill.color = color));
  }
  for (const run of runsOf(dataRows.map((row, i) => ({ row, key: table.rowBold[i] ?? false })))) {
    if (run.key) await batch.add(200, () => (sheet.getRange(`A${run.first}:${lastColumn}${run.last}`).format.font.bold = true));
  }
  for (const [j, column] of table.columns.entries()) {
    const letter = columnLetters(j + 1);
    await batch.add(200, () => (sheet.getRange(`${letter}:${letter}`).format.columnWidth = widthInPoints(column.width)));
  }
  if (features.freeze) await batch.add(200, () => sheet.freezePanes.freezeRows(HEADER_ROW));
  if (features.links) {
    for (const link of table.links) {
      const row = FIRST_DATA_ROW + link.row;
      const shown = table.rows[link.row]?.[link.column];
      const hyperlink = {
        documentReference: `${quotedSheet(link.sheet)}!${cellAddress(link.sheetRow, 1)}`,
        textToDisplay: shown === null || shown === undefined ? String(link.sheetRow) : String(shown),
      };
      await batch.add(jsonBytes(hyperlink) + 100, () => {
        sheet.getRange(boxAddress({ top: row, bottom: row, left: link.column + 1, right: link.column + 1 })).hyperlink = hyperlink;
      });
    }
  }
}
