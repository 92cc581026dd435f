// Excel 2016/2019 builds that show add-ins in Internet Explorer 11 or Edge Legacy: the built pane,
// opened in Chromium that says it is one of those, shows the bilingual notice under the real
// Content-Security-Policy, and the pane's own bundle loads but does not start. With an ordinary
// user agent (Chrome, Chromium Edge) the pane starts as before.
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'acorn';
import type { Page } from 'playwright-core';
import { screenshot } from './support/artefacts';
import { openBrowser, type Browser } from './support/browser';
import { assertBuilt, DIST } from './support/built-pane';
import { unexpectedCspViolations } from './support/csp-violations';
import { serveStatic, type StaticServer } from './support/static-server';

const IE11 =
  'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko';
const EDGE18 =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041';
const CHROMIUM_EDGE =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91';

const SOURCE = path.resolve(__dirname, '..', '..', 'src', 'legacy', 'legacy-webview.js');
const CHOOSE_WORKBOOK = /选择工作簿|Choose a workbook/;
const NOTICE = '#legacy-webview-notice';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  assertBuilt();
  server = await serveStatic(DIST);
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface OpenedPage {
  page: Page;
  /** Uncaught errors of the page's scripts. */
  errors: string[];
  /** Paths of the scripts the page fetched successfully. */
  scripts: string[];
  /** CSP violations (other than office.js's blocked telemetry frame) since this page opened. */
  cspViolations(): string[];
}

/** A fresh tab that reports `userAgent` (to scripts and in requests); the browser's own if none. */
async function openWithUserAgent(file: string, userAgent?: string): Promise<OpenedPage> {
  const page = await browser.context.newPage();
  if (userAgent) {
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Emulation.setUserAgentOverride', { userAgent, acceptLanguage: 'zh-CN' });
  }
  const errors: string[] = [];
  const scripts: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (response.ok() && url.pathname.endsWith('.js')) scripts.push(url.pathname);
  });
  const violationsBefore = browser.cspViolations.length;
  await page.goto(`${server.origin}/${file}`, { waitUntil: 'load' });
  return {
    page,
    errors,
    scripts,
    cspViolations: () => unexpectedCspViolations(browser.cspViolations.slice(violationsBefore)),
  };
}

/** Waits until office.js is ready, which is when the pane's start-up would render. */
async function afterOfficeReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await Office.onReady();
    // React renders in a later task; give it one before looking.
    await new Promise((resolve) => setTimeout(resolve, 500));
  });
}

const isLegacy = (page: Page) =>
  page.evaluate(() => (window as { __SHENBAO_LEGACY__?: boolean }).__SHENBAO_LEGACY__ === true);

describe('the built notice script', () => {
  it.each(['taskpane.html', 'commands.html'])(
    '%s loads the ES5 source byte for byte, not a minified or transpiled copy',
    (file) => {
      const html = fs.readFileSync(path.join(DIST, file), 'utf8');
      const src = /<script[^>]*\bsrc="(legacy-webview[^"]*)"/.exec(html)?.[1];
      expect(src).toBeDefined();
      const built = fs.readFileSync(path.join(DIST, src!), 'utf8');
      expect(built).toBe(fs.readFileSync(SOURCE, 'utf8'));
      expect(() => parse(built, { ecmaVersion: 5 })).not.toThrow();
    },
  );
});

describe.each([
  ['Internet Explorer 11', 'ie11', IE11],
  ['Edge Legacy 18', 'edge18', EDGE18],
])('in the %s web view', (_name, slug, userAgent) => {
  it('the pane shows the bilingual notice with the browser-mode address', async () => {
    const { page, errors, cspViolations } = await openWithUserAgent('taskpane.html', userAgent);
    const notice = page.locator(NOTICE);
    await notice.waitFor({ state: 'visible', timeout: 10_000 });
    const text = await notice.innerText();
    expect(text).toContain('旧版 Internet Explorer / Edge');
    expect(text).toContain('无法运行申报助手');
    expect(text).toContain('在 Edge 或 Chrome 中打开本页面');
    expect(text).toContain('升级到 Microsoft 365 或 Excel 2021 及以上');
    expect(await notice.locator('p[lang="en"]').innerText()).toMatch(/cannot run Shenbao/);
    const address = `${server.origin}/taskpane.html`;
    expect(await notice.getByRole('link').getAttribute('href')).toBe(address);
    expect(await notice.getByRole('textbox').inputValue()).toBe(address);
    expect(await page.getByText('申报助手正在加载').count()).toBe(0);
    await screenshot(page, `legacy-webview-${slug}`);

    expect(cspViolations()).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the pane bundle loads but the modern pane does not start', async () => {
    const { page, scripts, cspViolations } = await openWithUserAgent('taskpane.html', userAgent);
    await afterOfficeReady(page);
    // The bundle was fetched and ran: its start-up read the mark and stopped.
    expect(scripts.some((script) => /^\/taskpane\.[0-9a-f]+\.js$/.test(script))).toBe(true);
    expect(await isLegacy(page)).toBe(true);
    expect(await page.getByLabel(CHOOSE_WORKBOOK).count()).toBe(0);
    expect(await page.locator(NOTICE).isVisible()).toBe(true);
    expect(cspViolations()).toEqual([]);
    expect(server.missing).toEqual([]);
    await page.close();
  });

  it('the ribbon function file is only marked, without a CSP violation', async () => {
    const { page, errors, scripts, cspViolations } = await openWithUserAgent(
      'commands.html',
      userAgent,
    );
    expect(scripts.some((script) => /^\/legacy-webview(\.[0-9a-f]{8})?\.js$/.test(script))).toBe(
      true,
    );
    expect(await isLegacy(page)).toBe(true);
    expect(await page.locator(NOTICE).count()).toBe(0);
    expect(cspViolations()).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe.each([
  ['Chromium (the browser mode)', undefined],
  ['Chromium Edge ("Edg/", not "Edge/")', CHROMIUM_EDGE],
])('in %s', (_name, userAgent) => {
  it('the pane starts as before and no notice shows', async () => {
    const { page, errors, cspViolations } = await openWithUserAgent('taskpane.html', userAgent);
    await page.getByLabel(CHOOSE_WORKBOOK).waitFor({ state: 'visible', timeout: 30_000 });
    expect(await page.locator(NOTICE).count()).toBe(0);
    expect(await isLegacy(page)).toBe(false);
    expect(cspViolations()).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
