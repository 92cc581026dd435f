// The pane at 350 px as staff see it, in both modes, Chinese and English, light and dark, written
// into docs/screenshots/ (the README shows two). Each is taken after a check of the sample round.
import * as fs from 'fs';
import * as path from 'path';
import { openBrowser } from './support/browser';
import { assertBuilt, DIST } from './support/built-pane';
import { useFakeExcel } from './support/fake-excel-page';
import { sampleFakeSpec, sampleWorkbookFile } from './support/sample-round';
import { workFolder } from './support/artefacts';
import { serveStatic, type StaticServer } from './support/static-server';

const OUT = path.resolve(__dirname, '..', '..', 'docs', 'screenshots');
const DARK_OFFICE = '#262626'; // Office's dark grey theme
let server: StaticServer;
let dir: string;

beforeAll(async () => {
  assertBuilt();
  fs.mkdirSync(OUT, { recursive: true });
  dir = workFolder('screenshots');
  server = await serveStatic(DIST);
});

afterAll(async () => server?.close());

const CASES = (['browser', 'excel'] as const).flatMap((mode) =>
  (['zh', 'en'] as const).flatMap((lang) => (['light', 'dark'] as const).map((theme) => ({ mode, lang, theme }))),
);

describe('screenshots at 350 px', () => {
  it.each(CASES)('$mode mode, $lang, $theme', async ({ mode, lang, theme }) => {
    const browser = await openBrowser({ locale: lang === 'zh' ? 'zh-CN' : 'en-US' });
    try {
      const { page } = browser;
      await page.setViewportSize({ width: 350, height: 900 });
      await page.emulateMedia({ colorScheme: theme });
      if (mode === 'excel') {
        const spec = { ...sampleFakeSpec(), apiLevel: '1.13', displayLanguage: lang === 'zh' ? 'zh-CN' : 'en-US' };
        await useFakeExcel(page, theme === 'dark' ? { ...spec, officeBackground: DARK_OFFICE } : spec);
      }
      await page.goto(`${server.origin}/taskpane.html`);
      if (mode === 'excel') {
        await page.getByRole('button', { name: /^(一键校验|Check all rows)$/ }).click({ timeout: 30_000 });
      } else {
        await page.getByLabel(/选择工作簿|Choose a workbook/).setInputFiles(sampleWorkbookFile(dir));
      }
      await page.getByTestId('count-eligible').waitFor({ timeout: 60_000 });
      expect(await page.locator('[data-theme]').getAttribute('data-theme')).toBe(theme);
      // No part of the pane may need sideways scrolling at 350 px.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(350);
      const file = path.join(OUT, `${mode}-${lang}-${theme}.png`);
      await page.screenshot({ path: file, fullPage: false });
      expect(fs.statSync(file).size).toBeGreaterThan(10_000);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
