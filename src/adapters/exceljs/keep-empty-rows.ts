// exceljs writes a row only when it holds a cell or a height of its own, so a hidden row with
// nothing in it (a spacer the user hid, say) would come back visible in the checked copy. Giving
// such a row the sheet's default height makes exceljs keep it, hidden or grouped as it was.
import type * as ExcelJS from 'exceljs';

/** Excel's default row height in points, when the sheet does not state one. */
const DEFAULT_ROW_HEIGHT = 15;

export function keepEmptyRowLayout(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) {
    const height = ws.properties.defaultRowHeight || DEFAULT_ROW_HEIGHT;
    ws.eachRow({ includeEmpty: true }, (row) => {
      if (row.height || row.cellCount > 0) return;
      if (row.hidden || row.outlineLevel) row.height = height;
    });
  }
}
