import { DEFAULT_COMMEMORATIONS, occurrences, occurrenceText, periodOccurrences, type Commemoration } from '../../../src/domain/calendar/commemoration';
import { period } from '../../support/period';

const named = (name: string): Commemoration => {
  const cm = DEFAULT_COMMEMORATIONS.find((x) => x.name.includes(name));
  if (!cm) throw new Error(name);
  return cm;
};

describe('commemorations (docs/domain.md#commemorations)', () => {
  it('computes the anniversary text, never typed', () => {
    expect(occurrenceText(named('Công đoàn Việt Nam'), 2026)).toBe('Kỷ niệm 97 năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 - 28/7/2026)');
    expect(occurrenceText(named('Công đoàn Việt Nam'), 2024)).toBe('Kỷ niệm 95 năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 - 28/7/2024)');
    expect(occurrenceText(named('Đảng Cộng sản'), 2024)).toBe('Kỷ niệm 94 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/2024)');
    expect(occurrenceText(named('thiếu nhi'), 2026)).toBe('Ngày Quốc tế thiếu nhi');
  });

  it('carries every day the plans mark, with its founding year', () => {
    const days = DEFAULT_COMMEMORATIONS.filter((x) => !x.lunar).map((x) => `${x.day}/${x.month}/${x.foundingYear ?? ''}`);
    expect(days).toEqual(['3/2/1930', '8/3/1910', '26/3/1931', '30/4/1975', '1/5/1886', '19/5/1890', '1/6/', '28/6/2001', '27/7/1947', '28/7/1929', '19/8/1945', '2/9/1945', '20/10/1930', '20/11/1982', '22/12/1944']);
  });

  it('places each day in the period: a school year holds 20/11 of its first year and 8/3 of its second', () => {
    expect(occurrences(named('Nhà giáo'), period('2025-2026')).map((o) => o.date)).toEqual(['2025-11-20']);
    expect(occurrences(named('Quốc tế Phụ nữ'), period('2025-2026')).map((o) => o.date)).toEqual(['2026-03-08']);
    expect(occurrences(named('Công đoàn Việt Nam'), period('2025-2030')).map((o) => o.years)).toEqual([96, 97, 98, 99, 100, 101]);
  });

  it('marks round anniversaries', () => {
    const [o] = occurrences(named('Công đoàn Việt Nam'), period('2029'));
    expect(o).toMatchObject({ years: 100, round: true });
    expect(occurrences(named('Công đoàn Việt Nam'), period('2026'))[0].round).toBe(false);
  });

  it('finds lunar days on the Vietnamese calendar, one per year of the period', () => {
    expect(occurrences(named('Tết Nguyên đán'), period('2025-2026')).map((o) => o.date)).toEqual(['2026-02-17']);
    expect(occurrences(named('Trung thu'), period('2023-2024')).map((o) => o.date)).toEqual(['2023-09-29']);
    expect(occurrences(named('Trung thu'), period('2024')).map((o) => o.date)).toEqual(['2024-09-17']);
    expect(occurrences(named('Tết Nguyên đán'), period('2026'))[0].text).toBe('Tết Nguyên đán (1/1 âm lịch)');
  });

  it('skips a 29 February outside leap years, and keeps a user day with no founding year', () => {
    const own: Commemoration = { day: 29, month: 2, foundingYear: null, name: 'Ngày riêng', lunar: false, note: '' };
    expect(occurrences(own, period('2025-2030')).map((o) => o.date)).toEqual(['2028-02-29']);
  });

  it('lists a year of days in date order', () => {
    const dates = periodOccurrences(DEFAULT_COMMEMORATIONS, period('2026')).map((o) => o.date);
    expect(dates).toHaveLength(DEFAULT_COMMEMORATIONS.length);
    expect([...dates].sort()).toEqual(dates);
  });
});
