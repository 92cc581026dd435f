// The pane in a plain browser, without Excel (WPS users, or a colleague without the add-in): choose
// a workbook file, see the counts and findings, download the checked copy. The copy is read back
// with exceljs: the result columns and the two sheets are there and no cell of the user changed.
import * as path from 'path';
import { OUTPUT_SHEET_MARK } from '../../src/core';
import { screenshot, workFolder } from './support/artefacts';
import { openBrowser, type Browser } from './support/browser';
import { unexpectedCspViolations } from './support/csp-violations';
import { assertBuilt, DIST } from './support/built-pane';
import { sampleWorkbookFile } from './support/sample-round';
import { serveStatic, type StaticServer } from './support/static-server';
import { tallyVerdicts, VERDICTS, type Verdict } from './support/verdicts';
import { findCell, plainValue, readWorkbook, sha256 } from './support/workbook-file';

let server: StaticServer;
let browser: Browser;
let dir: string;

beforeAll(async () => {
  assertBuilt();
  dir = workFolder('no-excel');
  server = await serveStatic(DIST);
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function countOf(verdict: Verdict): Promise<number> {
  return Number(await browser.page.getByTestId(`count-${verdict}`).innerText());
}

describe('the pane without Excel', () => {
  let input: string;
  let inputHash: string;
  let downloaded: string;
  const shown = {} as Record<Verdict, number>;

  it('opens in the browser mode and offers a workbook file', async () => {
    const { page } = browser;
    await page.goto(`${server.origin}/taskpane.html`);
    await expectVisible(page.getByLabel(/选择工作簿|Choose a workbook/));
    await screenshot(page, 'no-excel-1-opened');
  });

  it('checks the chosen sample workbook and shows the counts and the findings', async () => {
    const { page } = browser;
    input = sampleWorkbookFile(dir);
    inputHash = sha256(input);
    await page.getByLabel(/选择工作簿|Choose a workbook/).setInputFiles(input);
    const checkButton = page.getByRole('button', { name: /一键校验|Check all rows/ });
    if (await checkButton.isVisible().catch(() => false)) await checkButton.click();
    await expectVisible(page.getByTestId('count-eligible'), 60_000);
    for (const verdict of VERDICTS) shown[verdict] = await countOf(verdict);
    expect(shown.eligible + shown.attention + shown.ineligible).toBeGreaterThan(0);
    // A made-up round always has flawed rows: the list shows them, one card per row.
    expect(await page.getByTestId('findings').locator(':scope > li').count()).toBeGreaterThan(0);
    await screenshot(page, 'no-excel-2-checked');
  });

  it('downloads the checked workbook beside, not over, the chosen file', async () => {
    const { page } = browser;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      // Exactly the checked copy's button: the pane also offers the template and our sheets as files.
      page.getByRole('button', { name: /^(下载|下载校验结果|Download checked workbook)$/ }).click(),
    ]);
    expect(download.suggestedFilename()).not.toBe(path.basename(input));
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    downloaded = path.join(dir, download.suggestedFilename());
    await download.saveAs(downloaded);
    expect(sha256(input)).toBe(inputHash);
  });

  it('wrote a verdict per application that matches the counts, and the two sheets', async () => {
    const before = await readWorkbook(input);
    const after = await readWorkbook(downloaded);
    const sheetName = before.worksheets[0].name;
    const submissions = after.getWorksheet(sheetName);
    expect(submissions).toBeDefined();
    if (!submissions) return;

    const verdictHeader = findCell(submissions, '校验结果');
    const notesHeader = findCell(submissions, '问题说明');
    expect(verdictHeader).not.toBeNull();
    expect(notesHeader?.row).toBe(verdictHeader?.row);
    const original = before.worksheets[0];
    expect(verdictHeader!.column).toBeGreaterThan(original.columnCount);

    const column: unknown[] = [];
    for (let row = verdictHeader!.row + 1; row <= original.rowCount; row++) {
      column.push(plainValue(submissions.getCell(row, verdictHeader!.column).value));
    }
    const { tally, unknown } = tallyVerdicts(column);
    expect(unknown).toEqual([]);
    expect(tally).toEqual(shown);

    for (const name of ['分配汇总', '问题清单']) {
      const sheet = after.getWorksheet(name);
      expect({ name, present: sheet !== undefined }).toEqual({ name, present: true });
      expect(String(plainValue(sheet!.getCell('A1').value))).toMatch(
        new RegExp(`^${OUTPUT_SHEET_MARK}`),
      );
    }
  });

  it('left every cell the user entered as it was', async () => {
    const before = (await readWorkbook(input)).worksheets[0];
    const after = (await readWorkbook(downloaded)).getWorksheet(before.name)!;
    const changed: string[] = [];
    for (let row = 1; row <= before.rowCount; row++) {
      for (let column = 1; column <= before.columnCount; column++) {
        const was = plainValue(before.getCell(row, column).value);
        const is = plainValue(after.getCell(row, column).value);
        if (JSON.stringify(was) !== JSON.stringify(is))
          changed.push(
            `${before.getCell(row, column).address}: ${JSON.stringify(was)} → ${JSON.stringify(is)}`,
          );
      }
    }
    expect(changed).toEqual([]);
  });

  it('ran under the Content-Security-Policy without a violation or a request off this machine', () => {
    expect(unexpectedCspViolations(browser.cspViolations)).toEqual([]);
    expect(browser.blocked).toEqual([]);
    expect(server.missing).toEqual([]); // every file the page (and office.js) asked for was built
  });
});

async function expectVisible(
  locator: { waitFor(options: { state: 'visible'; timeout: number }): Promise<void> },
  timeout = 30_000,
): Promise<void> {
  await locator.waitFor({ state: 'visible', timeout });
}
