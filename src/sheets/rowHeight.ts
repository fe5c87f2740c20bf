import { columnPoints, textWidthPt, wrappedLines } from './textWidth';

/*
 * Excel and LibreOffice do not grow a row for wrapped text that a formula produces, nor always for
 * text a program writes, so the core sets heights itself from the text, measured in Times New Roman
 * (textWidth.ts), and the column widths — every wrapped column of the row, not only the widest text.
 */

export const LINE_HEIGHT = 16; // points, for 12 pt Times New Roman
const PADDING = 2;
const SIZE = 12;

/** Lines of 12 pt text in a column `widthChars` characters wide. */
export function linesFor(text: string, widthChars: number, bold = false, size = SIZE): number {
  return wrappedLines(text, columnPoints(widthChars), size, bold ? 'bold' : 'regular');
}

/** The height of a row whose wrapped cells hold `texts` in columns of `widths` characters (bold: a header row). */
export function rowHeightFor(texts: readonly (string | null)[], widths: readonly number[], bold = false, size = SIZE): number {
  const lines = texts.reduce((max, t, i) => (t ? Math.max(max, linesFor(t, widths[i] ?? 10, bold, size)) : max), 1);
  return Math.ceil(lines * LINE_HEIGHT * (size / SIZE)) + PADDING;
}

/** Whether one line of `text` fits a column `widthChars` wide at `size` points (labels that must not wrap). */
export function fitsOneLine(text: string, widthChars: number, size = SIZE, bold = false): boolean {
  return textWidthPt(text, size, bold ? 'bold' : 'regular') <= columnPoints(widthChars) - 3;
}
