// The pane's Content-Security-Policy, in one place: webpack writes it into both HTML files as a
// meta tag and the dev-server (and the e2e static server) send it as a header.
//
// Why each directive:
// - scripts only from our own origin: office.js and its Excel host scripts are copied into dist/
//   (scripts/office-js-files.js), so no CDN is needed and no 'unsafe-eval' (devtool never uses eval).
// - styles allow 'unsafe-inline' because Fluent UI v9 (Griffel) injects <style> rules at run time.
// - images allow data: and blob: for Fluent's inline icons and downloads.
// - the Office host talks to the pane through window.postMessage, which CSP does not restrict, so
//   no host origin has to be listed for Excel to work.
// - no frame-src: office.js outside Office (and on Office 2013/2016) frames Microsoft's telemetry
//   proxy (telemetryservice.firstpartyapps.oaspapps.com); it is blocked on purpose, and office.js
//   only keeps the log lines it would have sent.
// - zod runs jitless (scripts/browser/zod-jitless.ts), so nothing needs 'unsafe-eval'.
'use strict';

const BASE_DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

/**
 * Where the pane may be framed. Browsers ignore frame-ancestors in a meta tag, so it is sent only
 * as a header. Excel on the web frames the pane from these Microsoft origins; desktop Excel shows
 * it top-level in its own web view, where the directive does not apply.
 */
const FRAME_ANCESTORS = [
  "'self'",
  'https://*.officeapps.live.com',
  'https://*.office.com',
  'https://*.office365.com',
  'https://*.microsoft365.com',
  'https://*.cloud.microsoft',
  'https://*.sharepoint.com',
];

function serialise(directives) {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

function withConnect(extraConnect) {
  return {
    ...BASE_DIRECTIVES,
    'connect-src': [...BASE_DIRECTIVES['connect-src'], ...extraConnect],
  };
}

/**
 * The policy for <meta http-equiv="Content-Security-Policy">. `extraConnect` lets a development
 * build reach the dev-server's live-reload socket; production builds pass nothing.
 */
function metaPolicy({ extraConnect = [] } = {}) {
  return serialise(withConnect(extraConnect));
}

/** The policy as an HTTP header: the meta policy plus frame-ancestors. */
function headerPolicy({ extraConnect = [] } = {}) {
  return serialise({ ...withConnect(extraConnect), 'frame-ancestors': FRAME_ANCESTORS });
}

/** Headers every server of the built pane should send. */
function securityHeaders(options) {
  return {
    'Content-Security-Policy': headerPolicy(options),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}

module.exports = { BASE_DIRECTIVES, FRAME_ANCESTORS, metaPolicy, headerPolicy, securityHeaders };
