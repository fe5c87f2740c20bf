/**
 * How wide text prints in Times New Roman, from the advance widths of Tinos (metric-compatible with
 * Times New Roman; made by scripts/fontMetrics.mjs). Vietnamese letters take their base letter's
 * width (the marks sit above or below), so the table covers every letter the sheets write. Used to
 * size rows and columns so that nothing prints cut, and by the tests that measure every label.
 */
export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';

const CHARS = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~đĐ–—…“”‘’•█░│■≥≤÷×·▌";
/** Per 1000 em, in the order of CHARS. */
const WIDTHS: Record<FontStyle, string> = {
  regular: '250,333,408,500,500,833,778,180,333,333,500,564,250,333,250,278,500,500,500,500,500,500,500,500,500,500,278,278,564,564,564,444,921,722,667,667,722,611,556,722,722,333,389,722,611,889,722,722,556,722,667,556,611,722,722,944,722,722,611,333,278,333,469,500,333,444,500,444,500,444,333,500,500,278,278,500,278,778,500,500,500,500,333,389,278,500,500,722,500,500,444,480,200,480,541,500,722,500,1000,1000,444,444,333,333,350,708,708,708,604,549,549,549,564,333,708',
  bold: '250,333,555,500,500,1000,833,278,333,333,500,570,250,333,250,278,500,500,500,500,500,500,500,500,500,500,333,333,570,570,570,500,930,722,667,722,722,667,611,778,778,389,500,778,667,944,722,778,611,778,722,556,667,722,722,1000,722,722,667,333,278,333,581,500,333,500,556,444,556,444,333,500,556,278,333,556,278,833,556,500,556,556,444,389,333,556,500,722,500,500,444,394,220,394,520,556,722,500,1000,1000,500,500,333,333,350,708,708,708,604,549,549,549,570,333,708',
  italic: '250,333,420,500,500,833,778,214,333,333,500,675,250,333,250,278,500,500,500,500,500,500,500,500,500,500,333,333,675,675,675,500,920,611,611,667,722,611,611,722,722,333,444,667,556,833,667,722,611,722,611,500,556,722,611,833,611,556,556,389,278,389,422,500,333,500,500,444,500,444,278,500,500,278,278,444,278,722,500,500,500,500,389,389,278,500,444,667,444,444,389,400,275,400,541,500,722,500,889,889,556,556,333,333,350,708,708,616,604,549,549,549,675,250,708',
  boldItalic: '250,389,555,500,500,833,778,278,333,333,500,570,250,333,250,278,500,500,500,500,500,500,500,500,500,500,333,333,570,570,570,500,832,667,667,667,722,667,667,722,778,389,500,667,611,889,722,722,611,722,667,556,611,722,667,889,667,611,611,333,278,333,570,500,333,500,500,444,500,444,333,500,556,278,278,500,278,778,556,500,500,500,389,389,278,556,444,667,500,444,389,348,220,348,570,500,722,500,1000,1000,500,500,333,333,350,708,708,616,604,549,549,549,570,250,708',
};

const tables = new Map<FontStyle, Map<string, number>>();
function table(style: FontStyle): Map<string, number> {
  let t = tables.get(style);
  if (!t) {
    const w = WIDTHS[style].split(',').map(Number);
    t = new Map([...CHARS].map((c, i) => [c, w[i]]));
    tables.set(style, t);
  }
  return t;
}

/** A letter's base: "ế" → "e", "Ư" → "U" (ư and ơ print as wide as u and o). */
function base(ch: string): string {
  return ch.normalize('NFD').charAt(0);
}

/** Width in points of one line of `text` at `size` points. Unknown characters count as wide as "M". */
export function textWidthPt(text: string, size: number, style: FontStyle = 'regular'): number {
  const t = table(style);
  let units = 0;
  for (const ch of text) {
    let w = t.get(ch);
    if (w === undefined) {
      // Learned once per character: a Vietnamese letter is as wide as its base letter.
      w = t.get(base(ch)) ?? (t.get('M') as number);
      t.set(ch, w);
    }
    units += w;
  }
  return (units * size) / 1000;
}

export const styleOf = (bold?: boolean, italic?: boolean): FontStyle => (bold ? (italic ? 'boldItalic' : 'bold') : italic ? 'italic' : 'regular');

/**
 * A column of `width` characters prints at least this many points wide. Excel gives 7 pixels per
 * character of the default font (Calibri 11, which Excel and ExcelJS workbooks keep) plus 5 pixels
 * of padding, at 96 pixels per inch: 5.25 pt per character plus 3.75. LibreOffice, measured on its
 * PDFs, gives 5.25 pt per character plus 1.5: the narrower of the two is what text must fit.
 */
export function columnPoints(width: number): number {
  return width * 5.25 + 1.5;
}

/** A cell's inner margins, both sides. */
export const CELL_PADDING_PT = 3;

/** The lines `text` takes when wrapped at word boundaries into `widthPt` (explicit line breaks kept). */
export function wrappedLines(text: string, widthPt: number, size: number, style: FontStyle = 'regular'): number {
  const room = Math.max(1, widthPt - CELL_PADDING_PT);
  const space = textWidthPt(' ', size, style);
  let lines = 0;
  for (const part of text.split(/\r?\n/)) {
    lines++;
    let used = 0;
    for (const word of part.split(' ')) {
      const w = textWidthPt(word, size, style);
      if (used > 0 && used + space + w > room) {
        lines++;
        used = 0;
      }
      // A word longer than the line breaks inside itself.
      if (w > room) {
        lines += Math.ceil(w / room) - 1;
        used = w % room;
      } else used += (used > 0 ? space : 0) + w;
    }
  }
  return lines;
}
