import { checkedFileName, isWorkbookFileName } from '../../../src/taskpane/logic/file-name';

describe('checkedFileName', () => {
  it('puts .checked before the extension', () => {
    expect(checkedFileName('round.xlsx')).toBe('round.checked.xlsx');
    expect(checkedFileName('申报汇总.XLSX')).toBe('申报汇总.checked.xlsx');
  });

  it('never gives back the input name', () => {
    for (const name of ['a.xlsx', 'a.checked.xlsx', 'noext', '.xlsx']) expect(checkedFileName(name)).not.toBe(name);
  });
});

describe('isWorkbookFileName', () => {
  it('accepts .xlsx only', () => {
    expect(isWorkbookFileName('round.xlsx')).toBe(true);
    expect(isWorkbookFileName('ROUND.XLSX')).toBe(true);
    expect(isWorkbookFileName('round.xls')).toBe(false);
    expect(isWorkbookFileName('round.csv')).toBe(false);
  });
});
