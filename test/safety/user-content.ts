// Everything a user put into sheets, comparable before and after a check: each cell's value,
// formula, style and note (via the shared cell snapshot, drop-downs left out there), and the
// sheet's drop-downs by address, read from the sheet's own list so a drop-down on a cell that holds
// nothing is compared too.
import type * as ExcelJS from 'exceljs';
import { snapshotCells } from '../adapters/exceljs/cell-snapshot';

type Skip = (sheet: string, column: number) => boolean;

function columnOf(address: string): number {
  const letters = /^[A-Z]+/.exec(address)?.[0] ?? '';
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

export function userContent(wb: ExcelJS.Workbook, sheets: string[], skip: Skip = () => false) {
  const cells = new Map<string, unknown>();
  for (const [address, cell] of snapshotCells(wb, sheets, skip)) {
    const { validation: _ignored, ...rest } = cell;
    // A cell that only carried a drop-down is compared through the drop-downs below.
    if (rest.value === 'null' && rest.style === '{}' && rest.note === 'null') continue;
    cells.set(address, rest);
  }
  const validations = sheets.map((name) => {
    const model = (wb.getWorksheet(name) as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model;
    return Object.keys(model)
      .filter((address) => !skip(name, columnOf(address)))
      .sort()
      .map((address) => [name, address, JSON.stringify(model[address])]);
  });
  return { cells, validations };
}
