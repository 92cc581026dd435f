// Names of the files the browser mode reads and offers.

/** `round.xlsx` → `round.checked.xlsx`: the checked copy never takes the input's name. */
export function checkedFileName(name: string): string {
  const base = name.replace(/\.xlsx$/i, '');
  return `${base || 'workbook'}.checked.xlsx`;
}

/** Only .xlsx can be read here; an old .xls or a CSV cannot. */
export function isWorkbookFileName(name: string): boolean {
  return /\.xlsx$/i.test(name);
}
