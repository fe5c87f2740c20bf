import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Issue #9, the add-in itself: no code is made from strings, nothing is sent anywhere but the
 * add-in's own origin, and every page carries a Content-Security-Policy that holds both. (The
 * browser journey checks the same at run time: a CSP refusal or a request elsewhere fails it.)
 */
const SRC = join(__dirname, '..', 'src');
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}
const code = files(SRC).filter((f) => /\.tsx?$/.test(f)).map((f) => ({ f, text: readFileSync(f, 'utf8') }));
const pages = files(join(SRC, 'entries', 'pages')).filter((f) => f.endsWith('.html')).map((f) => ({ f, text: readFileSync(f, 'utf8') }));
const OFFICE_JS = 'https://appsforoffice.microsoft.com';

it('makes no code from strings', () => {
  const hits = code.filter(({ text }) => /\beval\s*\(|new\s+Function\s*\(|\bFunction\s*\(\s*['"`]|set(?:Timeout|Interval)\s*\(\s*['"`]/.test(text)).map(({ f }) => f);
  expect(hits).toEqual([]);
});

it('calls no network API and names no address but Office.js', () => {
  const network = code.filter(({ text }) => /\bfetch\s*\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|importScripts/.test(text)).map(({ f }) => f);
  expect(network).toEqual([]);
  const urls = [...code, ...pages].flatMap(({ f, text }) => [...text.matchAll(/https?:\/\/[^\s"'`)<>]+/g)].map((m) => [f, m[0]]));
  expect(urls.filter(([, u]) => !u.startsWith(OFFICE_JS))).toEqual([]);
});

describe.each(pages.map((p) => [p.f.split('/').pop()!, p.text] as const))('%s', (_name, html) => {
  const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  const directive = (name: string) => csp.split(';').map((d) => d.trim().split(/\s+/)).find(([n]) => n === name)?.slice(1) ?? null;

  it('has a Content-Security-Policy without eval or inline script, sending nowhere but its origin', () => {
    expect(csp).not.toBe('');
    expect(csp).not.toMatch(/unsafe-eval|\*\s*;|data:\s*;?\s*script/);
    const script = directive('script-src') ?? directive('default-src')!;
    expect(script.every((s) => s === "'self'" || s === OFFICE_JS)).toBe(true);
    expect(script).not.toContain("'unsafe-inline'");
    const connect = directive('connect-src') ?? directive('default-src')!;
    expect(connect).toEqual(["'self'"]);
  });
});
