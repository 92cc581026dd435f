// The browser mode end to end in jsdom: a real .xlsx through the real file adapter (the lazily
// loaded offline chunk), then the download of the checked copy.
import '@testing-library/jest-dom';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ExcelJS from 'exceljs';
import { BrowserPane } from '../../../src/taskpane/components/BrowserPane';
import { readFileBytes } from '../../../src/taskpane/logic/read-file';
import { hunan2022 } from '../../../src/core/pack/hunan-2022';
import { SMALL_ROUND } from '../fixtures/small-round';
import { renderInPane } from '../render';

async function smallRoundFile(): Promise<File> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(SMALL_ROUND.sheets[0].name);
  for (const row of SMALL_ROUND.sheets[0].rows) sheet.addRow(row as ExcelJS.CellValue[]);
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  return new File([bytes], 'round.xlsx');
}

it('checks a real workbook in the browser and offers the checked copy', async () => {
  const blobs: Blob[] = [];
  Object.assign(URL, { createObjectURL: (blob: Blob) => (blobs.push(blob), 'blob:checked'), revokeObjectURL: () => undefined });
  const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);

  renderInPane(<BrowserPane />);
  await userEvent.upload(screen.getByLabelText('选择工作簿'), await smallRoundFile());
  expect(await screen.findByTestId('count-eligible', {}, { timeout: 10_000 })).toHaveTextContent('5');
  expect(screen.getByTestId('count-ineligible')).toHaveTextContent('1');

  await userEvent.click(screen.getByRole('button', { name: '下载' }));
  expect(blobs).toHaveLength(1);
  const checked = new ExcelJS.Workbook();
  await checked.xlsx.load((await readFileBytes(blobs[0])).buffer as ArrayBuffer);
  expect(checked.getWorksheet(hunan2022.labels.issuesSheet.zh)).toBeDefined();
  expect(checked.getWorksheet(SMALL_ROUND.sheets[0].name)?.getCell('N5').value).toBe(hunan2022.labels.verdict.ineligible.zh);
  click.mockRestore();
}, 20_000);
