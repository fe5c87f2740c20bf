import { monthsBetween, yearMonth, type YearMonth } from '../month';
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
}

/** Every placement of month m (1–12) inside the period, or in `year` when given. */
function placeMonth(m: number, year: number | null, p: Period): YearMonth[] {
  if (m < 1 || m > 12) return [];
  if (year !== null) return [yearMonth(year, m)];
  return periodYears(p).map((y) => yearMonth(y, m)).filter((ym) => ym >= p.from && ym <= p.to);
}

const list = (s: string) => s.split(/\s*(?:,|và|-|–)\s*/).filter(Boolean);

/** Quarter, month and day/month mentions, in text order. */
function mentions(text: string, p: Period): Span[] {
  const spans: Span[] = [];
  let rest = text;
  const blank = (m: RegExpExecArray) => {
    rest = rest.slice(0, m.index) + ' '.repeat(m[0].length) + rest.slice(m.index + m[0].length);
  };
  const quarter = /quý\s+((?:[ivx]+)(?:\s*(?:,|và|-|–)\s*[ivx]+)*)(?:\s*(?:\/|năm)\s*(\d{4}))?/g;
  for (let m; (m = quarter.exec(text)); ) {
    const year = m[2] ? Number(m[2]) : null;
    const quarters = list(m[1]).map((q) => ROMAN[q]).filter(Boolean);
    if (quarters.length) {
      const first = quarters[0];
      const last = quarters[quarters.length - 1];
      spans.push({
        starts: placeMonth(first * 3 - 2, year, p),
        ends: placeMonth(last * 3, year, p),
        all: quarters.flatMap((q) => [1, 2, 3].flatMap((k) => placeMonth((q - 1) * 3 + k, year, p))).sort(),
        at: m.index,
      });
    }
    blank(m);
  }
  const month = /tháng\s+(\d{1,2}(?:\s*(?:,|và|-|–)\s*\d{1,2})*)(?:\s*(?:\/|năm)\s*(\d{4}))?/g;
  for (let m; (m = month.exec(rest)); ) {
    const year = m[2] ? Number(m[2]) : null;
    let numbers = list(m[1]).map(Number);
    // "tháng 3-5/2024" is March to May, not March and May.
    if (numbers.length === 2 && /[-–]/.test(m[1]) && numbers[0] < numbers[1]) numbers = Array.from({ length: numbers[1] - numbers[0] + 1 }, (_, k) => numbers[0] + k);
    const groups = numbers.map((x) => placeMonth(x, year, p));
    if (groups.some((g) => g.length)) spans.push({ starts: groups[0], ends: groups[groups.length - 1], all: groups.flat().sort(), at: m.index });
    blank(m);
  }
  const date = /(?<![\d/])(\d{1,2})\s*\/\s*(\d{1,2})(?:\s*\/\s*(\d{4}))?(?![\d/])/g;
  for (let m; (m = date.exec(rest)); ) {
    const day = Number(m[1]);
    if (day < 1 || day > 31) continue;
    const months = placeMonth(Number(m[2]), m[3] ? Number(m[3]) : null, p);
    if (months.length) spans.push({ starts: months, ends: months, all: months, at: m.index });
  }
  return spans.sort((a, b) => a.at - b.at);
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
  if (/thường xuyên|liên tục|suốt (cả )?(năm|nhiệm kỳ)|cả năm|trong (cả )?nhiệm kỳ|cả nhiệm kỳ|trong năm học|cả năm học/.test(text)) return result('continuous', all);

  const spans = mentions(text, p);
  if (spans.length) {
    let months: YearMonth[];
    const range = /(?:^|\s)từ\s/.test(text);
    const until = /\sđến\s|\s-\s|\s–\s/.test(text);
    if (range && spans.length >= 2 && until) {
      const { starts } = spans[0];
      const { ends } = spans[spans.length - 1];
      // Paired per year ("từ tháng 3 đến tháng 10" in a term is March to October of every year);
      // a start without a year takes the end's ("từ tháng 3 đến tháng 10/2026").
      months = starts.length === ends.length
        ? starts.flatMap((s, k) => monthsBetween(s, ends[k]))
        : monthsBetween(starts.filter((s) => s <= ends[ends.length - 1]).pop() ?? starts[0], ends[ends.length - 1]);
    } else if (range && spans.length === 1) {
      months = monthsBetween(spans[0].starts[0], p.to);
    } else {
      months = [...new Set(spans.flatMap((s) => s.all))].sort();
    }
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
 * Timing stated inside a task's own sentence, only where a cue word shows it is timing ("thời gian
 * dự kiến trong tháng 5", "nhân dịp … 1/8", "các ngày lễ như: 08/3, 20/10", "trước 09/4"), so
 * citations like "Nghị quyết … ngày 12/6/2021" are not read as timing.
 */
const CUES = [
  /thời gian (?:dự kiến )?(?:trong |vào )?((?:tháng|quý)\s[^,.;)]*)/g,
  /(?:trong|vào|cuối|đầu|giữa)\s+((?:tháng|quý)\s+[\divx]+(?:\s*(?:\/|năm)\s*\d{4})?)/g,
  /nhân dịp[^.;]*?(\d{1,2}\s*\/\s*\d{1,2}(?:\s*\/\s*\d{4})?)(?!\s*\/)/g,
  /ngày lễ(?: lớn)?(?: như)?\s*:?\s*((?:\d{1,2}\s*\/\s*\d{1,2}(?:\s*(?:,|và)\s*)?)+)/g,
  /trước (?:ngày )?(\d{1,2}\s*\/\s*\d{1,2}(?:\s*\/\s*\d{4})?)/g,
];

export function inlineTiming(text: string, p: Period): TimingRead | null {
  const lower = text.normalize('NFC').toLowerCase();
  // A task that opens with its rhythm: "Thường xuyên rà soát …", "Hàng năm xây dựng …".
  if (/^thường xuyên\b/.test(lower)) return { timing: { text: 'Thường xuyên', kind: 'continuous', months: periodMonths(p) }, outside: [] };
  if (/^(hàng|hằng) (năm|quý|tháng)\b/.test(lower)) return { timing: { text: text.slice(0, lower.indexOf(' ', 5)), kind: 'periodic', months: [] }, outside: [] };
  // An explicit "Thời gian: …" inside the sentence says timing whatever its kind ("thường xuyên").
  const explicit = /thời gian(?: thực hiện)?\s*:\s*([^.;]+)/.exec(lower);
  if (explicit) {
    const read = parseTiming(explicit[1].trim(), p);
    if (read.timing.kind !== 'unspecified' || read.outside.length) return { timing: { ...read.timing, text: text.slice(explicit.index + explicit[0].length - explicit[1].length, explicit.index + explicit[0].length).trim() }, outside: read.outside };
  }
  const found: string[] = [];
  for (const cue of CUES) for (const m of lower.matchAll(cue)) if (!found.includes(m[1].trim())) found.push(m[1].trim());
  if (!found.length) return null;
  const read = parseTiming(found.join(', '), p);
  if (read.timing.kind !== 'months' && !read.outside.length) return null;
  return { timing: { ...read.timing, text: found.join(', ') }, outside: read.outside };
}
