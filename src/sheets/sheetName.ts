import { matchKey } from '../domain/text';

/* Excel's rules for worksheet names (docs/excel.md), checked before any host is asked. */

export const MAX_SHEET_NAME = 31;
const FORBIDDEN = /[:\\/?*[\]]/;

export type SheetNameProblem = 'empty' | 'too-long' | 'forbidden-char' | 'apostrophe-edge' | 'reserved';

export function sheetNameProblem(name: string): SheetNameProblem | null {
  if (name.length === 0) return 'empty';
  if (name.length > MAX_SHEET_NAME) return 'too-long';
  if (FORBIDDEN.test(name)) return 'forbidden-char';
  if (name.startsWith("'") || name.endsWith("'")) return 'apostrophe-edge';
  if (name.toLowerCase() === 'history') return 'reserved';
  return null;
}

/** Sheet names are unique without regard to case. */
export function sameSheetName(a: string, b: string): boolean {
  return matchKey(a) === matchKey(b);
}

/** A sheet's values from a map keyed by sheet name, found as Excel finds sheets (case, NFC). */
export function sheetNamed<V>(sheets: ReadonlyMap<string, V>, name: string): V | undefined {
  return [...sheets.entries()].find(([n]) => sameSheetName(n, name))?.[1];
}

/**
 * A valid, unused sheet name from any text: forbidden characters become spaces, edges lose their
 * apostrophes, and a cut to 31 characters that collides gets " (2)", " (3)"… within the limit.
 */
export function safeSheetName(text: string, taken: readonly string[]): string {
  const base = text.replace(/[:\\/?*[\]]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^'+|'+$/g, '') || 'Trang';
  const free = (n: string) => !taken.some((t) => sameSheetName(t, n)) && !sheetNameProblem(n);
  const cut = base.slice(0, MAX_SHEET_NAME).trim();
  if (free(cut)) return cut;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = `${base.slice(0, MAX_SHEET_NAME - suffix.length).trim()}${suffix}`;
    if (free(name)) return name;
  }
}
