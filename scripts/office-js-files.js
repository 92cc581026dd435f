// Which files of @microsoft/office-js the pane serves from its own origin. office.js finds its
// helpers next to itself: the host script for the running Excel (excel-<platform>-<version>.js, or
// o15apptofilemappingtable.js on Office 2013/2016 hosts), the UI strings for the display
// language (<locale>/office_strings.js), and telemetry helpers the host scripts load.
// The package is 86 MB (Word, Outlook, PowerPoint, debug builds); Excel needs about 13 MB of it.
'use strict';

const path = require('path');

const OFFICE_JS_DIST = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));

/** Where the copies go inside dist/. */
const OFFICE_JS_OUT = 'office-js';

/** Globs relative to the package's dist folder. Debug builds are left out. */
const OFFICE_JS_GLOBS = [
  'office.js',
  'o15apptofilemappingtable.js',
  'es6-promise.js',
  'excel-*.js',
  'excelwebapp-*.js',
  '*/office_strings.js',
  'telemetry/*.js',
  'ariatelemetry/*.js',
];

/** Unminified copies of the same scripts, for Microsoft's debugging: never served. */
const DEBUG_BUILDS = '**/*.debug.js';

module.exports = { OFFICE_JS_DIST, OFFICE_JS_OUT, OFFICE_JS_GLOBS, DEBUG_BUILDS };
