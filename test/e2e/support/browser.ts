// Debian's Chromium driven by playwright-core: headless, sandbox off (containers), a fresh profile
// per test file, and no network beyond the test's own server on 127.0.0.1.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, type BrowserContext, type ConsoleMessage, type Page } from 'playwright-core';

export const CHROMIUM = process.env.SHENBAO_CHROMIUM ?? '/usr/bin/chromium';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** One `securitypolicyviolation` event the page fired (reported even when the script caught the error). */
export interface CspViolation {
  directive: string;
  blocked: string;
  source: string;
  line: number;
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Every CSP violation in any page or frame of this browser, in order. */
  cspViolations: CspViolation[];
  /** Console errors and page errors, in order, for assertions and for explaining a failure. */
  errors: string[];
  /** Requests the test blocked because they left 127.0.0.1. */
  blocked: string[];
  close(): Promise<void>;
}

export function assertChromiumInstalled(): void {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `The browser tests need Chromium at ${CHROMIUM}, which is missing: install Debian's package with "apt-get install -y chromium" (or set SHENBAO_CHROMIUM to another Chromium).`,
    );
  }
}

export async function openBrowser(
  options: { locale?: string; downloads?: boolean } = {},
): Promise<Browser> {
  assertChromiumInstalled();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'shenbao-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    locale: options.locale ?? 'zh-CN',
    acceptDownloads: options.downloads ?? true,
    viewport: { width: 420, height: 900 }, // about the width of Excel's task pane
  });
  const errors: string[] = [];
  const blocked: string[] = [];
  const cspViolations: CspViolation[] = [];
  await context.exposeBinding('__shenbaoCspViolation', (_source, violation: CspViolation) => {
    cspViolations.push(violation);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __shenbaoCspViolation(v: unknown): void })
        .__shenbaoCspViolation;
      report({
        directive: event.violatedDirective,
        blocked: event.blockedURI,
        source: event.sourceFile,
        line: event.lineNumber,
      });
    });
  });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'blob:' || url.protocol === 'data:')
      return route.fallback();
    blocked.push(url.href);
    return route.abort('blockedbyclient');
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  return {
    context,
    page,
    cspViolations,
    errors,
    blocked,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
