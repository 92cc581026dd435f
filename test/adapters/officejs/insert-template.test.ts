import { insertTemplate, checkActiveWorkbook } from '../../../src/adapters/officejs';
import { hunan2022 } from '../../../src/core/pack/hunan-2022';
import { removeFakeExcel, useFakeExcel } from './fixtures';

afterEach(removeFakeExcel);

test('adds the submissions sheet, 设置 and 失信名单; a second time says they exist and changes nothing', async () => {
  const fake = useFakeExcel({ sheets: [{ name: 'Sheet1', rows: [] }] });
  const first = await insertTemplate(hunan2022, 'zh');
  expect(first.existed).toEqual([]);
  expect(first.inserted).toEqual([hunan2022.sheetNames[0], '设置', '失信名单']);
  expect(fake.sheetNames()).toEqual(['Sheet1', ...first.inserted]);
  const header = fake.values(hunan2022.sheetNames[0])[0];
  for (const column of hunan2022.columns) expect(header).toContain(column.header);

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
  const header = fake.values(sheet)[0];
  const row = fake.sheet(sheet);
  row.touch(2, header.indexOf('申报单位') + 1).value = '湖南省机械工程学会';
  row.touch(2, header.indexOf('项目名称') + 1).value = '学术年会';
  const outcome = await checkActiveWorkbook({ pack: hunan2022, lang: 'zh' });
  expect(outcome.result.sheet).toBe(sheet);
  expect(outcome.result.rows.map((r) => r.row)).toEqual([2]);
});
