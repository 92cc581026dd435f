import { insertTemplate, checkActiveWorkbook } from '../../../src/adapters/officejs';
import { hunan2022 } from '../../../src/core/pack/hunan-2022';
import { removeFakeExcel, useFakeExcel } from './fixtures';

afterEach(removeFakeExcel);

test('adds the submissions sheet, the lists, 设置, 失信名单 and 填表说明; a second time says they exist and changes nothing', async () => {
  const fake = useFakeExcel({ sheets: [{ name: 'Sheet1', rows: [] }] });
  const first = await insertTemplate(hunan2022, 'zh');
  expect(first.existed).toEqual([]);
  expect(first.inserted).toEqual(expect.arrayContaining([hunan2022.sheetNames[0], '设置', '失信名单', '填表说明']));
  expect(fake.sheetNames()).toEqual(['Sheet1', ...first.inserted]);
  const header = fake.values(hunan2022.sheetNames[0], 'A2:BZ2')[0];
  for (const column of hunan2022.columns) expect(header).toContain(column.header);
  expect(fake.values('设置', 'A1:B2')).toEqual([
    ['项目', '值'],
    ['申报截止日期', ''],
  ]);

  const before = Object.fromEntries(fake.sheetNames().map((n) => [n, fake.cellsOf(n)]));
  const second = await insertTemplate(hunan2022, 'zh');
  expect(second).toEqual({ inserted: [], existed: first.inserted });
  for (const name of fake.sheetNames()) expect(fake.cellsOf(name)).toEqual(before[name]);
});

test("never writes over a user's sheet of the same name", async () => {
  const fake = useFakeExcel({ sheets: [{ name: '设置', rows: [['我的设置', 1]] }] });
  const outcome = await insertTemplate(hunan2022, 'zh');
  expect(outcome.existed).toEqual(['设置']);
  expect(fake.values('设置')).toEqual([['我的设置', 1]]);
});

test('the inserted template is a workbook the check can read (after a row is filled in)', async () => {
  const fake = useFakeExcel({ sheets: [{ name: 'Sheet1', rows: [] }] });
  await insertTemplate(hunan2022, 'zh');
  const sheet = hunan2022.sheetNames[0];
  fake.state.activeSheet = sheet;
  const header = fake.values(sheet, 'A2:BZ2')[0];
  const row = fake.sheet(sheet);
  row.touch(3, header.indexOf('申报单位') + 1).value = '湖南省机械工程学会';
  row.touch(3, header.indexOf('项目名称') + 1).value = '学术年会';
  const outcome = await checkActiveWorkbook({ pack: hunan2022, lang: 'zh' });
  expect(outcome.result.sheet).toBe(sheet);
  expect(outcome.result.rows.map((r) => r.row)).toEqual([3]);
});

test('the coded columns get drop-down lists from the lists sheet on ExcelApi 1.8, and none on 1.4', async () => {
  const fake = useFakeExcel({ sheets: [{ name: 'Sheet1', rows: [] }] });
  await insertTemplate(hunan2022, 'zh');
  const sheet = fake.sheet(hunan2022.sheetNames[0]);
  const header = fake.values(sheet.name, 'A2:BZ2')[0];
  const typeColumn = header.indexOf('单位类型') + 1;
  const rule = sheet.validations.find((v) => v.box.left === typeColumn)?.rule as { list: { source: string } };
  const [listSheet, cells] = rule.list.source.slice(1).split('!');
  const listName = listSheet.replace(/^'|'$/g, '');
  const listValues = fake.values(listName, cells.replace(/\$/g, '')).map((r) => r[0]);
  expect(listValues).toEqual(hunan2022.applicantTypes.map((t) => t.id));
  expect(sheet.validations.find((v) => v.box.left === typeColumn)?.box.top).toBe(3);

  const old = useFakeExcel({ apiLevel: '1.4', sheets: [{ name: 'Sheet1', rows: [] }] });
  await insertTemplate(hunan2022, 'zh');
  expect(old.sheet(hunan2022.sheetNames[0]).validations).toEqual([]);
});

test('date and amount columns of the input rows carry their formats', async () => {
  const fake = useFakeExcel({ sheets: [{ name: 'Sheet1', rows: [] }] });
  await insertTemplate(hunan2022, 'zh');
  const sheet = hunan2022.sheetNames[0];
  const header = fake.values(sheet, 'A2:BZ2')[0];
  const amount = header.findIndex((h) => typeof h === 'string' && h.startsWith('申请金额')) + 1;
  const date = header.indexOf('计划完成日期') + 1;
  expect(fake.sheet(sheet).cell(3, amount)?.numberFormat).toBe('0.00');
  expect(fake.sheet(sheet).cell(1002, date)?.numberFormat).toBe('yyyy-mm-dd');
  expect(fake.sheet(sheet).cell(1003, date)).toBeUndefined();
});
