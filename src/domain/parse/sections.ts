import { splitYearMonth, type YearMonth } from '../month';
import type { Period } from '../period';
import { inlineTiming, placeMonth } from './timing';

/**
 * Headings that date what is under them: the month headings of a monthly schedule ("Tháng 9/2023",
 * "THÁNG 10:", "Tháng 7 và 8/2024: …") and parts that name their month or quarter ("I. ĐÁNH GIÁ
 * HOẠT ĐỘNG THÁNG 4", "II. KẾ HOẠCH THÁNG 5/2020", "Quý I"). A month the period does not hold is
 * placed in the year nearest it: a May plan's review of April is April of the same year, even
 * when its year is mistyped ("THÁNG 4/20120").
 */
const MONTH_HEADING = /^(tháng\s+\d{1,2}(?:\s*(?:,|và|-|–|đến)\s*(?:tháng\s+)?\d{1,2}){0,3}(?:\s*(?:\/|năm|\.)\s*\d{4}(?!\d))?)\s*(?:\([^)]{0,60}\))?\s*(?:[:.\-–]\s*(.*))?$/iu;

/** "QUÝ III/2021 (Tháng 7 – 9)", "Quý I:": a schedule by quarter. */
const QUARTER_HEADING = /^(quý\s+(?:iv|iii|ii|i|[1-4])(?![\p{L}\d])(?:\s*(?:\/|năm)\s*\d{4}(?!\d))?)\s*(?:\([^)]{0,60}\))?\s*(?:[:.\-–]\s*(.*))?$/iu;

export function isMonthHeading(text: string): { heading: string; rest: string } | null {
  const m = MONTH_HEADING.exec(text.trim()) ?? QUARTER_HEADING.exec(text.trim());
  if (!m) return null;
  const rest = (m[2] ?? '').trim();
  // "Tháng 5 tổ chức hội thao" is a sentence; "Tháng 5: tổ chức hội thao" a heading with its first item.
  return { heading: m[1], rest };
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** The months a heading names, inside the period where it can, else nearest it. */
export function headingMonths(text: string, p: Period): YearMonth[] {
  const t = text.toLowerCase();
  const out: YearMonth[] = [];
  for (const m of t.matchAll(/tháng\s+(\d{1,2})((?:\s*(?:,|và|-|–|đến)\s*(?:tháng\s+)?\d{1,2}){0,3})(?:\s*(?:\/|năm|\.)\s*(\d{2,5}))?(?!\d)/gu)) {
    const year = m[3] && m[3].length === 4 ? Number(m[3]) : null;
    const numbers = [Number(m[1]), ...[...m[2].matchAll(/\d{1,2}/g)].map((x) => Number(x[0]))];
    const range = /[-–]|đến/.test(m[2]) && numbers.length === 2 && numbers[0] < numbers[1];
    const months = range ? Array.from({ length: numbers[1] - numbers[0] + 1 }, (_, k) => numbers[0] + k) : numbers;
    for (const n of months) out.push(...placeMonth(n, year, p));
  }
  for (const m of t.matchAll(/quý\s+(iv|iii|ii|i)(?![\p{L}])(?:\s*(?:\/|năm)\s*(\d{4}))?/gu)) {
    const q = ROMAN[m[1]];
    for (let k = 1; k <= 3; k++) out.push(...placeMonth((q - 1) * 3 + k, m[2] ? Number(m[2]) : null, p));
  }
  // "PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM": a half-year's months.
  const half = /(?:6|sáu)\s+tháng\s+(đầu|cuối)\s+năm(?:\s+(\d{4}))?/u.exec(t);
  if (half) {
    // Without its year, the half of the period's year; the first half after a second half is next year's.
    const from = splitYearMonth(p.from);
    const year = half[2] ? Number(half[2]) : half[1] === 'đầu' && from.month > 6 ? from.year + 1 : from.year;
    for (let k = 1; k <= 6; k++) out.push(...placeMonth(half[1] === 'đầu' ? k : k + 6, year, p));
  }
  if (!out.length) {
    // Dates and named days in a heading ("Chào mừng Ngày Quốc tế Phụ nữ 8/3") date its items too.
    const inline = inlineTiming(text, p);
    if (inline?.timing.kind === 'months') return inline.timing.months;
  }
  return [...new Set(out)].sort();
}

/**
 * A phase of a campaign or a plan ("Đợt 1: Từ tháng 9/2021 đến tháng 11/2021 …", "Giai đoạn 2 (từ
 * 01/4 đến 30/4):"): the months its words give date the items under it, and the words after its
 * timing are the phase's own work.
 */
const PHASE = /^(?:đợt|giai đoạn)\s+(?:\d{1,2}|[ivx]{1,4}|một|hai|ba|bốn|năm|sáu|cuối|đầu)(?![\p{L}\d])\s*(?:[:.\-–)]\s*|(?=\())(.*)$/iu;

const TIMING_ONLY = /^(?:[\s\d/.,;:()\-–]|(?:từ|đến|hết|ngày|tháng|năm|quý|và|trong|cuối|đầu|giữa|[ivx]+)(?![\p{L}]))*$/iu;

export function readPhase(text: string, p: Period): { months: YearMonth[]; rest: string } | null {
  const m = PHASE.exec(text.trim());
  if (!m) return null;
  const rest = m[1].trim().replace(/^\(([^)]*)\)\s*[:.]?\s*/, '$1 ').trim();
  const timing = inlineTiming(rest, p);
  // "Đợt 2: tháng 3/2025" says only when: a heading, with no work of its own.
  return { months: timing?.timing.kind === 'months' ? timing.timing.months : [], rest: TIMING_ONLY.test(rest) ? '' : rest };
}
