// Start-up: office.js decides the mode, the host or the browser decides the language.
import '@testing-library/jest-dom';
import { screen } from '@testing-library/react';
import { act } from 'react';
import './jsdom-gaps';
import { startPane } from '../../src/taskpane/start';
import { removeFakeExcel, smallRoundInFakeExcel } from './fixtures/fake-excel';

jest.mock('../../src/adapters/exceljs/check-bytes', () => ({ checkWorkbookBytes: jest.fn() }));

const slots = globalThis as unknown as Record<string, unknown>;

async function openPane() {
  document.body.innerHTML = '<div id="container"></div>';
  await act(() => startPane());
}

afterEach(() => {
  removeFakeExcel();
  delete slots.Office;
});

it('opens the Excel pane in the host’s language inside Excel', async () => {
  smallRoundInFakeExcel({ displayLanguage: 'zh-CN' });
  await openPane();
  expect(await screen.findByRole('tab', { name: '插入模板' })).toBeInTheDocument();
});

it('opens the Excel pane in English for an English Office', async () => {
  smallRoundInFakeExcel({ displayLanguage: 'en-GB' });
  await openPane();
  expect(await screen.findByRole('button', { name: 'Check all rows' })).toBeInTheDocument();
});

it('opens the browser mode when office.js reports no host (a plain browser, WPS)', async () => {
  slots.Office = { onReady: async () => ({ host: null, platform: null }), HostType: { Excel: 'Excel' } };
  await openPane();
  // jsdom's navigator.language is en-US.
  expect(await screen.findByLabelText('Choose a workbook')).toBeInTheDocument();
  expect(screen.getByText(/Excel was not detected/)).toBeInTheDocument();
});

it('opens the browser mode when office.js did not load at all', async () => {
  const language = jest.spyOn(navigator, 'language', 'get').mockReturnValue('zh-TW');
  await openPane();
  expect(await screen.findByLabelText('选择工作簿')).toBeInTheDocument();
  language.mockRestore();
});

it('says so on the page when it cannot start', async () => {
  slots.Office = { onReady: () => Promise.reject(new Error('office.js failed to initialise')), HostType: {} };
  await openPane();
  expect(document.getElementById('container')).toHaveTextContent('office.js failed to initialise');
});

it('takes Office’s dark theme in Excel', async () => {
  smallRoundInFakeExcel({ displayLanguage: 'zh-CN', officeBackground: '#262626' });
  await openPane();
  await screen.findByRole('tab', { name: '插入模板' });
  expect(document.querySelector('[data-theme]')).toHaveAttribute('data-theme', 'dark');
});

it('takes the system’s dark scheme in a plain browser, and light when Office says nothing', async () => {
  slots.Office = { onReady: async () => ({ host: null, platform: null }), HostType: { Excel: 'Excel' } };
  const before = globalThis.matchMedia;
  globalThis.matchMedia = ((query: string) => ({ matches: query === '(prefers-color-scheme: dark)', addEventListener() {}, removeEventListener() {} })) as never;
  try {
    await openPane();
    await screen.findByLabelText('Choose a workbook');
    expect(document.querySelector('[data-theme]')).toHaveAttribute('data-theme', 'dark');
  } finally {
    globalThis.matchMedia = before;
  }
});
