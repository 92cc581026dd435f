// What the reader's speed-ups promise: a row says whether any of its cells is unreadable, and
// fields shared between rows (empty cells, repeated values) are frozen, so no row can change another's.
import { hunan2022 } from '../../../src/core/pack';
import { readSubmissions } from '../../../src/core/read';
import type { CellValue } from '../../../src/core/types';
import { sheet, workbook } from './grid-helpers';

const HEADERS = ['申报单位', '申报类别', '申请金额（万元）', '备注'];

function read(rows: CellValue[][]) {
  return readSubmissions(workbook(sheet('申报汇总', [HEADERS, ...rows])), hunan2022).applications;
}

test('a row with an unreadable cell says so; a row without one says that too', () => {
  const [bad, good] = read([
    ['甲学会', '1', '十万', null],
    ['乙学会', '1', 8, null],
  ]);
  expect(bad.hasUnreadable).toBe(true);
  expect(bad.fields.requested.error).toBeDefined();
  expect(good.hasUnreadable).toBe(false);
});

test('an Excel error value is unreadable too', () => {
  const [row] = read([['甲学会', '1', { error: '#N/A' }, null]]);
  expect(row.hasUnreadable).toBe(true);
});

test('the same value on two rows reads the same, and cannot be changed through either row', () => {
  const [first, second] = read([
    ['甲学会', '1', 8, null],
    ['乙学会', '1', 8, null],
  ]);
  expect(second.fields.requested).toEqual(first.fields.requested);
  expect(Object.isFrozen(first.fields.requested)).toBe(true);
  expect(Object.isFrozen(first.fields.notes)).toBe(true);
  expect(first.fields.notes).toMatchObject({ blank: true, raw: null, text: '', value: null });
});

test('0 and -0 are read apart, though a Map would take them for one value', () => {
  const [zero, negativeZero] = read([
    ['甲学会', '1', 0, null],
    ['乙学会', '1', -0, null],
  ]);
  expect(Object.is(zero.fields.requested.value, 0)).toBe(true);
  expect(Object.is(negativeZero.fields.requested.raw, -0)).toBe(true);
  expect(Object.is(negativeZero.fields.requested.value, -0)).toBe(true);
});
