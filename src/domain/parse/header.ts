import { isValidIsoDate, type IsoDate } from '../excelDate';
import { findNamedDays, namedDayDates } from '../calendar/commemoration';
import { halfYearPeriod, monthPeriod, quarterPeriod, rangePeriod, schoolYearPeriod, termPeriod, TERM_YEARS, yearPeriod, type Period } from '../period';
import { yearMonth, type YearMonth } from '../month';

/*
 * The header block of an official document (docs/domain.md#official-format): "Số: 31/KH-LĐLĐ", "Huyện DMC, ngày 01
 * tháng 4 năm 2024", the document type and title, and the period the title names. Flattened
 * tables and glued lines put these anywhere in a line, in any order.
 */

const SYMBOL = '[\\p{Lu}Đ][\\p{Lu}\\p{Ll}Đđ0-9]*(?:\\s*[-–.]\\s*[\\p{Lu}Đ0-9][\\p{Lu}\\p{Ll}Đđ0-9]*)*(?:\\s*\\/\\s*[\\p{Lu}Đ0-9][\\p{Lu}\\p{Ll}Đđ0-9]*(?:\\s*[-–.]\\s*[\\p{Lu}Đ0-9]+)*)?';
/** A number a PDF's text layer garbled ("f!⁄2/CĐGD"): a digit among other marks, kept as written. */
const GARBLED = '[^\\s/:]{0,5}\\d[^\\s/:]{0,5}';
/** "31/KH-LĐLĐ", "04/2015/NĐ-CP", and the Party's style the federations also use: "57-KH/LĐLĐ", "88-CTr/TU". */
const NUMBER = new RegExp(`(?:^|[\\s|(])S[ốóôoỐÓÔ]\\s*:?\\s*(\\d{0,4}(?:\\s*\\/\\s*\\d{4})?\\s*\\/\\s*${SYMBOL}|\\d{1,4}\\s*-\\s*${SYMBOL}|${GARBLED}\\/\\s*${SYMBOL})`, 'u');

/** The document's number and symbol ("31/KH-LĐLĐ"), or null when the line has none or leaves it blank ("Số: /KH-CĐ"). */
export function readNumber(line: string): string | null {
  const m = NUMBER.exec(line);
  if (!m) return null;
  const value = m[1].replace(/\s+/g, '').replace(/[.,;]$/, '');
  return /^\d/.test(value) || isGarbledNumber(value) ? value : null;
}

/** A number whose digits came out as other marks ("f!⁄2/CĐGD"): read, and to be checked by a person. */
export function isGarbledNumber(value: string): boolean {
  return new RegExp(`^${GARBLED}\\/`, 'u').test(value) && !/^\d+\//.test(value);
}

/** Whether the line holds a document number field at all, filled or not. */
export function hasNumberField(line: string): boolean {
  return /(?:^|[\s|(])S[ốóôỐÓÔ]\s*:?\s*(?:[\d.…]*\s*\/|\d{1,4}\s*-|[^\s/:]{0,5}\d[^\s/:]{0,5}\/)\s*[\p{Lu}Đ]/u.test(line) || /^S[ốóôỐÓÔ]\s*:/u.test(line);
}

export interface PlaceDate {
  place: string | null;
  date: IsoDate | null;
  /** The month of issue, also where only the month is written ("Tượng Sơn, tháng 03 năm 2023"). */
  month: YearMonth | null;
  /** The date as written, when it does not exist (31/4). */
  invalid: string | null;
  /** Where the place starts in the line, so text before it (a glued number) is not taken for it. */
  at: number;
}

/** "Quận 3, ngày …": a district or ward may end with its number. */
const PLACE_DATE = /([\p{L}][\p{L}.\- ]{0,40}?(?:(?<=(?:quận|phường|ấp|thôn|khóm|Quận|Phường|Ấp|Thôn|Khóm|QUẬN|PHƯỜNG))\s\d{1,2})?)\s*,\s*ngày\s*(\d{1,2}|[.…_ ]{1,12})\s*tháng\s*(\d{1,2}|[.…_ ]{1,12})\s*năm\s*(\d{4})/iu;
/** "Tp HCM ngày 20 tháng 09 năm 2017": without the comma only a line that is nothing else. */
const PLACE_DATE_ALONE = /^([\p{Lu}][\p{L}.\- ]{0,40}?(?:(?<=(?:quận|phường|ấp|thôn|khóm|Quận|Phường|Ấp|Thôn|Khóm|QUẬN|PHƯỜNG))\s\d{1,2})?)\s+ngày\s*(\d{1,2}|[.…_ ]{1,12})\s*tháng\s*(\d{1,2}|[.…_ ]{1,12})\s*năm\s*(\d{4})\s*\.?$/u;

/** A cover page or an agenda gives the month only: "Tượng Sơn, tháng 03 năm 2023" (a line of its own). */
const PLACE_MONTH = /^([\p{Lu}][\p{L}.\- ]{0,40}?(?:(?<=(?:quận|phường|ấp|thôn|khóm|Quận|Phường|Ấp|Thôn|Khóm|QUẬN|PHƯỜNG))\s\d{1,2})?)\s*,\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})\s*\.?$/u;

/**
 * A date with its place left blank, to be filled in by hand ("……, ngày 3 tháng 5 năm 2012"), or not
 * written: a letter's "NGÀY 01 THÁNG 8 NĂM 2006" in capitals on a line of its own under its number
 * (in running case such a line is more likely a schedule's day).
 */
const DATE_ONLY = /^(?:[.…_\s]*,\s*[Nn]gày\s*(\d{1,2}|[.…_ ]{1,12})\s*[Tt]háng\s*(\d{1,2}|[.…_ ]{1,12})\s*[Nn]ăm\s*(\d{4})|NGÀY\s*(\d{1,2})\s*THÁNG\s*(\d{1,2})\s*NĂM\s*(\d{4}))\s*\.?$/u;

/** "…/KH-TLĐ, ngày 28 tháng 02 năm 2014 của Tổng Liên đoàn": the date of a document cited, not this one's. */
const CITED_AFTER = /^\s*(?:của|do|về|theo)(?![\p{L}])/iu;

export function readPlaceDate(line: string): PlaceDate | null {
  const found = PLACE_DATE.exec(line);
  const m = (found && !CITED_AFTER.test(line.slice(found.index + found[0].length)) ? found : null) ?? PLACE_DATE_ALONE.exec(line.trim());
  const only = m ? null : DATE_ONLY.exec(line.trim());
  if (only) return only[1] !== undefined ? dated(null, only[1], only[2], only[3], 0) : dated(null, only[4], only[5], only[6], 0);
  if (!m) {
    const pm = PLACE_MONTH.exec(line.trim());
    const month = pm ? Number(pm[2]) : 0;
    return pm && month >= 1 && month <= 12 ? { place: pm[1].trim(), date: null, month: yearMonth(Number(pm[3]), month), invalid: null, at: 0 } : null;
  }
  // The place is the last words before the comma: "Số: 12/KH-CĐ Hà Nội, ngày …" gives "Hà Nội".
  let place = m[1].trim();
  const glued = /(?:\/[\p{Lu}Đ0-9-]+|\d)\s+(\p{Lu}.*)$/u.exec(place);
  if (glued) place = glued[1];
  // "Số: 12/CĐGD Hà Tĩnh, ngày …": a word glued to the number's slash is the symbol's, not the place's.
  else if (m.index > 0 && /\/\s*$/.test(line.slice(0, m.index)) && /\s/.test(place)) place = place.slice(place.search(/\s/) + 1).trim();
  return dated(place, m[2], m[3], m[4], m.index);
}

/** Day, month and year as written ("…" where left blank) into a place-date. */
function dated(place: string | null, dayText: string, monthText: string, yearText: string, at: number): PlaceDate {
  const day = Number(dayText);
  const month = Number(monthText);
  const ym = /\d/.test(monthText) && month >= 1 && month <= 12 ? yearMonth(Number(yearText), month) : null;
  if (!/\d/.test(dayText) || !/\d/.test(monthText)) return { place, date: null, month: ym, invalid: null, at };
  const iso = `${yearText}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isValidIsoDate(iso) ? { place, date: iso, month: ym, invalid: null, at } : { place, date: null, month: ym, invalid: `${dayText}/${monthText}/${yearText}`, at };
}

export const DOC_TYPES = /^(KẾ HOẠCH|CHƯƠNG TRÌNH HÀNH ĐỘNG|CHƯƠNG TRÌNH CÔNG TÁC|CHƯƠNG TRÌNH|BÁO CÁO|NGHỊ QUYẾT|PHƯƠNG HƯỚNG|LỊCH CÔNG TÁC|THÔNG BÁO|HƯỚNG DẪN|KẾ HOẠCH LIÊN TỊCH)(?![\p{L}])/u;
/** The same words in running case, as web pages title a document ("Kế hoạch hoạt động tháng 6"). */
export const DOC_TYPES_ANY_CASE = /^(kế hoạch|chương trình|báo cáo|nghị quyết|phương hướng|lịch công tác|thông báo|v\/v|về việc)(?![\p{L}])/iu;

export interface PeriodContext {
  /** The document is about one event: a year or term it names dates the event, not a plan's period. */
  event?: boolean;
  /** The document's own date, to place a month or a campaign written without its year. */
  date?: IsoDate | null;
  /** The school year (its first year) the document names elsewhere. */
  schoolYear?: number;
  /** Years written in the body, most frequent first. */
  years?: readonly number[];
}

const QUARTER_WORDS: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const YEAR = '(\\d{4})(?!\\d)';

/** The year a month written without one belongs to: the document's date (a plan is issued shortly before), else the body's commonest year. */
function yearForMonth(month: number, ctx: PeriodContext, schoolYear: number | null): number | null {
  if (schoolYear !== null) return month >= 9 ? schoolYear : schoolYear + 1;
  if (ctx.date) {
    const y = Number(ctx.date.slice(0, 4));
    const m = Number(ctx.date.slice(5, 7));
    // A December document planning January plans next year's.
    return month < m - 6 ? y + 1 : y;
  }
  return ctx.years?.[0] ?? null;
}

/**
 * The period a title (or the opening lines) names, most specific first: a month ("tháng 3/2025",
 * "Kế hoạch tháng 11" of a school year), a quarter, a half-year, a campaign ("từ 15/4 đến 31/5/2025",
 * "Tháng Công nhân năm 2025", "Tết Trung thu 2020"), a school year, a congress term or programme
 * span, then a year.
 */
export function readPeriod(text: string, ctx: PeriodContext = {}): Period | null {
  // "nhiệm kì" and "học kì" are the same words as "nhiệm kỳ", "học kỳ" in the older spelling.
  const t = text.toLowerCase().replace(/\s+/g, ' ').replace(/(?<=(?:nhiệm|học) )kì(?![\p{L}])/gu, 'kỳ');
  const school = new RegExp(`năm học\\s*:?\\s*${YEAR}\\s*(?:[-–/]|\\s)\\s*${YEAR}`).exec(t);
  const schoolFirst = school && Number(school[2]) === Number(school[1]) + 1 ? Number(school[1]) : null;
  const schoolContext = schoolFirst ?? ctx.schoolYear ?? null;

  // "từ tháng 4 đến tháng 5 năm 2025", "tháng 7 và 8/2024", "tháng 3, 4/2025": a range of months.
  let m = new RegExp(`(?:từ\\s+)?tháng\\s+(\\d{1,2})(?:\\s*[/.]\\s*${YEAR})?\\s*(?:đến|-|–|và)\\s*(?:hết\\s+)?(?:tháng\\s+)?(\\d{1,2})(?:\\s*(?:[/.]|năm)\\s*${YEAR})`).exec(t);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[3])];
    const yb = Number(m[4]);
    const ya = m[2] ? Number(m[2]) : a <= b ? yb : yb - 1;
    if (a >= 1 && a <= 12 && b >= 1 && b <= 12) return rangePeriod(yearMonth(ya, a), yearMonth(yb, b));
  }
  // "tháng 3/2025", "THÁNG 5. 2020", "tháng 11 năm 2026", a newspaper's "tháng 5-2024".
  m = new RegExp(`tháng\\s+(\\d{1,2})\\s*(?:[/.-]|năm)\\s*${YEAR}`).exec(t);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12 && !/\d\s*$/.test(t.slice(0, m.index))) return monthPeriod(yearMonth(Number(m[2]), Number(m[1])));
  // "quý II/2025", "quý 3 năm 2024".
  m = new RegExp(`quý\\s+(iv|iii|ii|i|[1-4])(?![\\p{L}\\d])\\s*(?:[/.-]|năm)?\\s*(?:${YEAR})?`, 'u').exec(t);
  if (m && (m[2] || ctx.date || ctx.years?.length)) {
    const y = m[2] ? Number(m[2]) : ctx.date ? Number(ctx.date.slice(0, 4)) : ctx.years![0];
    return quarterPeriod(y, QUARTER_WORDS[m[1]]);
  }
  // "6 tháng đầu năm 2025", "sơ kết 6 tháng cuối năm".
  m = new RegExp(`(?:6|sáu) tháng (đầu|cuối) năm(?:\\s+${YEAR})?`).exec(t);
  if (m) {
    const y = m[2] ? Number(m[2]) : ctx.date ? Number(ctx.date.slice(0, 4)) : ctx.years?.[0];
    if (y) return halfYearPeriod(y, m[1] === 'đầu' ? 1 : 2);
  }
  // A month without its year: "Kế hoạch tháng 11" of a school union, "kế hoạch tháng 01".
  m = /(?:kế hoạch|lịch công tác|chương trình|hoạt động|công tác|báo cáo)[^.;]{0,40}?\btháng\s+(\d{1,2})(?![\d/])/.exec(t) ?? /^tháng\s+(\d{1,2})(?![\d/])/.exec(t);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12 && !/năm học/.test(t.slice(m.index, m.index + m[0].length))) {
    const y = yearForMonth(Number(m[1]), ctx, schoolContext);
    if (y) return monthPeriod(yearMonth(y, Number(m[1])));
  }
  const campaign = readCampaign(t, ctx);
  if (campaign) return campaign;
  // "… ĐẾN NĂM 2023", "từ nay đến hết năm 2025": from the month the document is dated to the end of that year.
  m = new RegExp(`(?:từ nay\\s+)?(?:đến|tới)\\s+(?:hết\\s+|cuối\\s+)?năm\\s+${YEAR}`).exec(t);
  if (m && ctx.date && schoolFirst === null) {
    const from = ctx.date.slice(0, 7);
    if (Number(m[1]) >= Number(ctx.date.slice(0, 4))) return rangePeriod(from, yearMonth(Number(m[1]), 12));
  }
  if (schoolFirst !== null) return schoolYearPeriod(schoolFirst);
  const event = ctx.event ?? isEventTitle(t);
  m = new RegExp(`(?:nhiệm kỳ|giai đoạn)\\s*:?\\s*${YEAR}\\s*[-–]\\s*${YEAR}`).exec(t);
  if (m && Number(m[2]) > Number(m[1]) && !event) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    return b - a === TERM_YEARS ? termPeriod(a, b) : rangePeriod(yearMonth(a, 1), yearMonth(b, 12));
  }
  // A bare span of years: "KẾ HOẠCH CÔNG ĐOÀN 2017 - 2018" is a school year, "(2006 - 2010)" five years.
  m = new RegExp(`(?<![\\d/])${YEAR}\\s*[-–]\\s*${YEAR}`).exec(t);
  if (m && !event && Number(m[2]) > Number(m[1]) && Number(m[2]) - Number(m[1]) <= 10) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (b === a + 1) return schoolYearPeriod(a);
    return b - a === TERM_YEARS ? termPeriod(a, b) : rangePeriod(yearMonth(a, 1), yearMonth(b, 12));
  }
  // An event's "năm 2019" dates the event, not a plan for the year.
  const years = [...t.matchAll(new RegExp(`năm\\s+${YEAR}(?!\\s*[-–]\\s*\\d)`, 'g'))].map((x) => Number(x[1]));
  if (years.length && !event) return yearPeriod(years[years.length - 1]);
  return null;
}

/**
 * A campaign or event plan: a span of days ("từ 15/4 đến 31/5/2025"), the summer ("hoạt động hè
 * năm 2018"), an anniversary's end date ("(22/7/1951 - 22/7/2016)"), a named day or month ("Tháng
 * Công nhân năm 2025", "Ngày Quốc tế phụ nữ 8/3", "Tết Trung thu 2020") or a day written as a date
 * ("KẾ HOẠCH TỔ CHỨC NGÀY 20/10"). The period is the event's month. Tết Nguyên đán is not read as a
 * period: the care for it runs over the weeks before, which the plan states or does not.
 */
function readCampaign(t: string, ctx: PeriodContext): Period | null {
  const ctxYear = ctx.date ? Number(ctx.date.slice(0, 4)) : ctx.years?.[0];
  const span = new RegExp(`từ\\s+(?:ngày\\s+)?(\\d{1,2})\\s*/\\s*(\\d{1,2})(?:\\s*/\\s*${YEAR})?\\s*(?:đến|-|–)\\s*(?:hết\\s+)?(?:ngày\\s+)?(\\d{1,2})\\s*/\\s*(\\d{1,2})(?:\\s*/\\s*${YEAR})?`).exec(t);
  if (span) {
    const yb = span[6] ? Number(span[6]) : span[3] ? Number(span[3]) : ctxYear;
    if (yb) {
      const [ma, mb] = [Number(span[2]), Number(span[5])];
      const ya = span[3] ? Number(span[3]) : ma <= mb ? yb : yb - 1;
      if (ma >= 1 && ma <= 12 && mb >= 1 && mb <= 12) return rangePeriod(yearMonth(ya, ma), yearMonth(yb, mb));
    }
  }
  const summer = new RegExp(`(?:hoạt động|dịp|mùa)\\s+hè(?:\\s+năm)?\\s+${YEAR}`).exec(t);
  if (summer) return rangePeriod(yearMonth(Number(summer[1]), 6), yearMonth(Number(summer[1]), 8));
  const anniversary = /\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*(\d{4})\s*[-–—]\s*\d{1,2}\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})/.exec(t);
  if (anniversary && Number(anniversary[3]) - Number(anniversary[1]) >= 5) {
    const month = yearMonth(Number(anniversary[3]), Number(anniversary[2]));
    return rangePeriod(month, month);
  }
  // The year: one written in the title (the latest, not an anniversary's founding year), else the document's.
  const written = [...t.matchAll(/(?<![\d/])((?:19|20)\d{2})(?!\d)/g)].map((x) => Number(x[1]));
  const year = written.length ? Math.max(...written) : ctxYear;
  if (!year) return null;
  const day = findNamedDays(t).find((n) => n.day.name !== 'Tết Nguyên đán');
  if (day) {
    const event = namedDayDates(day.day, [year])[0];
    if (event) return rangePeriod(event.slice(0, 7), event.slice(0, 7));
  }
  const dated = /(?:ngày|kỷ niệm|chào mừng|nhân dịp)\s+(\d{1,2})\s*\/\s*(\d{1,2})(?![\d/])/.exec(t);
  if (dated && Number(dated[2]) >= 1 && Number(dated[2]) <= 12 && Number(dated[1]) >= 1 && Number(dated[1]) <= 31) return rangePeriod(yearMonth(year, Number(dated[2])), yearMonth(year, Number(dated[2])));
  return null;
}

/** A title about one event ("Tổ chức Hội diễn văn nghệ chào mừng Đại hội …"): a term it cites is the congress's, not the plan's. */
export function isEventTitle(t: string): boolean {
  if (isAgendaTitle(t)) return true;
  // One event, not a series ("Tổ chức các Cuộc thi … năm 2021" runs through the year).
  // "KẾ HOẠCH Đại hội Công đoàn cơ sở …", "Kế hoạch Hội thao …": the title names the event at once.
  if (/^\s*(?:kế hoạch|chương trình|thông báo)\s+(?:tổ chức\s+)?["“]?(?:đại hội|hội nghị|hội thao|hội thi|hội diễn|hội trại|ngày hội|giải|liên hoan|hội chợ|lễ)(?![\p{L}])/iu.test(t)) return true;
  return /(?:tổ chức|chào mừng|kỷ niệm|vui)\s+["“]?(?:hội diễn|hội thao|hội thi|hội nghị|ngày hội|giải|cuộc thi|liên hoan|hội chợ|tết|lễ|đêm|gặp mặt|tham quan|sinh hoạt)|chăm lo[^.;]{0,80}tết|(?:nhân\s+)?dịp\s+tết|tết sum vầy/iu.test(t);
}

/**
 * The agenda of one meeting ("CHƯƠNG TRÌNH ĐẠI HỘI CÔNG ĐOÀN CƠ SỞ … NHIỆM KỲ 2023 - 2028", "Chương
 * trình Hội nghị cán bộ, viên chức"): the term it names is the congress's; its time is its sessions'.
 * A programme of work ("Chương trình hành động", "Chương trình công tác") is not one.
 */
export function isAgendaTitle(t: string): boolean {
  return /^\s*chương trình\s+(?:(?:tổ chức|làm việc)\s+)?(?:đại hội|hội nghị|hội thảo|lễ|buổi|kỳ họp|tọa đàm|toạ đàm|gặp mặt|mít tinh|ngày hội|hội thi|hội diễn|liên hoan|giao lưu)(?![\p{L}])/iu.test(t);
}

/**
 * A page that publishes a document often leads with a line naming it: "Công văn số 44/KH-CĐKT ngày
 * 8/10/2020 của Công đoàn Trường Đại học Kinh tế - ĐHQGHN". Its number, date and body are the
 * document's own when the line is nothing else.
 */
const LEAD = /^(?:công văn|kế hoạch|thông báo|quyết định|hướng dẫn|báo cáo|chương trình|văn bản)\s+số\s*:?\s*(\S{1,12}\/\S{1,30})\s+ngày\s+(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})\s+của\s+(?:(?:ban chấp hành|ban thường vụ|bch|btv)\s+)?((?:tổng liên đoàn|liên đoàn|công đoàn|cđcs|cđ|lđlđ)(?![\p{L}])[^.;:]{2,100}?)\s*\.?$/iu;

export interface LeadLine {
  number: string;
  date: IsoDate | null;
  body: string;
}

/**
 * A news page or a law library opens on the same facts in a sentence: "Ngày 27/10/2025, Công đoàn Y
 * tế Việt Nam đã có Kế hoạch 72/KH-CĐYT …", "Ngày 5/3/2024, LĐLĐ huyện ban hành Kế hoạch số 12/KH-LĐLĐ …".
 */
const NEWS_LEAD = /^ngày\s+(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})\s*,\s*(?:(?:ban chấp hành|ban thường vụ|bch|btv)\s+)?((?:tổng liên đoàn|liên đoàn|công đoàn|cđcs|cđ|lđlđ)(?![\p{L}])[^,;:.]{2,100}?)\s+(?:đã\s+)?(?:có|ban hành|xây dựng)\s+(?:công văn|kế hoạch|thông báo|quyết định|hướng dẫn|chương trình|văn bản)\s+(?:số\s*:?\s*)?(\d{1,5}\/[\p{L}\d-]{1,30})(?![\p{L}\d\/-])/iu;

export function readLeadLine(line: string): LeadLine | null {
  const m = LEAD.exec(line.trim());
  if (m) return lead(m[1].replace(/[.,;]$/, ''), m[2], m[3], m[4], m[5]);
  const n = NEWS_LEAD.exec(line.trim());
  return n ? lead(n[5], n[1], n[2], n[3], n[4]) : null;
}

function lead(number: string, day: string, month: string, year: string, body: string): LeadLine {
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return { number, date: isValidIsoDate(iso) ? iso : null, body: body.trim() };
}
