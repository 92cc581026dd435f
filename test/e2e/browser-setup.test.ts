// Without Chromium the browser tests stop at once with one sentence that says how to install it,
// instead of a stack trace from deep inside Playwright.
describe('a machine without Chromium', () => {
  const saved = process.env.SHENBAO_CHROMIUM;
  afterEach(() => {
    if (saved === undefined) delete process.env.SHENBAO_CHROMIUM;
    else process.env.SHENBAO_CHROMIUM = saved;
  });

  it('is told to install Debian’s chromium package', () => {
    process.env.SHENBAO_CHROMIUM = '/nonexistent/chromium';
    jest.isolateModules(() => {
      const { assertChromiumInstalled } =
        require('./support/browser') as typeof import('./support/browser');
      expect(() => assertChromiumInstalled()).toThrow(
        'The browser tests need Chromium at /nonexistent/chromium, which is missing: install Debian\'s package with "apt-get install -y chromium" (or set SHENBAO_CHROMIUM to another Chromium).',
      );
    });
  });

  it('uses /usr/bin/chromium by default, which this machine has', () => {
    delete process.env.SHENBAO_CHROMIUM;
    jest.isolateModules(() => {
      const { CHROMIUM, assertChromiumInstalled } =
        require('./support/browser') as typeof import('./support/browser');
      expect(CHROMIUM).toBe('/usr/bin/chromium');
      expect(() => assertChromiumInstalled()).not.toThrow();
    });
  });
});
