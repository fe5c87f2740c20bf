import { parse } from 'acorn';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { ENTRY_FILES, builtPages, launchChromium, serve, watchPage } from '../support/browser';

/**
 * Issue #17, old webviews: volume-licensed Office 2019 shows add-ins in EdgeHTML 18 (ES2017 syntax at
 * most) or Internet Explorer 11 (ES5). The ribbon's answer dialog is built to ES2017; the function
 * file, which needs a current browser, is guarded by legacy-webview.js (ES5): there its buttons answer
 * with the pane's plain message instead of doing nothing.
 */
const EDGE_LEGACY = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.17763';

interface PageApi {
  runs: unknown[];
  dialogs: { url: string }[];
  commandNames(): string[];
  press(name: string): void;
}
declare const window: { __unionplan: PageApi };

const dist = () => builtPages();
const entryFiles = () => JSON.parse(readFileSync(join(dist(), ENTRY_FILES), 'utf8')) as Record<string, string[]>;
const parsesAs = (file: string, ecmaVersion: 5 | 2017) => {
  try {
    parse(readFileSync(join(dist(), file), 'utf8'), { ecmaVersion, sourceType: 'script' });
    return 'ok';
  } catch (e) {
    return `${file}: ${(e as Error).message}`;
  }
};

describe('what old webviews load', () => {
  it('builds the answer dialog in ES2017 syntax, every file it loads', () => {
    const files = entryFiles().message;
    expect(files.length).toBeGreaterThan(0);
    expect(files.map((f) => parsesAs(f, 2017))).toEqual(files.map(() => 'ok'));
  });

  it('finds newer syntax where there is some: the pane is ES2020', () => {
    expect(entryFiles().taskpane.map((f) => parsesAs(f, 2017)).some((r) => r !== 'ok')).toBe(true);
  });

  it('keeps the guard in ES5, and the guard names the manifest\'s function commands', () => {
    expect(parsesAs('legacy-webview.js', 5)).toBe('ok');
    const manifest = readFileSync(join(dist(), 'manifest.xml'), 'utf8');
    const names = [...manifest.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]);
    const guard = readFileSync(join(dist(), 'legacy-webview.js'), 'utf8');
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(guard).toMatch(new RegExp(`["']${name}["']`));
    expect(readFileSync(join(dist(), 'commands.html'), 'utf8')).toMatch(/<body data-ribbon-commands[^>]*>\s*(<!--[^>]*-->\s*)?<script src="?legacy-webview\.js"?><\/script>/);
  });
});

describe('the ribbon in Edge Legacy', () => {
  let browser: Browser;
  let site: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    site = await serve(dist());
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('answers each button with the plain message in the dialog, and runs nothing', async () => {
    const context = await browser.newContext({ userAgent: EDGE_LEGACY });
    const errors: string[] = [];
    const page = await context.newPage();
    watchPage(page, site.url, errors);
    await page.goto(`${site.url}/commands-fake.html`);
    await page.waitForFunction(() => window.__unionplan.commandNames().length === 2);
    expect(await page.evaluate(() => window.__unionplan.commandNames())).toEqual(['runCheck', 'refreshConsolidation']);
    for (const [i, name] of ['runCheck', 'refreshConsolidation'].entries()) {
      await page.evaluate((n) => window.__unionplan.press(n), name);
      await page.waitForFunction((count) => window.__unionplan.dialogs.length === count, i + 1);
    }
    const urls = await page.evaluate(() => window.__unionplan.dialogs.map((d) => d.url));
    for (const url of urls) {
      const u = new URL(url);
      expect(`${u.origin}${u.pathname}`).toBe(`${site.url}/message.html`);
      expect(u.searchParams.get('title')).toBe('unionplan chưa chạy được trong Excel này');
      expect(u.searchParams.get('lines')).toContain('/index.html bằng Chrome');
    }
    expect(await page.evaluate(() => window.__unionplan.runs.length)).toBe(0);
    // The dialog itself, as Edge Legacy opens it.
    const dialog = await context.newPage();
    dialog.on('pageerror', (e) => errors.push(e.message));
    await dialog.route(/appsforoffice\.microsoft\.com/, (r) => r.abort());
    await dialog.goto(urls[0]);
    expect(await dialog.locator('h1').textContent()).toBe('unionplan chưa chạy được trong Excel này');
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});
