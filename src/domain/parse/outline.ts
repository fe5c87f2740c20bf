/**
 * The numbering of plan documents, in every style officers type or Word generates: parts "I.",
 * "II-", "III/", "A."; sections "1.", "1-", "1)", "1/"; sub-sections "1.1.", "2.3.1"; points "a)",
 * "a.", "a-"; bullets "-", "–", "+", "•", "*", "·", "✓", "➢". A style is its kind and its separator,
 * so "1." and "1)" in one document are two levels. Headings without numbers are written in capitals.
 */
export type MarkerKind = 'part' | 'upper-letter' | 'number' | 'subnumber' | 'letter' | 'bullet';

export interface Marker {
  kind: MarkerKind;
  /** "II", "3", "2.1", "b", "-": the number as written, without its separator. */
  label: string;
  /** The style key that decides the level: kind plus separator ("number.", "number-", "bullet+"). */
  style: string;
  /** The text after the marker. */
  rest: string;
}

const ROMAN_VALUE: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

/** The value of a Roman numeral up to 49, or null when the letters are not one ("IIV", "VV"). */
export function romanValue(s: string): number | null {
  if (!/^(X{0,4})(IX|IV|V?I{0,3})$/.test(s) || !s) return null;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUE[s[i]];
    const next = ROMAN_VALUE[s[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

const PART = /^(?:PHẦN\s+|Phần\s+)?([IVX]{1,6})\s*([.\-–—/):])\s*(.*)$/u;
const PART_WORD = /^(PHẦN|Phần|CHƯƠNG|Chương)\s+(THỨ\s+\p{Lu}+|thứ\s+\p{Ll}+|[IVX]{1,6}(?=[\s.:\-–)]|\p{Lu}[\p{Ll}\s])|\d{1,2}(?!\d))\s*[.:\-–)]?\s*(.*)$/u;
/** "II Đối tượng tham gia:", a part number without its separator before a word in capitals. */
const PART_BARE = /^([IVX]{1,6})\s+(\p{Lu}.*)$/u;
const SUBNUMBER = /^(\d{1,2}(?:\.\d{1,2}){1,3})\.?\s*[)\-–:]?\s+(.*)$/u;
const NUMBER_BARE = /^(\d{1,2})\s+(\p{Lu}\p{Ll}.*)$/u;
const NUMBER = /^(\d{1,2})\s*([.\-–)/:])(?!\d)\s*(.*)$/u;
const LETTER = /^([a-zđ])\s*([.)\-–:])\s+(.*)$/u;
const UPPER_LETTER = /^([A-Đ])\s*([.)\-–:])\s+(.*)$/u;
const BULLET = /^([-–—•+*·●○◦▪■□►❖✓✔➢➤→⁃∙⦁])\s*(.*)$/u;
/**
 * The rows of an agenda open with their time: "13h45-14h00 1 Thắp hương", "7h30: Đón tiếp đại
 * biểu", "14:00 - 15:30 Thảo luận". A range, or a time set off by ":" or a dash; the row number
 * after it (the table's "TT" column) is dropped. "6 giờ 30 phút xe chạy" is a sentence.
 */
const CLOCK = '\\d{1,2}\\s*(?:h\\s*\\d{0,2}|giờ(?:\\s*\\d{1,2})?(?:\\s*phút)?|g\\s*\\d{2}|:\\d{2})(?![\\p{L}\\d])';
const TIME_ROW = new RegExp(`^(${CLOCK}(?:\\s*[-–—]\\s*${CLOCK})?)\\s*(.*)$`, 'u');

/** Reads the numbering at the start of a line, or null for a line without one. */
export function readMarker(line: string): Marker | null {
  let m = PART_WORD.exec(line);
  if (m) return { kind: 'part', label: m[2], style: `part-word-${m[1].toLowerCase()}`, rest: m[3].trim() };
  m = PART.exec(line);
  if (m && romanValue(m[1]) !== null && (m[3] === '' || /^[\p{Lu}\p{Ll}"“(]/u.test(m[3]))) {
    // "V. " is a part; "I-" too. A lone "I" opening a sentence ("I. Tình hình") is as well.
    return { kind: 'part', label: m[1], style: `part${sep(m[2])}`, rest: m[3].trim() };
  }
  m = PART_BARE.exec(line);
  if (m && romanValue(m[1]) !== null && line.length <= 160) return { kind: 'part', label: m[1], style: 'part.', rest: m[2].trim() };
  m = TIME_ROW.exec(line);
  if (m && (/[-–—]/.test(m[1]) || /^[:.\-–—]/.test(m[2]))) {
    const rest = m[2].replace(/^[:.\-–—]\s*/, '').replace(/^\d{1,2}\s*(?=\p{L}|$)/u, '').trim();
    return { kind: 'bullet', label: m[1].replace(/\s+/g, ''), style: 'bullet-time', rest };
  }
  m = SUBNUMBER.exec(line);
  if (m && !/^\d{1,2}\.\d{1,2}\.\d{4}/.test(line)) return { kind: 'subnumber', label: m[1], style: `subnumber${m[1].split('.').length}`, rest: m[2].trim() };
  m = NUMBER.exec(line);
  if (m && isNumberMarker(m[1], m[2], m[3])) return { kind: 'number', label: m[1], style: `number${sep(m[2])}`, rest: m[3].trim() };
  // "1 Mục đích", "2 Thành phần": a short heading numbered without its separator.
  m = NUMBER_BARE.exec(line);
  if (m && line.split(/\s+/).length <= 9 && !/[.;]$/.test(line)) return { kind: 'number', label: m[1], style: 'number.', rest: m[2].trim() };
  m = LETTER.exec(line);
  if (m) return { kind: 'letter', label: m[1], style: `letter${sep(m[2])}`, rest: m[3].trim() };
  m = UPPER_LETTER.exec(line);
  if (m && m[1] !== 'I' && m[1] !== 'V' && m[1] !== 'X') return { kind: 'upper-letter', label: m[1], style: `upper-letter${sep(m[2])}`, rest: m[3].trim() };
  m = BULLET.exec(line);
  if (m && m[2].trim()) return { kind: 'bullet', label: m[1], style: `bullet${bulletClass(m[1])}`, rest: m[2].trim() };
  return null;
}

/** "1." and "1 ." are one style; "-" and "–" too (typists mix them); "+" is another. */
function sep(s: string): string {
  if (s === '–' || s === '—') return '-';
  return s;
}

function bulletClass(b: string): string {
  if (b === '-' || b === '–' || b === '—' || b === '⁃') return '-';
  if (b === '+') return '+';
  if (b === '*') return '*';
  return '•';
}

/**
 * "1/" opens a section, "1/8" is a date; "2-" opens one, "2-3 ngày" is a range; "6 giờ" is not
 * numbered at all. A number marker is followed by text, not by more digits.
 */
function isNumberMarker(_n: string, separator: string, rest: string): boolean {
  if (separator === ':' && !rest) return false;
  if ((separator === '/' || separator === '-' || separator === '–') && /^\d/.test(rest)) return false;
  return rest === '' || /^[\p{L}"“(*]/u.test(rest);
}

/** A heading set in capitals: letters all upper case, a few words at least, not a sentence. */
export function isCapitalsHeading(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 4 || text.length > 160) return false;
  return letters === letters.toUpperCase() && /\p{Lu}.*\p{Lu}/u.test(letters);
}
