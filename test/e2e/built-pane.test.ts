// The production pane as webpack leaves it in dist/: the Content-Security-Policy in both pages,
// no eval in what the pane runs at start-up, exceljs only in the on-demand `offline` chunk,
// office.js served from our own origin, and the size of every bundle (printed for the notes).
import * as fs from 'fs';
import * as path from 'path';
import { JSDOM } from 'jsdom';
import { bundleReport, formatReport, STARTUP_GZIP_BUDGET } from '../../scripts/bundle-sizes';
import { headerPolicy, metaPolicy } from '../../scripts/csp';
import { checkManifestFile } from '../../scripts/manifest/check';
import { assertBuilt, DIST } from './support/built-pane';

/** directive name → its sources */
function parsePolicy(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name, sources]),
  );
}

function page(file: string): Document {
  return new JSDOM(fs.readFileSync(path.join(DIST, file), 'utf8')).window.document;
}

const EVAL = /(^|[^\w$.])eval\(|new Function\b|(^|[^\w$.])Function\(/;

beforeAll(() => assertBuilt());

describe.each(['taskpane.html', 'commands.html'])('%s', (file) => {
  it('carries the Content-Security-Policy before any script', () => {
    const doc = page(file);
    const meta = doc.querySelector('meta[http-equiv="Content-Security-Policy"]');
    expect(meta).not.toBeNull();
    const head = [...doc.head.children];
    const firstScript = head.findIndex((element) => element.tagName === 'SCRIPT');
    expect(head.indexOf(meta as Element)).toBeLessThan(firstScript);

    const policy = parsePolicy(meta?.getAttribute('content') ?? '');
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.has('frame-ancestors')).toBe(false); // ignored in a meta tag: sent as a header
  });

  it('loads office.js from its own origin, first after the old-web-view notice, and only scripts of its own', () => {
    const sources = [...page(file).querySelectorAll('script')].map((script) =>
      script.getAttribute('src'),
    );
    // The notice for IE11 / Edge Legacy web views needs no Office, so it runs before office.js.
    expect(sources[0]).toMatch(/^legacy-webview\.[0-9a-f]{8}\.js$/);
    expect(sources[1]).toBe('office-js/office.js');
    for (const src of sources) {
      expect(src).not.toBeNull(); // no inline script: CSP would block it
      expect(src).not.toMatch(/^(https?:)?\/\//);
      expect(fs.existsSync(path.join(DIST, src as string))).toBe(true);
    }
  });

  it('starts no script that evaluates strings', () => {
    for (const src of [...page(file).querySelectorAll('script[src]')].map(
      (s) => s.getAttribute('src') as string,
    )) {
      if (src.startsWith('office-js/')) continue; // Microsoft's, checked below
      expect({ src, evals: EVAL.test(fs.readFileSync(path.join(DIST, src), 'utf8')) }).toEqual({
        src,
        evals: false,
      });
    }
  });
});

describe('the header policy', () => {
  it('is the meta policy plus frame-ancestors for Excel on the web', () => {
    const header = parsePolicy(headerPolicy());
    const meta = parsePolicy(metaPolicy());
    for (const [name, sources] of meta) expect(header.get(name)).toEqual(sources);
    expect(header.get('frame-ancestors')).toEqual(
      expect.arrayContaining(["'self'", 'https://*.officeapps.live.com']),
    );
  });
});

describe('the bundles', () => {
  const report = () => bundleReport(DIST);

  it('keep the task pane start-up under its gzip budget (sizes printed for the release notes)', () => {
    const entries = report();
    console.log(formatReport(entries));
    const startup = entries.filter((entry) => entry.startup.includes('taskpane.html'));
    expect(startup.length).toBeGreaterThan(0);
    expect(startup.reduce((sum, entry) => sum + entry.gzip, 0)).toBeLessThanOrEqual(
      STARTUP_GZIP_BUDGET,
    );
  });

  it('put exceljs only in the offline chunk, loaded on demand', () => {
    const entries = report();
    const holdsExceljs = (file: string) =>
      fs.readFileSync(path.join(DIST, file), 'utf8').includes('xl/worksheets/sheet');
    const offline = entries.filter((entry) => entry.file.startsWith('offline.'));
    expect(offline).toHaveLength(1);
    expect(offline[0].startup).toEqual([]);
    expect(holdsExceljs(offline[0].file)).toBe(true);
    for (const entry of entries.filter((e) => !e.file.startsWith('offline.'))) {
      expect({ file: entry.file, exceljs: holdsExceljs(entry.file) }).toEqual({
        file: entry.file,
        exceljs: false,
      });
    }
  });
});

describe('string evaluation inside the offline chunk', () => {
  // exceljs's browser build bundles old polyfills whose fallbacks could call Function(...). Each
  // known one is guarded: it runs only where `self`/`globalThis` are missing or a non-function is
  // given to setImmediate, never in a browser. Anything else would need 'unsafe-eval'.
  const GUARDED = [
    /\|\|Function\("return this"\)\(\)/, // lodash/browserify global lookup after `self`
    /"function"[^;]{0,20}\(\w+=new Function\(""\+\w+\)\)/, // setImmediate given a string
    /globalThis\.regeneratorRuntime=\w+:Function\("r","regeneratorRuntime = r"\)/, // regenerator, no globalThis
  ];

  it('holds only the guarded fallbacks of exceljs’s polyfills', () => {
    const offline = bundleReport(DIST).find((entry) => entry.file.startsWith('offline.'));
    const code = fs.readFileSync(path.join(DIST, offline!.file), 'utf8');
    const uses = [
      ...code.matchAll(/.{0,60}(new Function\b|(^|[^\w$.])Function\(|(^|[^\w$.])eval\().{0,40}/g),
    ].map((m) => m[0]);
    console.log(
      `${offline!.file}: ${uses.length} guarded Function(...) fallbacks from exceljs's bundled polyfills, none reached in a browser`,
    );
    expect(uses.filter((use) => !GUARDED.some((pattern) => pattern.test(use)))).toEqual([]);
  });
});

describe('office.js served from dist/office-js', () => {
  const officeJs = path.join(DIST, 'office-js');

  it('holds office.js, its Excel host scripts and strings, and no debug builds', () => {
    const files = fs.readdirSync(officeJs, { recursive: true }).map(String);
    expect(files).toEqual(
      expect.arrayContaining([
        'office.js',
        'o15apptofilemappingtable.js',
        'excel-win32-16.01.js',
        'excel-web-16.00.js',
        'excel-mac-16.00.js',
        path.join('zh-cn', 'office_strings.js'),
        path.join('en-us', 'office_strings.js'),
      ]),
    );
    expect(files.filter((file) => file.endsWith('.debug.js'))).toEqual([]);
    expect(
      files.filter((file) => /^(word|outlook|powerpoint|onenote|project|access)/.test(file)),
    ).toEqual([]);
  });

  it('is a small part of the 86 MB package', () => {
    const bytes = fs
      .readdirSync(officeJs, { recursive: true })
      .map((file) => path.join(officeJs, String(file)))
      .filter((file) => fs.statSync(file).isFile())
      .reduce((sum, file) => sum + fs.statSync(file).size, 0);
    console.log(`dist/office-js: ${(bytes / 1024 / 1024).toFixed(1)} MiB`);
    expect(bytes).toBeLessThan(20 * 1024 * 1024);
  });
});

describe('dist/manifest.xml', () => {
  it('passes the offline check with every page and icon in the build, on the production origin', () => {
    const { problems, summary } = checkManifestFile(path.join(DIST, 'manifest.xml'));
    expect(problems).toEqual([]);
    expect(summary?.built).toBe(true);
    expect(summary?.origin).not.toBe('https://localhost:3000');
    expect(fs.readFileSync(path.join(DIST, 'manifest.xml'), 'utf8')).not.toContain('localhost');
  });
});
