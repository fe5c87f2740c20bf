import { matchKey } from '../domain/text';

/** Excel's rules for worksheet names (DESIGN.md §8), checked before any host is asked. */
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
