// The same project by the same unit twice: every copy is told where the others are.
import { check, findingsOf, rulesOf } from '../helpers/workbook';
import { validRow } from '../helpers/rows';
import fc from 'fast-check';
import { matchKey } from '../../../src/core/text/normalise';

test('the same unit and project on two rows (spelt with other widths and spaces) warns on both', () => {
  const result = check([
    validRow('3.1.1', { 项目名称: '青年学者论坛（2022）' }, 1),
    validRow('3.1.2', { 项目名称: '其他项目' }, 2),
    validRow('3.1.1', { 项目名称: ' 青年学者论坛 (2022) ' }, 3),
  ]);
  const first = findingsOf(result, 0, 'duplicate');
  const third = findingsOf(result, 2, 'duplicate');
  expect(first).toHaveLength(1);
  expect(third).toHaveLength(1);
  expect(first[0].severity).toBe('warning');
  expect(first[0].message.zh).toContain('第 2、4 行');
  expect(first[0].message.en).toContain('rows 2, 4');
  expect(rulesOf(result, 1)).toEqual([]);
});

test('two names alike but for their numbers are no duplicate', () => {
  const result = check([
    validRow('3.1.1', { 项目名称: '青年学者论坛88769' }, 1),
    validRow('3.1.1', { 项目名称: '青年学者论坛564344' }, 2),
  ]);
  expect(rulesOf(result, 0)).toEqual([]);
  expect(rulesOf(result, 1)).toEqual([]);
});

test('the same project name by different units is no duplicate', () => {
  const result = check([
    validRow('3.1.1', { 项目名称: '青年学者论坛' }, 1),
    validRow('3.1.1', { 项目名称: '青年学者论坛', 申报单位: '湖南省汽车工程学会' }, 2),
  ]);
  expect(rulesOf(result, 0)).toEqual([]);
  expect(rulesOf(result, 1)).toEqual([]);
});

test('any mix of rows is grouped as comparing every pair of rows would group it', () => {
  // A few names and units in several spellings, many rows: the grouping by hash table must find
  // exactly the pairs whose project and unit both match.
  const projects = ['青年论坛（2022）', '青年论坛(2022)', ' 青年论坛 (2022)', '科普讲座', '科普讲座「乡村」', ''];
  const units = ['湖南省机械工程学会', '湖南省 机械工程学会', '湖南省汽车工程学会'];
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.nat(projects.length - 1), fc.nat(units.length - 1)), { minLength: 1, maxLength: 30 }), (picks) => {
      const rows = picks.map(([p, u], n) => validRow('3.1.1', { 项目名称: projects[p], 申报单位: units[u] }, n));
      const result = check(rows);
      const same = (a: number, b: number) =>
        projects[picks[a][0]] !== '' && matchKey(projects[picks[a][0]]) === matchKey(projects[picks[b][0]]) &&
        matchKey(units[picks[a][1]]) === matchKey(units[picks[b][1]]);
      picks.forEach((_, i) => {
        const expected = picks.map((__, j) => j).filter((j) => same(i, j));
        const found = findingsOf(result, i, 'duplicate');
        if (expected.length < 2) expect(found).toHaveLength(0);
        else expect(found[0].message.en).toContain(`(rows ${expected.map((j) => j + 2).join(', ')})`);
      });
    }),
    { numRuns: 200 },
  );
});
