import { boxAddress, columnLetters, parseBoxAddress, quotedSheet, splitAreas } from '../../../src/adapters/officejs/addresses';

test('column letters at the boundaries of one, two and three letters', () => {
  expect([1, 26, 27, 52, 702, 703, 16384].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'ZZ', 'AAA', 'XFD']);
});

test('reads the addresses Excel returns, quoted sheet names and absolute references included', () => {
  expect(parseBoxAddress("'申报 汇总'!B3:AF120")).toEqual({ top: 3, left: 2, bottom: 120, right: 32 });
  expect(parseBoxAddress('Sheet1!$C$7')).toEqual({ top: 7, left: 3, bottom: 7, right: 3 });
  expect(boxAddress({ top: 3, left: 2, bottom: 120, right: 32 })).toBe('B3:AF120');
});

test('splits merged areas without breaking a sheet name that holds a comma or a quote', () => {
  expect(splitAreas("'a,b'!A1:B2,'a,b'!C3:C4")).toEqual(["'a,b'!A1:B2", "'a,b'!C3:C4"]);
  expect(splitAreas("'it''s'!A1:A2, 'it''s'!D5:E5")).toEqual(["'it''s'!A1:A2", "'it''s'!D5:E5"]);
  expect(quotedSheet("it's")).toBe("'it''s'");
});
