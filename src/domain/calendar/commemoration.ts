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
