import { activateSheet, selectCell, OfficeHostError } from '../../../src/adapters/officejs';
import { removeFakeExcel, useFakeExcel } from './fixtures';

afterEach(removeFakeExcel);

const workbook = () => useFakeExcel({ sheets: [{ name: '问题清单', rows: [['x']] }, { name: '申报汇总', rows: [['a']] }] });

test('activates the sheet and selects the cell of the row (column A unless given)', async () => {
  const fake = workbook();
  await selectCell('申报汇总', 12);
  expect(fake.state.activeSheet).toBe('申报汇总');
  expect(fake.state.selection).toEqual({ sheet: '申报汇总', address: 'A12' });
  await selectCell('申报汇总', 7, 28);
  expect(fake.state.selection).toEqual({ sheet: '申报汇总', address: 'AB7' });
  expect(fake.host.runs).toBe(2);
});

test('a sheet that is gone is one clear sentence naming it', async () => {
  workbook();
  const error = await selectCell('旧表', 3).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(OfficeHostError);
  expect((error as OfficeHostError).text.zh).toContain('“旧表”');
  expect((error as OfficeHostError).text.en).toContain('"旧表"');
});

test('row 0 is refused before Excel is asked', async () => {
  const fake = workbook();
  await expect(selectCell('申报汇总', 0)).rejects.toBeInstanceOf(OfficeHostError);
  expect(fake.host.runs).toBe(0);
});

test('activateSheet shows one of our sheets from its top, and names a sheet that is gone', async () => {
  const fake = workbook();
  await activateSheet('问题清单');
  expect(fake.state.activeSheet).toBe('问题清单');
  expect(fake.state.selection).toEqual({ sheet: '问题清单', address: 'A1' });
  const error = await activateSheet('分配汇总').catch((e: unknown) => e);
  expect(error).toBeInstanceOf(OfficeHostError);
  expect((error as OfficeHostError).text.zh).toContain('找不到工作表“分配汇总”');
});
