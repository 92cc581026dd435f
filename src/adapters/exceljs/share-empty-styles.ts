// exceljs gives every cell it reads without a style of its own a fresh empty style object, and
// writes each style object it has not seen before through a slow path that renders the style's XML
// to find its twin: in a 100,000-row round that is millions of cells and seconds of the write.
// Cells of one value type with an empty style can share one object, which exceljs then writes by
// identity, to the same style as before: the value type is part of the key because exceljs picks
// an empty style's number format from the type of the first cell it sees with that object (a date
// gets a date format). Formula cells are left alone: their format follows their result's type.
import type * as ExcelJS from 'exceljs';

// exceljs' ValueType.Formula, inlined as read.ts does (the browser build is a global).
const FORMULA = 6;

function isEmpty(style: object): boolean {
  for (const key in style) if (Object.prototype.hasOwnProperty.call(style, key)) return false;
  return true;
}

export function shareEmptyStyles(wb: ExcelJS.Workbook): void {
  const shared = new Map<number, Partial<ExcelJS.Style>>();
  for (const ws of wb.worksheets) {
    ws.eachRow((row) => {
      row.eachCell((cell) => {
        const type = cell.type as number;
        if (type === FORMULA || !isEmpty(cell.style)) return;
        const one = shared.get(type);
        if (one === undefined) shared.set(type, cell.style);
        else cell.style = one as ExcelJS.Style;
      });
    });
  }
}
