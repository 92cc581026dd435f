// Colours and marks every adapter uses, so a file and the live workbook look the same.
import type { Fill } from './types';

/** ARGB fills: Excel's own "neutral", "bad" and "good" cell style colours, readable when printed. */
export const FILL_ARGB: Record<Fill, string | null> = {
  none: null,
  amber: 'FFFFEB9C',
  red: 'FFFFC7CE',
  green: 'FFC6EFCE',
};

/** The same as CSS hex (#RRGGBB) for Office.js and the task pane. */
export const FILL_HEX: Record<Fill, string | null> = {
  none: null,
  amber: '#FFEB9C',
  red: '#FFC7CE',
  green: '#C6EFCE',
};

/**
 * The title cell (A1) of every sheet Shenbao writes starts with this mark. A sheet with one of our
 * names but without the mark is the user's own: it is never replaced.
 */
export const OUTPUT_SHEET_MARK = '【申报助手】';
