import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** axe-core's WCAG 2 A and AA rules on the page as it stands: the violations, one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  // evaluate() runs outside the page's CSP, which (rightly) refuses inline scripts.
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, o: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    // Tabster's focus sentinels (Fluent UI): aria-hidden, focusable for a moment only to pass focus on.
    const sentinels = [...document.querySelectorAll('[data-tabster-dummy]')].length;
    if (!sentinels) throw new Error('no tabster sentinels: drop the exclusion below');
    return (await axe.run({ include: [['body']], exclude: [['[data-tabster-dummy]']] } as unknown as Document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations;
  });
  return result.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
