import { excelSerialToDate, isDateFormat, toCellGrid } from '../../../src/adapters/officejs/cell-values';

test('Office.js values, types and formats become the core’s cells', () => {
  expect(
    toCellGrid(
      [['', 'x', 3, true, '#N/A', 44834]],
      [['Empty', 'String', 'Double', 'Boolean', 'Error', 'Double']],
      [['General', '@', '0.00', 'General', 'General', 'yyyy-mm-dd']],
    ),
  ).toEqual([[null, 'x', 3, true, { error: '#N/A' }, new Date(Date.UTC(2022, 8, 30))]]);
});

test('date formats are told from number formats, whatever the locale words around them', () => {
  const dates = ['yyyy-mm-dd', 'm/d/yyyy', 'yyyy"年"m"月"d"日"', '[$-F800]dddd, mmmm dd, yyyy', 'd-mmm-yy'];
  const numbers = ['General', '0.00', '#,##0', '@', '0.00E+00', '[Red]0.00', '"day"0', 'h:mm:ss'];
  expect(dates.map(isDateFormat)).toEqual(dates.map(() => true));
  expect(numbers.map(isDateFormat)).toEqual(numbers.map(() => false));
});

test('serials on both sides of Excel’s phantom 1900-02-29', () => {
  expect(excelSerialToDate(1).toISOString().slice(0, 10)).toBe('1900-01-01');
  expect(excelSerialToDate(59).toISOString().slice(0, 10)).toBe('1900-02-28');
  expect(excelSerialToDate(61).toISOString().slice(0, 10)).toBe('1900-03-01');
  expect(excelSerialToDate(44834).toISOString().slice(0, 10)).toBe('2022-09-30');
});
