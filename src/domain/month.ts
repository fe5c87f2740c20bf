/** A calendar month as "YYYY-MM": sortable as a string, readable in JSON. */
export type YearMonth = string;

const YM = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isYearMonth(s: string): boolean {
  return YM.test(s);
}

export function yearMonth(year: number, month: number): YearMonth {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

export function splitYearMonth(ym: YearMonth): { year: number; month: number } {
  const m = YM.exec(ym);
  if (!m) throw new RangeError(`not a YYYY-MM month: ${ym}`);
  return { year: Number(m[1]), month: Number(m[2]) };
}

export function addMonths(ym: YearMonth, n: number): YearMonth {
  const { year, month } = splitYearMonth(ym);
  const index = year * 12 + (month - 1) + n;
  return yearMonth(Math.floor(index / 12), (index % 12) + 1);
}

/** Inclusive list of months from `from` to `to`; empty when `to` is before `from`. */
export function monthsBetween(from: YearMonth, to: YearMonth): YearMonth[] {
  const out: YearMonth[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) out.push(m);
  return out;
}
