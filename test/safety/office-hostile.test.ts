// Hostile workbooks inside Excel, through the fake host: a stray cell out at XFD1048576, a protected
// submissions sheet, cells of Excel's full 32,767 characters. The check either finishes or stops
// with one sentence naming the sheet, before anything in the workbook is changed.
import { checkActiveWorkbook, OfficeHostError } from '../../src/adapters/officejs';
import { asOfficeHostError } from '../../src/adapters/officejs/errors';
import { hunan2022 } from '../../src/core/pack/hunan-2022';
import { FakeExcelError } from '../fakes/excel';
import type { FakeExcel } from '../fakes/excel';
import { removeFakeExcel, useFakeExcel } from '../adapters/officejs/fixtures';
import { HEADERS } from '../fixtures/hostile/files';
import { expectOneSentence } from './one-sentence';

afterEach(removeFakeExcel);

const row = (n: number, project = `青年论坛${n}`) => [n, `湖南省第${n}学会`, '省级学会', '3.1.1', project, 8, '2022-11-30'];
const check = () => checkActiveWorkbook({ pack: hunan2022, lang: 'zh' });

async function refusal(): Promise<OfficeHostError> {
  const error = await check().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(OfficeHostError);
  expectOneSentence((error as OfficeHostError).text);
  return error as OfficeHostError;
}

/** Everything in the workbook, to show that a refused check changed nothing. */
const everything = (fake: FakeExcel) => fake.sheetNames().map((name) => [name, fake.cellsOf(name)]);

describe('a stray cell out at XFD1048576', () => {
  test('formatted only: Excel leaves it out of the values-only used range, and the check runs as usual', async () => {
    const fake = useFakeExcel({ sheets: [{ name: '申报汇总', rows: [HEADERS, row(1)], numberFormats: { XFD1048576: '0.00' } }] });
    const outcome = await check();
    expect(outcome.result.dataRows).toEqual([2]);
    expect(outcome.result.outputColumns).toEqual({ verdict: 8, notes: 9 });
    expect(fake.host.syncs.length).toBeLessThan(20);
    expect(fake.cell('申报汇总', 'XFD1048576')?.numberFormat).toBe('0.00');
  });

  test('holding a value: one sentence naming the sheet and its used range, nothing read beyond the heads, nothing written', async () => {
    const fake = useFakeExcel({ sheets: [{ name: '申报汇总', rows: [HEADERS, row(1)] }] });
    fake.sheet('申报汇总').touch(1_048_576, 16_384).value = 'x';
    const before = everything(fake);
    const started = Date.now();
    const error = await refusal();
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(error.code).toBe('used-range-too-large');
    expect(error.text.zh).toContain('「申报汇总」');
    expect(error.text.zh).toContain('A1:XFD1048576');
    expect(error.text.en).toContain('Ctrl+End');
    expect(everything(fake)).toEqual(before);
  });
});

test('a value at XFD1 on the header row: 16,384 columns are read, and the results take the first free columns', async () => {
  const fake = useFakeExcel({ sheets: [{ name: '申报汇总', rows: [HEADERS, row(1)] }] });
  fake.sheet('申报汇总').touch(1, 16_384).value = '备用';
  const outcome = await check();
  expect(outcome.result.outputColumns).toEqual({ verdict: 8, notes: 9 });
  expect(fake.cell('申报汇总', 'XFD1')?.value).toBe('备用');
  expect(fake.cell('申报汇总', 'H2')?.value).toBe(outcome.plan.resultColumns.cells[0].verdict);
});

describe('a protected submissions sheet', () => {
  test('the fake host refuses writes to it as Excel does, and the adapter words the refusal', async () => {
    const fake = useFakeExcel({ sheets: [{ name: '申报汇总', rows: [HEADERS, row(1)], protected: true }] });
    const refused = await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('申报汇总').getRange('H1').values = [['校验结果']];
      return context.sync().then(
        () => null,
        (e: unknown) => e,
      );
    });
    expect(refused).toBeInstanceOf(FakeExcelError);
    expect((refused as FakeExcelError).code).toBe('AccessDenied');
    const worded = asOfficeHostError(refused, { zh: '写入结果', en: 'Writing the results' });
    expect(worded.text.zh).toContain('受保护');
    expect(worded.text.en).toContain('protected');
  });

  test('the check stops before writing, naming the sheet and how to unprotect it; nothing changes', async () => {
    const fake = useFakeExcel({ sheets: [{ name: '申报汇总', rows: [HEADERS, row(1), row(2)], protected: true }] });
    const before = everything(fake);
    const error = await refusal();
    expect(error.code).toBe('sheet-protected');
    expect(error.text.zh).toContain('「申报汇总」');
    expect(error.text.zh).toContain('撤消工作表保护');
    expect(error.text.en).toContain('Unprotect Sheet');
    expect(everything(fake)).toEqual(before);
  });

  test('another protected sheet does not stop the check of an unprotected one', async () => {
    useFakeExcel({ sheets: [{ name: '申报汇总', rows: [HEADERS, row(1)] }, { name: '封面', rows: [['2022']], protected: true }] });
    expect((await check()).result.dataRows).toEqual([2]);
  });
});

describe('a protected workbook structure (Review > Protect Workbook)', () => {
  test('the fake host refuses to add a sheet, as Excel does', async () => {
    const fake = useFakeExcel({ structureProtected: true, sheets: [{ name: '申报汇总', rows: [HEADERS, row(1)] }] });
    const refused = await fake.Excel.run(async (context) => {
      context.workbook.worksheets.add('新表');
      return context.sync().then(
        () => null,
        (e: unknown) => e,
      );
    });
    expect((refused as FakeExcelError).code).toBe('AccessDenied');
  });

  test('the check stops before writing anything, saying how to lift the protection', async () => {
    const fake = useFakeExcel({ structureProtected: true, sheets: [{ name: '申报汇总', rows: [HEADERS, row(1)] }] });
    const before = everything(fake);
    const error = await refusal();
    expect(error.code).toBe('workbook-protected');
    expect(error.text.zh).toContain('保护工作簿');
    expect(error.text.en).toContain('Protect Workbook');
    expect(everything(fake)).toEqual(before);
  });

  test('on Excel 2016 (no Workbook.protection) the host refusal is one sentence, and the user sheet is untouched', async () => {
    const fake = useFakeExcel({ apiLevel: '1.4', structureProtected: true, sheets: [{ name: '申报汇总', rows: [HEADERS, row(1)] }] });
    const before = everything(fake);
    const error = await refusal();
    expect(error.code).toBe('AccessDenied');
    expect(error.text.zh).toContain('受保护');
    expect(everything(fake)).toEqual(before);
  });
});

test('a 32,767-character cell is checked and every text written stays within Excel’s limit', async () => {
  // The fake host refuses longer text with InvalidArgument, as Excel does.
  const fake = useFakeExcel({ sheets: [{ name: '申报汇总', rows: [HEADERS, [1, '湖南省物理学会', '省级学会', '3.1.1', '项目', '9'.repeat(32_767), '2022-11-30']] }] });
  const outcome = await check();
  expect(outcome.result.rows[0].findings.find((f) => f.rule === 'bad-value')).toMatchObject({ row: 2, column: 6 });
  const notes = fake.cell('申报汇总', 'I2')?.value;
  expect(typeof notes === 'string' && notes.length <= 32_767 && notes.includes('9'.repeat(200))).toBe(true);
});

test('a formula that returns an error is bad-value naming the row and the column, inside Excel too', async () => {
  useFakeExcel({
    sheets: [{ name: '申报汇总', rows: [HEADERS, [1, '湖南省物理学会', '省级学会', '3.1.1', '项目', { error: '#DIV/0!' }, { error: '#N/A' }]] }],
  });
  const bad = (await check()).result.rows[0].findings.filter((f) => f.rule === 'bad-value');
  expect(bad.map((f) => [f.row, f.column, f.header])).toEqual([
    [2, 6, '申请金额（万元）'],
    [2, 7, '计划完成日期'],
  ]);
  expect(bad[0].message.zh).toContain('#DIV/0!');
});

describe('an empty column the user hid, right of the data', () => {
  test('becomes a result column and is shown, so the results are in sight', async () => {
    const fake = useFakeExcel({ sheets: [{ name: '申报汇总', rows: [HEADERS, row(1)], hiddenColumns: [8, 12] }] });
    await check();
    expect(fake.sheet('申报汇总').hiddenColumns.has(8)).toBe(false);
    expect(fake.sheet('申报汇总').hiddenColumns.has(12)).toBe(true);
  });

  test('a result column hidden after an earlier run stays hidden', async () => {
    const fake = useFakeExcel({ sheets: [{ name: '申报汇总', rows: [HEADERS, row(1)] }] });
    await check();
    fake.sheet('申报汇总').hiddenColumns.add(9);
    await check();
    expect(fake.sheet('申报汇总').hiddenColumns.has(9)).toBe(true);
  });
});
