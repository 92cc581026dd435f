// Bundled by webpack.config.js as the first module of the pane and the ribbon command, before any
// schema is built. zod 4 probes whether it may compile validators with `new Function`; under the
// pane's Content-Security-Policy (no 'unsafe-eval') the probe fails quietly but is still reported
// as a CSP violation on every start. Jitless mode skips the probe; validation is the same.
import { config } from 'zod';

config({ jitless: true });
