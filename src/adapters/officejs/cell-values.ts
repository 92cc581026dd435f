// What Office.js returns for a range (values + valueTypes) as the core's CellValue grid: empty cells
// are null, error cells `{ error: '#N/A' }`, numbers stay numbers (dates arrive as serials).
import type { CellValue } from '../../core/types';

export function toCellValue(value: unknown, type: string | undefined): CellValue {
  switch (type) {
    case 'Empty':
      return null;
    case 'Error':
      return { error: String(value) };
    case 'Double':
      return typeof value === 'number' ? value : Number(value);
    case 'Boolean':
      return Boolean(value);
    default:
      if (value === '' || value === null || value === undefined) return null;
      if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
      return String(value);
  }
}

export function toCellGrid(values: unknown[][], valueTypes: string[][]): CellValue[][] {
  return values.map((row, i) => row.map((value, j) => toCellValue(value, valueTypes[i]?.[j])));
}
