// The browser mode's first screen and its flow: the workbook first, files in the wrong place told
// in plain words, errors that go when a good file is checked and never sit on old results, the
// deadline and the blank template, re-checking without choosing the file again, and the sample.
import '@testing-library/jest-dom';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BrowserPane } from '../../../src/taskpane/components/BrowserPane';
import * as offline from '../../../src/adapters/exceljs/check-bytes';
import * as files from '../../../src/adapters/exceljs/pane-files';
import { WorkbookFileError } from '../../../src/adapters/exceljs/workbook-file-error';
import { smallRoundResult } from '../fixtures/small-round';
import { renderInPane } from '../render';

jest.mock('../../../src/adapters/exceljs/check-bytes', () => ({ checkWorkbookBytes: jest.fn() }));
jest.mock('../../../src/adapters/exceljs/pane-files', () => ({
  templateFileBytes: jest.fn(),
  sampleFileBytes: jest.fn(),
  tableFileBytes: jest.fn(),
}));

const checkWorkbookBytes = jest.mocked(offline.checkWorkbookBytes);
const paneFiles = jest.mocked(files);
const result = smallRoundResult();
const workbook = (name = 'round.xlsx') => new File([new Uint8Array([0x50, 0x4b, 1, 2])], name);
const downloads: string[] = [];

beforeEach(() => {
  jest.resetAllMocks();
  localStorage.clear();
  downloads.length = 0;
  Object.assign(URL, { createObjectURL: jest.fn(() => 'blob:x'), revokeObjectURL: jest.fn() });
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push(this.download);
  });
  checkWorkbookBytes.mockResolvedValue({
    result,
    plan: { summary: { name: '分配汇总' }, issues: { name: '问题清单' } } as never,
    report: {} as never,
    output: new Uint8Array([1]),
    warnings: [],
  });
});

afterEach(() => jest.restoreAllMocks());

it('puts the workbook first: the drop zone comes before any setting, and the rules are folded away', () => {
  renderInPane(<BrowserPane />);
  const zone = screen.getByTestId('drop-zone');
  expect(zone.tagName).toBe('LABEL'); // the whole zone opens the file chooser
  expect(zone).toHaveTextContent('选择或拖入申报汇总表');
  const advanced = screen.getByRole('button', { name: /高级/ });
  expect(zone.compareDocumentPosition(advanced) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  expect(screen.queryByLabelText('选择规则包文件（JSON）')).not.toBeInTheDocument();
  expect(screen.queryByText(/JSON/)).not.toBeInTheDocument();
});

it('names the chosen file in the zone', async () => {
  renderInPane(<BrowserPane />);
  await userEvent.upload(screen.getByLabelText('选择工作簿'), workbook('二〇二二.xlsx'));
  expect(await screen.findByTestId('current-workbook')).toHaveTextContent('二〇二二.xlsx');
});

it('says in plain words that a workbook put into the rules chooser is a workbook', async () => {
  renderInPane(<BrowserPane />);
  await userEvent.click(screen.getByRole('button', { name: /高级/ }));
  await userEvent.upload(screen.getByLabelText('选择规则包文件（JSON）'), workbook('round.xlsx'), { applyAccept: false });
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('“round.xlsx”是 Excel 工作簿，不是规则文件');
  expect(alert).not.toHaveTextContent(/JSON|Unexpected token/);
});

it('says in plain words that a rules file put into the workbook zone is a rules file', async () => {
  renderInPane(<BrowserPane />);
  await userEvent.upload(screen.getByLabelText('选择工作簿'), new File(['{}'], 'hunan-2023.json'), { applyAccept: false });
  expect(await screen.findByRole('alert')).toHaveTextContent('“hunan-2023.json”是规则文件，不是申报工作簿');
  expect(checkWorkbookBytes).not.toHaveBeenCalled();
});

it('drops the earlier error when a good file is checked', async () => {
  checkWorkbookBytes.mockRejectedValueOnce(new WorkbookFileError({ zh: '“bad.xlsx”已加密，无法读取。', en: 'encrypted' }, 'encrypted'));
  renderInPane(<BrowserPane />);
  await userEvent.upload(screen.getByLabelText('选择工作簿'), workbook('bad.xlsx'));
  expect(await screen.findByRole('alert')).toHaveTextContent('已加密');
  await userEvent.upload(screen.getByLabelText('选择工作簿'), workbook('good.xlsx'));
  expect(await screen.findByTestId('count-eligible')).toHaveTextContent('5');
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
});

it('never shows a new error on top of the old results', async () => {
  renderInPane(<BrowserPane />);
  await userEvent.upload(screen.getByLabelText('选择工作簿'), workbook('good.xlsx'));
  await screen.findByTestId('count-eligible');
  await userEvent.upload(screen.getByLabelText('选择工作簿'), workbook('old.xls'), { applyAccept: false });
  expect(await screen.findByRole('alert')).toBeInTheDocument();
  expect(screen.queryByTestId('count-eligible')).not.toBeInTheDocument();
  expect(screen.queryByTestId('findings')).not.toBeInTheDocument();
});

it('checks again without choosing the file again', async () => {
  renderInPane(<BrowserPane />);
  await userEvent.upload(screen.getByLabelText('选择工作簿'), workbook('round.xlsx'));
  await screen.findByTestId('count-eligible');
  await userEvent.click(screen.getByRole('button', { name: '重新校验' }));
  await waitFor(() => expect(checkWorkbookBytes).toHaveBeenCalledTimes(2));
  expect(checkWorkbookBytes.mock.calls[1][1]).toBe('round.xlsx');
  expect(Array.from(checkWorkbookBytes.mock.calls[1][0] as Uint8Array)).toEqual([0x50, 0x4b, 1, 2]);
});

it('has a deadline setting: saving it marks the results stale, and 重新校验 checks with it', async () => {
  renderInPane(<BrowserPane />);
  await userEvent.upload(screen.getByLabelText('选择工作簿'), workbook());
  await screen.findByTestId('count-eligible');
  expect(screen.queryByTestId('stale')).not.toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: '设置' }));
  await userEvent.type(screen.getByLabelText('申报截止日期'), '2022-09-30');
  await userEvent.click(screen.getByRole('button', { name: '保存截止日期' }));
  const stale = await screen.findByTestId('stale');
  await userEvent.click(within(stale).getByRole('button', { name: '重新校验' }));
  await waitFor(() => expect(checkWorkbookBytes).toHaveBeenCalledTimes(2));
  expect(checkWorkbookBytes.mock.calls[1][2]).toMatchObject({ submissionDeadline: '2022-09-30' });
  expect(await screen.findByTestId('notices')).toHaveTextContent('申报截止日期按窗格中的设置（2022-09-30）校验');
  expect(screen.queryByTestId('stale')).not.toBeInTheDocument();
});

it('offers the blank template as a file to download', async () => {
  paneFiles.templateFileBytes.mockResolvedValue(new Uint8Array([9]));
  renderInPane(<BrowserPane />);
  await userEvent.click(screen.getByRole('button', { name: '空白模板' }));
  await userEvent.click(screen.getByRole('button', { name: '下载空白申报汇总表' }));
  await waitFor(() => expect(downloads).toEqual(['申报汇总-空白模板.xlsx']));
});

it('offers 分配汇总 and 问题清单 as files of their own', async () => {
  paneFiles.tableFileBytes.mockResolvedValue(new Uint8Array([7]));
  renderInPane(<BrowserPane />);
  await userEvent.upload(screen.getByLabelText('选择工作簿'), workbook('round.xlsx'));
  await userEvent.click(await screen.findByRole('button', { name: '下载分配汇总' }));
  await userEvent.click(screen.getByRole('button', { name: '下载问题清单' }));
  await waitFor(() => expect(downloads).toEqual(['round.分配汇总.xlsx', 'round.问题清单.xlsx']));
});

it('offers the sample on first use, and checks it', async () => {
  paneFiles.sampleFileBytes.mockResolvedValue(new Uint8Array([5, 5]));
  renderInPane(<BrowserPane />);
  await userEvent.click(within(screen.getByTestId('first-run')).getByRole('button', { name: '用示例试一试' }));
  expect(await screen.findByTestId('count-eligible')).toBeInTheDocument();
  expect(checkWorkbookBytes.mock.calls[0][1]).toBe('示例-申报汇总.xlsx');
  expect(screen.queryByTestId('first-run')).not.toBeInTheDocument();
});
