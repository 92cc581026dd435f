import { runsOf } from '../../../src/adapters/officejs/runs';

test('equal neighbours make one run; a change of key or a gap in rows starts another', () => {
  const rows = [
    { row: 3, key: 'red' },
    { row: 4, key: 'red' },
    { row: 5, key: 'amber' },
    { row: 7, key: 'amber' },
    { row: 8, key: 'amber' },
  ];
  expect(runsOf(rows)).toEqual([
    { key: 'red', first: 3, last: 4 },
    { key: 'amber', first: 5, last: 5 },
    { key: 'amber', first: 7, last: 8 },
  ]);
  expect(runsOf([])).toEqual([]);
});
