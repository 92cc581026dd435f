// One of Shenbao's own sheets (分配汇总, 问题清单) from a TablePlan: title on row 1, header on row 2,
// data from row 3, frozen below the header, printable on landscape pages one page wide.
import type * as ExcelJS from 'exceljs';
import { OUTPUT_SHEET_MARK } from '../../core/style';
import type { Fill, TablePlan } from '../../core/types';
import { fitRowHeight, linesNeeded } from './row-height';
import { solidFill } from './write-result-columns';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const TITLE_ROW = 1;
const HEADER_ROW = 2;
export const FIRST_DATA_ROW = 3;

/** The title carries the mark that says "this sheet is Shenbao's": a re-run may replace it. */
export function markedTitle(title: string): string {
  return title.startsWith(OUTPUT_SHEET_MARK) ? title : `${OUTPUT_SHEET_MARK}${title}`;
}

/**
 * One style object per look of a data cell: exceljs writes a style object it has seen by identity and
 * a fresh one per cell through a slow path (see createRestyler), and 问题清单 can hold hundreds of
 * thousands of cells. Nothing mutates these objects afterwards. Looked up by a number, per cell.
 */
function sharedDataStyles(plan: TablePlan): (row: number, column: number, link: boolean, wrap: boolean) => Partial<ExcelJS.Style> {
  const made = new Map<number, Partial<ExcelJS.Style>>();
  const fills = new Map<Fill, number>();
  return (i, j, link, wrap) => {
    const fillName = plan.rowFills[i] ?? 'none';
    let fillIndex = fills.get(fillName);
    if (fillIndex === undefined) fills.set(fillName, (fillIndex = fills.size));
    const bold = plan.rowBold[i] ?? false;
    const key = (((j * 16 + fillIndex) * 2 + Number(bold)) * 2 + Number(link)) * 2 + Number(wrap);
    let style = made.get(key);
    if (!style) {
      const numFmt = plan.columns[j]?.numberFormat;
      const fill = solidFill(fillName);
      style = {
        ...(numFmt ? { numFmt } : {}),
        ...(fill ? { fill } : {}),
        font: link ? { bold, color: { argb: 'FF0563C1' }, underline: true } : { bold },
        alignment: { vertical: 'top', wrapText: wrap },
      };
      made.set(key, style);
    }
    return style;
  };
}

/** Per data row, its linked columns: looked up for every cell, so by number rather than by a text key. */
function linkedColumns(plan: TablePlan): (Set<number> | undefined)[] {
  const linked: (Set<number> | undefined)[] = [];
  for (const link of plan.links) (linked[link.row] ??= new Set()).add(link.column);
  return linked;
}

export function writeTable(wb: ExcelJS.Workbook, plan: TablePlan): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(plan.name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROW }],
    pageSetup: {
      orientation: 'landscape',
      paperSize: 9, // A4
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${TITLE_ROW}:${HEADER_ROW}`,
    },
  });

  const title = ws.getCell(TITLE_ROW, 1);
  title.value = markedTitle(plan.title);
  title.font = { bold: true, size: 14 };

  plan.columns.forEach((column, j) => {
    ws.getColumn(j + 1).width = column.width;
    const cell = ws.getCell(HEADER_ROW, j + 1);
    cell.value = column.header;
    cell.style = {
      font: { bold: true },
      fill: HEADER_FILL,
      alignment: { vertical: 'middle', wrapText: true },
      border: { bottom: { style: 'thin' } },
    };
  });

  const dataStyle = sharedDataStyles(plan);
  const linked = linkedColumns(plan);
  plan.rows.forEach((values, i) => {
    const row = ws.getRow(FIRST_DATA_ROW + i);
    let lines = 1;
    values.forEach((value, j) => {
      const cell = row.getCell(j + 1);
      const cellLines = typeof value === 'string' ? linesNeeded(value, plan.columns[j]?.width ?? 10) : 1;
      lines = Math.max(lines, cellLines);
      const link = linked[i]?.has(j) ?? false;
      // Strings always go in as strings: text that starts with = + - @ stays text, never a formula.
      // A linked cell holds its text, as a hyperlink cell does; the link itself is added to the
      // written sheet as a location (table-links.ts).
      cell.value = link && value !== null ? String(value) : value;
      cell.style = dataStyle(i, j, link, cellLines > 1);
    });
    fitRowHeight(row, lines);
  });
  return ws;
}
