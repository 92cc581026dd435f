import '@testing-library/jest-dom';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ExcelPane } from '../../../src/taskpane/components/ExcelPane';
import * as adapter from '../../../src/adapters/officejs';
import { hunan2022 } from '../../../src/core/pack/hunan-2022';
import { smallRoundResult } from '../fixtures/small-round';
import { packFile, renamedPack } from '../fixtures/pack-files';
import { renderInPane } from '../render';

jest.mock('../../../src/adapters/officejs', () => ({
  checkActiveWorkbook: jest.fn(),
  selectCell: jest.fn(),
  activateSheet: jest.fn(),
  insertTemplate: jest.fn(),
  readWorkbookSettings: jest.fn(),
  writeSubmissionDeadline: jest.fn(),
  loadStoredPack: jest.fn(),
  storePack: jest.fn(),
}));

const host = jest.mocked(adapter);
const result = smallRoundResult();
const PLAN = { summary: { name: '分配汇总' }, issues: { name: '问题清单' } } as never;

beforeEach(() => {
  jest.resetAllMocks();
  localStorage.clear();
  host.loadStoredPack.mockReturnValue(null);
  host.readWorkbookSettings.mockResolvedValue({ submissionDeadline: null });
});

function checkSucceeds(notices = result.notices) {
  host.checkActiveWorkbook.mockImplementation(async ({ onProgress }) => {
    onProgress?.({ stage: 'reading', done: 1, total: 2 });
    return { result, plan: PLAN, notices, stats: {} as never };
  });
}

describe('the check tab', () => {
  it('checks with the built-in pack in the pane language and shows the counts', async () => {
    checkSucceeds();
    renderInPane(<ExcelPane />);
    await userEvent.click(screen.getByRole('button', { name: '一键校验' }));
    expect(await screen.findByTestId('count-ineligible')).toHaveTextContent('1');
    expect(host.checkActiveWorkbook).toHaveBeenCalledWith(expect.objectContaining({ pack: hunan2022, lang: 'zh' }));
    expect(screen.getByTestId('count-eligible')).toHaveTextContent('5');
    expect(screen.getByTestId('notices')).toHaveTextContent(result.notices[0].zh);
  });

  it('shows the stage while the check runs', async () => {
    let finish: () => void = () => undefined;
    host.checkActiveWorkbook.mockImplementation(
      ({ onProgress }) =>
        new Promise((resolve) => {
          onProgress?.({ stage: 'writing', done: 3, total: 7 });
          finish = () => resolve({ result, plan: PLAN, notices: [], stats: {} as never });
        }),
    );
    renderInPane(<ExcelPane />, 'en');
    await userEvent.click(screen.getByRole('button', { name: 'Check all rows' }));
    // Counted in sheet rows; writing goes by requests, so it says “about”.
    expect(await screen.findByText('Writing the results… about 3 / 7 rows')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Check all rows' })).toBeDisabled();
    finish();
    expect(await screen.findByTestId('count-eligible')).toBeInTheDocument();
  });

  it('offers a cancel while reading; a cancelled check keeps the earlier results and says nothing changed', async () => {
    checkSucceeds();
    renderInPane(<ExcelPane />);
    await userEvent.click(screen.getByRole('button', { name: '一键校验' }));
    await screen.findByTestId('count-eligible');
    let seen: AbortSignal | undefined;
    host.checkActiveWorkbook.mockImplementation(
      ({ onProgress, signal }) =>
        new Promise((_, reject) => {
          seen = signal;
          onProgress?.({ stage: 'reading', done: 200, total: 5000 });
          signal?.addEventListener('abort', () => reject(Object.assign(new Error('cancelled'), { code: 'cancelled' })));
        }),
    );
    await userEvent.click(screen.getByRole('button', { name: '一键校验' }));
    expect(await screen.findByText('正在读取工作表… 200 / 5,000 行')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '取消校验' }));
    expect(seen?.aborted).toBe(true);
    expect(await screen.findByText('已取消校验，工作簿没有改动。')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByTestId('count-eligible')).toHaveTextContent('5');
  });

  it('marks the results stale after the deadline is saved, and 重新校验 checks again', async () => {
    checkSucceeds();
    host.writeSubmissionDeadline.mockResolvedValue(undefined);
    renderInPane(<ExcelPane />);
    await userEvent.click(screen.getByRole('button', { name: '一键校验' }));
    await screen.findByTestId('count-eligible');
    expect(screen.queryByTestId('stale')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('tab', { name: '设置' }));
    await userEvent.type(await screen.findByLabelText('申报截止日期'), '2022-09-30');
    await userEvent.click(screen.getByRole('button', { name: '保存截止日期' }));
    await screen.findByText(/截止日期已保存/);
    await userEvent.click(screen.getByRole('tab', { name: '一键校验' }));
    const stale = screen.getByTestId('stale');
    await userEvent.click(within(stale).getByRole('button', { name: '重新校验' }));
    await waitFor(() => expect(host.checkActiveWorkbook).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(screen.queryByTestId('stale')).not.toBeInTheDocument());
  });

  it('offers no cancel once the results are being written', async () => {
    host.checkActiveWorkbook.mockImplementation(({ onProgress }) => {
      onProgress?.({ stage: 'writing', done: 10, total: 100 });
      return new Promise(() => undefined);
    });
    renderInPane(<ExcelPane />);
    await userEvent.click(screen.getByRole('button', { name: '一键校验' }));
    expect(await screen.findByText('正在写入结果，已不能取消。')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '取消校验' })).not.toBeInTheDocument();
  });

  it('goes to 分配汇总 and opens 问题清单 to print, saying which keys print it', async () => {
    checkSucceeds();
    host.activateSheet.mockResolvedValue(undefined);
    renderInPane(<ExcelPane />);
    await userEvent.click(screen.getByRole('button', { name: '一键校验' }));
    await userEvent.click(await screen.findByRole('button', { name: '转到“分配汇总”' }));
    expect(host.activateSheet).toHaveBeenLastCalledWith('分配汇总');
    expect(screen.queryByText(/Ctrl\+P/)).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '打印“问题清单”' }));
    expect(host.activateSheet).toHaveBeenLastCalledWith('问题清单');
    expect(await screen.findByText('已打开“问题清单”工作表，请按 Ctrl+P（Mac 上按 ⌘+P）打印。')).toBeInTheDocument();
  });

  it('selects a row in the sheet when its findings are clicked', async () => {
    checkSucceeds();
    host.selectCell.mockResolvedValue(undefined);
    renderInPane(<ExcelPane />);
    await userEvent.click(screen.getByRole('button', { name: '一键校验' }));
    const findings = await screen.findByTestId('findings');
    await userEvent.click(within(findings).getByRole('button', { name: /第 4 行/ }));
    // Row 4's fault is its 申请金额, column E: that cell, not column A.
    expect(host.selectCell).toHaveBeenCalledWith(result.sheet, 4, 5);
  });

  it('shows an error from the adapter as a sentence in the pane language', async () => {
    host.checkActiveWorkbook.mockRejectedValue(
      Object.assign(new Error('x'), { text: { zh: '工作表“申报汇总”没有表头行。', en: 'Sheet "申报汇总" has no header row.' } }),
    );
    renderInPane(<ExcelPane />, 'en');
    await userEvent.click(screen.getByRole('button', { name: 'Check all rows' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Sheet "申报汇总" has no header row.');
    expect(screen.queryByTestId('count-eligible')).not.toBeInTheDocument();
  });

  it('shows an unexpected failure with its text', async () => {
    host.checkActiveWorkbook.mockRejectedValue(new TypeError('sheet.getRange is not a function'));
    renderInPane(<ExcelPane />);
    await userEvent.click(screen.getByRole('button', { name: '一键校验' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('发生了意外错误');
    expect(alert).toHaveTextContent('sheet.getRange is not a function');
  });

  it('shows the error the ribbon command left behind', () => {
    localStorage.setItem('shenbao.commandError', JSON.stringify({ text: { zh: '功能区校验失败。', en: 'The ribbon check failed.' }, at: Date.now() }));
    renderInPane(<ExcelPane />);
    expect(screen.getByRole('alert')).toHaveTextContent('功能区校验失败。');
  });
});

describe('the rule pack', () => {
  it('checks with a pack chosen in the settings and keeps it in the workbook', async () => {
    checkSucceeds();
    renderInPane(<ExcelPane />);
    await userEvent.click(screen.getByRole('tab', { name: '设置' }));
    await userEvent.upload(screen.getByLabelText('选择规则包文件（JSON）'), packFile(renamedPack(), 'draft.json'));
    await screen.findByText(/已使用规则包文件“draft.json”/);
    expect(host.storePack).toHaveBeenCalledWith(expect.objectContaining({ id: 'hunan-2023-draft' }));
    await userEvent.click(screen.getByRole('tab', { name: '一键校验' }));
    expect(screen.getByText('规则包：2023年度草案')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '一键校验' }));
    await screen.findByTestId('count-eligible');
    expect(host.checkActiveWorkbook.mock.calls[0][0].pack.id).toBe('hunan-2023-draft');
  });

  it('warns on the check tab when the stored pack is no longer valid and the built-in one is used', () => {
    host.loadStoredPack.mockReturnValue({ id: 'broken' });
    renderInPane(<ExcelPane />, 'en');
    expect(screen.getByText(/The saved rule pack is no longer valid/)).toBeInTheDocument();
    expect(screen.getByText(`Rule pack: ${hunan2022.title.en}`)).toBeInTheDocument();
  });
});

describe('the allocation tab', () => {
  it('shows the last check’s tally with the over-budget node marked', async () => {
    checkSucceeds();
    renderInPane(<ExcelPane />);
    await userEvent.click(screen.getByRole('tab', { name: '分配情况' }));
    expect(screen.getByText(/请先运行一键校验/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('tab', { name: '一键校验' }));
    await userEvent.click(screen.getByRole('button', { name: '一键校验' }));
    await screen.findByTestId('count-eligible');
    await userEvent.click(screen.getByRole('tab', { name: '分配情况' }));
    const node = screen.getByTestId('allocation').querySelector('[data-code="3.4"]') as HTMLElement;
    expect(within(node).getByText('超预算')).toBeInTheDocument();
  });
});

describe('the template tab', () => {
  it('says what was inserted and what was already there', async () => {
    host.insertTemplate.mockResolvedValue({ inserted: ['设置', '失信名单'], existed: ['申报汇总'] });
    renderInPane(<ExcelPane />);
    await userEvent.click(screen.getByRole('tab', { name: '插入模板' }));
    await userEvent.click(screen.getByRole('button', { name: '插入模板' }));
    expect(await screen.findByText('已插入：设置、失信名单。')).toBeInTheDocument();
    expect(screen.getByText('已经存在，未改动：申报汇总。')).toBeInTheDocument();
    expect(host.insertTemplate).toHaveBeenCalledWith(hunan2022, 'zh');
  });

  it('shows a failure to insert as a sentence', async () => {
    host.insertTemplate.mockRejectedValue(
      Object.assign(new Error('x'), { text: { zh: '插入模板失败：工作簿受保护。', en: 'Inserting the template failed: the workbook is protected.' } }),
    );
    renderInPane(<ExcelPane />, 'en');
    await userEvent.click(screen.getByRole('tab', { name: 'Insert template' }));
    await userEvent.click(screen.getByRole('button', { name: 'Insert template' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Inserting the template failed: the workbook is protected.');
  });
});

describe('the settings tab', () => {
  it('reads the deadline on open and saves a new one to the workbook', async () => {
    host.readWorkbookSettings.mockResolvedValue({ submissionDeadline: '2022-06-30' });
    host.writeSubmissionDeadline.mockResolvedValue(undefined);
    renderInPane(<ExcelPane />);
    await userEvent.click(screen.getByRole('tab', { name: '设置' }));
    const input = screen.getByLabelText(/申报截止日期/);
    await waitFor(() => expect(input).toHaveValue('2022-06-30'));
    await userEvent.clear(input);
    await userEvent.type(input, '2022-07-01');
    await userEvent.click(screen.getByRole('button', { name: '保存截止日期' }));
    expect(host.writeSubmissionDeadline).toHaveBeenCalledWith('2022-07-01');
  });
});
