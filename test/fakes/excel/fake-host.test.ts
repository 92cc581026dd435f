// The fake host behaves like Excel where the add-in could get it wrong: proxies, limits, API levels,
// and what a written value becomes.
import { createFakeExcel, installFakeOffice, EXCEL_WEB_PAYLOAD_LIMIT, FakeExcelError } from './index';

type Ctx = Excel.RequestContext;
const workbook = (apiLevel: '1.4' | '1.13' = '1.13', limits?: { payloadBytes?: number; cells?: number }) =>
  createFakeExcel({ apiLevel, limits, sheets: [{ name: 'S', rows: [['a', 1], [{ error: '#REF!' }, { formula: '=B1*2', value: 2 }]] }] });

test('a property is readable only after load and sync', async () => {
  const fake = workbook();
  await fake.Excel.run(async (context) => {
    const range = (context as unknown as Ctx).workbook.worksheets.getItem('S').getRange('A1:B2');
    expect(() => range.values).toThrow(/not available/);
    range.load('values, valueTypes, formulas');
    expect(() => range.values).toThrow(/not available/);
    await context.sync();
    expect(range.values).toEqual([
      ['a', 1],
      ['#REF!', 2],
    ]);
    expect(range.valueTypes).toEqual([
      ['String', 'Double'],
      ['Error', 'Double'],
    ]);
    expect(range.formulas[1][1]).toBe('=B1*2');
  });
});

test('writes apply on sync, in order; null leaves a cell alone', async () => {
  const fake = workbook();
  await fake.Excel.run(async (context) => {
    const range = (context as unknown as Ctx).workbook.worksheets.getItem('S').getRange('A1:B1');
    range.values = [[null, 'new'] as unknown as string[]];
    expect(fake.cell('S', 'B1')?.value).toBe(1);
    await context.sync();
  });
  expect(fake.values('S', 'A1:B1')).toEqual([['a', 'new']]);
});

test('text starting with = becomes a formula unless the cell is formatted as text first', async () => {
  const fake = workbook();
  await fake.Excel.run(async (context) => {
    const sheet = (context as unknown as Ctx).workbook.worksheets.getItem('S');
    sheet.getRange('C1').values = [['=1+1']];
    const asText = sheet.getRange('C2');
    asText.numberFormat = [['@']];
    asText.values = [['=1+1']];
    sheet.getRange('C3').values = [['9']];
    await context.sync();
  });
  expect(fake.cell('S', 'C1')?.formula).toBe('=1+1');
  expect(fake.cell('S', 'C2')).toMatchObject({ value: '=1+1', numberFormat: '@' });
  expect(fake.cell('S', 'C2')?.formula).toBeUndefined();
  expect(fake.cell('S', 'C3')?.value).toBe(9);
});

test('a request over the payload limit fails with Excel’s code, and the sync is recorded', async () => {
  const fake = workbook('1.13', { payloadBytes: 1000 });
  const error = await fake.Excel.run(async (context) => {
    (context as unknown as Ctx).workbook.worksheets.getItem('S').getRange('A1').values = [['x'.repeat(2000)]];
    await context.sync();
  }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(FakeExcelError);
  expect((error as FakeExcelError).code).toBe('RequestPayloadSizeLimitExceeded');
  expect(fake.host.syncs[0]).toMatchObject({ failed: 'RequestPayloadSizeLimitExceeded' });
  expect(fake.cell('S', 'A1')?.value).toBe('a');
  expect(EXCEL_WEB_PAYLOAD_LIMIT).toBe(5 * 1024 * 1024);
});

test('a read of more cells than the limit is refused', async () => {
  const fake = workbook('1.13', { cells: 3 });
  const error = await fake.Excel.run(async (context) => {
    (context as unknown as Ctx).workbook.worksheets.getItem('S').getRange('A1:B2').load('values');
    await context.sync();
  }).catch((e: unknown) => e);
  expect((error as FakeExcelError).code).toBe('ResponsePayloadSizeLimitExceeded');
});

test('APIs newer than the host’s level are missing, and requirements say so', async () => {
  const fake = workbook('1.4');
  expect(fake.Office.context.requirements.isSetSupported('ExcelApi', '1.4')).toBe(true);
  expect(fake.Office.context.requirements.isSetSupported('ExcelApi', '1.7')).toBe(false);
  await fake.Excel.run(async (context) => {
    const sheet = (context as unknown as Ctx).workbook.worksheets.getItem('S');
    expect(() => sheet.freezePanes).toThrow(/ExcelApi 1\.7/);
    expect(() => sheet.getRange('A1').getMergedAreasOrNullObject()).toThrow(/ExcelApi 1\.13/);
    expect(() => (context as unknown as Ctx).workbook.application.suspendApiCalculationUntilNextSync()).toThrow(/ExcelApi 1\.6/);
  });
});

test('a missing sheet is a null object with getItemOrNullObject and ItemNotFound with getItem', async () => {
  const fake = workbook();
  await fake.Excel.run(async (context) => {
    const sheets = (context as unknown as Ctx).workbook.worksheets;
    const missing = sheets.getItemOrNullObject('nope');
    missing.load('name');
    await context.sync();
    expect(missing.isNullObject).toBe(true);
    sheets.getItem('nope').getRange('A1').values = [['x']];
    await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
  });
});

test('installFakeOffice puts Excel and Office on a global and takes them away again', async () => {
  const fake = workbook();
  const target = {} as typeof globalThis;
  const uninstall = installFakeOffice(target, fake);
  const office = (target as unknown as { Office: typeof fake.Office }).Office;
  await expect(office.onReady()).resolves.toMatchObject({ host: 'Excel' });
  expect(office.context.displayLanguage).toBe('zh-CN');
  uninstall();
  expect((target as unknown as { Office?: unknown }).Office).toBeUndefined();
});

test('the browser stand-in builds the fake from the page’s spec and exposes it', () => {
  const page = globalThis as unknown as Record<string, unknown>;
  page.window = globalThis;
  page.__SHENBAO_FAKE_SPEC__ = { sheets: [{ name: '申报汇总', rows: [['申报单位']] }], apiLevel: '1.7', displayLanguage: 'en-US' };
  try {
    jest.isolateModules(() => require('./office-standin'));
    const fake = page.__shenbaoFake as ReturnType<typeof createFakeExcel>;
    expect(fake.sheetNames()).toEqual(['申报汇总']);
    expect((page.Office as typeof fake.Office).context.displayLanguage).toBe('en-US');
    expect(page.Excel).toBe(fake.Excel);
    expect(fake.host.apiLevel).toBe('1.7');
  } finally {
    for (const key of ['window', '__SHENBAO_FAKE_SPEC__', '__shenbaoFake', 'Office', 'Excel']) delete page[key];
  }
});
