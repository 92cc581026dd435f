#!/usr/bin/env node
// Prints the size of every script the pane ships (raw and gzip) and which HTML page loads it at
// start-up, and checks the start-up budget: `node scripts/bundle-sizes.js [dist] [--check]`.
// The notes quote this table; the e2e tests use the same functions.
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

/** Start-up scripts of the task pane (its own chunks, not office.js) must stay under this, gzip. */
const STARTUP_GZIP_BUDGET = 500 * 1024;

/** Script files webpack wrote (office.js copies and the e2e-only stand-in are not ours to size). */
function bundleFiles(dist) {
  return fs
    .readdirSync(dist)
    .filter((name) => name.endsWith('.js'))
    .sort();
}

/** The script src attributes of a built HTML page, in order, without office.js. */
function startupScripts(dist, htmlFile) {
  const html = fs.readFileSync(path.join(dist, htmlFile), 'utf8');
  const sources = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/g)].map(
    (match) => match[1],
  );
  return sources.filter((src) => !src.startsWith('office-js/'));
}

function sizeOf(dist, file) {
  const bytes = fs.readFileSync(path.join(dist, file));
  return { file, raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
}

/** Every bundle with its sizes and the pages that load it at start-up. */
function bundleReport(dist) {
  const pages = ['taskpane.html', 'commands.html'].filter((page) =>
    fs.existsSync(path.join(dist, page)),
  );
  const loadedBy = new Map();
  for (const page of pages) {
    for (const src of startupScripts(dist, page))
      loadedBy.set(src, [...(loadedBy.get(src) || []), page]);
  }
  return bundleFiles(dist).map((file) => ({
    ...sizeOf(dist, file),
    startup: loadedBy.get(file) || [],
  }));
}

function kib(bytes) {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

function formatReport(report) {
  const lines = report.map(
    ({ file, raw, gzip, startup }) =>
      `${file.padEnd(32)} ${kib(raw).padStart(11)} raw ${kib(gzip).padStart(11)} gzip   ${startup.length ? `start-up of ${startup.join(', ')}` : 'loaded on demand'}`,
  );
  const paneStartup = report.filter((entry) => entry.startup.includes('taskpane.html'));
  const total = paneStartup.reduce((sum, entry) => sum + entry.gzip, 0);
  lines.push(`task pane start-up: ${kib(total)} gzip (budget ${kib(STARTUP_GZIP_BUDGET)})`);
  return lines.join('\n');
}

function main() {
  const args = process.argv.slice(2);
  const dist = path.resolve(args.find((arg) => !arg.startsWith('--')) || 'dist');
  if (!fs.existsSync(path.join(dist, 'taskpane.html'))) {
    console.error(
      `bundle-sizes: ${dist} has no taskpane.html; build the pane first with "npm run build".`,
    );
    process.exit(1);
  }
  const report = bundleReport(dist);
  console.log(formatReport(report));
  const startup = report.filter((entry) => entry.startup.includes('taskpane.html'));
  const total = startup.reduce((sum, entry) => sum + entry.gzip, 0);
  if (args.includes('--check') && total > STARTUP_GZIP_BUDGET) {
    console.error(
      `bundle-sizes: the task pane loads ${kib(total)} gzip at start-up, over its ${kib(STARTUP_GZIP_BUDGET)} budget.`,
    );
    process.exit(1);
  }
}

if (require.main === module) main();

module.exports = { STARTUP_GZIP_BUDGET, bundleReport, startupScripts, formatReport };
