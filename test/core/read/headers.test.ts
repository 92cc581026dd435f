import { hunan2022 } from '../../../src/core/pack';
import { findHeaderRow, headerMeaning, mapColumns } from '../../../src/core/read';
import { sheet } from './grid-helpers';

const meaning = (header: string) => headerMeaning(header, hunan2022);

describe('what a header means', () => {
  test.each([
    ['申报单位', 'unit'],
    ['单位名称', 'unit'],
    [' 申报 单位 ', 'unit'],
    ['*申报单位', 'unit'],
    ['Applicant', 'unit'],
    ['申报主体类型', 'unitType'],
    ['项目类别', 'category'],
    ['申报类别（代码或名称）', 'category'],
    ['完成时间', 'completion'],
    ['纸质份数', 'paperCopies'],
    ['院士专家人数（人）', 'experts'],
    ['执行主席年龄', 'chairAge'],
    ['核定金额', 'approved'],
    ['No.', 'seq'],
  ])('%s → %s', (header, field) => expect(meaning(header)?.field).toBe(field));

  test.each([
    ['申请金额（万元）', 'wan'],
    ['申请金额', 'wan'],
    ['申请金额(万)', 'wan'],
    ['申请金额【元】', 'yuan'],
    ['申请金额（元）', 'yuan'],
    ['申请金额/元', 'yuan'],
    ['申请经费(元)', 'yuan'],
    ['批准金额（元）', 'yuan'],
    ['Requested (yuan)', 'yuan'],
  ])('%s is an amount in %s', (header, unit) => expect(meaning(header)).toMatchObject({ type: 'amount', unit }));

  test.each(['联系人', '金额', '申报', '', '（万元）'])('%p is not a known header', (header) => expect(meaning(header)).toBeNull());
});

test('the header row is the first row with at least 3 known headers, not a title that names one', () => {
  const grid = sheet('S', [['申报单位汇总表'], ['填报单位：', '申报单位'], ['序号', '申报单位', '项目名称'], ['1', '甲', '乙']]);
  expect(findHeaderRow(grid, hunan2022)).toBe(3);
});

test('mapColumns keeps each column’s header as typed, its type, and lists unknown and output headers apart', () => {
  const grid = sheet('S', [['申报单位', '申请金额（元）', '联系人', '校验结果', '', '问题说明']]);
  const map = mapColumns(grid, 1, hunan2022);
  expect(map.columns).toEqual([
    { field: 'unit', column: 1, header: '申报单位', type: 'text' },
    { field: 'requested', column: 2, header: '申请金额（元）', type: 'amount', unit: 'yuan' },
  ]);
  expect(map.unknownHeaders).toEqual([{ column: 3, header: '联系人' }]);
  expect(map.output).toEqual({ verdict: 4, notes: 6 });
  expect(map.notices).toEqual([]);
});
