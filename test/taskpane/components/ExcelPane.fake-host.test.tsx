// The Excel pane driving the real Office.js adapter over the fake Excel host.
import '@testing-library/jest-dom';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ExcelPane } from '../../../src/taskpane/components/ExcelPane';
import { PACK_SETTING } from '../../../src/adapters/officejs';
import { hunan2022 } from '../../../src/core/pack/hunan-2022';
import { removeFakeExcel, smallRoundInFakeExcel } from '../fixtures/fake-excel';
import { renderInPane } from '../render';

afterEach(removeFakeExcel);

const SHEET = '申报汇总';

it('checks the live workbook, writes the results into it and selects a clicked row', async () => {
  const fake = smallRoundInFakeExcel();
  const before = fake.cellsOf(SHEET, 'A1:M9');
  renderInPane(<ExcelPane />);
  await userEvent.click(screen.getByRole('button', { name: '一键校验' }));
  expect(await screen.findByTestId('count-ineligible', {}, { timeout: 5000 })).toHaveTextContent('1');
  expect(screen.getByTestId('count-eligible')).toHaveTextContent('5');

  // The user's cells are as they were; the verdicts sit in the first free column (N).
  expect(fake.cellsOf(SHEET, 'A1:M9')).toEqual(before);
  expect(fake.cell(SHEET, 'N5')?.value).toBe(hunan2022.labels.verdict.ineligible.zh);
  expect(fake.sheetNames()).toContain(hunan2022.labels.issuesSheet.zh);

  await userEvent.click(within(screen.getByTestId('findings')).getByRole('button', { name: /第 5 行/ }));
  await waitFor(() => expect(fake.state.selection).toEqual(expect.objectContaining({ sheet: SHEET })));
  expect(fake.state.activeSheet).toBe(SHEET);
  // Row 5 is at fault in its 单位类型, column B: the cell at fault is selected, not column A.
  expect(fake.state.selection?.address).toMatch(/B5$/);
});

it('keeps a chosen rule pack in the document settings', async () => {
  const fake = smallRoundInFakeExcel();
  renderInPane(<ExcelPane />, 'en');
  await userEvent.click(screen.getByRole('tab', { name: 'Settings' }));
  const json = { ...JSON.parse(JSON.stringify(hunan2022)), id: 'office-copy', title: { zh: '副本', en: 'A copy' } };
  await userEvent.upload(screen.getByLabelText('Choose a rule pack file (JSON)'), new File([JSON.stringify(json)], 'copy.json'));
  expect(await screen.findByText(/Now using the rule pack file “copy.json”/)).toBeInTheDocument();
  expect(fake.savedSettings()[PACK_SETTING]).toEqual(json);
});

it('checks with the pack the document keeps, after it is reopened', async () => {
  const json = { ...JSON.parse(JSON.stringify(hunan2022)), id: 'office-copy', title: { zh: '副本', en: 'A copy' } };
  smallRoundInFakeExcel({ settings: { [PACK_SETTING]: json } });
  renderInPane(<ExcelPane />, 'en');
  expect(screen.getByText('Rule pack: A copy')).toBeInTheDocument();
  await userEvent.click(screen.getByRole('tab', { name: 'Settings' }));
  expect(screen.getByTestId('pack-current')).toHaveTextContent('Pack from a file: A copy');
});
