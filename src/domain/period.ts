import { monthsBetween, splitYearMonth, yearMonth, isYearMonth, type YearMonth } from './month';

/*
 * The span a plan covers. A school year runs September to August; a congress term is
 * counted in whole calendar years (2025-2030 covers January 2025 to December 2030).
 */

export type PeriodKind = 'year' | 'school-year' | 'term' | 'month';

export interface Period {
  kind: PeriodKind;
  from: YearMonth;
  to: YearMonth;
}

export const TERM_YEARS = 5;

export function yearPeriod(year: number): Period {
  return { kind: 'year', from: yearMonth(year, 1), to: yearMonth(year, 12) };
}

export function schoolYearPeriod(firstYear: number): Period {
  return { kind: 'school-year', from: yearMonth(firstYear, 9), to: yearMonth(firstYear + 1, 8) };
}

export function termPeriod(firstYear: number, lastYear: number): Period {
  return { kind: 'term', from: yearMonth(firstYear, 1), to: yearMonth(lastYear, 12) };
}

export function monthPeriod(ym: YearMonth): Period {
  return { kind: 'month', from: ym, to: ym };
}

export type PeriodParse = { ok: true; period: Period } | { ok: false; reason: 'format' | 'school-year' | 'term' | 'range' };

/**
 * Reads the command-line / form notation: "2026" (year), "2025-2026" (school year),
 * "2025-2030" (term), "2026-11" (one month).
 */
export function parsePeriod(text: string): PeriodParse {
  const s = text.trim().replace(/\s*[–—-]\s*/, '-');
  let m = /^(\d{4})$/.exec(s);
  if (m) {
    const y = Number(m[1]);
    return inRange(y) ? { ok: true, period: yearPeriod(y) } : { ok: false, reason: 'range' };
  }
  if (isYearMonth(s)) return inRange(splitYearMonth(s).year) ? { ok: true, period: monthPeriod(s) } : { ok: false, reason: 'range' };
  m = /^(\d{4})-(\d{4})$/.exec(s);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (!inRange(a) || !inRange(b)) return { ok: false, reason: 'range' };
    if (b === a + 1) return { ok: true, period: schoolYearPeriod(a) };
    if (b === a + TERM_YEARS) return { ok: true, period: termPeriod(a, b) };
    return { ok: false, reason: b > a + 1 ? 'term' : 'school-year' };
  }
  return { ok: false, reason: 'format' };
}

function inRange(year: number): boolean {
  return year >= 1990 && year <= 2100;
}

export function periodMonths(p: Period): YearMonth[] {
  return monthsBetween(p.from, p.to);
}

export function periodYears(p: Period): number[] {
  const a = splitYearMonth(p.from).year;
  const b = splitYearMonth(p.to).year;
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}

export function periodContains(p: Period, ym: YearMonth): boolean {
  return ym >= p.from && ym <= p.to;
}

/** The notation parsePeriod reads, so a period can round-trip through a cell or an argument. */
export function periodCode(p: Period): string {
  const a = splitYearMonth(p.from).year;
  const b = splitYearMonth(p.to).year;
  switch (p.kind) {
    case 'year': return String(a);
    case 'school-year':
    case 'term': return `${a}-${b}`;
    case 'month': return p.from;
  }
}

/** "năm 2026", "năm học 2025-2026", "nhiệm kỳ 2025-2030", "tháng 11 năm 2026". */
export function periodLabel(p: Period): string {
  const a = splitYearMonth(p.from);
  const b = splitYearMonth(p.to).year;
  switch (p.kind) {
    case 'year': return `năm ${a.year}`;
    case 'school-year': return `năm học ${a.year}-${b}`;
    case 'term': return `nhiệm kỳ ${a.year}-${b}`;
    case 'month': return `tháng ${a.month} năm ${a.year}`;
  }
}

const ROMAN = ['I', 'II', 'III', 'IV'];

export interface Quarter {
  label: string; // "Quý I/2026"
  months: YearMonth[];
}

/** Calendar quarters that overlap the period, clipped to it. */
export function periodQuarters(p: Period): Quarter[] {
  const out: Quarter[] = [];
  for (const ym of periodMonths(p)) {
    const { year, month } = splitYearMonth(ym);
    const label = `Quý ${ROMAN[Math.floor((month - 1) / 3)]}/${year}`;
    const last = out[out.length - 1];
    if (last && last.label === label) last.months.push(ym);
    else out.push({ label, months: [ym] });
  }
  return out;
}
