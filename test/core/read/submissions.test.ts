import { hunan2022 } from '../../../src/core/pack';
import { readSubmissions } from '../../../src/core/read';
import { application, HEADERS, sheet, workbook } from './grid-helpers';

const TITLE = ['2022年度学会服务能力提升计划项目申报汇总表'];

test('a title row above the headers is left alone; data start below the header row', () => {
  const read = readSubmissions(workbook(sheet('申报汇总', [TITLE, HEADERS, application(1), application(2)])), hunan2022);
  expect(read.sheet).toBe('申报汇总');
  expect(read.headerRow).toBe(2);
  expect(read.dataRows).toEqual([3, 4]);
  expect(read.applications.map((a) => a.fields.unit.value)).toEqual(['湖南省第1学会', '湖南省第2学会']);
});

test('headers with odd widths, brackets, spaces and case are found; columns may come in any order', () => {
  const headers = ['项目 名称', '申请金额(万元)', 'ＣＡＴＥＧＯＲＹ', '申报单位', '单位类型', '完成时间'];
  const rows = [headers, ['论坛', '８', '3.1.1', '湖南省农学会', '省级学会', '2022年10月']];
  const read = readSubmissions(workbook(sheet('Sheet1', rows)), hunan2022);
  const app = read.applications[0];
  expect(read.headerRow).toBe(1);
  expect(app.fields.project).toMatchObject({ column: 1, value: '论坛' });
  expect(app.fields.requested).toMatchObject({ column: 2, value: 8 });
  expect(app.fields.category).toMatchObject({ column: 3, header: 'ＣＡＴＥＧＯＲＹ', value: '3.1.1' });
  expect(app.fields.completion.value).toBe('2022-10-31');
});

test('申请金额（元） means the column is in yuan; a plain 申请金额 is in 万元', () => {
  const yuan = readSubmissions(workbook(sheet('S', [['申报单位', '申报类别', '申请金额（元）'], ['甲学会', '1', 80000]])), hunan2022);
  expect(yuan.columns.find((c) => c.field === 'requested')?.unit).toBe('yuan');
  expect(yuan.applications[0].fields.requested.value).toBe(8);
  const wan = readSubmissions(workbook(sheet('S', [['申报单位', '申报类别', '申请金额'], ['甲学会', '1', 8]])), hunan2022);
  expect(wan.applications[0].fields.requested.value).toBe(8);
});

test('a column the sheet lacks has no field; unknown headers are kept and listed', () => {
  const read = readSubmissions(workbook(sheet('S', [[...HEADERS, '联系人'], [...application(1), '张三']])), hunan2022);
  expect(read.applications[0].fields.joint).toBeUndefined();
  expect(read.unknownHeaders).toEqual([{ column: 8, header: '联系人' }]);
});

test('a repeated header: the first column is read, the later one is named in a notice', () => {
  const rows = [[...HEADERS, '申报单位'], [...application(1), '别的单位']];
  const read = readSubmissions(workbook(sheet('申报汇总', rows)), hunan2022);
  expect(read.applications[0].fields.unit.value).toBe('湖南省第1学会');
  expect(read.notices.map((n) => n.zh).join()).toMatch(/工作表“申报汇总”第1行的H列“申报单位”与B列“申报单位”重复/);
});

test('a unit merged over two rows names the unit of both', () => {
  const rows = [HEADERS, application(1, { 申报单位: '湖南省机械工程学会' }), application(2, { 申报单位: null })];
  const read = readSubmissions(workbook(sheet('S', rows, { merges: [{ top: 2, left: 2, bottom: 3, right: 2 }] })), hunan2022);
  expect(read.applications.map((a) => a.fields.unit.value)).toEqual(['湖南省机械工程学会', '湖南省机械工程学会']);
  // The input grid itself is not changed.
  expect(rows[2][1]).toBeNull();
});

test('blank rows, and rows with only 序号 filled, are skipped and their old output cleared', () => {
  const rows = [HEADERS, application(1), [], [null, '  '], [7], application(2)];
  const read = readSubmissions(workbook(sheet('S', rows)), hunan2022);
  expect(read.dataRows).toEqual([2, 6]);
  expect(read.clearRows).toEqual([3, 4, 5]);
});

test('on a re-run, 校验结果 and 问题说明 are our output columns: not data, and they keep their place', () => {
  const header = [...HEADERS, '校验结果', '问题说明'];
  const rows = [
    header,
    [...application(1), '合格', ''],
    [null, null, null, null, null, null, null, '不合格', '[required-field] …'],
    [...application(2), '需关注', '…'],
    [null, null, null, null, null, null, null, '合格', null],
  ];
  const read = readSubmissions(workbook(sheet('S', rows)), hunan2022);
  expect(read.outputColumns).toEqual({ verdict: 8, notes: 9 });
  expect(read.columns.map((c) => c.header)).not.toContain('校验结果');
  expect(read.unknownHeaders).toEqual([]);
  expect(read.dataRows).toEqual([2, 4]);
  // Row 3 is blank but for old output; row 5 lies below the data and holds only old output.
  expect(read.clearRows).toEqual([3, 5]);
});

test('a 校验结果 merged onto the header row from a title above is the user\'s: results go right of it, and stay there on a re-run', () => {
  // H1:H2 is merged: the header row shows 校验结果 in H, but H2 holds a value of the user's under it.
  const title = [null, null, null, null, null, null, null, '校验结果'];
  const merges = [{ top: 1, left: 8, bottom: 2, right: 8 }];
  const first = readSubmissions(workbook(sheet('申报汇总', [title, [...HEADERS, '旧值'], application(1)], { merges })), hunan2022);
  expect(first.headerRow).toBe(2);
  expect(first.outputColumns).toEqual({ verdict: 9, notes: 10 });
  // The next check finds its own columns in I and J, not the merged H.
  const rerun = readSubmissions(
    workbook(sheet('申报汇总', [title, [...HEADERS, '旧值', '校验结果', '问题说明'], [...application(1), null, '合格', '']], { merges })),
    hunan2022,
  );
  expect(rerun.outputColumns).toEqual({ verdict: 9, notes: 10 });
});

test('English output headers are recognised too', () => {
  const [verdict, notes] = hunan2022.labels.resultHeaders;
  const read = readSubmissions(workbook(sheet('S', [[...HEADERS, verdict.en, notes.en], application(1)])), hunan2022);
  expect(read.outputColumns).toEqual({ verdict: 8, notes: 9 });
});

test('without output columns, they go right of the last column the user filled', () => {
  const rows = [[...HEADERS, null, '备注'], [...application(1), null, '说明']];
  expect(readSubmissions(workbook(sheet('S', rows)), hunan2022).outputColumns).toEqual({ verdict: 10, notes: 11 });
});

test('a total row (合计 in 申报单位 or 序号) is skipped with a notice', () => {
  const rows = [HEADERS, application(1), application(2), ['合 计', null, null, null, null, 16, null]];
  const read = readSubmissions(workbook(sheet('申报汇总', rows)), hunan2022);
  expect(read.dataRows).toEqual([2, 3]);
  expect(read.notices.map((n) => n.zh)).toContain('工作表“申报汇总”第4行是合计行，不作为申报项目检查。');
});

test('the header row again (two tables pasted together, a header printed on every page) is no application', () => {
  // Spelt with other widths and spaces, the header still repeats. A row differing in one text cell
  // does not, nor does one whose 序号 holds a number under the header's text.
  const again = HEADERS.map((h) => (typeof h === 'string' ? ` ${h.replace('（', '(').replace('）', ')')} ` : h));
  const almost = HEADERS.map((h) => (h === '项目名称' ? '项目名' : h));
  const rows = [HEADERS, application(1), again, application(2), [1, ...almost.slice(1)], [1, ...HEADERS.slice(1)]];
  const read = readSubmissions(workbook(sheet('申报汇总', rows)), hunan2022);
  expect(read.dataRows).toEqual([2, 4, 5, 6]);
  expect(read.notices.map((n) => n.zh)).toContain('工作表“申报汇总”第3行重复了第1行的表头，不作为申报项目检查。');
});

test('a sheet whose grid starts further down and right is read in sheet coordinates', () => {
  const read = readSubmissions(workbook(sheet('S', [HEADERS, application(1)], { firstRow: 4, firstCol: 3 })), hunan2022);
  expect(read.headerRow).toBe(4);
  expect(read.dataRows).toEqual([5]);
  expect(read.applications[0].fields.unit.column).toBe(4);
});

test('bad cells become field errors, never exceptions', () => {
  const rows = [HEADERS, application(1, { '申请金额（万元）': '十万', 计划完成日期: { error: '#REF!' } })];
  const app = readSubmissions(workbook(sheet('S', rows)), hunan2022).applications[0];
  expect(app.fields.requested.error?.zh).toBe('不是金额');
  expect(app.fields.completion.error?.en).toMatch(/^is an Excel error value/);
});

test('a header row with no rows below it reads as no applications, with a notice', () => {
  const read = readSubmissions(workbook(sheet('申报汇总', [HEADERS])), hunan2022);
  expect(read.applications).toEqual([]);
  expect(read.notices.length).toBeGreaterThan(0);
});
