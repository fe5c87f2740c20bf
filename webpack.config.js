// Builds the task pane (inside Excel), the ribbon function file, and the standalone page (for
// computers without a modern Excel) into dist/, with the manifest and icons beside them.
'use strict';
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { SizeBudget, KB } = require('./scripts/sizeBudget');

const DEV_ORIGIN = 'https://localhost:3000';
/**
 * The ribbon's answer dialog also opens in Office 2019's EdgeHTML 18 webview, which stops at ES2017
 * syntax (no ?., ??, object spread, regex lookbehind): its code is compiled in this layer, to ES2017.
 * The pane, the page and the function file need a current browser; in an old webview
 * legacy-webview.js answers for them with its plain message.
 */
const LEGACY = 'es2017';
const tsLoader = (compilerOptions) => ({ loader: 'ts-loader', options: { transpileOnly: true, ...(compilerOptions ? { compilerOptions } : {}) } });

async function httpsOptions() {
  try {
    // Trusted localhost certificates: Office refuses add-ins served over plain http.
    return await require('office-addin-dev-certs').getHttpsServerOptions();
  } catch (e) {
    console.warn(`office-addin-dev-certs: ${e.message}; serving with a self-signed certificate.`);
    return {};
  }
}

module.exports = async (_env, argv) => {
  const dev = argv.mode !== 'production';
  const origin = (process.env.UNIONPLAN_URL || DEV_ORIGIN).replace(/\/$/, '');
  return {
    entry: {
      taskpane: './src/entries/taskpane.tsx',
      commands: './src/entries/commands.ts',
      message: { import: './src/entries/message.ts', layer: LEGACY },
      standalone: './src/entries/standalone.tsx',
    },
    output: { path: path.resolve(__dirname, 'dist'), filename: '[name].[contenthash:8].js', chunkFilename: '[name].[contenthash:8].js', clean: true },
    // No eval-based source maps: the pages' Content-Security-Policy forbids eval.
    devtool: dev ? 'source-map' : false,
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [{ test: /\.tsx?$/, exclude: /node_modules/, oneOf: [{ issuerLayer: LEGACY, use: tsLoader({ target: 'ES2017' }) }, { use: tsLoader() }] }],
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/entries/pages/taskpane.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/entries/pages/commands.html', chunks: ['commands'] }),
      new HtmlWebpackPlugin({ filename: 'message.html', template: './src/entries/pages/message.html', chunks: ['message'] }),
      new HtmlWebpackPlugin({ filename: 'index.html', template: './src/entries/pages/standalone.html', chunks: ['standalone'] }),
      new HtmlWebpackPlugin({ filename: 'help.html', template: './src/entries/pages/help.html', chunks: [] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          // Plain ES5, not bundled: it must parse in Internet Explorer 11 (see the file).
          { from: 'src/entries/pages/legacy-webview.js', to: 'legacy-webview.js' },
          // The manifest points at localhost for development; UNIONPLAN_URL rewrites it for deployment.
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => content.toString().replaceAll(DEV_ORIGIN, origin) },
        ],
      }),
      // The pane and the page open with React, Fluent UI and the first tab; the rest loads on demand.
      ...(dev ? [] : [new SizeBudget({ taskpane: 150 * KB, standalone: 150 * KB, commands: 150 * KB, message: 10 * KB })]),
    ],
    // Chunk files named for what they hold, so the size report (and a slow load in DevTools) reads plainly.
    optimization: {
      chunkIds: 'named',
      splitChunks: {
        cacheGroups: Object.fromEntries(['exceljs', 'mammoth', 'jszip'].map((lib) => [lib, { test: new RegExp(`[\\\\/]node_modules[\\\\/]${lib}[\\\\/]`), name: lib, chunks: 'async', enforce: true }])),
      },
    },
    performance: { hints: false },
    experiments: { layers: true },
    devServer: {
      port: 3000,
      server: { type: 'https', options: dev ? await httpsOptions() : {} },
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      client: { overlay: { warnings: false } },
    },
  };
};
