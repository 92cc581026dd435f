// A cell as the user sees it, for messages and for blank checks.
import type { CellError, CellValue } from '../types';
import { displayText } from '../text/normalise';

export function isErrorCell(raw: CellValue): raw is CellError {
  return typeof raw === 'object' && raw !== null && !(raw instanceof Date) && typeof (raw as CellError).error === 'string';
}

/** The cell's text as shown: as typed, trimmed (see `displayText`). Dates show as ISO; errors as #N/A etc. */
export function cellText(raw: CellValue | undefined): string {
  if (raw === null || raw === undefined) return '';
  if (typeof raw === 'string') return displayText(raw);
  if (typeof raw === 'number') return String(raw);
  if (typeof raw === 'boolean') return raw ? 'TRUE' : 'FALSE';
  if (raw instanceof Date) return dayText(raw);
  if (isErrorCell(raw)) return raw.error;
  return '';
}

// A round's dates fall on a few hundred days; formatting one is a call into the engine per cell.
const DAY_TEXT_LIMIT = 10_000;
const dayTexts = new Map<number, string>();

function dayText(date: Date): string {
  const time = date.getTime();
  if (Number.isNaN(time)) return '';
  let text = dayTexts.get(time);
  if (text === undefined) {
    text = date.toISOString().slice(0, 10);
    if (dayTexts.size >= DAY_TEXT_LIMIT) dayTexts.clear();
    dayTexts.set(time, text);
  }
  return text;
}

const NOT_BLANK = /\S/;

/** Nothing in it: null, empty, or only spaces. */
export function isBlankCell(raw: CellValue | undefined): boolean {
  return raw === null || raw === undefined || (typeof raw === 'string' && !NOT_BLANK.test(raw));
}

/** A header exactly as typed (only trimmed, inner spaces folded): messages name columns the way the user wrote them. */
export function typedText(raw: CellValue | undefined): string {
  return typeof raw === 'string' ? raw.replace(/[^\S\r\n]+/g, ' ').trim() : cellText(raw);
}
