import { readFileSync } from 'fs';
import { readWorkbook } from '../../../src/adapters/exceljs/read';
import { writeSampleFile } from '../../../src/adapters/exceljs/sample-file';
import { sampleWorkbookBytes } from '../../../src/adapters/exceljs/sample-workbook';
import { hunan2022 } from '../../../src/core/pack';
import { tempDir } from '../../fixtures/temp-dir';
import { loadBytes } from './cell-snapshot';

const dir = tempDir();
afterAll(() => dir.remove());

test('the streamed sample file holds the same cells, merges and layout as the in-memory one', async () => {
  const options = { rows: 150, seed: 4 };
  await writeSampleFile(hunan2022, options, dir.file('streamed.xlsx'));
  const streamed = await loadBytes(new Uint8Array(readFileSync(dir.file('streamed.xlsx'))));
  const inMemory = await loadBytes(await sampleWorkbookBytes(hunan2022, options));
  expect(readWorkbook(streamed)).toEqual(readWorkbook(inMemory));
  const [a, b] = [streamed.worksheets[0], inMemory.worksheets[0]];
  expect(a.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
  expect(a.getColumn(2).width).toBe(b.getColumn(2).width);
  expect(a.getCell('G3').numFmt).toBe(b.getCell('G3').numFmt);
});
