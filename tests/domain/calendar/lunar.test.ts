import { lunarToSolar } from '../../../src/domain/calendar/lunar';

describe('lunarToSolar (Vietnamese calendar, UTC+7)', () => {
  it.each([
    [2024, '2024-02-10'], [2025, '2025-01-29'], [2026, '2026-02-17'],
  ])('Tết Nguyên đán %i is %s (docs/domain.md#commemorations)', (year, date) => expect(lunarToSolar(1, 1, year)).toBe(date));

  it.each([
    [2023, '2023-09-29'], [2024, '2024-09-17'],
  ])('Tết Trung thu %i is %s (docs/domain.md#commemorations)', (year, date) => expect(lunarToSolar(15, 8, year)).toBe(date));

  it('follows the Vietnamese calendar where it differs from the Chinese one (Tết 1985)', () => {
    expect(lunarToSolar(1, 1, 1985)).toBe('1985-01-21');
  });

  it('has no day 30 in a 29-day month, and refuses impossible dates', () => {
    // Lunar month 12 of 2025 (Ất Tỵ) has 29 days: Tết 2026 follows its 29th day.
    expect(lunarToSolar(29, 12, 2025)).toBe('2026-02-16');
    expect(lunarToSolar(30, 12, 2025)).toBeNull();
    expect(lunarToSolar(0, 1, 2026)).toBeNull();
    expect(lunarToSolar(1, 13, 2026)).toBeNull();
  });
});
