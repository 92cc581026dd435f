import '@testing-library/jest-dom';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../../../src/taskpane/components/App';
import '../jsdom-gaps';

jest.mock('../../../src/adapters/officejs', () => ({
  checkActiveWorkbook: jest.fn(),
  selectCell: jest.fn(),
  activateSheet: jest.fn(),
  insertTemplate: jest.fn(),
  readWorkbookSettings: jest.fn(async () => ({ submissionDeadline: null })),
  writeSubmissionDeadline: jest.fn(),
  loadStoredPack: jest.fn(() => null),
  storePack: jest.fn(),
}));
jest.mock('../../../src/adapters/exceljs/check-bytes', () => ({ checkWorkbookBytes: jest.fn() }));

const renderApp = (mode: 'excel' | 'browser', lang: 'zh' | 'en') =>
  render(
    <FluentProvider theme={webLightTheme}>
      <App mode={mode} initialLang={lang} />
    </FluentProvider>,
  );

describe('the pane', () => {
  it('shows the four Excel tabs in Excel mode', () => {
    renderApp('excel', 'zh');
    expect(screen.getAllByRole('tab')).toHaveLength(4);
    for (const name of ['一键校验', '分配情况', '插入模板', '设置']) expect(screen.getByRole('tab', { name })).toBeInTheDocument();
    expect(screen.queryByLabelText('选择工作簿')).not.toBeInTheDocument();
  });

  it('shows the file chooser and no Excel tabs in the browser mode', () => {
    renderApp('browser', 'zh');
    expect(screen.getByLabelText('选择工作簿')).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: '插入模板' })).not.toBeInTheDocument();
  });

  it('switches between Chinese and English', async () => {
    renderApp('excel', 'zh');
    expect(screen.getByRole('button', { name: '一键校验' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Switch to English' }));
    expect(screen.getByRole('button', { name: 'Check all rows' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Settings' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Shenbao');
    await userEvent.click(screen.getByRole('button', { name: '切换到中文' }));
    expect(screen.getByRole('tab', { name: '设置' })).toBeInTheDocument();
  });

  it('starts in English when the host says so', () => {
    renderApp('browser', 'en');
    expect(screen.getByLabelText('Choose a workbook')).toBeInTheDocument();
    expect(screen.getByText(/Excel was not detected/)).toBeInTheDocument();
  });
});

it('links to the help page beside the pane, in both modes', () => {
  for (const mode of ['excel', 'browser'] as const) {
    const { unmount } = renderApp(mode, 'zh');
    expect(screen.getByRole('link', { name: '帮助' })).toHaveAttribute('href', 'help.html');
    unmount();
  }
});
