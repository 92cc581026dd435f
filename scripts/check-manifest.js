#!/usr/bin/env node
// npm run validate:local [-- FILE…] — checks manifest.xml (or the files named) offline (no network, unlike `npm run validate`):
// well-formed XML, the required elements in schema order, ReadWriteDocument only, every resource
// id defined and used, every icon present at its pixel size, every URL https on one origin,
// ExcelApi 1.4, our own GUID. Give it dist/manifest.xml to check a build, pages included.
'use strict';

const path = require('path');
const { checkManifestFile } = require('./manifest/check');

/** Checks one manifest; prints its problems (stderr) or its one-line summary. Returns the count. */
function report(manifestFile) {
  const shown = path.relative(process.cwd(), manifestFile) || manifestFile;
  const { problems, summary } = checkManifestFile(manifestFile);
  if (problems.length) {
    for (const problem of problems) console.error(problem);
    console.error(`${problems.length} problem(s) in ${shown}.`);
    return problems.length;
  }
  console.log(
    `${shown} is a valid Excel task pane manifest: ${summary.displayName}, id ${summary.id}, ` +
      `${summary.urls} URLs on ${summary.origin}, ${summary.resources} resources` +
      `${summary.built ? ', every page and image present in the build' : ''}.`,
  );
  return 0;
}

function main() {
  const files = process.argv.slice(2);
  const problems = (files.length ? files : ['manifest.xml'])
    .map((file) => report(path.resolve(file)))
    .reduce((sum, count) => sum + count, 0);
  process.exit(problems ? 1 : 0);
}

main();
