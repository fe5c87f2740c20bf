/**
 * Cells typed as ISO 8601 dates (`<c t="d"><v>2026-01-05</v></c>`: valid SpreadsheetML, written by
 * openpyxl with iso_dates, SheetJS with cellDates and others). ExcelJS reads their value as a plain
 * number with parseFloat, so 2026-01-05 becomes 2026 and is counted as 2,026 members. They are made
 * what Excel itself stores for a date: the serial, under a date format, so that ExcelJS reads a Date
 * and the readers know the cell is a date.
 */
const EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
const TIME = /^T?(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?$/;

/** The 1900-system serial of an ISO date, date-time or time; null when the text is none of them. */
export function isoToSerialValue(text: string): number | null {
  const s = text.trim();
  const time = (h?: string, m?: string, sec?: string) => ((Number(h ?? 0) * 60 + Number(m ?? 0)) * 60 + Number(sec ?? 0)) / 86_400;
  let m = DATE_TIME.exec(s);
  if (m) {
    const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    const day = new Date(ms);
    if (day.getUTCMonth() !== Number(m[2]) - 1 || day.getUTCDate() !== Number(m[3])) return null;
    return (ms - EPOCH_MS) / DAY_MS + time(m[4], m[5], m[6]);
  }
  m = TIME.exec(s);
  return m ? time(m[1], m[2], m[3]) : null;
}

const DATE_CELL = /<c\b([^>]*?)\bt\s*=\s*(["'])d\2([^>]*?)(\/>|>([\s\S]*?)<\/c>)/g;
const VALUE = /<v>([^<]*)<\/v>/;

/**
 * A sheet's XML with every date-typed cell made a serial under the style `dateStyle` (a date
 * format). One whose text is no date, or every one when the workbook has no styles to hold a date
 * format (`dateStyle` null), becomes a text cell: read as text, never as a number.
 */
export function isoDateCellsAsSerials(sheetXml: string, dateStyle: number | null): string {
  return sheetXml.replace(DATE_CELL, (_cell, before: string, _q, after: string, end: string, content?: string) => {
    const attrs = `${before}${after}`.replace(/\bs\s*=\s*(["'])[^"']*\1/, '').replace(/\s+$/, '');
    if (end === '/>') return `<c${attrs}/>`;
    const v = VALUE.exec(content ?? '');
    const serial = v && dateStyle !== null ? isoToSerialValue(v[1]) : null;
    if (serial === null) return `<c${attrs} t="str">${content}</c>`;
    return `<c${attrs} s="${dateStyle}">${(content ?? '').replace(VALUE, `<v>${serial}</v>`)}</c>`;
  });
}

export const hasIsoDateCells = (sheetXml: string) => /<c\b[^>]*?\bt\s*=\s*(["'])d\1/.test(sheetXml);

/**
 * The styles part with one more cell format, Excel's built-in date format 14 ("m/d/yyyy", shown in
 * the reader's own date order), and that format's index.
 */
export function withDateStyle(stylesXml: string): { xml: string; index: number } | null {
  const xfs = /<cellXfs\b([^>]*)>([\s\S]*?)<\/cellXfs>/.exec(stylesXml);
  if (!xfs) return null;
  const index = (xfs[2].match(/<xf\b/g) ?? []).length;
  const attrs = xfs[1].replace(/\bcount\s*=\s*(["'])\d*\1/, `count="${index + 1}"`);
  const xml = stylesXml.replace(xfs[0], () => `<cellXfs${attrs}>${xfs[2]}<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>`);
  return { xml, index };
}
