// The pane inside Excel, with the fake Excel host standing in for office.js: the page's request
// for office.js gets the fake host bundle (dist/test/office-standin.js), seeded with the sample
// round. 一键校验 writes the result columns and the 分配汇总 / 问题清单 sheets into the workbook,
// changes no cell the user entered, and a finding's row header selects that row.
import { OUTPUT_SHEET_MARK } from '../../src/core';
import { screenshot } from './support/artefacts';
import { openBrowser, type Browser } from './support/browser';
import { assertBuilt, DIST } from './support/built-pane';
import { unexpectedCspViolations } from './support/csp-violations';
import { fakeWorkbook, useFakeExcel } from './support/fake-excel-page';
import { sampleFakeSpec } from './support/sample-round';
import { serveStatic, type StaticServer } from './support/static-server';
import { tallyVerdicts, VERDICTS, type Verdict } from './support/verdicts';

const spec = sampleFakeSpec();
const SHEET = spec.sheets[0].name;

let server: StaticServer;
let browser: Browser;
let fake: ReturnType<typeof fakeWorkbook>;
let officeJs: { officeJsRequests(): number };

beforeAll(async () => {
  assertBuilt();
  server = await serveStatic(DIST);
  browser = await openBrowser();
  officeJs = await useFakeExcel(browser.page, spec);
  fake = fakeWorkbook(browser.page);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const sheetNames = () => fake.sheetNames();
const values = (sheet: string, address?: string) => fake.values(sheet, address);
const cellsOf = (sheet: string) => fake.cellsOf(sheet);

describe('the pane in Excel (fake host)', () => {
  let userCells: Record<string, unknown>;
  const shown = {} as Record<Verdict, number>;

  it('starts in Excel mode, on the fake host instead of office.js', async () => {
    const { page } = browser;
    await page.goto(`${server.origin}/taskpane.html`);
    await page
      .getByRole('button', { name: /一键校验|Check all rows/ })
      .waitFor({ state: 'visible', timeout: 30_000 });
    expect(officeJs.officeJsRequests()).toBe(1);
    expect(await sheetNames()).toEqual(spec.sheets.map((sheet) => sheet.name));
    userCells = await cellsOf(SHEET);
    expect(Object.keys(userCells).length).toBeGreaterThan(spec.sheets[0].rows.length);
    await screenshot(page, 'excel-1-opened');
  });

  it('一键校验 shows the counts and the findings', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: /一键校验|Check all rows/ }).click();
    await page.getByTestId('count-eligible').waitFor({ state: 'visible', timeout: 60_000 });
    for (const verdict of VERDICTS) {
      shown[verdict] = Number(await page.getByTestId(`count-${verdict}`).innerText());
    }
    expect(shown.eligible + shown.attention + shown.ineligible).toBeGreaterThan(0);
    expect(await page.getByTestId('findings').locator(':scope > li').count()).toBeGreaterThan(0);
    await screenshot(page, 'excel-2-checked');
  });

  it('wrote the 校验结果 and 问题说明 columns, one verdict per application, matching the counts', async () => {
    const grid = await values(SHEET);
    const headerRow = grid.findIndex((row) => row.includes('校验结果'));
    expect(headerRow).toBeGreaterThanOrEqual(0);
    const verdictColumn = grid[headerRow].indexOf('校验结果');
    expect(grid[headerRow].indexOf('问题说明')).toBeGreaterThan(verdictColumn);
    const userWidth = Math.max(...spec.sheets[0].rows.map((row) => row.length));
    expect(verdictColumn).toBeGreaterThanOrEqual(userWidth); // to the right of the user's columns

    const { tally, unknown } = tallyVerdicts(
      grid.slice(headerRow + 1).map((row) => row[verdictColumn]),
    );
    expect(unknown).toEqual([]);
    expect(tally).toEqual(shown);
  });

  it('added the 分配汇总 and 问题清单 sheets, each marked as Shenbao’s own', async () => {
    const names = await sheetNames();
    for (const name of ['分配汇总', '问题清单']) {
      expect(names).toContain(name);
      const a1 = (await values(name, 'A1'))[0][0];
      expect(String(a1).startsWith(OUTPUT_SHEET_MARK)).toBe(true);
    }
    const findings = await values('问题清单');
    expect(findings.length).toBeGreaterThan(2); // title, header, at least one finding
  });

  it('changed no cell the user entered: value, formula, format and fill', async () => {
    const after = await cellsOf(SHEET);
    const changed = Object.entries(userCells)
      .filter(([address, cell]) => JSON.stringify(cell) !== JSON.stringify(after[address]))
      .map(
        ([address, cell]) =>
          `${address}: ${JSON.stringify(cell)} → ${JSON.stringify(after[address])}`,
      );
    expect(changed).toEqual([]);
  });

  it("selects a finding's row in the sheet when its row header is clicked", async () => {
    const { page } = browser;
    const cards = page.getByTestId('findings').locator(':scope > li');
    const card = cards.nth(Math.min(1, (await cards.count()) - 1));
    const row = Number(await card.getAttribute('data-row'));
    await card.getByRole('button').first().click();
    await fake.waitForSelection();
    const selected = await fake.selection();
    expect(selected?.sheet).toBe(SHEET);
    expect(Number(/^[A-Z]+(\d+)/.exec(selected?.address ?? '')?.[1])).toBe(row);
    await screenshot(page, 'excel-3-row-selected');
  });

  it('ran under the Content-Security-Policy without a violation or a request off this machine', () => {
    expect(unexpectedCspViolations(browser.cspViolations)).toEqual([]);
    expect(browser.blocked).toEqual([]);
    expect(server.missing).toEqual([]); // every file the page (and office.js) asked for was built
  });
});
