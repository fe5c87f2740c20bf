import type { CellValue } from '../spec';
import { KEY_COL, ORIGINAL_A_COL, ORIGINAL_RIGHT_COL, RIGHT_COL } from '../reportSheet';
import { readText } from './cells';

/**
 * The cells of an earlier `Báo cáo` the officer rewrote: where the visible text differs from what
 * unionplan wrote there (kept in the hidden columns beside it). Keyed as the report layout keys its
 * cells ("header@right" for the date beside the number). A sheet without those columns — not made by
 * unionplan, or with them deleted — gives nothing to keep.
 */
export function readReportEdits(values: readonly (readonly CellValue[])[]): Map<string, string> {
  const kept = new Map<string, string>();
  for (const line of values) {
    const key = readText(line?.[KEY_COL]);
    if (!key) continue;
    const pairs: [string, number, number][] = [[key, 0, ORIGINAL_A_COL], [`${key}@right`, RIGHT_COL, ORIGINAL_RIGHT_COL]];
    for (const [name, shown, original] of pairs) {
      const now = readText(line[shown]);
      const was = readText(line[original]);
      if (now && was && now !== was) kept.set(name, String(line[shown]).normalize('NFC'));
    }
  }
  return kept;
}
