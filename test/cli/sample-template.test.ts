import { readFileSync } from 'fs';
import * as ExcelJS from 'exceljs';
import { readWorkbook } from '../../src/adapters/exceljs/read';
import { checkWorkbook } from '../../src/core/check';
import { hunan2022 } from '../../src/core/pack';
import { readSubmissions } from '../../src/core/read';
import { templateSpec } from '../../src/core/template';
import { tempDir } from '../fixtures/temp-dir';
import { runCli } from './run-cli';

const dir = tempDir('shenbao-tpl-');
afterAll(() => dir.remove());

async function open(name: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(dir.file(name)) as unknown as ArrayBuffer);
  return wb;
}

const spec = templateSpec(hunan2022, 'zh');
const LISTS_SHEET = spec.lists.sheetName;
const INSTRUCTIONS_SHEET = spec.instructions.sheetName;

describe('template', () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    const run = await runCli(['template', '模板.xlsx'], dir.path);
    expect(run.code).toBe(0);
    wb = await open('模板.xlsx');
  });

  test('holds the submissions sheet first, then 设置, 失信名单, 填表说明 and the lists', () => {
    expect(wb.worksheets.map((ws) => ws.name)).toEqual([hunan2022.sheetNames[0], '设置', '失信名单', INSTRUCTIONS_SHEET, LISTS_SHEET]);
  });

  test('the reader finds its header row and every column of the pack, and no applications', () => {
    const read = readSubmissions(readWorkbook(wb), hunan2022);
    expect(read.headerRow).toBe(2);
    const fields = new Set(read.columns.map((c) => c.field));
    for (const column of hunan2022.columns) expect(fields).toContain(column.key);
    for (const figure of hunan2022.figures) expect(fields).toContain(figure.key);
    expect(read.applications).toHaveLength(0);
    expect(read.unknownHeaders).toEqual([]);
  });

  test('coded columns have drop-downs that refer to the lists sheet; the header is frozen', () => {
    const ws = wb.worksheets[0];
    const headers = (ws.getRow(2).values as ExcelJS.CellValue[]).slice(1);
    const typeColumn = headers.indexOf('单位类型') + 1;
    const validation = ws.getCell(3, typeColumn).dataValidation;
    expect(validation.type).toBe('list');
    expect(validation.formulae[0]).toContain(LISTS_SHEET);
    expect(ws.getCell(1002, typeColumn).dataValidation?.type).toBe('list');
    const lists = wb.getWorksheet(LISTS_SHEET)!;
    const typeValues = [2, 3, 4].map((r) => lists.getCell(r, 1).value);
    expect(typeValues).toEqual(hunan2022.applicantTypes.map((t) => t.id));
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
  });

  test('the instructions, settings and blacklist sheets carry the spec’s rows', () => {
    const lines = wb.getWorksheet(INSTRUCTIONS_SHEET)!.getColumn(1).values.slice(2);
    expect(lines).toEqual(spec.instructions.lines);
    expect(wb.getWorksheet('设置')!.getCell('A2').value).toBe('申报截止日期');
    expect((wb.getWorksheet('失信名单')!.getRow(1).values as ExcelJS.CellValue[]).slice(1)).toEqual(spec.blacklist.headers);
  });

  test('required headers carry a note, and the title sits on row 1', () => {
    const ws = wb.worksheets[0];
    expect(ws.getCell('A1').value).toBe(spec.title);
    const unit = spec.columns.findIndex((c) => c.field === 'unit') + 1;
    expect(ws.getCell(2, unit).note).toBe(spec.columns[unit - 1].note);
  });

  test('in English the headers are English and the reader still maps them', async () => {
    const run = await runCli(['template', 'en.xlsx', '--lang', 'en'], dir.path);
    expect(run.code).toBe(0);
    const read = readSubmissions(readWorkbook(await open('en.xlsx')), hunan2022);
    expect(read.columns.map((c) => c.field)).toEqual(expect.arrayContaining(['unit', 'unitType', 'category', 'requested']));
  });

  test('an empty template checks: no rows, and the core says there are no applications yet', () => {
    const result = checkWorkbook(readWorkbook(wb), hunan2022);
    expect(result.rows).toHaveLength(0);
    expect(result.notices.some((n) => n.en.includes('no applications'))).toBe(true);
  });
});

describe('sample', () => {
  test('writes --rows application rows with dates as date cells and some typed as text', async () => {
    const run = await runCli(['sample', 's.xlsx', '--rows', '50'], dir.path);
    expect(run.code).toBe(0);
    const input = readWorkbook(await open('s.xlsx'));
    const read = readSubmissions(input, hunan2022);
    expect(read.applications).toHaveLength(50);
    const completions = read.applications.map((a) => a.fields.completion?.raw);
    expect(completions.some((v) => v instanceof Date)).toBe(true);
    expect(completions.some((v) => typeof v === 'string')).toBe(true);
  });

  test('the same seed gives the same cells; another seed another round', async () => {
    await runCli(['sample', 'a.xlsx', '--rows', '30', '--seed', '9'], dir.path);
    await runCli(['sample', 'b.xlsx', '--rows', '30', '--seed', '9'], dir.path);
    await runCli(['sample', 'c.xlsx', '--rows', '30', '--seed', '10'], dir.path);
    const cells = async (name: string) => JSON.stringify(readWorkbook(await open(name)).sheets);
    expect(await cells('a.xlsx')).toBe(await cells('b.xlsx'));
    expect(await cells('a.xlsx')).not.toBe(await cells('c.xlsx'));
  });

  test('--rows must be a whole number above 0 (exit 2)', async () => {
    for (const rows of ['0', '-3', '2.5', 'many']) {
      const run = await runCli(['sample', 'x.xlsx', '--rows', rows], dir.path);
      expect(run.code).toBe(2);
      expect(run.err).toContain('--rows');
    }
  });
});
