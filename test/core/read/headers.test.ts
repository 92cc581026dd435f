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

  // Every header and alias of workbook.md's table, Chinese and English.
  test.each([
    ['序号', 'seq'], ['编号', 'seq'], ['No.', 'seq'],
    ['申报单位', 'unit'], ['单位名称', 'unit'], ['applicant', 'unit'], ['unit', 'unit'],
    ['单位类型', 'unitType'], ['申报主体类型', 'unitType'], ['applicant type', 'unitType'],
    ['申报类别', 'category'], ['项目类别', 'category'], ['category', 'category'],
    ['项目名称', 'project'], ['project', 'project'], ['project name', 'project'],
    ['申请金额（万元）', 'requested'], ['申请金额', 'requested'], ['申请经费', 'requested'], ['requested', 'requested'],
    ['计划完成日期', 'completion'], ['完成时间', 'completion'], ['completion date', 'completion'],
    ['联合申报', 'joint'], ['是否联合申报', 'joint'], ['joint', 'joint'],
    ['牵头单位', 'lead'], ['lead unit', 'lead'],
    ['执行单位', 'executor'], ['executing unit', 'executor'],
    ['是否转包', 'subcontracted'], ['转包', 'subcontracted'], ['subcontracted', 'subcontracted'],
    ['同级科协审核', 'cityReview'], ['city review', 'cityReview'],
    ['财政部门汇总', 'financeSummary'], ['finance summary', 'financeSummary'],
    ['纸质版份数', 'paperCopies'], ['纸质份数', 'paperCopies'], ['paper copies', 'paperCopies'],
    ['证明材料', 'proofMaterials'], ['proof materials', 'proofMaterials'],
    ['电子版', 'electronicCopy'], ['电子版材料', 'electronicCopy'], ['electronic copy', 'electronicCopy'],
    ['提交日期', 'submitted'], ['报送日期', 'submitted'], ['submitted on', 'submitted'],
    ['所属产业', 'industry'], ['产业领域', 'industry'], ['industry', 'industry'],
    ['评审得分', 'score'], ['review score', 'score'],
    ['评审结果', 'decision'], ['decision', 'decision'],
    ['批准金额（万元）', 'approved'], ['批准金额', 'approved'], ['核定金额', 'approved'], ['approved', 'approved'],
    ['备注', 'notes'], ['notes', 'notes'],
  ])('workbook.md: %s → %s', (header, field) => expect(meaning(header)?.field).toBe(field));

  // rules.md's category figures, each a number column of its own.
  test.each([
    '院士专家人数', '执行主席年龄', '专家团队人数', '线上服务次数', '线下活动次数', '科技志愿者人数', '志愿服务次数',
    '新增入驻资源数', '创新达人评选人数', '创新方法培训次数', '创新方法培训人数', '进园区入企业活动次数',
    '揭榜挂帅活动次数', '企业科协培训次数', '企业科协培训人数', '示范片区数', '园区企业技术服务次数',
  ])('the figure column %s is a number', (header) => expect(meaning(header)?.type).toBe('number'));

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

  // Spellings staff use that workbook.md does not list: without them a whole column would go unread
  // and every row would be told its field is missing.
  test.each([
    ['申报金额', 'requested'], ['申请资助金额（万元）', 'requested'],
    ['计划完成时间', 'completion'], ['完成日期', 'completion'],
    ['申报单位名称', 'unit'], ['申报主体', 'unitType'], ['单位性质', 'unitType'],
    ['项目类型', 'category'], ['类别', 'category'],
    ['提交时间', 'submitted'], ['报送时间', 'submitted'],
  ])('%s → %s (a common spelling)', (header, field) => expect(meaning(header)?.field).toBe(field));

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
