import { findNamedDays, namedDayDates } from '../calendar/commemoration';
import { lunarToSolar } from '../calendar/lunar';
import { addMonths, monthsBetween, splitYearMonth, yearMonth, type YearMonth } from '../month';
import { periodMonths, periodYears, type Period } from '../period';
import type { Timing } from './types';

/*
 * The timing grammar of plans (docs/domain.md#timing). A timing text becomes a set of months inside the
 * plan's period, or a kind without months. Months and dates written without a year are placed in
 * the period: a school year's "20/11" falls in its first calendar year and "8/3" in its second; in a
 * congress term they recur every year. Months named outside the period are reported, not kept.
 */

export interface TimingRead {
  timing: Timing;
  /** Months the text names that fall outside the period (a 2024 plan saying "tháng 5 năm 2023"). */
  outside: YearMonth[];
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** A mention's possible start and end months (one per year it can fall in) and all its months. */
interface Span {
  starts: YearMonth[];
  ends: YearMonth[];
  all: YearMonth[];
  at: number;
  /** A named day ("Tết Trung thu"), weaker than a written date. */
  named: boolean;
  /** The year was written ("tháng 5 năm 2012"), not placed in the period. */
  dated: boolean;
  /** A span of days that closes itself ("từ ngày 15-17/07/2019"): no "đến" needed after its "từ". */
  closed: boolean;
}

/**
 * Every placement of month m (1–12) inside the period, or in `year` when given. A yearless month
 * that a short period does not hold (a May plan's review of "tháng 4") is placed in the year that
 * brings it nearest the period, so it can be reported as outside rather than lost.
 */
export function placeMonth(m: number, year: number | null, p: Period): YearMonth[] {
  if (!Number.isInteger(m) || m < 1 || m > 12) return [];
  if (year !== null) return year >= 1900 && year <= 2100 ? [yearMonth(year, m)] : [];
  const inside = periodYears(p).map((y) => yearMonth(y, m)).filter((ym) => ym >= p.from && ym <= p.to);
  if (inside.length) return inside;
  const first = splitYearMonth(p.from).year;
  const candidates = [first - 1, first, first + 1, splitYearMonth(p.to).year + 1].map((y) => yearMonth(y, m));
  const distance = (ym: YearMonth) => (ym < p.from ? monthsBetween(ym, p.from).length : monthsBetween(p.to, ym).length);
  return [candidates.sort((a, b) => distance(a) - distance(b))[0]];
}

const list = (s: string) => s.split(/\s*(?:,|và|-|–)\s*/).filter(Boolean);

/** Blanks the spans [at, length] of s in one pass (a long line holds many: blanking them one by one would be quadratic). */
function blankOut(s: string, cuts: readonly (readonly [number, number])[]): string {
  if (!cuts.length) return s;
  const sorted = [...cuts].sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let pos = 0;
  for (const [at, length] of sorted) {
    const from = Math.max(at, pos);
    const to = at + length;
    if (to <= from) continue;
    parts.push(s.slice(pos, from), ' '.repeat(to - from));
    pos = to;
  }
  parts.push(s.slice(pos));
  return parts.join('');
}

/**
 * Dates that cite a document rather than time a task: "Nghị quyết 02-NQ/TW ngày 12/6/2021",
 * "Kế hoạch số 03/KH-LĐLĐ ngày 16/02/2011", "Công văn số 240/LĐLĐ ngày 11 tháng 9 năm 2020".
 * The number or the kind of document stands shortly before "ngày".
 */
const CITATION = /(?:(?:số|nghị quyết|nghị định|quyết định|chỉ thị|công văn|kế hoạch|thông tư|hướng dẫn|thông báo|kết luận|luật|chương trình|đề án|công điện|văn bản)\s+(?:số\s+)?[\d\p{L}]*[\d][\d\p{L}./-]*|\d+\s*[-/]\s*[\p{Lu}\p{Ll}]{1,10}(?:\s*[-/.]\s*[\p{Lu}\p{Ll}0-9]{1,12}){0,3})[^;.]{0,40}?\s(?:ngày|ban hành ngày|ký ngày)\s+(\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})/giu;

/** "(28/7/1929 - 28/7/2024)": an anniversary's founding date is history, its end date the event. */
const ANNIVERSARY_START = /(\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*(\d{4}))\s*[-–—]\s*\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*(\d{4})/g;

/**
 * Schools and firms named after a day ("Trường Mầm non 28/8 Tây Trà", "THCS 19/5", "Công ty
 * 20/7"): the day is the name's, not a time. It follows the kind of school or firm directly.
 */
const NAMED_AFTER_DAY = /(?<![\p{L}])(?:mầm non|mẫu giáo|tiểu học|thcs|thpt|th|mn|mg|ptdtbt|ptdtnt|công ty|xí nghiệp|nhà máy|nông trường|lâm trường)\s+(\d{1,2}\s*\/\s*\d{1,2})(?![\d/])/giu;

/** Days of one month: "15-17/07/2019", "từ ngày 5-13/9/2019", "20 – 25/07/2019" (a day-month-year date on either side is no such span). */
const DAY_RANGE = /(?<![\d/])(\d{1,2})\s*[-–]\s*(\d{1,2})\s*\/\s*(\d{1,2})(?:\s*\/\s*(\d{4}))?(?![\d/])/g;

/** "ngày 23 tháng 9 năm 2021", "ngày 5 tháng 01", "23 tháng 9 năm 2021". */
const FULL_DATE = /ngày\s*(\d{1,2})\s+tháng\s+(\d{1,2})(?!\d)(?:\s+năm\s+(\d{4}))?(?!\d)|(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})(?!\d)/g;

/**
 * Lunar dates: "rằm tháng 8" (the 15th), "mùng 1 tháng giêng", "ngày 10 tháng 3 âm lịch", "15/8 âm
 * lịch"; the lunar year may follow ("… năm Canh Tý – 2020").
 */
const LUNAR = /(?:(rằm)|(?:mùng|mồng|ngày)\s*(\d{1,2}))\s+tháng\s+(giêng|chạp|\d{1,2}(?=\s*\(?\s*âm lịch)|(?<=rằm\s+tháng\s+)\d{1,2})|(\d{1,2})\s*\/\s*(\d{1,2})\s*\(?\s*âm lịch/g;
const LUNAR_MONTH_WORDS: Record<string, number> = { giêng: 1, chạp: 12 };

/** Quarter, month, day/month, lunar and named-day mentions, in text order. */
function mentions(text: string, p: Period, withNamed: boolean): Span[] {
  const spans: Span[] = [];
  let rest = text;
  const years = periodYears(p);
  const push = (starts: YearMonth[], ends: YearMonth[], all: YearMonth[], at: number, named = false, dated = false, closed = false) => {
    if (all.length) spans.push({ starts, ends, all, at, named, dated, closed });
  };
  // Cited documents' dates are blanked first, so nothing below reads them.
  rest = blankOut(rest, [...text.matchAll(CITATION)].map((m) => [m.index! + m[0].length - m[1].length, m[1].length] as const));
  rest = blankOut(rest, [...rest.matchAll(ANNIVERSARY_START)].filter((m) => Number(m[3]) - Number(m[2]) >= 5).map((m) => [m.index!, m[1].length] as const));
  rest = blankOut(rest, [...rest.matchAll(NAMED_AFTER_DAY)].map((m) => [m.index! + m[0].length - m[1].length, m[1].length] as const));
  let cuts: [number, number][] = [];
  /** Blanks what a kind of mention read, once all of that kind are read. */
  const blankRead = () => {
    rest = blankOut(rest, cuts);
    cuts = [];
  };
  const before = (at: number) => rest.slice(Math.max(0, at - 12), at);
  // "trước ngày 1/10" is work done in September.
  const earlier = (at: number, day: number, months: YearMonth[]) => (/trước\s+(?:ngày\s+)?$/.test(before(at)) && day <= 5 ? months.map((m) => addMonths(m, -1)) : months);

  for (const m of rest.matchAll(LUNAR)) {
    const day = m[1] ? 15 : Number(m[2] ?? m[4]);
    const monthWord = m[3] ?? m[5];
    const month = LUNAR_MONTH_WORDS[monthWord] ?? Number(monthWord);
    // The lunar year is written after it when at all ("rằm tháng 8 âm lịch năm Canh Tý – 2020").
    const yearAfter = /^[^.;\d]{0,30}?(\d{4})(?!\d)/.exec(rest.slice(m.index! + m[0].length, m.index! + m[0].length + 40));
    const lunarYears = yearAfter ? [Number(yearAfter[1])] : [years[0] - 1, ...years];
    const months = [...new Set(lunarYears.map((y) => lunarToSolar(day, month, y)).filter((d): d is string => d !== null).map((d) => d.slice(0, 7)))];
    const solarDays = lunarYears.map((y) => lunarToSolar(day, month, y)).filter((d): d is string => d !== null);
    const placed = earlier(m.index!, solarDays.length ? Number(solarDays[0].slice(8)) : 15, months).filter((ym) => yearAfter || (ym >= p.from && ym <= p.to));
    push(placed, placed, placed, m.index!);
    cuts.push([m.index!, m[0].length]);
  }
  blankRead();
  for (const m of rest.matchAll(DAY_RANGE)) {
    const [first, last] = [Number(m[1]), Number(m[2])];
    if (first < 1 || last > 31 || first >= last) continue;
    const months = placeMonth(Number(m[3]), m[4] ? Number(m[4]) : null, p);
    push(months, months, months, m.index!, false, !!m[4], true);
    cuts.push([m.index!, m[0].length]);
  }
  blankRead();
  for (const m of rest.matchAll(FULL_DATE)) {
    const day = Number(m[1] ?? m[4]);
    const year = m[3] ?? m[6];
    if (day < 1 || day > 31) continue;
    const months = earlier(m.index!, day, placeMonth(Number(m[2] ?? m[5]), year ? Number(year) : null, p));
    push(months, months, months, m.index!, false, !!year);
    cuts.push([m.index!, m[0].length]);
  }
  blankRead();
  // The summer holidays ("dịp hè 2014", "trong hè", "kỳ nghỉ hè năm 2024") are June to August.
  for (const m of rest.matchAll(SUMMER)) {
    const year = m[1] ?? m[2] ? Number(m[1] ?? m[2]) : null;
    const groups = [6, 7, 8].map((x) => placeMonth(x, year, p));
    if (groups.every((g) => g.length)) push(groups[0], groups[2], groups.flat().sort(), m.index!, false, year !== null);
    cuts.push([m.index!, m[0].length]);
  }
  blankRead();
  const quarter = /quý\s+((?:[ivx]+)(?:\s*(?:,|và|-|–)\s*[ivx]+)*)(?![\p{L}])(?:\s*(?:\/|năm)\s*(\d{4}))?/gu;
  for (const m of rest.matchAll(quarter)) {
    const year = m[2] ? Number(m[2]) : null;
    const quarters = list(m[1]).map((q) => ROMAN[q]).filter(Boolean);
    if (quarters.length) {
      const first = quarters[0];
      const last = quarters[quarters.length - 1];
      push(placeMonth(first * 3 - 2, year, p), placeMonth(last * 3, year, p),
        quarters.flatMap((q) => [1, 2, 3].flatMap((k) => placeMonth((q - 1) * 3 + k, year, p))).sort(), m.index!, false, year !== null);
    }
    cuts.push([m.index!, m[0].length]);
  }
  blankRead();
  const month = /tháng\s+(\d{1,2}(?:\s*(?:,|và|-|–)\s*\d{1,2})*)(?!\d)(?:\s*(?:\/|năm)\s*(\d{4}))?(?!\d)/g;
  for (const m of rest.matchAll(month)) {
    const year = m[2] ? Number(m[2]) : null;
    let numbers = list(m[1]).map(Number);
    // "tháng 3-5/2024" is March to May, not March and May.
    if (numbers.length === 2 && /[-–]/.test(m[1]) && numbers[0] < numbers[1]) numbers = Array.from({ length: numbers[1] - numbers[0] + 1 }, (_, k) => numbers[0] + k);
    const groups = numbers.map((x) => placeMonth(x, year, p));
    if (groups.some((g) => g.length)) push(groups[0], groups[groups.length - 1], groups.flat().sort(), m.index!, false, year !== null);
    cuts.push([m.index!, m[0].length]);
  }
  blankRead();
  const date = /(?<![\d/])(\d{1,2})\s*\/\s*(\d{1,2})(?:\s*\/\s*(\d{4}))?(?![\d/])/g;
  for (const m of rest.matchAll(date)) {
    const day = Number(m[1]);
    if (day < 1 || day > 31) continue;
    const months = earlier(m.index!, day, placeMonth(Number(m[2]), m[3] ? Number(m[3]) : null, p));
    push(months, months, months, m.index!, false, !!m[3]);
  }
  if (withNamed) {
    for (const n of findNamedDays(rest)) {
      // "Tết Sum vầy 2025", "Tháng Công nhân năm 2024": a year written after the name is its year.
      const stated = /^[\s\p{L}]{0,12}?(?:năm\s+)?((?:19|20)\d{2})(?!\d)/u.exec(rest.slice(n.end, n.end + 40));
      const dates = namedDayDates(n.day, stated ? [Number(stated[1])] : n.day.lunar ? [years[0] - 1, ...years] : years);
      const months = [...new Set(dates.map((d) => d.slice(0, 7)))].filter((ym) => ym >= p.from && ym <= p.to).sort();
      push(months, months, months, n.at, true, !!stated);
    }
  }
  return spans.sort((a, b) => a.at - b.at);
}

const CONTINUOUS = /thường xuyên|liên tục|suốt (cả )?(năm|nhiệm kỳ)|cả năm|trong (cả )?nhiệm kỳ|cả nhiệm kỳ|trong năm học|cả năm học|quanh năm/;

/** "dịp hè 2014", "trong hè", "kỳ nghỉ hè năm 2024", "hè 2018"; not "vỉa hè" (the pavement). */
const SUMMER = /(?<=(?:dịp|mùa|nghỉ|trong|hoạt|động|đợt)\s+)hè(?![\p{L}])(?:\s+(?:năm\s+)?(\d{4})(?!\d))?|(?<![\p{L}]|vỉa\s+)hè\s+(?:năm\s+)?(\d{4})(?!\d)/gu;

/** "từ … đến …": the word that closes a range, between its two mentions. */
const UNTIL = /(?:^|\s)(?:đến|tới|cho đến)\s|[-–—]/;

/**
 * Months of the spans. A range is bound by its words: the mention right after "từ" to the one
 * right after "đến" ("… chào mừng 30/4 … tổ chức từ tháng 3 đến tháng 5 năm 2012" is March to May,
 * whatever else the sentence dates); its start takes the end's year when it has none ("từ 1/4 đến
 * ngày 15/4/2020"). Mentions in other clauses keep their own months.
 */
function spanMonths(text: string, spans: readonly Span[], p: Period): YearMonth[] {
  const from = /(?:^|\s|\()từ\s(?!thiện|xa\s)/.exec(text);
  const first = from ? spans.findIndex((s) => s.at >= from.index) : -1;
  const start = first >= 0 ? spans[first] : null;
  const end = start && first + 1 < spans.length && UNTIL.test(text.slice(start.at, spans[first + 1].at).replace(/^[^\s\-–—]+/, '')) ? spans[first + 1] : null;
  if (start && end) {
    let starts = start.starts;
    const ends = end.ends;
    if (!start.dated && end.dated && ends.length === 1) {
      // "từ tháng 3 đến tháng 5 năm 2012": the start is in the end's year, or the one before.
      const e = splitYearMonth(ends[0]);
      starts = starts.slice(0, 1).map((s) => {
        const month = splitYearMonth(s).month;
        return yearMonth(month <= e.month ? e.year : e.year - 1, month);
      });
    }
    // Paired per year ("từ tháng 3 đến tháng 10" in a term is March to October of every year);
    // otherwise from the last start before the end.
    const range = starts.length === ends.length
      ? starts.flatMap((s, k) => monthsBetween(s, ends[k]))
      : monthsBetween(starts.filter((s) => s <= ends[ends.length - 1]).pop() ?? starts[0], ends[ends.length - 1]);
    // Dates in the range's own clause are its occasion ("chào mừng 30/4 … từ tháng 3 đến tháng 5");
    // those of other clauses ("…; tổng kết vào tháng 8") are more work.
    // The range's clause runs between the sentence breaks around its start (spans are few, a line may be long).
    const isBreak = (i: number) => (text[i] === ';' || text[i] === '.') && (i + 1 >= text.length || /\s/.test(text[i + 1]));
    let lo = start.at - 1;
    while (lo >= 0 && !isBreak(lo)) lo--;
    let hi = start.at;
    while (hi < text.length && !isBreak(hi)) hi++;
    const others = spans.filter((s) => s !== start && s !== end && (s.at <= lo || s.at > hi)).flatMap((s) => s.all);
    return [...new Set([...range, ...others])].sort();
  }
  if (start && spans.length === 1 && !/\sđến\s/.test(text) && !start.closed) return monthsBetween(start.starts[0], p.to);
  return [...new Set(spans.flatMap((s) => s.all))].sort();
}

/** Reads a timing phrase such as "từ Quý II/2024 đến Quý III/2024" or "08/3, 20/10". */
export function parseTiming(raw: string, p: Period): TimingRead {
  const text = raw.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  const all = periodMonths(p);
  const result = (kind: Timing['kind'], months: YearMonth[] = [], outside: YearMonth[] = []): TimingRead => ({
    timing: { text: raw.trim() || null, kind, months },
    outside,
  });
  if (!text) return { timing: { text: null, kind: 'unspecified', months: [] }, outside: [] };
  if (CONTINUOUS.test(text)) return result('continuous', all);

  const spans = mentions(text, p, true);
  if (spans.length) {
    const months = spanMonths(text, spans, p);
    const inside = months.filter((m) => m >= p.from && m <= p.to);
    const outside = months.filter((m) => m < p.from || m > p.to);
    if (inside.length) return result('months', inside, outside);
    return result('unspecified', [], outside);
  }
  if (/định kỳ|hàng (năm|quý|tháng)|hằng (năm|quý|tháng)|mỗi (năm|quý|tháng)/.test(text)) return result('periodic');
  if (/đột xuất|khi có (yêu cầu|phát sinh)|khi cần/.test(text)) return result('adhoc');
  if (/sự kiện|ngày lễ|theo (kế hoạch|hướng dẫn|chỉ đạo) (của )?cấp trên|theo (thời gian )?(quy định|hướng dẫn)/.test(text)) return result('event');
  return result('unspecified');
}

/**
 * Timing stated inside a task's own sentence: an explicit "Thời gian: …", a task that opens with
 * its rhythm ("Thường xuyên …"), and otherwise every date, month, quarter and named day the
 * sentence holds ("Tổ chức hội thao vào ngày 26/3", "gặp mặt nhân ngày Thương binh liệt sĩ 27/7",
 * "vui Tết Trung thu"). Cited documents' dates ("Nghị quyết … ngày 12/6/2021") and anniversaries'
 * founding dates are not timing. Months outside the period are dropped from a sentence's incidental
 * dates, and reported only where the sentence says "Thời gian".
 */
export interface InlineTiming extends TimingRead {
  /** "explicit": "Thời gian: …" or an opening rhythm; "mentioned": dates found in the sentence. */
  strength: 'explicit' | 'mentioned';
}

const RHYTHM_AT_END = /(?:[:–]\s*|\s-\s|\(\s*)(thường xuyên|liên tục|cả năm|quanh năm|hằng tháng|hàng tháng|hằng quý|hàng quý|hằng năm|hàng năm|định kỳ|đột xuất)\s*\)?\s*[.;]?\s*$/;

export function inlineTiming(text: string, p: Period): InlineTiming | null {
  const lower = text.normalize('NFC').toLowerCase();
  if (/^thường xuyên\b/.test(lower)) return { timing: { text: 'Thường xuyên', kind: 'continuous', months: periodMonths(p) }, outside: [], strength: 'explicit' };
  if (/^(hàng|hằng) (năm|quý|tháng)\b/.test(lower)) return { timing: { text: text.slice(0, lower.indexOf(' ', 5)), kind: 'periodic', months: [] }, outside: [], strength: 'explicit' };
  // "Thăm hỏi đoàn viên ốm đau: thường xuyên.", "… (hằng tháng)": the rhythm set off at its end.
  const rhythm = RHYTHM_AT_END.exec(lower);
  if (rhythm) {
    const read = parseTiming(rhythm[1], p);
    const at = rhythm.index + rhythm[0].indexOf(rhythm[1]);
    if (read.timing.kind !== 'unspecified') return { timing: { ...read.timing, text: text.slice(at, at + rhythm[1].length) }, outside: [], strength: 'explicit' };
  }
  // "Thời gian: …", "thời gian dự kiến trong tháng 5": the task says when, in so many words.
  const explicit = /thời gian(?: thực hiện| tổ chức| dự kiến)?\s*(?::\s*|(?=\s+(?:trong|vào|từ|cuối|đầu|giữa|tháng|quý|ngày)\s))([^.;]+)/.exec(lower);
  if (explicit) {
    const read = parseTiming(explicit[1].trim(), p);
    if (read.timing.kind !== 'unspecified' || read.outside.length) {
      const at = explicit.index + explicit[0].length - explicit[1].length;
      return { timing: { ...read.timing, text: text.slice(at, explicit.index + explicit[0].length).trim() }, outside: read.outside, strength: 'explicit' };
    }
  }
  const spans = mentions(lower.replace(/\s+/g, ' '), p, true);
  if (!spans.length) return null;
  const all = spanMonths(lower, spans, p);
  const months = all.filter((m) => m >= p.from && m <= p.to);
  // Only months outside the period ("chuẩn bị Tháng Công nhân tháng 5" in a March plan): said, but not this period's.
  const words = timingWords(text, spans[0].at);
  if (!months.length) return { timing: { text: words, kind: 'unspecified', months: [] }, outside: all, strength: 'mentioned' };
  return { timing: { text: words, kind: 'months', months }, outside: [], strength: 'mentioned' };
}

/** The words that carry a sentence's timing, for the Timing column: from its first mention to the next punctuation. */
function timingWords(text: string, at: number): string | null {
  const m = /^[^,;.()]{1,40}/.exec(text.normalize('NFC').replace(/\s+/g, ' ').slice(at));
  return m ? m[0].trim() : null;
}
