import { cellAt, columnLetter, quotedSheet, spreadMerges } from '../../../src/core/read';
import type { SheetGrid } from '../../../src/core/types';

test('a merge fills every cell it covers with its top-left value', () => {
  const grid: SheetGrid = { name: 'S', rows: [['甲', null, 'x'], [null, null, 'y'], ['z']], merges: [{ top: 1, left: 1, bottom: 2, right: 2 }] };
  const spread = spreadMerges(grid);
  expect(spread.rows).toEqual([['甲', '甲', 'x'], ['甲', '甲', 'y'], ['z']]);
  // The input is left as it was.
  expect(grid.rows[1]).toEqual([null, null, 'y']);
});

test('merges are placed in sheet coordinates when the grid starts elsewhere', () => {
  const grid: SheetGrid = { name: 'S', firstRow: 5, firstCol: 3, rows: [['甲'], [null]], merges: [{ top: 5, left: 3, bottom: 6, right: 3 }] };
  expect(cellAt(spreadMerges(grid), 6, 3)).toBe('甲');
});

test('a merge reaching beyond the grid is clipped; one starting outside it spreads nothing', () => {
  const grid: SheetGrid = {
    name: 'S',
    rows: [['甲', null]],
    merges: [
      { top: 1, left: 1, bottom: 1000, right: 16384 },
      { top: 50, left: 1, bottom: 60, right: 2 },
    ],
  };
  expect(spreadMerges(grid).rows).toEqual([['甲', '甲']]);
});

test('cellAt is null outside the grid', () => {
  expect(cellAt({ name: 'S', rows: [['a']] }, 3, 3)).toBeNull();
});

test.each([
  [1, 'A'],
  [26, 'Z'],
  [27, 'AA'],
  [52, 'AZ'],
  [702, 'ZZ'],
  [703, 'AAA'],
  [16384, 'XFD'],
])('column %i is %s', (n, letters) => expect(columnLetter(n)).toBe(letters));

test.each([
  ['申报汇总', "'申报汇总'"],
  ["O'Brien 表", "'O''Brien 表'"],
])('sheet %s is referred to as %s', (name, quoted) => expect(quotedSheet(name)).toBe(quoted));
