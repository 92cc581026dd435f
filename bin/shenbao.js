#!/usr/bin/env node
// The `shenbao` command (npm install -g . puts it on the PATH). Runs the compiled command line from
// dist/cli when it has been built (npm run build:cli), else the TypeScript source through tsx.
'use strict';
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const compiled = path.join(root, 'dist', 'cli', 'cli', 'main.js');

function load() {
  if (fs.existsSync(compiled)) return require(compiled);
  try {
    require('tsx/cjs/api').register();
  } catch {
    process.stderr.write(
      '申报助手的命令行尚未编译，也找不到 tsx：请先运行 npm run build:cli（或 npm install）。\n' +
        'The Shenbao command line is not built and tsx is missing: run npm run build:cli (or npm install) first.\n',
    );
    process.exit(1);
  }
  return require(path.join(root, 'src', 'cli', 'main.ts'));
}

load()
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
