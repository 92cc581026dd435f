// Issue 16's flows in Debian's Chromium on the built pane: browser mode's wrong files in the wrong
// places, a good file after a bad one, a round of 5,000 rows with filter, search and pages (with
// the time from choosing the file to the results and the longest frame while scrolling), the
// theme and English. The figures are printed for the report and kept in test-results/.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { workFolder, RESULTS } from './support/artefacts';
import { openBrowser, type Browser } from './support/browser';
import { assertBuilt, DIST } from './support/built-pane';
import { serveStatic, type StaticServer } from './support/static-server';

const REPO = path.resolve(__dirname, '..', '..');
let server: StaticServer;
let dir: string;

function sampleFile(rows: number, seed: number): string {
  const out = path.join(dir, `round-${rows}.xlsx`);
  execFileSync(path.join(REPO, 'node_modules', '.bin', 'tsx'), ['src/cli/main.ts', 'sample', out, '--rows', String(rows), '--seed', String(seed)], {
    cwd: REPO,
    stdio: 'pipe',
  });
  return out;
}

beforeAll(async () => {
  assertBuilt();
  dir = workFolder('pane-flow');
  server = await serveStatic(DIST);
});

afterAll(async () => {
  await server?.close();
});

describe('browser mode', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => browser?.close());

  it('tells a workbook put into the rules chooser, and a rules file put into the workbook zone, in plain words', async () => {
    const { page } = browser;
    await page.goto(`${server.origin}/taskpane.html`);
    const zone = page.getByTestId('drop-zone');
    await zone.waitFor({ state: 'visible', timeout: 30_000 });
    const box = await zone.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(150); // the first and biggest thing on the screen
    const json = path.join(dir, 'hunan-2023.json');
    fs.writeFileSync(json, '{}');
    await page.getByLabel('选择工作簿').setInputFiles(json);
    await expect(page.getByRole('alert').innerText()).resolves.toContain('“hunan-2023.json”是规则文件，不是申报工作簿');

    await page.getByRole('button', { name: /高级/ }).click();
    const workbook = sampleFile(20, 3);
    await page.getByLabel('选择规则包文件（JSON）').setInputFiles(workbook);
    const alert = await page.locator('section[aria-label="规则包"]').getByRole('alert').innerText();
    expect(alert).toContain('是 Excel 工作簿，不是规则文件');
    expect(alert).not.toMatch(/Unexpected token|JSON/);
  });

  it('drops the error of a bad file once a good one is checked', async () => {
    const { page } = browser;
    await page.goto(`${server.origin}/taskpane.html`);
    const bad = path.join(dir, 'broken.xlsx');
    fs.writeFileSync(bad, 'not a zip');
    await page.getByLabel('选择工作簿').setInputFiles(bad);
    await page.getByRole('alert').waitFor({ timeout: 30_000 });
    await page.getByLabel('选择工作簿').setInputFiles(sampleFile(20, 3));
    await page.getByTestId('count-eligible').waitFor({ timeout: 60_000 });
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('checks 5,000 rows, then filters, searches and pages the findings; scrolling stays smooth', async () => {
    const { page } = browser;
    await page.goto(`${server.origin}/taskpane.html`);
    const file = sampleFile(5000, 16);
    const started = Date.now();
    await page.getByLabel('选择工作簿').setInputFiles(file);
    await page.getByTestId('count-eligible').waitFor({ timeout: 120_000 });
    const clickToResults = Date.now() - started;
    const cards = page.getByTestId('findings').locator(':scope > li');
    expect(await cards.count()).toBe(50);
    const shownText = await page.getByTestId('rows-shown').first().innerText();
    const total = Number(/共 ([\d,]+) 行/.exec(shownText)![1].replace(/,/g, ''));
    expect(total).toBeGreaterThan(500);

    await page.getByRole('button', { name: /下一页/ }).first().click();
    expect(await page.getByTestId('rows-shown').first().innerText()).toMatch(/^第 51–100 行/);

    const verdicts = page.getByRole('group', { name: '按校验结果筛选' });
    await verdicts.getByRole('button', { name: /^需关注/ }).click();
    await verdicts.getByRole('button', { name: /^合格/ }).click();
    expect(await verdicts.getByRole('button', { name: /^需关注/ }).getAttribute('aria-pressed')).toBe('false');
    const verdictsShown = await cards.evaluateAll((lis) => [...new Set(lis.map((li) => li.getAttribute('data-verdict')))]);
    expect(verdictsShown).toEqual(['ineligible']);

    const firstUnit = (await cards.first().innerText()).split(' · ')[1];
    await page.getByRole('searchbox').fill(firstUnit);
    const texts = await cards.allInnerTexts();
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(text).toContain(firstUnit);
    await page.getByRole('searchbox').fill('');
    await verdicts.getByRole('button', { name: /^需关注/ }).click();
    await verdicts.getByRole('button', { name: /^合格/ }).click();

    // The longest frame while the list scrolls from top to bottom, from requestAnimationFrame gaps.
    const longestFrame = await page.evaluate(async () => {
      const gaps: number[] = [];
      let last = performance.now();
      let running = true;
      const tick = (now: number) => {
        gaps.push(now - last);
        last = now;
        if (running) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      const end = document.documentElement.scrollHeight;
      for (let y = 0; y <= end; y += 120) {
        window.scrollTo(0, y);
        await new Promise((r) => requestAnimationFrame(r));
      }
      running = false;
      return Math.max(...gaps.slice(1));
    });
    const figures = { rows: 5000, clickToResultsMs: clickToResults, longestScrollFrameMs: Math.round(longestFrame), rowsWithFindings: total };
    fs.mkdirSync(RESULTS, { recursive: true });
    fs.writeFileSync(path.join(RESULTS, 'pane-flow-figures.json'), JSON.stringify(figures, null, 2));
    console.log(`pane-flow figures: ${JSON.stringify(figures)}`);
    expect(longestFrame).toBeLessThan(500);
  }, 240_000);

  it('follows a dark system colour scheme', async () => {
    const { page } = browser;
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByTestId('drop-zone').waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-theme]').getAttribute('data-theme')).toBe('dark');
    await page.emulateMedia({ colorScheme: 'light', forcedColors: 'active' });
    await page.reload();
    await page.getByTestId('drop-zone').waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-theme]').getAttribute('data-theme')).toBe('contrast');
    await page.emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
  });
});

describe('in English', () => {
  it('opens the browser mode in English with the page language following', async () => {
    const browser = await openBrowser({ locale: 'en-US' });
    try {
      await browser.page.goto(`${server.origin}/taskpane.html`);
      await browser.page.getByText('Choose or drop the submissions workbook').waitFor({ timeout: 30_000 });
      expect(await browser.page.locator('main').getAttribute('lang')).toBe('en');
      expect(await browser.page.getByRole('link', { name: 'Help' }).getAttribute('href')).toBe('help.html');
    } finally {
      await browser.close();
    }
  });
});
