import { isValidIsoDate, type IsoDate } from '../excelDate';
import { monthPeriod, schoolYearPeriod, termPeriod, yearPeriod, type Period } from '../period';
import { yearMonth } from '../month';

/*
 * The header block of an official document (docs/domain.md#official-format): "Số: 31/KH-LĐLĐ", "Huyện DMC, ngày 01
 * tháng 4 năm 2024", the document type and title, and the period the title names.
 */

export function readNumber(line: string): string | null {
  const m = /^Số\s*:\s*(.+)$/i.exec(line);
  if (!m) return null;
  // "31/KH- LĐLĐ", "03 /BC-CĐCS": the symbol is written without spaces.
  const value = m[1].replace(/\s+/g, '').replace(/[.,;]$/, '');
  return /\d/.test(value) ? value : null;
}

export interface PlaceDate {
  place: string;
  date: IsoDate | null;
  /** The date as written, when it does not exist (31/4). */
  invalid: string | null;
}

export function readPlaceDate(line: string): PlaceDate | null {
  const m = /^(.{2,80}?),\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})\s*$/i.exec(line);
  if (!m) return null;
  const iso = `${m[4]}-${m[3].padStart(2, '0')}-${m[2].padStart(2, '0')}`;
  return isValidIsoDate(iso) ? { place: m[1].trim(), date: iso, invalid: null } : { place: m[1].trim(), date: null, invalid: `${m[2]}/${m[3]}/${m[4]}` };
}

export const DOC_TYPES = /^(KẾ HOẠCH|CHƯƠNG TRÌNH HÀNH ĐỘNG|CHƯƠNG TRÌNH CÔNG TÁC|CHƯƠNG TRÌNH|BÁO CÁO|NGHỊ QUYẾT|PHƯƠNG HƯỚNG)\b/;

/**
 * The period a title names, most specific first: a school year, a congress term, a single month,
 * then a year. "năm học 2023-2024", "nhiệm kỳ 2023 - 2028", "tháng 11 năm 2026", "năm 2024".
 */
export function readPeriod(text: string): Period | null {
  const t = text.toLowerCase();
  let m = /năm học\s*:?\s*(\d{4})\s*[-–]\s*(\d{4})/.exec(t);
  if (m && Number(m[2]) === Number(m[1]) + 1) return schoolYearPeriod(Number(m[1]));
  m = /(?:nhiệm kỳ|giai đoạn)\s*:?\s*(\d{4})\s*[-–]\s*(\d{4})/.exec(t);
  if (m && Number(m[2]) > Number(m[1])) return termPeriod(Number(m[1]), Number(m[2]));
  m = /tháng\s+(\d{1,2})\s*(?:năm|\/)\s*(\d{4})/.exec(t);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12 && !/năm \d{4}\s*$/.test(t.slice(0, m.index))) return monthPeriod(yearMonth(Number(m[2]), Number(m[1])));
  const years = [...t.matchAll(/năm\s+(\d{4})(?!\s*[-–]\s*\d)/g)].map((x) => Number(x[1]));
  if (years.length) return yearPeriod(years[years.length - 1]);
  return null;
}
