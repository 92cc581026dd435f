// What Office.js returns for a range (values, valueTypes, numberFormat) as the core's CellValue
// grid: empty cells are null, error cells `{ error: '#N/A' }`, and a number in a date-formatted
// cell a Date, as the file path reads it, so messages quote 2022-07-03 rather than 44745.
import type { CellValue } from '../../core/types';

const MS_PER_DAY = 86_400_000;
// Serial 1 is 1900-01-01; from 1900-03-01 on, Excel counts one day more (its phantom 1900-02-29).
const EPOCH_AFTER_LEAP_BUG = Date.UTC(1899, 11, 30);
const EPOCH_BEFORE_LEAP_BUG = Date.UTC(1899, 11, 31);

/** A number format that shows a date: it has a year or day part outside quotes and brackets. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '').replace(/\\./g, '');
  return /[yd]/i.test(bare);
}

export function excelSerialToDate(serial: number): Date {
  const epoch = serial < 60 ? EPOCH_BEFORE_LEAP_BUG : EPOCH_AFTER_LEAP_BUG;
  return new Date(epoch + Math.round(serial * MS_PER_DAY));
}

export function toCellValue(value: unknown, type: string | undefined, format?: string): CellValue {
  switch (type) {
    case 'Empty':
      return null;
    case 'Error':
      return { error: String(value) };
    case 'Double': {
      const n = typeof value === 'number' ? value : Number(value);
      return isDateFormat(format) ? excelSerialToDate(n) : n;
    }
    case 'Boolean':
      return Boolean(value);
    default:
      if (value === '' || value === null || value === undefined) return null;
      if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
      return String(value);
  }
}

export function toCellGrid(values: unknown[][], valueTypes: string[][], formats?: string[][]): CellValue[][] {
  return values.map((row, i) => row.map((value, j) => toCellValue(value, valueTypes[i]?.[j], formats?.[i]?.[j])));
}
