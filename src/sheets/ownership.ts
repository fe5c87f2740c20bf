import { sheetRef } from './a1';
import { matchKey } from '../domain/text';
import { nextNumbered } from './numberedName';

/*
 * How a workbook says which sheets unionplan made (issue #9): one hidden workbook name per sheet,
 * "_unionplan_<n>", referring to the sheet's A1. A reference follows the sheet when the user renames
 * it and breaks (#REF!) when they delete it, so ownership never passes to a sheet the user made under
 * the same name. The name's comment says whether the sheet was written to the end: a write that
 * stops halfway (the pane closed, Excel crashed) leaves "unionplan:writing" for `Kiểm tra` to report.
 */

export const MARK_PREFIX = '_unionplan_';
export const MARK_DONE = 'unionplan';
export const MARK_WRITING = 'unionplan:writing';

/** Old sheets step aside under this prefix while their replacements are written. */
export const RETIRED_PREFIX = '~unionplan-old-';

export interface Mark {
  /** The defined name itself, e.g. "_unionplan_3". */
  name: string;
  /** The sheet it refers to; null once that sheet was deleted. */
  sheet: string | null;
  complete: boolean;
}

export function isMarkName(name: string): boolean {
  return name.toLowerCase().startsWith(MARK_PREFIX);
}

/** The formula a mark refers with: the sheet's A1, absolute. */
export function markFormula(sheet: string): string {
  return `=${sheetRef(sheet, { row: 0, col: 0 }, { row: true, col: true })}`;
}

/** The sheet a mark's formula refers to ("='Tổng hợp'!$A$1", "=Sheet1!$A$1"), or null (#REF!, anything else). */
export function markedSheet(formula: string): string | null {
  const m = /^=?(?:'((?:[^']|'')+)'|([^'!#]+))!\$?A\$?1$/.exec(formula.trim());
  if (!m) return null;
  return m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
}

export function readMark(name: string, formula: unknown, comment: unknown): Mark | null {
  if (!isMarkName(name)) return null;
  return { name, sheet: typeof formula === 'string' ? markedSheet(formula) : null, complete: comment !== MARK_WRITING };
}

/** The marks of a workbook, asked by sheet name as Excel compares them. */
export class Ownership {
  constructor(readonly marks: readonly Mark[]) {}

  markOf(sheet: string): Mark | undefined {
    // sameSheetName's rule, through matchKey: importing sheetName.ts here trips webpack 5.112's
    // module concatenation ("has no id assigned") in the standalone page's .xlsx chunk.
    return this.marks.find((m) => m.sheet !== null && matchKey(m.sheet) === matchKey(sheet));
  }

  owns(sheet: string): boolean {
    return this.markOf(sheet) !== undefined;
  }

  /** Sheets whose writing began and never finished. */
  incomplete(): string[] {
    return this.marks.filter((m) => m.sheet !== null && !m.complete).map((m) => m.sheet!);
  }

  /** Marks whose sheet is gone: housekeeping removes them. */
  dangling(): Mark[] {
    return this.marks.filter((m) => m.sheet === null);
  }

  /** An unused mark name, counting from 1; `taken` holds the names given out so far. */
  freeName(taken: Set<string>): string {
    for (const m of this.marks) taken.add(m.name.toLowerCase());
    return nextNumbered(MARK_PREFIX, taken);
  }
}

export function isRetiredSheet(name: string): boolean {
  return name.toLowerCase().startsWith(RETIRED_PREFIX);
}
