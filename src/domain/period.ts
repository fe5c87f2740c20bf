import { monthsBetween, splitYearMonth, yearMonth, isYearMonth, type YearMonth } from './month';

/*
 * The span a plan covers. A school year runs September to August; a congress term is
 * counted in whole calendar years (2025-2030 covers January 2025 to December 2030). Plans also
 * come per month, per quarter, per half-year ("6 tháng đầu năm") and per campaign or event
 * (Tháng Công nhân, a "từ 15/4 đến 31/5" drive): the last is a range of whole months.
 */

export type PeriodKind = 'year' | 'school-year' | 'term' | 'month' | 'quarter' | 'half-year' | 'range';

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

/** Quarter 1–4 of a year: "Quý II/2025" is April to June. */
export function quarterPeriod(year: number, quarter: number): Period {
  return { kind: 'quarter', from: yearMonth(year, quarter * 3 - 2), to: yearMonth(year, quarter * 3) };
}

/** Half 1 (January–June, "6 tháng đầu năm") or 2 (July–December, "6 tháng cuối năm"). */
export function halfYearPeriod(year: number, half: number): Period {
  return { kind: 'half-year', from: yearMonth(year, half === 1 ? 1 : 7), to: yearMonth(year, half === 1 ? 6 : 12) };
}

/** Any run of whole months: a campaign, an event, a programme of unusual length. */
export function rangePeriod(from: YearMonth, to: YearMonth): Period {
  return { kind: 'range', from, to: to < from ? from : to };
}

export type PeriodParse = { ok: true; period: Period } | { ok: false; reason: 'format' | 'school-year' | 'term' | 'range' };

/**
 * Reads the command-line / form notation: "2026" (year), "2025-2026" (school year),
 * "2025-2030" (term), "2026-11" (one month), "2026-Q2" (quarter), "2026-H1" (half-year),
 * "2026-04..2026-05" (a range of months, for campaigns).
 */
export function parsePeriod(text: string): PeriodParse {
  const compact = text.trim().replace(/\s+/g, '');
  let m = /^(\d{4})-?([QH])([1-4])$/i.exec(compact);
  if (m) {
    const [y, n] = [Number(m[1]), Number(m[3])];
    const quarter = m[2].toUpperCase() === 'Q';
    if (!quarter && n > 2) return { ok: false, reason: 'format' };
    if (!inRange(y)) return { ok: false, reason: 'range' };
    return { ok: true, period: quarter ? quarterPeriod(y, n) : halfYearPeriod(y, n) };
  }
  m = /^(\d{4}-\d{2})(?:\.\.|\/)(\d{4}-\d{2})$/.exec(compact);
  if (m) {
    if (!isYearMonth(m[1]) || !isYearMonth(m[2])) return { ok: false, reason: 'format' };
    if (!inRange(splitYearMonth(m[1]).year) || !inRange(splitYearMonth(m[2]).year)) return { ok: false, reason: 'range' };
    return m[2] < m[1] ? { ok: false, reason: 'format' } : { ok: true, period: rangePeriod(m[1], m[2]) };
  }
  const s = text.trim().replace(/\s*[–—-]\s*/, '-');
  m = /^(\d{4})$/.exec(s);
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
    case 'quarter': return `${a}-Q${Math.ceil(splitYearMonth(p.from).month / 3)}`;
    case 'half-year': return `${a}-H${splitYearMonth(p.from).month <= 6 ? 1 : 2}`;
    case 'range': return `${p.from}..${p.to}`;
  }
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/**
 * "năm 2026", "năm học 2025-2026", "nhiệm kỳ 2025-2030", "tháng 11 năm 2026", "quý II năm 2026",
 * "6 tháng đầu năm 2026", "từ tháng 4 đến tháng 5 năm 2026".
 */
export function periodLabel(p: Period): string {
  const a = splitYearMonth(p.from);
  const z = splitYearMonth(p.to);
  switch (p.kind) {
    case 'year': return `năm ${a.year}`;
    case 'school-year': return `năm học ${a.year}-${z.year}`;
    case 'term': return `nhiệm kỳ ${a.year}-${z.year}`;
    case 'month': return `tháng ${a.month} năm ${a.year}`;
    case 'quarter': return `quý ${ROMAN[Math.floor((a.month - 1) / 3)]} năm ${a.year}`;
    case 'half-year': return `6 tháng ${a.month <= 6 ? 'đầu' : 'cuối'} năm ${a.year}`;
    case 'range':
      if (p.from === p.to) return `tháng ${a.month} năm ${a.year}`;
      return a.year === z.year ? `từ tháng ${a.month} đến tháng ${z.month} năm ${z.year}` : `từ tháng ${a.month}/${a.year} đến tháng ${z.month}/${z.year}`;
  }
}

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
