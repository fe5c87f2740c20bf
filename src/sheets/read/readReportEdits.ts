import type { CellValue } from '../spec';
import { KEY_COL } from '../reportSheet';
import { readText } from './cells';

/**
 * The cells of an earlier `Báo cáo` the officer rewrote: where the visible text differs from what
 * unionplan wrote there (kept in the hidden columns beside it). Keyed as the report layout keys its
 * cells ("header@right" for the date beside the number). A sheet without those columns — not made by
 * unionplan, or with them deleted — gives nothing to keep.
 *
 * Reports made by earlier versions had fewer columns: the key column is found where the subject's
 * key sits, the two columns after it hold what was written, and the right-hand cell of the header
 * row is the first cell after column A holding other text.
 */
export function readReportEdits(values: readonly (readonly CellValue[])[]): Map<string, string> {
  const kept = new Map<string, string>();
  const keyCol = keyColumn(values);
  if (keyCol === null) return kept;
  const header = values.find((line) => readText(line?.[keyCol]) === 'header');
  // Readers may give a merged range's value in each of its cells: the right block starts where the text changes.
  const rightCol = header ? header.findIndex((v, c) => c > 0 && c < keyCol && !!readText(v) && readText(v) !== readText(header[0])) : -1;
  for (const line of values) {
    const key = readText(line?.[keyCol]);
    if (!key) continue;
    const pairs: [string, number, number][] = [[key, 0, keyCol + 1]];
    if (rightCol > 0) pairs.push([`${key}@right`, rightCol, keyCol + 2]);
    for (const [name, shown, original] of pairs) {
      const now = readText(line[shown]);
      const was = readText(line[original]);
      if (now && was && now !== was) kept.set(name, String(line[shown]).normalize('NFC'));
    }
  }
  return kept;
}

function keyColumn(values: readonly (readonly CellValue[])[]): number | null {
  for (const line of values) {
    const c = line?.findIndex((v) => readText(v) === 'subject') ?? -1;
    if (c > 0) return c;
  }
  return values.some((line) => readText(line?.[KEY_COL])) ? KEY_COL : null;
}
