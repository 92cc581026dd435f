// The ribbon button 一键校验 without the pane: Excel loads commands.html invisibly and calls the
// function it associated (runCheck). Under the fake host that call checks the workbook, writes the
// result columns and both sheets, brings the findings sheet forward and tells Excel it is done.
import { OUTPUT_SHEET_MARK } from '../../src/core';
import { openBrowser, type Browser } from './support/browser';
import { assertBuilt, DIST } from './support/built-pane';
import { unexpectedCspViolations } from './support/csp-violations';
import { fakeWorkbook, useFakeExcel } from './support/fake-excel-page';
import { sampleFakeSpec } from './support/sample-round';
import { serveStatic, type StaticServer } from './support/static-server';
import { tallyVerdicts } from './support/verdicts';

const spec = sampleFakeSpec();
const SHEET = spec.sheets[0].name;

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  assertBuilt();
  server = await serveStatic(DIST);
  browser = await openBrowser();
  await useFakeExcel(browser.page, spec);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the 一键校验 ribbon button (commands.html)', () => {
  it('runs runCheck, which writes the results and completes the event', async () => {
    const fake = fakeWorkbook(browser.page);
    await browser.page.goto(`${server.origin}/commands.html`);
    const userCells = await fake.cellsOf(SHEET);

    expect(await fake.runAction('runCheck')).toBe(true);

    const names = await fake.sheetNames();
    expect(names).toEqual(expect.arrayContaining(['分配汇总', '问题清单']));
    for (const name of ['分配汇总', '问题清单']) {
      expect(String((await fake.values(name, 'A1'))[0][0]).startsWith(OUTPUT_SHEET_MARK)).toBe(
        true,
      );
    }
    const grid = await fake.values(SHEET);
    const headerRow = grid.findIndex((row) => row.includes('校验结果'));
    expect(headerRow).toBeGreaterThanOrEqual(0);
    const column = grid[headerRow].indexOf('校验结果');
    const { tally, unknown } = tallyVerdicts(grid.slice(headerRow + 1).map((row) => row[column]));
    expect(unknown).toEqual([]);
    expect(tally.eligible + tally.attention + tally.ineligible).toBeGreaterThan(0);

    // A sample round has findings, so the findings sheet is the one brought forward.
    expect((await fake.selection())?.sheet).toBe('问题清单');

    const after = await fake.cellsOf(SHEET);
    const changed = Object.keys(userCells).filter(
      (address) => JSON.stringify(userCells[address]) !== JSON.stringify(after[address]),
    );
    expect(changed).toEqual([]);
  });

  it('ran under the Content-Security-Policy without a violation or a request off this machine', () => {
    expect(unexpectedCspViolations(browser.cspViolations)).toEqual([]);
    expect(browser.blocked).toEqual([]);
    expect(server.missing).toEqual([]);
  });
});
