// Builds the Excel add-in (task pane + ribbon command) in the shape of the `yo office` template.
//   npm run build        production pane in dist/, manifest pointing at the production URL
//   npm run build:dev    development pane, manifest pointing at https://localhost:3000/
//   npm run dev-server   the development pane served with live reload
//   --env e2e            also bundles the fake Excel host for the browser tests into dist/test/
'use strict';

const { createHash } = require('crypto');
const fs = require('fs');
const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { metaPolicy, securityHeaders } = require('./scripts/csp');
const { devServerTransport } = require('./scripts/dev-https');
const {
  OFFICE_JS_DIST,
  OFFICE_JS_OUT,
  OFFICE_JS_GLOBS,
  DEBUG_BUILDS,
} = require('./scripts/office-js-files');

const DEV_PORT = Number(process.env.npm_package_config_dev_server_port) || 3000;
const URL_DEV = 'https://localhost:3000/';
const URL_PROD_PLACEHOLDER = 'https://shenbao.example.org/';

/**
 * Where the office hosts the built pane: SHENBAO_PROD_URL, else package.json's config.prod_url.
 * Office loads add-ins only over https, so anything else stops the build with one sentence.
 */
function productionUrl() {
  const value =
    process.env.SHENBAO_PROD_URL || process.env.npm_package_config_prod_url || URL_PROD_PLACEHOLDER;
  let url;
  try {
    url = new URL(value);
  } catch {
    url = null;
  }
  if (!url || url.protocol !== 'https:') {
    throw new Error(
      `SHENBAO_PROD_URL must be an https address such as https://intranet.example.cn/shenbao/, not "${value}".`,
    );
  }
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** Runs first on each page so zod never tries `new Function` under our CSP. */
const ZOD_JITLESS = './scripts/browser/zod-jitless.ts';

/**
 * The notice for Excel's old web views (Internet Explorer, Edge Legacy): plain ES5, copied as it
 * is. Through ts-loader or the esbuild minifier (target es2020) it would no longer parse in IE11.
 */
const LEGACY_SCRIPT = path.resolve(__dirname, 'src/legacy/legacy-webview.js');

/** Its name in dist/: hashed in production like the bundles, so a long cache never keeps an old copy. */
function legacyScriptName(dev) {
  if (dev) return 'legacy-webview.js';
  const hash = createHash('sha256').update(fs.readFileSync(LEGACY_SCRIPT)).digest('hex');
  return `legacy-webview.${hash.slice(0, 8)}.js`;
}

/** The fake Excel host is bundled only for the end-to-end tests, never into the production pane. */
const E2E_ENTRIES = { 'test/office-standin': './test/fakes/excel/office-standin.ts' };

/**
 * esbuild minifies the pane in seconds where terser takes a minute on two cores. esbuild (through
 * tsx) and minimizer-webpack-plugin (through webpack) are always installed; if esbuild ever is not,
 * webpack's default terser does the same job, only slower.
 */
function jsMinimizer() {
  try {
    require.resolve('esbuild');
  } catch {
    return '...';
  }
  const MinimizerPlugin = require('minimizer-webpack-plugin');
  return new MinimizerPlugin({
    minify: MinimizerPlugin.esbuildMinify,
    minimizerOptions: { target: 'es2020' },
  });
}

/** Names of the chunks that are not part of the pane proper and keep a fixed file name. */
const isTestChunk = (name) => typeof name === 'string' && name.startsWith('test/');

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode !== 'production';
  const e2e = Boolean(env.e2e);
  // The dev-server's live-reload socket; only development builds may connect to it.
  const devSockets = dev ? [`ws://localhost:${DEV_PORT}`, `wss://localhost:${DEV_PORT}`] : [];
  const csp = metaPolicy({ extraConnect: devSockets });
  const urlProd = dev ? URL_DEV : productionUrl();
  const legacyScript = legacyScriptName(dev);
  if (!dev && !e2e && urlProd === URL_PROD_PLACEHOLDER) {
    console.log(
      `申报助手 build: dist/manifest.xml points at the placeholder ${URL_PROD_PLACEHOLDER}; set SHENBAO_PROD_URL to your server's address (docs/sideload.md).`,
    );
  }

  return {
    mode: dev ? 'development' : 'production',
    // A separate .map file: never an eval-based source map, which CSP (no 'unsafe-eval') would block.
    devtool: 'source-map',
    target: ['web', 'es2020'],
    entry: {
      taskpane: [ZOD_JITLESS, './src/taskpane/index.tsx'],
      commands: [ZOD_JITLESS, './src/commands/commands.ts'],
      ...(e2e ? E2E_ENTRIES : {}),
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      // Content hashes so Office's web view never keeps a stale bundle after an update.
      filename: (data) =>
        isTestChunk(data.chunk && data.chunk.name) || dev
          ? '[name].js'
          : '[name].[contenthash:8].js',
      chunkFilename: dev ? '[name].js' : '[name].[contenthash:8].js',
      // Start from an empty dist/ (so no e2e stand-in survives into a production build), but keep
      // dist/cli: the command line's compiled build (npm run build:cli) lives there.
      clean: { keep: /^cli([\\/]|$)/ },
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // For target web webpack reads exceljs's "browser" field (dist/exceljs.min.js): no Node polyfills.
      mainFields: ['browser', 'module', 'main'],
    },
    module: {
      // exceljs's browser build is a finished browserify bundle; parsing it only yields warnings
      // about its internal require().
      noParse: /[\\/]exceljs[\\/]dist[\\/]exceljs(\.bare)?(\.min)?\.js$/,
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              // ES modules, so that import() becomes a separate chunk instead of a require().
              compilerOptions: { module: 'es2020', sourceMap: true },
            },
          },
        },
      ],
    },
    optimization: {
      minimizer: [jsMinimizer()],
      splitChunks: {
        cacheGroups: {
          // Otherwise webpack moves exceljs out of `offline` into a vendors chunk of its own.
          defaultVendors: false,
          // exceljs, its zip library and the file adapter load only when the user opens a file.
          offline: {
            test: /[\\/](node_modules[\\/](exceljs|jszip)|src[\\/]adapters[\\/]exceljs)[\\/]/,
            chunks: 'async',
            name: 'offline',
            enforce: true,
          },
        },
      },
    },
    // Sizes are checked by scripts/bundle-sizes.js against gzip budgets, not by webpack's raw hints.
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        templateParameters: { csp, legacyScript },
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
        templateParameters: { csp, legacyScript },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          // minimized: true keeps the minimizer off it, so dist/ gets exactly the ES5 source.
          { from: LEGACY_SCRIPT, to: legacyScript, info: { minimized: true } },
          // The manifest's SupportUrl and LearnMoreUrl: a static bilingual help page.
          { from: 'assets/help.html', to: 'help.html', info: { minimized: true } },
          {
            from: 'manifest.xml',
            to: '[name][ext]',
            transform: (content) => content.toString().split(URL_DEV).join(urlProd),
          },
          ...OFFICE_JS_GLOBS.map((glob) => ({
            from: glob,
            context: OFFICE_JS_DIST,
            to: `${OFFICE_JS_OUT}/[path][name][ext]`,
            globOptions: { ignore: [DEBUG_BUILDS] },
            // Already minified by Microsoft: keeps webpack's minimizer off 12 MB of scripts.
            info: { minimized: true },
          })),
        ],
      }),
    ],
    devServer: {
      static: false,
      headers: securityHeaders({ extraConnect: devSockets }),
      // Certificates are only looked for when serving, never for a plain build.
      server: env.WEBPACK_SERVE ? await devServerTransport({ port: DEV_PORT }) : { type: 'http' },
      // Only this computer: the development pane is nobody else's business.
      host: 'localhost',
      port: DEV_PORT,
      client: { overlay: { warnings: false } },
    },
  };
};
