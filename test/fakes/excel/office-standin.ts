// Loaded in a page instead of office.js (browser end-to-end tests): builds the fake host from
// `window.__SHENBAO_FAKE_SPEC__` and installs it as `Excel` and `Office`; the fake itself is
// `window.__shenbaoFake`, for assertions from Playwright. Browser-safe: no node-only imports.
import { createFakeExcel, installFakeOffice, FakeExcel, FakeExcelSpec } from './index';

declare global {
  interface Window {
    __SHENBAO_FAKE_SPEC__?: FakeExcelSpec;
    __shenbaoFake?: FakeExcel;
  }
}

const defaultSpec: FakeExcelSpec = { sheets: [{ name: 'Sheet1', rows: [] }] };

const fake = createFakeExcel(window.__SHENBAO_FAKE_SPEC__ ?? defaultSpec);
installFakeOffice(window as unknown as typeof globalThis, fake);
window.__shenbaoFake = fake;

export {};
