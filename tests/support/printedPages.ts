import type { SheetSpec } from '../../src/sheets/spec';

/**
 * How a sheet printed at 100 % falls onto pages: rows fill a page until the next would pass
 * `pageHeight` (points) or a manual break starts a new one — what Excel and LibreOffice do with
 * unscaled sheets. Rows without a set height count as `defaultHeight`.
 */
export function printedPages(spec: SheetSpec, pageHeight = ((297 - 20 - 20) / 25.4) * 72, defaultHeight = 16): { first: number; last: number; height: number }[] {
  const rows = spec.print.area ? spec.print.area.rows : Math.max(0, ...spec.blocks.map((b) => b.at.row + b.cells.length));
  const heights = new Map((spec.rowHeights ?? []).map((h) => [h.row, h.height]));
  const breaks = new Set(spec.print.rowBreaks ?? []);
  const pages: { first: number; last: number; height: number }[] = [];
  let page = { first: 0, last: -1, height: 0 };
  for (let row = 0; row < rows; row++) {
    const h = heights.get(row) ?? defaultHeight;
    if (row > page.first && (breaks.has(row) || page.height + h > pageHeight)) {
      pages.push(page);
      page = { first: row, last: row - 1, height: 0 };
    }
    page.last = row;
    page.height += h;
  }
  if (page.last >= page.first) pages.push(page);
  return pages;
}
