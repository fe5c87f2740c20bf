import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Comments point into docs/ for the rules they implement: every such pointer must land on a heading. */
const ROOT = join(__dirname, '..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx|js)$/.test(n) ? [p] : [];
  });
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const anchor = (heading: string) => heading.trim().toLowerCase().replace(/[^\p{L}\p{N} -]/gu, '').replace(/ /g, '-');

it('points only at docs that exist, and at headings they have', () => {
  const pointers = [...files(join(ROOT, 'src')), ...files(join(ROOT, 'tests')), join(ROOT, 'eslint.config.js')]
    .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/docs\/([a-z-]+\.md)(?:#([a-z0-9-]+))?/g)].map((m) => ({ f, doc: m[1], at: m[2] })));
  expect(pointers.length).toBeGreaterThan(20);
  for (const { f, doc, at } of pointers) {
    const text = readFileSync(join(ROOT, 'docs', doc), 'utf8');
    const headings = [...text.matchAll(/^#+ (.+)$/gm)].map((m) => anchor(m[1]));
    if (at) expect([f, doc, headings.includes(at)]).toEqual([f, doc, true]);
  }
});
