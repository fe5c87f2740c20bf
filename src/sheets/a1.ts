import type { Cell, Rect } from './spec';

/** A1 notation for formulas and host calls. Columns and rows are 0-based on input. */
export function columnLetters(col: number): string {
  if (!Number.isInteger(col) || col < 0 || col > 16383) throw new RangeError(`column out of range: ${col}`);
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function cellA1(c: Cell, abs: { row?: boolean; col?: boolean } = {}): string {
  return `${abs.col ? '$' : ''}${columnLetters(c.col)}${abs.row ? '$' : ''}${c.row + 1}`;
}

export function rectA1(r: Rect): string {
  const tl = cellA1(r);
  if (r.rows === 1 && r.cols === 1) return tl;
  return `${tl}:${cellA1({ row: r.row + r.rows - 1, col: r.col + r.cols - 1 })}`;
}

export function parseCellA1(a1: string): Cell {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim());
  if (!m) throw new RangeError(`not an A1 cell: ${a1}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/**
 * A sheet name as a formula reference needs it. Names with anything but ASCII letters, digits and
 * underscore are quoted, so every Vietnamese name is; an apostrophe inside is doubled.
 */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function sheetRef(sheet: string, c: Cell, abs: { row?: boolean; col?: boolean } = {}): string {
  return `${quoteSheetName(sheet)}!${cellA1(c, abs)}`;
}

/** Quotes a string literal for a formula: "Thường xuyên" → "\"Thường xuyên\"". */
export function formulaString(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}
