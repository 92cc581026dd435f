// Excel holds at most 32,767 characters in a cell: a longer text makes Excel repair the file (and
// Office.js refuse the write). A finding that quotes a huge cell could pass that, so every text we
// write is cut to fit, with a mark that says it was cut.
export const EXCEL_CELL_CHARS = 32_767;

const CUT_MARK = '…';

export function fitCell(text: string): string {
  if (text.length <= EXCEL_CELL_CHARS) return text;
  let end = EXCEL_CELL_CHARS - CUT_MARK.length;
  // Do not split a surrogate pair (an emoji or a rare CJK character) in two.
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return text.slice(0, end) + CUT_MARK;
}

/** The same for a table cell: text is cut, numbers and blanks pass. */
export function fitTableCell<T>(value: T): T {
  return (typeof value === 'string' ? fitCell(value) : value) as T;
}
