// The built pane the browser tests open: dist/ as `npm run build:e2e` leaves it.
import * as fs from 'fs';
import * as path from 'path';

export const DIST = path.resolve(__dirname, '..', '..', '..', 'dist');
export const STANDIN = path.join(DIST, 'test', 'office-standin.js');

/** Fails with one sentence when the pane (or the fake host bundle) has not been built. */
export function assertBuilt(): void {
  for (const file of [path.join(DIST, 'taskpane.html'), STANDIN]) {
    if (!fs.existsSync(file)) {
      throw new Error(
        `${path.relative(process.cwd(), file)} is missing: build the pane for the browser tests first with "npm run build:e2e" (npm run test:e2e does both).`,
      );
    }
  }
}
