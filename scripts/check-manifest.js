#!/usr/bin/env node
// npm run validate:local — checks manifest.xml offline (no network, unlike `npm run validate`):
// well-formed XML, the required elements in schema order, ReadWriteDocument only, every resource
// id defined and used, every icon present at its pixel size, every URL https on one origin,
// ExcelApi 1.4, our own GUID. Give it dist/manifest.xml to check a build, pages included.
'use strict';

const path = require('path');
const { checkManifestFile } = require('./manifest/check');

function main() {
  const manifestFile = path.resolve(process.argv[2] || 'manifest.xml');
  const { problems, summary } = checkManifestFile(manifestFile);
  if (problems.length) {
    for (const problem of problems) console.error(problem);
    console.error(
      `${problems.length} problem(s) in ${path.relative(process.cwd(), manifestFile) || manifestFile}.`,
    );
    process.exit(1);
  }
  console.log(
    `${path.relative(process.cwd(), manifestFile)} is a valid Excel task pane manifest: ${summary.displayName}, id ${summary.id}, ` +
      `${summary.urls} URLs on ${summary.origin}, ${summary.resources} resources${summary.built ? ', every page and image present in the build' : ''}.`,
  );
}

main();
