// The development server: it never crashes over certificates. With trusted localhost certificates
// it serves https; when they cannot be made (no trusted CA here, no sudo) it says so in one sentence
// and serves http (devServerTransport, tested with the certificate source replaced). The running
// server is started with SHENBAO_DEV_HTTP=1, so it is http on every machine, without touching the
// real certificate store; its pages carry the CSP header and the development build runs under it
// (no eval-based source maps).
import { spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { devServerTransport, httpRequested } from '../../scripts/dev-https';
import { screenshot } from './support/artefacts';
import { openBrowser, type Browser } from './support/browser';
import { unexpectedCspViolations } from './support/csp-violations';

const REPO = path.resolve(__dirname, '..', '..');

describe('devServerTransport', () => {
  it('serves https with the certificates office-addin-dev-certs gives', async () => {
    const lines: string[] = [];
    const transport = await devServerTransport({
      port: 3000,
      log: (line) => lines.push(line),
      getOptions: async () => ({ ca: 'CA', key: 'KEY', cert: 'CERT' }),
    });
    expect(transport).toEqual({ type: 'https', options: { ca: 'CA', key: 'KEY', cert: 'CERT' } });
    expect(lines).toEqual([]);
  });

  it('falls back to http with one sentence when the certificates cannot be made', async () => {
    const lines: string[] = [];
    const transport = await devServerTransport({
      port: 3123,
      log: (line) => lines.push(line),
      getOptions: async () => {
        throw new Error('Unable to install the CA certificate. sudo: not found\nmore detail');
      },
    });
    expect(transport).toEqual({ type: 'http' });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('Unable to install the CA certificate. sudo: not found');
    expect(lines[0]).not.toContain('more detail');
    expect(lines[0]).toContain('http://localhost:3123');
  });

  it('takes SHENBAO_DEV_HTTP as a request for http', () => {
    expect(httpRequested({ SHENBAO_DEV_HTTP: '1' })).toBe(true);
    expect(httpRequested({ SHENBAO_DEV_HTTP: 'true' })).toBe(true);
    expect(httpRequested({})).toBe(false);
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** `webpack serve` as `npm run dev-server` runs it, with a scratch HOME so no real certificates are touched. */
async function startDevServer(
  port: number,
): Promise<{ child: ChildProcess; output: () => string }> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'shenbao-devserver-home-'));
  const child = spawn(
    process.execPath,
    [
      path.join(REPO, 'node_modules', 'webpack-cli', 'bin', 'cli.js'),
      'serve',
      '--mode',
      'development',
    ],
    {
      cwd: REPO,
      env: {
        ...process.env,
        HOME: home,
        npm_package_config_dev_server_port: String(port),
        SHENBAO_DEV_HTTP: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 110_000;
  while (!/compiled (successfully|with)/.test(output)) {
    if (child.exitCode !== null)
      throw new Error(`the dev-server exited (${child.exitCode}):\n${output}`);
    if (Date.now() > deadline)
      throw new Error(`the dev-server did not finish compiling:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.on('exit', () => fs.rmSync(home, { recursive: true, force: true }));
  return { child, output: () => output };
}

describe('npm run dev-server (asked for http)', () => {
  let port: number;
  let server: { child: ChildProcess; output: () => string };
  let browser: Browser | undefined;

  beforeAll(async () => {
    port = await freePort();
    server = await startDevServer(port);
  }, 130_000);

  afterAll(async () => {
    await browser?.close();
    if (server?.child.pid) process.kill(-server.child.pid, 'SIGTERM');
  });

  it('starts, and says in one sentence that it serves http', () => {
    const sentences = server
      .output()
      .split('\n')
      .filter((line) => line.startsWith('申报助手 dev-server:'));
    expect(sentences).toEqual([
      `申报助手 dev-server: SHENBAO_DEV_HTTP is set, serving http://localhost:${port} (Office will not load it; use it in a browser).`,
    ]);
    expect(server.child.exitCode).toBeNull();
  });

  it('sends the CSP header, with frame-ancestors, on the pane', async () => {
    const response = await fetch(`http://localhost:${port}/taskpane.html`);
    expect(response.status).toBe(200);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain('frame-ancestors');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('runs the development build in the browser under that policy', async () => {
    browser = await openBrowser();
    const { page } = browser;
    // The dev-server is on localhost; the browser helper only lets 127.0.0.1 through.
    await page.goto(`http://127.0.0.1:${port}/taskpane.html`);
    await page
      .getByLabel(/选择工作簿|Choose a workbook/)
      .waitFor({ state: 'visible', timeout: 60_000 });
    await screenshot(page, 'dev-server-pane');
    expect(unexpectedCspViolations(browser.cspViolations)).toEqual([]);
    expect(browser.blocked).toEqual([]);
  });
});
