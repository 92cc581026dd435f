// Every cell of the user's sheets as comparable data: value, formula, style, note and validation.
import * as ExcelJS from 'exceljs';

export interface CellSnapshot {
  value: string;
  formula: string | undefined;
  style: string;
  note: string;
  validation: string;
}

export async function loadBytes(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** Keyed `sheet!A1`. `skip` leaves out cells Shenbao owns (its two result columns). */
export function snapshotCells(wb: ExcelJS.Workbook, sheets: string[], skip: (sheet: string, column: number) => boolean = () => false) {
  const cells = new Map<string, CellSnapshot>();
  for (const name of sheets) {
    const ws = wb.getWorksheet(name);
    if (!ws) throw new Error(`no sheet ${name}`);
    ws.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        if (skip(name, column)) return;
        const snapshot = {
          value: JSON.stringify(cell.value),
          formula: cell.formula,
          style: JSON.stringify(cell.style),
          note: JSON.stringify(cell.note ?? null),
          validation: JSON.stringify(cell.dataValidation ?? null),
        };
        // A cell with nothing at all is the same as no cell (rows grow when a column is added at the right).
        if (snapshot.value === 'null' && snapshot.style === '{}' && snapshot.note === 'null' && snapshot.validation === 'null') return;
        cells.set(`${name}!${cell.address}`, snapshot);
      });
    });
  }
  return cells;
}
