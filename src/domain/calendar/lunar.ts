import { convertLunar2Solar, convertSolar2Lunar } from 'vietnamese-lunar-calendar/build/solar-lunar';
import type { IsoDate } from '../excelDate';

/*
 * Lunar (âm lịch) to solar dates on the Vietnamese calendar. The package's algorithm (Hồ Ngọc Đức's)
 * takes the time zone as a parameter; its convenience classes use the computer's own zone, which
 * gives Chinese or wrong dates on machines outside Vietnam, so only the explicit-zone functions are used.
 */

export const VIETNAM_UTC_OFFSET = 7;

/** The solar date of lunar day/month (not a leap month) of lunar year `lunarYear`, or null when it does not exist. */
export function lunarToSolar(day: number, month: number, lunarYear: number): IsoDate | null {
  if (!Number.isInteger(day) || !Number.isInteger(month) || day < 1 || day > 30 || month < 1 || month > 12) return null;
  const d = convertLunar2Solar(day, month, lunarYear, 0, VIETNAM_UTC_OFFSET);
  if (!(d instanceof Date)) return null;
  // The package builds the date at local midnight: read it back in local time, whatever the zone.
  const [y, m, dd] = [d.getFullYear(), d.getMonth() + 1, d.getDate()];
  // Day 30 of a 29-day month lands on the next month's first day: that lunar date does not exist.
  const back = convertSolar2Lunar(dd, m, y, VIETNAM_UTC_OFFSET);
  if (back.date !== day || back.month !== month || back.isLeap) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
}
