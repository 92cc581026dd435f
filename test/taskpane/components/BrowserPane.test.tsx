import '@testing-library/jest-dom';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BrowserPane } from '../../../src/taskpane/components/BrowserPane';
import * as offline from '../../../src/adapters/exceljs/check-bytes';
import { WorkbookFileError } from '../../../src/adapters/exceljs/workbook-file-error';
import { hunan2022 } from '../../../src/core/pack/hunan-2022';
import { smallRoundResult } from '../fixtures/small-round';
import { packFile, renamedPack } from '../fixtures/pack-files';
import { renderInPane } from '../render';

jest.mock('../../../src/adapters/exceljs/check-bytes', () => ({ checkWorkbookBytes: jest.fn() }));

const checkWorkbookBytes = jest.mocked(offline.checkWorkbookBytes);
const result = smallRoundResult();
const OUTPUT = new Uint8Array([0x50, 0x4b, 3, 4]);
const workbook = (name = 'round.xlsx') => new File([new Uint8Array([0x50, 0x4b, 1, 2])], name);

beforeEach(() => {
  jest.resetAllMocks();
  localStorage.clear();
  checkWorkbookBytes.mockResolvedValue({
    result,
    plan: {} as never,
    report: {} as never,
    output: OUTPUT,
    warnings: [{ zh: '文件中的宏不会保留。', en: 'Macros are not kept.' }],
  });
});

describe('the pane without Excel', () => {
  it('says the file is checked in the browser and never leaves the computer', () => {
    renderInPane(<BrowserPane />);
    expect(screen.getByText(/未检测到 Excel/)).toHaveTextContent('文件不会离开您的电脑');
  });

  it('checks a chosen workbook in the browser and shows what it found', async () => {
    renderInPane(<BrowserPane />);
    await userEvent.upload(screen.getByLabelText('选择工作簿'), workbook());
    expect(await screen.findByTestId('count-eligible')).toHaveTextContent('5');
    const [bytes, name, options] = checkWorkbookBytes.mock.calls[0];
    expect(Array.from(bytes as Uint8Array)).toEqual([0x50, 0x4b, 1, 2]);
    expect(name).toBe('round.xlsx');
    expect(options).toEqual({ pack: hunan2022, lang: 'zh', onStage: expect.any(Function) });
    expect(within(screen.getByTestId('findings')).getByText(/第 5 行/)).toBeInTheDocument();
    expect(screen.getByTestId('notices')).toHaveTextContent('文件中的宏不会保留。');
    await userEvent.click(screen.getByRole('tab', { name: '分配情况' }));
    expect(screen.getByTestId('allocation').querySelector('[data-code="3.4"]')).toHaveAttribute('data-over', 'true');
  });

  it('offers the checked copy as <name>.checked.xlsx', async () => {
    const createObjectURL = jest.fn((_blob: Blob) => 'blob:checked');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const clicked: { href: string; download: string }[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    });
    renderInPane(<BrowserPane />, 'en');
    await userEvent.upload(screen.getByLabelText('Choose a workbook'), workbook('申报 2022.xlsx'));
    await userEvent.click(await screen.findByRole('button', { name: 'Download checked workbook' }));
    expect(clicked).toEqual([{ href: 'blob:checked', download: '申报 2022.checked.xlsx' }]);
    const blob = createObjectURL.mock.calls[0][0];
    expect(blob.size).toBe(OUTPUT.length);
    click.mockRestore();
  });

  it('takes a workbook dropped on the zone', async () => {
    renderInPane(<BrowserPane />);
    fireEvent.drop(screen.getByTestId('drop-zone'), { dataTransfer: { files: [workbook('dropped.xlsx')] } });
    expect(await screen.findByTestId('count-eligible')).toBeInTheDocument();
    expect(checkWorkbookBytes.mock.calls[0][1]).toBe('dropped.xlsx');
  });

  it('refuses a file that is not .xlsx without trying to read it', async () => {
    renderInPane(<BrowserPane />);
    await userEvent.upload(screen.getByLabelText('选择工作簿'), workbook('round.xls'), { applyAccept: false });
    expect(await screen.findByRole('alert')).toHaveTextContent('文件“round.xls”不是 .xlsx 工作簿');
    expect(checkWorkbookBytes).not.toHaveBeenCalled();
  });

  it('shows the file adapter’s sentence when the workbook cannot be read', async () => {
    checkWorkbookBytes.mockRejectedValue(
      new WorkbookFileError({ zh: '“round.xlsx”已加密，无法读取。', en: '"round.xlsx" is encrypted and cannot be read.' }, 'encrypted'),
    );
    renderInPane(<BrowserPane />, 'en');
    await userEvent.upload(screen.getByLabelText('Choose a workbook'), workbook());
    expect(await screen.findByRole('alert')).toHaveTextContent('"round.xlsx" is encrypted and cannot be read.');
    expect(screen.queryByRole('button', { name: 'Download checked workbook' })).not.toBeInTheDocument();
  });

  it('checks again with a rule pack chosen afterwards', async () => {
    renderInPane(<BrowserPane />);
    await userEvent.upload(screen.getByLabelText('选择工作簿'), workbook());
    await screen.findByTestId('count-eligible');
    // Other years' rules are folded away under 高级; choosing them marks the results stale.
    await userEvent.click(screen.getByRole('button', { name: /高级/ }));
    await userEvent.upload(screen.getByLabelText('选择规则包文件（JSON）'), packFile(renamedPack(), 'draft.json'));
    await screen.findByText(/已使用规则包文件“draft.json”/);
    expect(screen.getByTestId('stale')).toHaveTextContent('设置已更改');
    expect(checkWorkbookBytes).toHaveBeenCalledTimes(1);
    await userEvent.click(within(screen.getByTestId('stale')).getByRole('button', { name: '重新校验' }));
    await screen.findByTestId('count-eligible');
    expect(screen.queryByTestId('stale')).not.toBeInTheDocument();
    expect(checkWorkbookBytes).toHaveBeenCalledTimes(2);
    expect(checkWorkbookBytes.mock.calls[1][2].pack.id).toBe('hunan-2023-draft');
    expect(localStorage.getItem('shenbao.rulePack')).toContain('hunan-2023-draft');
  });
});
