import type { Page } from 'playwright-core';

/**
 * Elements whose content spills out of their own box, or that stick out of the page's width: a word
 * wrapping inside a fixed-height pill (a badge, a button), a table wider than the pane. Elements that
 * scroll or clip on purpose (overflow other than visible) manage their own content. One line each.
 */
export function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const name = (e: Element) => {
      const fui = typeof e.className === 'string' ? e.className.split(' ').filter((c) => c.startsWith('fui-')).join('.') : '';
      return `${e.tagName.toLowerCase()}${fui ? `.${fui}` : ''} "${(e.textContent ?? '').trim().slice(0, 40)}"`;
    };
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width + 1) out.push(`the page is ${document.documentElement.scrollWidth}px wide in ${width}px`);
    for (const e of document.querySelectorAll('main *')) {
      if (!(e instanceof HTMLElement) || e.closest('[data-tabster-dummy]')) continue;
      const style = getComputedStyle(e);
      const r = e.getBoundingClientRect();
      if (style.visibility === 'hidden' || r.width === 0 || r.height === 0) continue;
      if (r.right > width + 1 || r.left < -1) out.push(`${name(e)} sticks out of the page (${Math.round(r.left)}–${Math.round(r.right)} of ${width})`);
      if (style.overflowX !== 'visible' || style.overflowY !== 'visible' || style.display === 'inline') continue;
      // A tab's selection bar slides in from the tab chosen before (a transform, not content).
      if (e.scrollWidth > e.clientWidth + 1 && !/\bfui-Tab\b/.test(e.className)) out.push(`${name(e)}: content ${e.scrollWidth}px wide in ${e.clientWidth}px`);
      // A pill or a button has its height set: text that wraps inside spills below it.
      if (/\bfui-(Badge|Button)\b/.test(e.className) && e.scrollHeight > e.clientHeight + 1) out.push(`${name(e)}: content ${e.scrollHeight}px high in ${e.clientHeight}px`);
    }
    return out;
  });
}
