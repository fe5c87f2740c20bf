import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/**
 * The real pages in a real browser: the production build (made once per test run into a temp folder
 * by the e2e project's global set-up, so a stale dist/ can never be tested), served over local http,
 * opened in Chromium.
 */
const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export const SCREENSHOTS = join(__dirname, '..', 'e2e', 'screenshots');

/** Where the global set-up (tests/e2e/globalSetup.ts) left the build, shared by every e2e file of the run. */
export const BUILT_PAGES = 'UNIONPLAN_E2E_PAGES';
/** Entry name → the JavaScript files it loads, first and on demand: written beside the build. */
export const ENTRY_FILES = 'entry-files.json';

export function builtPages(): string {
  const dir = process.env[BUILT_PAGES];
  if (!dir || !existsSync(join(dir, ENTRY_FILES))) throw new Error(`No built pages: run the e2e tests through Jest's e2e project, whose global set-up builds them (${BUILT_PAGES} is ${dir ?? 'unset'}).`);
  return dir;
}

export async function buildPages({ excelFake = false } = {}): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'unionplan-dist-'));
  const webpack = require('webpack');
  const config = await require('../../webpack.config.js')({}, { mode: 'production' });
  config.mode = 'production';
  config.output.path = out;
  // The size report is for people running the build; the budget still fails the build here.
  for (const plugin of config.plugins) if (plugin.constructor?.name === 'SizeBudget') plugin.log = () => undefined;
  if (excelFake) {
    const HtmlWebpackPlugin = require('html-webpack-plugin');
    // The real pages (the pane, the ribbon's function file), with the fake where Office.js would load.
    for (const [page, entry] of [['taskpane', 'index'], ['commands', 'commands']]) {
      const html = readFileSync(join(__dirname, '..', '..', 'src', 'entries', 'pages', `${page}.html`), 'utf8');
      const withoutOffice = html.replace(/\s*(<!--[^>]*-->\s*)?<script src="https:\/\/appsforoffice[^"]+"><\/script>/, '');
      if (withoutOffice === html) throw new Error(`${page}.html no longer loads office.js as expected: update buildPages`);
      config.entry[`${page}-fake`] = join(__dirname, '..', 'e2e', 'excelPage', `${entry}.ts`);
      config.plugins.push(new HtmlWebpackPlugin({ filename: `${page}-fake.html`, templateContent: withoutOffice, chunks: [`${page}-fake`] }));
    }
  }
  await new Promise<void>((resolve, reject) => webpack(config, (err: Error | null, stats: BuildStats) => {
    if (err) reject(err);
    else if (stats.hasErrors()) reject(new Error(stats.toString('errors-only')));
    else {
      writeFileSync(join(out, ENTRY_FILES), JSON.stringify(entryFiles(stats)));
      resolve();
    }
  }));
  return out;
}

interface ChunkGroup { getFiles(): string[]; getChildren(): ChunkGroup[] }
interface BuildStats { hasErrors(): boolean; toString(o: string): string; compilation: { entrypoints: Map<string, ChunkGroup> } }

/** Each entry's JavaScript: what its page loads first and every chunk it may load later. */
function entryFiles(stats: BuildStats): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, entry] of stats.compilation.entrypoints) {
    const files = new Set<string>();
    const seen = new Set<ChunkGroup>();
    const visit = (group: ChunkGroup) => {
      if (seen.has(group)) return;
      seen.add(group);
      for (const f of group.getFiles()) if (f.endsWith('.js')) files.add(f);
      group.getChildren().forEach(visit);
    };
    visit(entry);
    out[name] = [...files];
  }
  return out;
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.png': 'image/png', '.xml': 'application/xml', '.map': 'application/json' };

export async function serve(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path === '/' ? 'index.html' : path);
    if (!file.startsWith(dir) || !existsSync(file)) { res.writeHead(404).end(); return; }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/**
 * Records what must never happen on a page: a script error, an error in the console (a CSP refusal
 * shows there), a request off the site's own origin (issue #9).
 */
export function watchPage(page: Page, origin: string, errors: string[]): void {
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`${m.text()} ${m.location().url}`); });
  page.on('request', (r) => { if (!/^(data|blob):/.test(r.url()) && !r.url().startsWith(`${origin}/`)) errors.push(`request to ${r.url()}`); });
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is not installed at ${CHROMIUM}: run \`apt-get install -y chromium\` (bash .ci/run does).`);
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}
