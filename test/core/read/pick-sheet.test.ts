import { hunan2022 } from '../../../src/core/pack';
import { InputError } from '../../../src/core/errors';
import { pickSubmissionSheet, readSubmissions } from '../../../src/core/read';
import { OUTPUT_SHEET_MARK } from '../../../src/core/style';
import type { WorkbookInput } from '../../../src/core/types';
import { application, HEADERS, sheet, workbook } from './grid-helpers';

const table = (name: string) => sheet(name, [HEADERS, application(1)]);
const notes = (name: string) => sheet(name, [['说明'], ['随便写的']]);

function inputErrorOf(input: WorkbookInput, opts: { sheet?: string } = {}): InputError {
  try {
    readSubmissions(input, hunan2022, opts);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('no InputError');
}

test('a sheet asked for by name is used', () => {
  expect(pickSubmissionSheet(workbook(table('申报汇总'), table('二次')), hunan2022, { sheet: '二次' }).grid.name).toBe('二次');
});

test('a sheet asked for that does not exist: sheet-not-found, naming the sheets there are', () => {
  const error = inputErrorOf(workbook(table('申报汇总'), notes('说明')), { sheet: '汇总' });
  expect(error.code).toBe('sheet-not-found');
  expect(error.text.zh).toBe('文件“申报.xlsx”中没有名为“汇总”的工作表；现有工作表：“申报汇总”、“说明”。');
  expect(error.text.en).toMatch(/"申报汇总", "说明"/);
});

test('a sheet asked for without a header row: no-header-row, naming what was found and what is expected', () => {
  const error = inputErrorOf(workbook(sheet('乱', [['申报单位', '备忘'], ['甲', '乙']])), { sheet: '乱' });
  expect(error.code).toBe('no-header-row');
  expect(error.text.zh).toMatch(/工作表“乱”的前10行中没有表头行/);
  expect(error.text.zh).toMatch(/只找到“申报单位”/);
  expect(error.text.zh).toMatch(/申报单位、单位类型、申报类别、项目名称、申请金额（万元）、计划完成日期/);
});

test('the active sheet is used when it has a header row', () => {
  const input = { ...workbook(table('申报汇总'), table('复核')), activeSheet: '复核' };
  expect(pickSubmissionSheet(input, hunan2022).grid.name).toBe('复核');
});

test('an active sheet without a header row gives way to the pack’s sheet names, in order', () => {
  const input = { ...workbook(notes('说明'), table('其他'), table('申报表'), table('申报项目')), activeSheet: '说明' };
  expect(pickSubmissionSheet(input, hunan2022).grid.name).toBe('申报项目');
});

test('else the first sheet with a header row, passing over 设置, 失信名单 and Shenbao’s own sheets', () => {
  const ours = sheet('问题清单', [[`${OUTPUT_SHEET_MARK}问题清单`], ['行号', '申报单位', '项目名称', '申报类别']]);
  const settings = sheet('设置', [['申报单位', '单位类型', '申报类别']]);
  const picked = pickSubmissionSheet(workbook(notes('说明'), ours, settings, table('我的表')), hunan2022);
  expect(picked.grid.name).toBe('我的表');
});

test('no sheet with a header row: no-header-row, listing the sheets looked at and the headers expected', () => {
  const error = inputErrorOf(workbook(notes('说明'), notes('草稿'), sheet('设置', [['申报截止日期', '2022-10-01']])));
  expect(error.code).toBe('no-header-row');
  expect(error.text.zh).toMatch(/查看了工作表“说明”、“草稿”/);
  expect(error.text.zh).toMatch(/申报单位、单位类型/);
  expect(error.text.en).toMatch(/looked at "说明", "草稿"/);
});

test('a workbook with no sheets at all: no-sheets', () => {
  expect(inputErrorOf({ sheets: [] }).code).toBe('no-sheets');
});

test('the header row must be within the first 10 rows', () => {
  const late = sheet('晚', [...Array.from({ length: 10 }, () => ['标题']), HEADERS, application(1)]);
  expect(inputErrorOf(workbook(late)).code).toBe('no-header-row');
  const inTime = sheet('早', [...Array.from({ length: 9 }, () => ['标题']), HEADERS, application(1)]);
  expect(readSubmissions(workbook(inTime), hunan2022).headerRow).toBe(10);
});

test('a header row needs at least the pack’s minimum of known headers (3)', () => {
  expect(inputErrorOf(workbook(sheet('二', [['申报单位', '项目名称', '其他'], ['甲', '乙', '丙']]))).code).toBe('no-header-row');
  expect(readSubmissions(workbook(sheet('三', [['申报单位', '项目名称', '申报类别'], ['甲', '乙', '1']])), hunan2022).headerRow).toBe(1);
});
