/*
 * Excel and LibreOffice do not grow a row for wrapped text that a formula produces, nor always for
 * text a program writes, so the core sets heights itself from the text and the column widths.
 */

export const LINE_HEIGHT = 16; // points, for 12 pt Times New Roman
const PADDING = 2;

export function linesFor(text: string, widthChars: number): number {
  const perLine = Math.max(1, Math.floor(widthChars));
  return text.split(/\r?\n/).reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
}

/** The height of a row whose wrapped cells hold `texts` in columns of `widths` characters. */
export function rowHeightFor(texts: readonly (string | null)[], widths: readonly number[]): number {
  const lines = texts.reduce((max, t, i) => (t ? Math.max(max, linesFor(t, widths[i] ?? 10)) : max), 1);
  return lines * LINE_HEIGHT + PADDING;
}
