import { findNamedDays } from '../calendar/commemoration';
import { anniversaryProblems } from './anniversary';

/**
 * Mistakes a careful reader catches in a plan's text (issue #16, item 8): a day that does not exist
 * ("0/5/2025", "31/2", "ngày 32 tháng 1"), a year mistyped ("20225", "năm học 20122013"), and an
 * anniversary count that does not match its years ("kỷ niệm 95 năm (20/10/1930 – 20/10/2024)" is
 * 94; "kỷ niệm 96 năm Ngày thành lập Công đoàn Việt Nam" in 2024 is 95). Used by the document
 * reader and by `check` on the task sheet.
 */
export type MistakeKind = 'date' | 'year' | 'anniversary-count' | 'anniversary-year';

export interface TextMistake {
  kind: MistakeKind;
  /** The words at fault, as written. */
  text: string;
  message: string;
  /** The count or year as written, and what it should be, where known. */
  stated: number | null;
  expected: number | null;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Why day/month(/year) is not a date, or null when it is one. */
export function impossibleDate(day: number, month: number, year: number | null): string | null {
  if (month < 1 || month > 12) return `tháng ${month} không có`;
  if (day < 1) return `ngày ${day} không có`;
  const max = month === 2 && year !== null && !isLeap(year) ? 28 : DAYS_IN_MONTH[month - 1];
  if (day > max) return `tháng ${month}${month === 2 && year !== null ? `/${year}` : ''} chỉ có ${max} ngày`;
  return null;
}

/**
 * Dates that can only be dates: after "ngày", or with a year ("0/4/2020", "ngày 31/4",
 * "ngày 30 tháng 2 năm 2024"); a bare "97/100" is a fraction, not a date.
 */
const SLASH_DATE = /(?:(ngày)\s*)?(?<![\d/.,])(\d{1,2})\s*\/\s*(\d{1,2})(?:\s*\/\s*(\d{4}))?(?![\d/])/giu;
const WORD_DATE = /ngày\s*(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?/giu;
/** A year written with a digit too many, or a school year glued together: "20225", "20120", "20122013". */
const BAD_YEAR = /(?:năm(?:\s+học)?\s*:?\s*|tháng\s*\d{1,2}\s*\/\s*|\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*)(\d{5,8})(?!\d)/giu;

export function dateMistakes(text: string): TextMistake[] {
  const out: TextMistake[] = [];
  for (const m of text.matchAll(SLASH_DATE)) {
    if (!m[1] && !m[4]) continue;
    const why = impossibleDate(Number(m[2]), Number(m[3]), m[4] ? Number(m[4]) : null);
    if (why) out.push({ kind: 'date', text: m[0].trim(), message: `Ngày "${m[0].trim()}" không có thật (${why}).`, stated: null, expected: null });
  }
  for (const m of text.matchAll(WORD_DATE)) {
    const why = impossibleDate(Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : null);
    if (why) out.push({ kind: 'date', text: m[0].trim(), message: `Ngày "${m[0].trim()}" không có thật (${why}).`, stated: null, expected: null });
  }
  for (const m of text.matchAll(BAD_YEAR)) {
    const digits = m[1];
    const glued = digits.length === 8 && Number(digits.slice(4)) === Number(digits.slice(0, 4)) + 1;
    if (!/^(19|20)/.test(digits) && !glued) continue;
    out.push({
      kind: 'year', text: m[0].trim(), stated: Number(digits), expected: null,
      message: glued ? `Năm "${digits}" thiếu dấu gạch: ${digits.slice(0, 4)}-${digits.slice(4)}?` : `Năm "${digits}" không đúng (thừa chữ số?).`,
    });
  }
  return out;
}

/** "kỷ niệm 96 năm Ngày thành lập Công đoàn Việt Nam": the count names the year of the event. */
const COUNT_BEFORE_DAY = /(\d{1,3})\s+năm\s+(?:ngày\s+)?/giu;

/**
 * Anniversary counts against their years: the years in brackets, and for the commemorations with a
 * founding year the year(s) the text is dated in (`years`: the task's year, or the plan's years).
 */
export function anniversaryMistakes(text: string, years: readonly number[]): TextMistake[] {
  const out: TextMistake[] = [];
  for (const p of anniversaryProblems(text, years)) {
    out.push(p.kind === 'count'
      ? { kind: 'anniversary-count', text: '', stated: p.stated, expected: p.expected, message: `Số năm kỷ niệm ghi ${p.stated} nhưng khoảng năm cho ${p.expected} năm.` }
      : { kind: 'anniversary-year', text: '', stated: p.stated, expected: p.expected, message: `Năm kỷ niệm ghi ${p.stated}, không khớp với thời điểm ${p.expected} của mục này.` });
  }
  if (!years.length) return out;
  let named: ReturnType<typeof findNamedDays> | null = null;
  // Counts come in text order, the named days too (sorted): one pointer walks both.
  let next = 0;
  for (const m of text.matchAll(COUNT_BEFORE_DAY)) {
    named ??= findNamedDays(text);
    const after = m.index! + m[0].length;
    while (next < named.length && named[next].at < after) next++;
    // The day must follow the count directly ("95 năm Ngày thành lập Công đoàn Việt Nam").
    let day = null;
    for (let k = next; k < named.length && named[k].at - after <= 25; k++) if (named[k].day.foundingYear !== null) { day = named[k]; break; }
    if (!day) continue;
    // Years given in brackets right after are checked above.
    if (/^[^()]{0,80}\(\s*\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4}/.test(text.slice(day.end, day.end + 120))) continue;
    const stated = Number(m[1]);
    const possible = years.map((y) => y - day.day.foundingYear!);
    if (possible.includes(stated)) continue;
    const expected = possible[possible.length - 1];
    out.push({
      kind: 'anniversary-count', text: text.slice(m.index!, day.end), stated, expected,
      message: `"${text.slice(m.index!, day.end)}": ${day.day.name.replace(/^Ngày /, 'ngày ')} (${day.day.foundingYear}) tròn ${possible.join(' hoặc ')} năm trong ${years.join(', ')}, không phải ${stated}.`,
    });
  }
  return out;
}
