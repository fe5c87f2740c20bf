import { splitYearMonth, yearMonth, type YearMonth } from './month';

/*
 * Excel's 1900 date system as serial day numbers. Both hosts write serials so that a date
 * means the same thing in Office.js, ExcelJS and LibreOffice, whatever the user's locale.
 */

const EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

export type IsoDate = string; // "YYYY-MM-DD"

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidIsoDate(s: string): boolean {
  const m = ISO.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

export function isoToSerial(iso: IsoDate): number {
  if (!isValidIsoDate(iso)) throw new RangeError(`not a valid date: ${iso}`);
  const [y, m, d] = iso.split('-').map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - EPOCH_UTC) / DAY_MS);
}

export function serialToIso(serial: number): IsoDate {
  const t = new Date(EPOCH_UTC + Math.floor(serial) * DAY_MS);
  return `${String(t.getUTCFullYear()).padStart(4, '0')}-${String(t.getUTCMonth() + 1).padStart(2, '0')}-${String(t.getUTCDate()).padStart(2, '0')}`;
}

/** The first day of the month, as a serial: how a month is stored in a cell. */
export function monthToSerial(ym: YearMonth): number {
  const { year, month } = splitYearMonth(ym);
  return isoToSerial(`${yearMonth(year, month)}-01`);
}

export function serialToMonth(serial: number): YearMonth {
  return serialToIso(serial).slice(0, 7);
}
