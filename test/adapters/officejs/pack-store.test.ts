import { loadStoredPack, storePack, OfficeHostError, PACK_SETTING } from '../../../src/adapters/officejs';
import { removeFakeExcel, useFakeExcel } from './fixtures';

afterEach(removeFakeExcel);

const sheets = [{ name: 'Sheet1', rows: [] }];

test('nothing stored reads as null', () => {
  useFakeExcel({ sheets });
  expect(loadStoredPack()).toBeNull();
});

test('a stored pack is saved with the document and read back', async () => {
  const fake = useFakeExcel({ sheets });
  const pack = { id: 'my-pack', year: 2023, title: { zh: '我的规则', en: 'Mine' } };
  await storePack(pack);
  expect(loadStoredPack()).toEqual(pack);
  expect(fake.savedSettings()[PACK_SETTING]).toEqual(pack);
});

test('storing null goes back to the built-in pack', async () => {
  const fake = useFakeExcel({ sheets, settings: { [PACK_SETTING]: { id: 'old' } } });
  expect(loadStoredPack()).toEqual({ id: 'old' });
  await storePack(null);
  expect(loadStoredPack()).toBeNull();
  expect(fake.savedSettings()).toEqual({});
});

test('a document that cannot save its settings gives one clear sentence', async () => {
  useFakeExcel({ sheets, settingsSaveFails: true });
  const error = await storePack({ id: 'x' }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(OfficeHostError);
  expect((error as OfficeHostError).text.zh).toContain('保存规则包');
});
