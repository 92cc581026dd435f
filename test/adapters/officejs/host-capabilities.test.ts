import { hostCapabilities, OfficeHostError } from '../../../src/adapters/officejs';
import { removeFakeExcel, useFakeExcel } from './fixtures';

afterEach(removeFakeExcel);

const sheets = [{ name: 'Sheet1', rows: [] }];

test('Excel 2016 (ExcelApi 1.4): the check and summary only', () => {
  useFakeExcel({ sheets, apiLevel: '1.4' });
  expect(hostCapabilities()).toEqual({
    apiLevel: '1.4',
    merges: false,
    links: false,
    freeze: false,
    validation: false,
    conditionalFormats: false,
    suspendCalc: false,
  });
});

test('each feature from the version that brought it: 1.6 calculation, 1.7 links and freeze, 1.8 validation, 1.13 merges', () => {
  const at = (apiLevel: '1.6' | '1.7' | '1.8' | '1.12' | '1.13') => {
    useFakeExcel({ sheets, apiLevel });
    return hostCapabilities();
  };
  expect(at('1.6')).toMatchObject({ apiLevel: '1.6', suspendCalc: true, conditionalFormats: true, links: false });
  expect(at('1.7')).toMatchObject({ links: true, freeze: true, validation: false });
  expect(at('1.8')).toMatchObject({ validation: true, merges: false });
  expect(at('1.12')).toMatchObject({ merges: false });
  expect(at('1.13')).toMatchObject({ apiLevel: '1.13', merges: true });
});

test('outside Office it is an OfficeHostError', () => {
  expect(() => hostCapabilities()).toThrow(OfficeHostError);
});
