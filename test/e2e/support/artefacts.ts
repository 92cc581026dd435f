// Where the browser tests leave what a person may want to look at: screenshots and the downloaded
// workbook, under test-results/ (git-ignored).
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';

export const RESULTS = path.resolve(__dirname, '..', '..', '..', 'test-results');
export const SCREENSHOTS = path.join(RESULTS, 'screenshots');

/** What the user sees in the pane's viewport (pass fullPage for the whole scrolled page). */
export async function screenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: options.fullPage ?? false });
  return file;
}

/** A fresh folder under test-results/ for one test's files. */
export function workFolder(name: string): string {
  const dir = path.join(RESULTS, 'e2e', name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}
