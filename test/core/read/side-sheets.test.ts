import { hunan2022, hunan2022Input, parsePack } from '../../../src/core/pack';
import { readBlacklist, readSettings } from '../../../src/core/read';
import { sheet, workbook } from './grid-helpers';

describe('设置', () => {
  test('申报截止日期 is read as a date; other keys are kept', () => {
    const input = workbook(sheet('设置', [['项目', '值'], ['申报截止日期', '2022年9月30日'], ['联系人', '胡微']]));
    expect(readSettings(input, hunan2022)).toEqual({ settings: { submissionDeadline: '2022-09-30', other: { 联系人: '胡微' } }, notices: [] });
  });
  test('a deadline that is an Excel serial is a date too', () => {
    expect(readSettings(workbook(sheet('设置', [['申报截止日期', 44834]])), hunan2022).settings.submissionDeadline).toBe('2022-09-30');
  });
  test('a deadline that is not a date is a notice naming the sheet, row and column; the check stays off', () => {
    const read = readSettings(workbook(sheet('设置', [['项目', '值'], ['申报截止日期', '九月底']])), hunan2022);
    expect(read.settings.submissionDeadline).toBeUndefined();
    expect(read.notices[0].zh).toBe('工作表“设置”第2行B列“申报截止日期”的内容“九月底”不是日期，未启用申报截止日期检查。');
  });
  test('no 设置 sheet and no deadline in the pack: no deadline', () => {
    expect(readSettings(workbook(), hunan2022).settings).toEqual({ other: {} });
  });
  test('a pack with its own deadline supplies it when 设置 gives none', () => {
    const pack = parsePack({ ...hunan2022Input, deadlines: { completion: '2022-12-31', submission: '2022-10-15' } });
    expect(readSettings(workbook(), pack).settings.submissionDeadline).toBe('2022-10-15');
  });
});

describe('失信名单', () => {
  test('units and start years are read below a header row found like the submissions sheet’s', () => {
    const rows = [['失信单位名单'], ['单位 名称', '起始年度（连续3年）'], ['湖南省甲学会', 2021], ['长沙市科协', '2020年']];
    const read = readBlacklist(workbook(sheet('失信名单', rows)), hunan2022);
    expect(read.entries).toEqual([
      { unit: '湖南省甲学会', startYear: 2021, source: '失信名单!A3' },
      { unit: '长沙市科协', startYear: 2020, source: '失信名单!A4' },
    ]);
    expect(read.notices).toEqual([]);
  });
  test('a row whose year cannot be read is skipped with a notice naming sheet, row and column', () => {
    const rows = [['单位名称', '起始年度'], ['湖南省甲学会', '前年'], ['湖南省乙学会', 2019]];
    const read = readBlacklist(workbook(sheet('失信名单', rows)), hunan2022);
    expect(read.entries.map((e) => e.unit)).toEqual(['湖南省乙学会']);
    expect(read.notices[0].zh).toBe('工作表“失信名单”第2行B列的起始年度“前年”不是年份（如2021），该行未读取。');
  });
  test('the pack’s own list is added, marked as from the pack', () => {
    const pack = parsePack({ ...hunan2022Input, blacklist: [{ unit: '湖南省丙学会', startYear: 2020 }] });
    expect(readBlacklist(workbook(), pack).entries).toEqual([{ unit: '湖南省丙学会', startYear: 2020, source: 'pack' }]);
  });
});
