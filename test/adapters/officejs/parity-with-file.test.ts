// The same round, saved as an .xlsx and read by the file path, or open in Excel and read live,
// gives the core the same thing to check: the same verdicts, findings and tallies.
import { checkActiveWorkbook } from '../../../src/adapters/officejs';
import { loadWorkbookBytes, readWorkbook, workbookFromInput } from '../../../src/adapters/exceljs';
import { checkWorkbook } from '../../../src/core/check';
import { hunan2022 } from '../../../src/core/pack/hunan-2022';
import { generateSample } from '../../../src/core/sample';
import { removeFakeExcel, specFromInput, useFakeExcel } from './fixtures';

afterEach(removeFakeExcel);

test('a 300-row round checks the same from the file and from the live workbook', async () => {
  const round = generateSample(hunan2022, { rows: 300, seed: 11 });
  const bytes = await workbookFromInput(round).xlsx.writeBuffer();
  const loaded = await loadWorkbookBytes(new Uint8Array(bytes as ArrayBuffer), 'round.xlsx');
  const fromFile = checkWorkbook(readWorkbook(loaded.workbook), hunan2022);

  useFakeExcel(specFromInput(round));
  const { result: live } = await checkActiveWorkbook({ pack: hunan2022, lang: 'zh' });

  expect(live.sheet).toBe(fromFile.sheet);
  expect(live.headerRow).toBe(fromFile.headerRow);
  expect(live.outputColumns).toEqual(fromFile.outputColumns);
  expect(live.rows).toEqual(fromFile.rows);
  expect(live.nodes).toEqual(fromFile.nodes);
});
