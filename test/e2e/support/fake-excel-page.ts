// Puts a page "inside Excel": its request for office.js is answered with the fake Excel host bundle
// (dist/test/office-standin.js), seeded from `window.__SHENBAO_FAKE_SPEC__`, which an init script
// sets before any page script runs. The reads below look at the fake's workbook from the test.
import * as fs from 'fs';
import type { Page } from 'playwright-core';
import type { FakeExcel } from '../../fakes/excel';
import { STANDIN } from './built-pane';

/** The fake host the stand-in puts on the page. */
type PageWindow = Window & { __shenbaoFake: FakeExcel };

/** Routes office.js to the fake host for every later navigation of `page`; returns a request counter. */
export async function useFakeExcel(
  page: Page,
  spec: unknown,
): Promise<{ officeJsRequests(): number }> {
  const standin = fs.readFileSync(STANDIN);
  let requests = 0;
  await page.route('**/office-js/office.js', (route) => {
    requests++;
    return route.fulfill({
      status: 200,
      contentType: 'text/javascript; charset=utf-8',
      body: standin,
    });
  });
  await page.addInitScript((seed) => {
    (window as unknown as { __SHENBAO_FAKE_SPEC__: unknown }).__SHENBAO_FAKE_SPEC__ = seed;
  }, spec);
  return { officeJsRequests: () => requests };
}

/** Reads of the fake host's workbook, run in the page. */
export function fakeWorkbook(page: Page) {
  return {
    sheetNames: () => page.evaluate(() => (window as PageWindow).__shenbaoFake.sheetNames()),
    values: (sheet: string, address?: string) =>
      page.evaluate(
        ([name, range]) => (window as PageWindow).__shenbaoFake.values(name, range ?? undefined),
        [sheet, address ?? null] as const,
      ),
    cellsOf: (sheet: string) =>
      page.evaluate((name) => (window as PageWindow).__shenbaoFake.cellsOf(name), sheet),
    selection: () => page.evaluate(() => (window as PageWindow).__shenbaoFake.state.selection),
    /** Waits until the selection is set (the adapter selects asynchronously). */
    waitForSelection: (timeout = 10_000) =>
      page.waitForFunction(
        () => (window as PageWindow).__shenbaoFake.state.selection !== null,
        undefined,
        {
          timeout,
        },
      ),
    /** Runs a ribbon action the function file associated, as Excel would on a button click. */
    runAction: (id: string) =>
      page.evaluate(
        (name) =>
          new Promise<boolean>((resolve, reject) => {
            const action = (window as PageWindow).__shenbaoFake.actions.get(name);
            if (!action) return reject(new Error(`no action "${name}" was associated`));
            let completed = false;
            Promise.resolve(action({ completed: () => (completed = true) })).then(
              () => resolve(completed),
              reject,
            );
          }),
        id,
      ),
  };
}
