import { isValidIsoDate, type IsoDate } from './excelDate';

/**
 * Nghị định 30/2020: days below 10 and the months 1 and 2 take a leading zero
 * ("ngày 05 tháng 01 năm 2026", "ngày 15 tháng 3 năm 2026").
 */
export function officialDateText(iso: IsoDate): string {
  if (!isValidIsoDate(iso)) throw new RangeError(`not a valid date: ${iso}`);
  const [y, m, d] = iso.split('-').map(Number);
  const day = d < 10 ? `0${d}` : String(d);
  const month = m < 3 ? `0${m}` : String(m);
  return `ngày ${day} tháng ${month} năm ${y}`;
}

/** "Hà Nội, ngày 05 tháng 01 năm 2026"; the place alone when there is no date yet. */
export function placeDateLine(place: string, iso: IsoDate | null): string {
  if (!iso) return place;
  return `${place}, ${officialDateText(iso)}`;
}

/** "22/11/2026 23:05": when the user ran something, in their own clock, as the sheets show it. */
export function dateTimeStamp(d: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** The user's calendar day (their clock, not UTC), as the date a document is signed. */
export function localIsoDate(d: Date): IsoDate {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}
