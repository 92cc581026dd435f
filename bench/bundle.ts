// The pane's bundle sizes from dist/ (built first when missing or older than the source): the main
// (start-up) chunk and the offline chunk that carries exceljs.
import { spawnSync } from 'child_process';
import { existsSync, readdirSync, statSync } from 'fs';
import { join } from 'path';

// scripts/bundle-sizes.js is plain Node; its report is the one the e2e tests check.
const { bundleReport } = require('../scripts/bundle-sizes.js') as {
  bundleReport(dist: string): { file: string; raw: number; gzip: number; startup: string[] }[];
};

const ROOT = join(__dirname, '..');
const DIST = join(ROOT, 'dist');

function newestIn(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestIn(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function builtIsCurrent(): boolean {
  const page = join(DIST, 'taskpane.html');
  return existsSync(page) && statSync(page).mtimeMs >= newestIn(join(ROOT, 'src'));
}

export interface BundleSizes {
  rebuilt: boolean;
  main: { file: string; raw: number; gzip: number }[];
  offline: { file: string; raw: number; gzip: number }[];
}

export function bundleSizes(): BundleSizes {
  let rebuilt = false;
  if (!builtIsCurrent()) {
    const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    if (build.status !== 0) throw new Error(`npm run build failed (exit ${build.status ?? build.signal})`);
    rebuilt = true;
  }
  const report = bundleReport(DIST);
  return {
    rebuilt,
    main: report.filter((entry) => entry.startup.includes('taskpane.html')),
    offline: report.filter((entry) => entry.file.startsWith('offline')),
  };
}
