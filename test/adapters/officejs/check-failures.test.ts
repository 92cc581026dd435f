// Every way a check can fail reaches the pane as one OfficeHostError sentence in zh and en.
import { checkActiveWorkbook, OfficeHostError } from '../../../src/adapters/officejs';
import { hunan2022 } from '../../../src/core/pack/hunan-2022';
import { generateSample } from '../../../src/core/sample';
import { removeFakeExcel, specFromInput, useFakeExcel } from './fixtures';

afterEach(removeFakeExcel);

async function failure(): Promise<OfficeHostError> {
  const error = await checkActiveWorkbook({ pack: hunan2022, lang: 'zh' }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(OfficeHostError);
  const text = (error as OfficeHostError).text;
  for (const sentence of [text.zh, text.en]) {
    expect(sentence.length).toBeGreaterThan(10);
    expect(sentence).not.toContain('\n');
  }
  return error as OfficeHostError;
}

test('a workbook without a header row names the sheet it looked at', async () => {
  useFakeExcel({ sheets: [{ name: '草稿', rows: [['随便写写'], ['没有表头']] }] });
  const error = await failure();
  expect(error.text.zh).toContain('“草稿”');
  expect(error.text.en).toContain('"草稿"');
  expect(error.code).toBe('no-header-row');
});

test('outside Excel it says so', async () => {
  const error = await failure();
  expect(error.code).toBe('no-host');
  expect(error.text.en).toMatch(/inside Excel/);
});

test('on Excel older than 2016 (ExcelApi 1.3) it asks for Excel 2016 or later', async () => {
  useFakeExcel({ apiLevel: '1.3', sheets: [{ name: 'Sheet1', rows: [] }] });
  const error = await failure();
  expect(error.code).toBe('api-too-old');
  expect(error.text.zh).toContain('Excel 2016');
});

test('a write the host refuses as too large is reported as the payload limit, not a raw error', async () => {
  const spec = specFromInput(generateSample(hunan2022, { rows: 300, seed: 5 }));
  useFakeExcel({ ...spec, limits: { payloadBytes: 60_000 } });
  const error = await failure();
  expect(error.code).toBe('RequestPayloadSizeLimitExceeded');
  expect(error.text.zh).toContain('5 MB');
});
