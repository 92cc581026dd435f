// The notice for Excel's old web views: it stays ES5 (IE11 must parse it), and it shows only when
// the user agent is Internet Explorer ("Trident/") or Edge Legacy ("Edge/"), run here in jsdom the
// way the built page runs it: from <head>, before the body exists.
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'acorn';
import { JSDOM, ResourceLoader } from 'jsdom';

const SCRIPT = path.resolve(__dirname, '..', '..', 'src', 'legacy', 'legacy-webview.js');
const source = fs.readFileSync(SCRIPT, 'utf8');

const USER_AGENTS = {
  ie11: 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko',
  edge18:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041',
  chromiumEdge:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91',
  chrome:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
};

const LOADING = '申报助手正在加载';

/**
 * A page shaped like dist/taskpane.html (or commands.html without the container), script in <head>,
 * once its DOMContentLoaded has been dispatched (jsdom does that after the constructor returns).
 */
async function openPage(userAgent: string, options: { container?: boolean; url?: string } = {}) {
  const body = options.container === false ? '' : `<div id="container"><p>${LOADING}……</p></div>`;
  const html = `<!doctype html><html><head><script>${source}</script></head><body>${body}</body></html>`;
  const dom = new JSDOM(html, {
    url: options.url ?? 'https://intranet.example.cn/shenbao/taskpane.html',
    runScripts: 'dangerously',
    resources: new ResourceLoader({ userAgent }),
  });
  const window = dom.window as unknown as Window & { __SHENBAO_LEGACY__?: boolean };
  if (window.document.readyState === 'loading') {
    await new Promise((resolve) => window.document.addEventListener('DOMContentLoaded', resolve));
  }
  return { window, document: window.document };
}

describe('legacy-webview.js', () => {
  it('parses as ES5, so Internet Explorer 11 can run it', () => {
    expect(() => parse(source, { ecmaVersion: 5 })).not.toThrow();
  });

  it.each([
    ['Internet Explorer 11', USER_AGENTS.ie11],
    ['Edge Legacy 18', USER_AGENTS.edge18],
  ])('in %s replaces the loading text with the bilingual notice', async (_name, userAgent) => {
    const { window, document } = await openPage(userAgent);
    const container = document.getElementById('container')!;
    expect(container.textContent).not.toContain(LOADING);
    expect(document.getElementById('legacy-webview-notice')).not.toBeNull();
    const text = container.textContent ?? '';
    expect(text).toContain('旧版 Internet Explorer / Edge');
    expect(text).toContain('无法运行申报助手');
    expect(text).toContain('Excel 网页版');
    expect(text).toContain('升级到 Microsoft 365 或 Excel 2021 及以上');
    expect(container.querySelector('p[lang="en"]')?.textContent).toMatch(/cannot run Shenbao/);
    expect(window.__SHENBAO_LEGACY__).toBe(true);
  });

  it("offers the page's own address for the browser mode, without the query Excel appends", async () => {
    const { document } = await openPage(USER_AGENTS.ie11, {
      url: 'https://intranet.example.cn/shenbao/taskpane.html?_host_Info=Excel$Win32$16.01$zh-CN$$$$0',
    });
    const address = 'https://intranet.example.cn/shenbao/taskpane.html';
    expect(document.querySelector('#container a')?.getAttribute('href')).toBe(address);
    expect(document.querySelector('#container a')?.textContent).toBe(address);
    const field = document.querySelector<HTMLInputElement>('#container input')!;
    expect(field.value).toBe(address);
    expect(field.readOnly).toBe(true);
  });

  it.each([
    ['Chromium Edge ("Edg/", not "Edge/")', USER_AGENTS.chromiumEdge],
    ['Chrome', USER_AGENTS.chrome],
  ])('in %s leaves the page to the pane', async (_name, userAgent) => {
    const { window, document } = await openPage(userAgent);
    expect(document.getElementById('container')?.textContent).toContain(LOADING);
    expect(document.getElementById('legacy-webview-notice')).toBeNull();
    expect(window.__SHENBAO_LEGACY__).toBeUndefined();
  });

  it('on the ribbon function file (no #container) only marks the page as legacy', async () => {
    const { window, document } = await openPage(USER_AGENTS.ie11, { container: false });
    expect(window.__SHENBAO_LEGACY__).toBe(true);
    expect(document.body.children).toHaveLength(0);
  });
});
