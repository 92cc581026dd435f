// How the dev-server serves the pane. Office only loads add-ins over https, so we ask
// office-addin-dev-certs for a localhost certificate signed by a CA it installs in the user's
// trust store. Where that cannot work (Linux containers without sudo, CI), the dev-server still
// starts, over http, and says so in one sentence instead of crashing.
'use strict';

const CERT_TIMEOUT_MS = 30_000;

/** Set SHENBAO_DEV_HTTP=1 to skip certificates on purpose (e.g. a browser-only session). */
function httpRequested(env = process.env) {
  return env.SHENBAO_DEV_HTTP === '1' || env.SHENBAO_DEV_HTTP === 'true';
}

function withTimeout(promise, ms) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function firstLine(error) {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n').find((line) => line.trim() !== '') || 'unknown error';
}

/**
 * The dev-server `server` option: https with trusted localhost certificates when they can be made
 * and trusted, otherwise plain http.
 * @param {{ port: number, log?: (line: string) => void, getOptions?: () => Promise<object> }} args
 */
async function devServerTransport({ port, log = console.log, getOptions } = {}) {
  if (httpRequested()) {
    log(
      `申报助手 dev-server: SHENBAO_DEV_HTTP is set, serving http://localhost:${port} (Office will not load it; use it in a browser).`,
    );
    return { type: 'http' };
  }
  try {
    const load = getOptions || (() => require('office-addin-dev-certs').getHttpsServerOptions());
    const { ca, key, cert } = await withTimeout(load(), CERT_TIMEOUT_MS);
    return { type: 'https', options: { ca, key, cert } };
  } catch (error) {
    log(
      `申报助手 dev-server: could not make trusted localhost certificates (${firstLine(error)}), ` +
        `so it serves http://localhost:${port} instead; Office needs https, so run ` +
        '"npx office-addin-dev-certs install" on a machine where you are an administrator to sideload.',
    );
    return { type: 'http' };
  }
}

module.exports = { devServerTransport, httpRequested };
