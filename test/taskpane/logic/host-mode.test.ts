import { pickLanguage, pickMode } from '../../../src/taskpane/logic/host-mode';

const EXCEL = 'Excel';

describe('pickMode', () => {
  it('is the Excel mode only when office.js reports Excel', () => {
    expect(pickMode({ host: EXCEL }, EXCEL)).toBe('excel');
  });

  it('is the browser mode without a host, without office.js, or in another Office app', () => {
    expect(pickMode({ host: null }, EXCEL)).toBe('browser');
    expect(pickMode(null, undefined)).toBe('browser');
    expect(pickMode({ host: 'Word' }, EXCEL)).toBe('browser');
    expect(pickMode({ host: undefined }, undefined)).toBe('browser');
  });
});

describe('pickLanguage', () => {
  it('is Chinese for every zh tag', () => {
    for (const tag of ['zh-CN', 'zh-TW', 'zh', 'ZH-hans', ' zh-CN']) expect(pickLanguage(tag)).toBe('zh');
  });

  it('is English otherwise, and when nothing is known', () => {
    for (const tag of ['en-US', 'fr-FR', 'ja', '', null, undefined]) expect(pickLanguage(tag)).toBe('en');
  });
});
