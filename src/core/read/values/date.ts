// Dates, returned as ISO YYYY-MM-DD. Excel serials use the 1900 date system, including Excel's
// phantom 1900-02-29 (serial 60), which is refused because the day never existed.
import type { CellValue } from '../../types';
import { compactText } from './numeric-text';
import { EXPECTED, notA, ok, type Parsed } from './parsed';

const MS_PER_DAY = 86_400_000;
// Serial 1 is 1900-01-01; from serial 61 on, Excel's count is one ahead because of the phantom leap day.
const EPOCH_BEFORE_LEAP_BUG = Date.UTC(1899, 11, 31);
const EPOCH_AFTER_LEAP_BUG = Date.UTC(1899, 11, 30);
const LAST_SERIAL = 2_958_465; // 9999-12-31

const FULL_DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:t?\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?z?)?$/i;
const CHINESE_DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})[日号]?$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;
const MONTH = /^(\d{4})[-/.](\d{1,2})$/;
const CHINESE_MONTH = /^(\d{4})年(\d{1,2})月(?:底|末|份)?$/;

const pad = (n: number, width: number) => String(n).padStart(width, '0');

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
}

/** A real calendar day as ISO, or null (2022-02-30 is null). */
export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The UTC day of a Date as ISO, or null (invalid, or outside 1900–9999). */
export function isoDateOf(d: Date): string | null {
  return Number.isNaN(d.getTime()) ? null : isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Whether a Date is a day `readDate` accepts (1900–9999): then its ISO text is its value. */
export function isReadableDay(d: Date): boolean {
  const year = d.getUTCFullYear();
  return year >= 1900 && year <= 9999;
}

function fromUtcMillis(ms: number): string | null {
  return isoDateOf(new Date(ms));
}

/** An Excel serial (the time of day ignored) as ISO, or null. */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial)) return null;
  const day = Math.floor(serial);
  if (day < 1 || day > LAST_SERIAL || day === 60) return null;
  const epoch = day < 60 ? EPOCH_BEFORE_LEAP_BUG : EPOCH_AFTER_LEAP_BUG;
  return fromUtcMillis(epoch + day * MS_PER_DAY);
}

function fromText(text: string): string | null {
  const full = FULL_DATE.exec(text) ?? CHINESE_DATE.exec(text) ?? COMPACT_DATE.exec(text);
  if (full) return isoDate(Number(full[1]), Number(full[2]), Number(full[3]));
  const month = MONTH.exec(text) ?? CHINESE_MONTH.exec(text);
  if (month) {
    const year = Number(month[1]);
    const m = Number(month[2]);
    return m >= 1 && m <= 12 ? isoDate(year, m, daysInMonth(year, m)) : null;
  }
  return null;
}

export function readDate(raw: CellValue): Parsed<string> {
  let iso: string | null = null;
  // Adapters hand dates over as UTC midnight of the day shown, so the UTC parts are the day.
  if (raw instanceof Date) iso = isoDateOf(raw);
  else if (typeof raw === 'number') iso = excelSerialToIso(raw);
  else if (typeof raw === 'string') iso = fromText(compactText(raw));
  return iso === null ? notA(EXPECTED.date) : ok(iso);
}
