/**
 * What Excel makes of a string written through `range.values` or `range.formulas`: it parses it as
 * if the user had typed it. A simplified but deliberately generous table (docs/excel-fake.md), the
 * fake's own — never the product's — so a test of the product against it proves something.
 *
 * Sources:
 * - Range.values (Office.js reference, @types/office-js): "If the returned value starts with a plus
 *   ("+"), minus ("-"), or equal sign ("="), Excel interprets this value as a formula"; cells with an
 *   error "return the error string"; strings are parsed the en-US way ("Locale-shaped strings (such
 *   as the date "19-8-2025" …) are stored as text … use a locale-neutral format like ISO").
 * - Excel's own typing rules (support.microsoft.com "Stop automatically changing numbers to dates",
 *   "Display numbers as fractions", "Format numbers as percentages"): a leading apostrophe keeps the
 *   rest as text and is not part of the value; the Text number format ("@") keeps typed text as text;
 *   numbers may carry thousands separators, a currency sign, a percent sign or parentheses; "1 1/2"
 *   is a mixed fraction; "5-Jan", "Jan-26", "3/2026", "10/20/2026", "2026-05-01" are dates; "8:30",
 *   "8:30 PM" are times; TRUE and FALSE are booleans; "#N/A" and the other error words are errors.
 *
 * Where Excel's behaviour depends on the locale, the version or is unclear (day-first dates such as
 * "20/10" in a Vietnamese Excel, thousands separators in odd places, a currency sign of another
 * country), the table coerces: the fake must never keep as text what a real Excel might change.
 */
export type ValueType = 'Empty' | 'String' | 'Double' | 'Boolean' | 'Error' | 'Formula';
export interface Typed { value: string | number | boolean | null; type: ValueType }

const ERRORS = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!', '#FIELD!', '#BLOCKED!', '#BUSY!', '#CONNECT!', '#UNKNOWN!', '#PYTHON!'];
const CURRENCY = '$€£¥₫đ';
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_WORD = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const SEP = '\\s*[-/\\s.,]\\s*';
const EPOCH_UTC = Date.UTC(1899, 11, 30);

function serial(y: number, m: number, d: number): number | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return (t.getTime() - EPOCH_UTC) / 86_400_000;
}

/** Two-digit years as Excel reads them: 00–29 this century, 30–99 the last. */
const year = (s: string) => (s.length <= 2 ? (Number(s) < 30 ? 2000 : 1900) + Number(s) : Number(s));
const thisYear = () => new Date().getUTCFullYear();
const month = (word: string) => MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;

const NUMBER = new RegExp(`^([+-]?)\\s*(\\()?\\s*([${CURRENCY}])?\\s*(\\d[\\d,.\\s\\u00a0]*|\\.\\d+)(e[+-]?\\d+)?\\s*([${CURRENCY}]|%)?\\s*(\\))?$`, 'i');
const DAY_MONTH = new RegExp(`^(\\d{1,2})${SEP}${MONTH_WORD}(?:${SEP}(\\d{1,4}))?$`, 'i');
const MONTH_DAY = new RegExp(`^${MONTH_WORD}${SEP}(\\d{1,4})(?:${SEP}(\\d{1,4}))?$`, 'i');

/** A plain number with the decorations Excel accepts: sign, parentheses, currency, %, separators, exponent. */
function number(s: string): number | null {
  const m = NUMBER.exec(s);
  if (!m || Boolean(m[2]) !== Boolean(m[7]) || (m[3] && m[6] && m[6] !== '%')) return null;
  const body = m[4].replace(/[\s\u00a0]/g, '');
  // Two decimal points ("1.2.2026") make a date or text, not a number; commas are taken as thousands.
  if ((body.match(/\./g) ?? []).length > 1) return null;
  const n = Number(body.replace(/,/g, '')) * Number(`1${m[5] ?? ''}`);
  if (!Number.isFinite(n)) return null;
  const signed = (m[1] === '-' || m[2] ? -1 : 1) * n;
  return m[6] === '%' ? signed / 100 : signed;
}

function fraction(s: string): number | null {
  const m = /^([+-]?)(\d+)\s+(\d+)\/(\d+)$/.exec(s);
  if (!m || Number(m[4]) === 0) return null;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) + Number(m[3]) / Number(m[4]));
}

function time(s: string): number | null {
  const m = /^(\d{1,4}):(\d{1,2})(?::(\d{1,2}(?:\.\d+)?))?\s*(a|p|am|pm)?$/i.exec(s);
  if (!m || Number(m[2]) > 59 || Number(m[3] ?? 0) >= 60) return null;
  let h = Number(m[1]);
  if (m[4]) {
    if (h > 12) return null;
    h = (h % 12) + (/^p/i.test(m[4]) ? 12 : 0);
  }
  return (h * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0)) / 86_400;
}

function numericDate(s: string): number | null {
  let m = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$/.exec(s); // 2026-05-01, 2026-05, 2026/5/1
  if (m) return serial(Number(m[1]), Number(m[2]), Number(m[3] ?? 1));
  m = /^(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{1,4}))?$/.exec(s); // 10/20/2026, 1/2, 1-2-26; 20/10 day first
  if (m) {
    const y = m[3] ? year(m[3]) : thisYear();
    return serial(y, Number(m[1]), Number(m[2])) ?? serial(y, Number(m[2]), Number(m[1]));
  }
  m = /^(\d{1,2})[-/.](\d{3,4})$/.exec(s); // 3/2026: a month
  if (m) return serial(year(m[2]), Number(m[1]), 1);
  return null;
}

function wordDate(s: string): number | null {
  let m = DAY_MONTH.exec(s); // 5-Jan, 5 Jan 2026
  if (m) return serial(m[3] ? year(m[3]) : thisYear(), month(m[2]), Number(m[1]));
  m = MONTH_DAY.exec(s); // Jan-26, Jan 5, Jan 5, 2026, January 2026
  if (!m) return null;
  const [, w, a, b] = m;
  if (b) return serial(year(b), month(w), Number(a));
  // "Jan-26": a day if it can be one, else a year ("Jan-2026", "Jan-45").
  return Number(a) <= 31 && a.length <= 2 ? serial(thisYear(), month(w), Number(a)) : serial(year(a), month(w), 1);
}

function dateTime(s: string): number | null {
  const m = /^(.+?)\s+(\d{1,2}:\d{1,2}(?::\d{1,2})?\s*(?:am|pm|a|p)?)$/i.exec(s);
  if (!m) return null;
  const d = numericDate(m[1]) ?? wordDate(m[1]);
  const t = time(m[2]);
  return d === null || t === null ? null : d + t;
}

/** The value a cell gets when `input` is written to it, given the cell's number format. */
export function typed(input: string, numberFormat?: string): Typed {
  if (input === '') return { value: '', type: 'Empty' };
  if (input.startsWith("'")) return { value: input.slice(1), type: 'String' };
  if (numberFormat === '@') return { value: input, type: 'String' };
  if (input.startsWith('=') && input.length > 1) return { value: input, type: 'Formula' };
  const s = input.trim();
  if (ERRORS.includes(s.toUpperCase())) return { value: s.toUpperCase(), type: 'Error' };
  if (/^(true|false)$/i.test(s)) return { value: s.toLowerCase() === 'true', type: 'Boolean' };
  for (const parse of /\d/.test(s) ? [number, fraction, time, numericDate, wordDate, dateTime] : []) {
    const n = parse(s);
    if (n !== null) return { value: n, type: 'Double' };
  }
  // A sign or @ in front of anything else starts a formula, as the user typing it would.
  if (/^[+\-@]./s.test(input)) return { value: `=${input}`, type: 'Formula' };
  return { value: input, type: 'String' };
}
