import type { IsoDate } from '../excelDate';
import { periodYears, type Period } from '../period';
import { lunarToSolar } from './lunar';

/**
 * A day the plans always mark (docs/domain.md#commemorations): its day and month, the year it began (so the
 * anniversary number is computed, never typed), and whether the date is lunar. Users add their own
 * sector's days in the `Ngày lễ` sheet.
 */
export interface Commemoration {
  day: number;
  month: number;
  /** The year of the founding event; null for days without an anniversary count (1/6). */
  foundingYear: number | null;
  /** "Ngày thành lập Công đoàn Việt Nam" */
  name: string;
  lunar: boolean;
  note: string;
}

const c = (day: number, month: number, foundingYear: number | null, name: string, note = '', lunar = false): Commemoration => ({ day, month, foundingYear, name, lunar, note });

export const DEFAULT_COMMEMORATIONS: readonly Commemoration[] = [
  c(1, 1, null, 'Tết Nguyên đán', '', true),
  c(3, 2, 1930, 'Ngày thành lập Đảng Cộng sản Việt Nam'),
  c(8, 3, 1910, 'Ngày Quốc tế Phụ nữ'),
  c(26, 3, 1931, 'Ngày thành lập Đoàn TNCS Hồ Chí Minh'),
  c(30, 4, 1975, 'Ngày Giải phóng miền Nam, thống nhất đất nước'),
  c(1, 5, 1886, 'Ngày Quốc tế Lao động', 'Tháng Công nhân; Tháng hành động về an toàn, vệ sinh lao động'),
  c(19, 5, 1890, 'Ngày sinh Chủ tịch Hồ Chí Minh'),
  c(1, 6, null, 'Ngày Quốc tế thiếu nhi'),
  c(28, 6, 2001, 'Ngày Gia đình Việt Nam'),
  c(27, 7, 1947, 'Ngày Thương binh - Liệt sĩ'),
  c(28, 7, 1929, 'Ngày thành lập Công đoàn Việt Nam'),
  c(19, 8, 1945, 'Ngày Cách mạng Tháng Tám thành công'),
  c(15, 8, null, 'Tết Trung thu', '', true),
  c(2, 9, 1945, 'Ngày Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam'),
  c(20, 10, 1930, 'Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam'),
  c(20, 11, 1982, 'Ngày Nhà giáo Việt Nam'),
  c(22, 12, 1944, 'Ngày thành lập Quân đội nhân dân Việt Nam'),
];

/** One commemoration on one solar date, with its text for the printed schedule. */
export interface Occurrence {
  date: IsoDate;
  commemoration: Commemoration;
  /** Years since the founding event, or null. */
  years: number | null;
  /** A round anniversary (every 5 years), which plans mark with larger events. */
  round: boolean;
  text: string;
}

const dm = (day: number, month: number) => `${day}/${month}`;

/** "Kỷ niệm 97 năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 - 28/7/2026)"; lunar days name their lunar date. */
export function occurrenceText(cm: Commemoration, year: number): string {
  if (cm.lunar) return `${cm.name} (${dm(cm.day, cm.month)} âm lịch)`;
  if (cm.foundingYear === null || year <= cm.foundingYear) return cm.name;
  return `Kỷ niệm ${year - cm.foundingYear} năm ${cm.name} (${dm(cm.day, cm.month)}/${cm.foundingYear} - ${dm(cm.day, cm.month)}/${year})`;
}

function validSolar(year: number, month: number, day: number): IsoDate | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Every date a commemoration falls on inside the period, in order. */
export function occurrences(cm: Commemoration, period: Period): Occurrence[] {
  const years = periodYears(period);
  const dates: IsoDate[] = [];
  // A lunar date of lunar year Y can fall in solar year Y or Y+1 (late in the 12th month).
  const candidates = cm.lunar ? [years[0] - 1, ...years] : years;
  for (const y of candidates) {
    const date = cm.lunar ? lunarToSolar(cm.day, cm.month, y) : validSolar(y, cm.month, cm.day);
    if (date && date.slice(0, 7) >= period.from && date.slice(0, 7) <= period.to) dates.push(date);
  }
  return dates.sort().map((date) => {
    const year = Number(date.slice(0, 4));
    const n = !cm.lunar && cm.foundingYear !== null && year > cm.foundingYear ? year - cm.foundingYear : null;
    return { date, commemoration: cm, years: n, round: n !== null && n % 5 === 0, text: occurrenceText(cm, year) };
  });
}

/** All commemorations of the period by date. */
export function periodOccurrences(list: readonly Commemoration[], period: Period): Occurrence[] {
  return list.flatMap((cm) => occurrences(cm, period)).sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * How plans name the days without writing their date ("nhân ngày Gia đình Việt Nam", "Tết Trung
 * thu", "Tháng Công nhân"): each phrase fixes the day, or the whole month for the months of action.
 * Phrases are matched on lower-case text; the ones that also name an organisation in running text
 * ("Đảng Cộng sản Việt Nam", "Công đoàn Việt Nam") need the words that make them a day ("thành lập").
 */
export interface NamedDay {
  name: string;
  day: number;
  month: number;
  lunar: boolean;
  /** "Tháng Công nhân" is May as a whole. */
  wholeMonth: boolean;
  foundingYear: number | null;
}

const named = (name: string, day: number, month: number, foundingYear: number | null = null, lunar = false, wholeMonth = false): NamedDay => ({ name, day, month, lunar, wholeMonth, foundingYear });

const NAMED_DAY_PATTERNS: readonly (readonly [RegExp, NamedDay])[] = [
  [/tết\s+trung\s+thu|(?<!\p{L})trung\s+thu(?!\p{L})|rằm\s+tháng\s+(?:8|tám)(?!\d)/u, named('Tết Trung thu', 15, 8, null, true)],
  [/tết\s+dương\s+lịch|năm\s+mới\s+dương\s+lịch/u, named('Tết Dương lịch', 1, 1)],
  [/tết\s+thiếu\s+nhi|quốc\s+tế\s+thiếu\s+nhi|ngày\s+thiếu\s+nhi/u, named('Ngày Quốc tế thiếu nhi', 1, 6)],
  [/tháng\s+hành\s+động\s+vì\s+trẻ\s+em/u, named('Tháng hành động vì trẻ em', 1, 6, null, false, true)],
  [/(?<!\p{L})tết(?!\p{L})(?!\s+(?:trung\s+thu|dương\s+lịch|thiếu\s+nhi|độc\s+lập|trồng\s+cây))/u, named('Tết Nguyên đán', 1, 1, null, true)],
  [/giỗ\s+tổ\s+hùng\s+vương/u, named('Giỗ Tổ Hùng Vương', 10, 3, null, true)],
  [/thầy\s+thuốc\s+việt\s+nam/u, named('Ngày Thầy thuốc Việt Nam', 27, 2, 1955)],
  [/thành\s+lập\s+đảng|mừng\s+đảng|ngày\s+đảng\s+cộng\s+sản/u, named('Ngày thành lập Đảng Cộng sản Việt Nam', 3, 2, 1930)],
  [/quốc\s+tế\s+phụ\s+nữ/u, named('Ngày Quốc tế Phụ nữ', 8, 3, 1910)],
  [/tháng\s+thanh\s+niên/u, named('Tháng Thanh niên', 1, 3, null, false, true)],
  [/thành\s+lập\s+đoàn\s+(?:tncs|thanh\s+niên)|ngày\s+thành\s+lập\s+đoàn(?!\p{L})/u, named('Ngày thành lập Đoàn TNCS Hồ Chí Minh', 26, 3, 1931)],
  [/giải\s+phóng\s+(?:hoàn\s+toàn\s+)?miền\s+nam|thống\s+nhất\s+đất\s+nước/u, named('Ngày Giải phóng miền Nam, thống nhất đất nước', 30, 4, 1975)],
  [/quốc\s+tế\s+lao\s+động/u, named('Ngày Quốc tế Lao động', 1, 5, 1886)],
  [/tháng\s+công\s+nhân|tháng\s+hành\s+động\s+(?:về|vì)\s+an\s+toàn/u, named('Tháng Công nhân', 1, 5, null, false, true)],
  [/(?:ngày\s+)?sinh\s+(?:của\s+)?(?:chủ\s+tịch\s+hồ\s+chí\s+minh|bác\s+hồ|bác(?!\p{L}))|sinh\s+nhật\s+bác/u, named('Ngày sinh Chủ tịch Hồ Chí Minh', 19, 5, 1890)],
  [/gia\s+đình\s+việt\s+nam/u, named('Ngày Gia đình Việt Nam', 28, 6, 2001)],
  [/thương\s+binh\s*[-–,]?\s*liệt\s+s[ĩỹ]/u, named('Ngày Thương binh - Liệt sĩ', 27, 7, 1947)],
  [/(?:thành\s+lập|ngày\s+truyền\s+thống|ngày)\s+công\s+đoàn\s+việt\s+nam/u, named('Ngày thành lập Công đoàn Việt Nam', 28, 7, 1929)],
  [/cách\s+mạng\s+tháng\s+(?:tám|8)/u, named('Ngày Cách mạng Tháng Tám thành công', 19, 8, 1945)],
  [/quốc\s+khánh/u, named('Ngày Quốc khánh', 2, 9, 1945)],
  [/doanh\s+nhân\s+việt\s+nam/u, named('Ngày Doanh nhân Việt Nam', 13, 10, 2004)],
  [/phụ\s+nữ\s+việt\s+nam|hội\s+(?:liên\s+hiệp|lhpn|lh)\s*phụ\s+nữ|hlhpn|hội\s+lhpn/u, named('Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam', 20, 10, 1930)],
  [/ngày\s+pháp\s+luật/u, named('Ngày Pháp luật Việt Nam', 9, 11, null)],
  [/nhà\s+giáo\s+việt\s+nam|hiến\s+chương\s+nhà\s+giáo/u, named('Ngày Nhà giáo Việt Nam', 20, 11, 1982)],
  [/ngày\s+hội\s+đại\s+đoàn\s+kết/u, named('Ngày hội Đại đoàn kết toàn dân tộc', 18, 11, 1930)],
  [/thành\s+lập\s+quân\s+đội|quân\s+đội\s+nhân\s+dân\s+việt\s+nam|quốc\s+phòng\s+toàn\s+dân/u, named('Ngày thành lập Quân đội nhân dân Việt Nam', 22, 12, 1944)],
];

export interface NamedDayMention {
  day: NamedDay;
  /** Where the phrase stands in the text, to tell it from the dates around it. */
  at: number;
  end: number;
}

/** Compiled once: texts are read line by line, a large document has tens of thousands. */
const NAMED_DAY_SCAN = NAMED_DAY_PATTERNS.map(([pattern, day]) => [new RegExp(pattern.source, 'gu'), day] as const);

/** A word every phrase above holds: a text without one names no day, and is passed over at once. */
const ANY_DAY_WORD = /tết|trung\s+thu|rằm|thiếu\s+nhi|trẻ\s+em|giỗ|thầy\s+thuốc|đảng|phụ\s+nữ|thanh\s+niên|thành\s+lập|giải\s+phóng|thống\s+nhất|lao\s+động|công\s+nhân|an\s+toàn|sinh|gia\s+đình|thương\s+binh|công\s+đoàn\s+việt|cách\s+mạng|quốc\s+khánh|doanh\s+nhân|pháp\s+luật|nhà\s+giáo|đại\s+đoàn\s+kết|quân\s+đội|quốc\s+phòng/u;

/** The named days a text mentions, in text order; each phrase once. */
export function findNamedDays(text: string): NamedDayMention[] {
  const lower = text.toLowerCase();
  const out: NamedDayMention[] = [];
  if (!ANY_DAY_WORD.test(lower)) return out;
  // Characters already read as a day, so a long text costs its length, not its length times its days.
  const taken = new Uint8Array(lower.length);
  for (const [re, day] of NAMED_DAY_SCAN) {
    for (const m of lower.matchAll(re)) {
      const at = m.index!;
      const end = at + m[0].length;
      // "Tết Trung thu" also reads as "Tết": a span already taken by an earlier phrase is skipped.
      if (taken.subarray(at, end).some((x) => x === 1)) continue;
      taken.fill(1, at, end);
      out.push({ day, at, end });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

/** The solar dates of a named day in the given years (lunar days converted for each lunar year). */
export function namedDayDates(day: NamedDay, years: readonly number[]): IsoDate[] {
  const out: IsoDate[] = [];
  for (const y of years) {
    const date = day.lunar ? lunarToSolar(day.day, day.month, y) : validSolar(y, day.month, day.day);
    if (date) out.push(date);
  }
  return out;
}
