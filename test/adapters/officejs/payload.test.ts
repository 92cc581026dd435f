import { piecesByBytes, rowsPerRead, utf8Length, CELL_BUDGET, PAYLOAD_BUDGET_BYTES } from '../../../src/adapters/officejs/payload';
import { formatsFor, looksLikeFormula } from '../../../src/adapters/officejs/formula-safety';

test('UTF-8 sizes: ASCII one byte, Chinese three, an emoji four', () => {
  expect(utf8Length('ab')).toBe(2);
  expect(utf8Length('申报')).toBe(6);
  expect(utf8Length('😀')).toBe(4);
});

test('write pieces stay within the budget; a row exactly at the budget fits, one byte over starts a new piece', () => {
  const row = ['x'.repeat(7)]; // ["xxxxxxx"] is 11 bytes, plus one for the separator
  expect(piecesByBytes([row, row, row], 24)).toEqual([[0, 2], [2, 3]]);
  expect(piecesByBytes([row, row, row], 23)).toEqual([[0, 1], [1, 2], [2, 3]]);
  expect(piecesByBytes([['x'.repeat(100)]], 10)).toEqual([[0, 1]]);
});

test('a read takes as many rows as fit the byte budget and the cell budget, and at least one', () => {
  expect(rowsPerRead(1000, 10)).toBe(PAYLOAD_BUDGET_BYTES / 1000);
  expect(rowsPerRead(1, 16384)).toBe(Math.floor(CELL_BUDGET / 16384));
  expect(rowsPerRead(PAYLOAD_BUDGET_BYTES * 3, 5)).toBe(1);
});

test('every text cell is formatted as text, numbers keep their column format', () => {
  expect(formatsFor([['=SUM(A1)', 3, null, '-', '9']], () => '0.00')).toEqual([['@', '0.00', '0.00', '@', '@']]);
  expect(['=a', '+a', '-a', '@a', 'a=', ''].map(looksLikeFormula)).toEqual([true, true, true, true, false, false]);
});


